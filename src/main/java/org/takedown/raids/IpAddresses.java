package org.takedown.raids;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a list of IP addresses typed by a person (separated by commas, spaces or line breaks) and checks each as an
 * IPv4 or IPv6 literal by its syntax alone: nothing here ever resolves a name, so a hostname typed by mistake is an
 * error, not a DNS query.
 */
final class IpAddresses {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    private static final Pattern IPV4 = Pattern
        .compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");

    private static final Pattern HEX_GROUP = Pattern.compile("^[0-9a-fA-F]{1,4}$");

    private IpAddresses() {
    }

    /** Every address of the text, each once, in the order typed; an empty list for blank text. */
    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> addresses = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(text.strip())) {
            if (!part.isEmpty()) {
                addresses.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(addresses);
    }

    /** The first entry of the text that is not an IP address, if any. */
    static Optional<String> firstInvalid(String text) {
        return split(text).stream().filter((address) -> !isAddress(address)).findFirst();
    }

    static String join(List<String> addresses) {
        return String.join(", ", addresses);
    }

    static boolean isAddress(String text) {
        return isIpv4(text) || isIpv6(text);
    }

    static boolean isIpv4(String text) {
        return IPV4.matcher(text).matches();
    }

    static boolean isIpv6(String text) {
        if (text.length() > 45 || text.indexOf(':') < 0) {
            return false;
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        List<String> groups = new ArrayList<>();
        if (doubleColon >= 0) {
            String head = text.substring(0, doubleColon);
            String tail = text.substring(doubleColon + 2);
            List<String> headGroups = head.isEmpty() ? List.of() : List.of(head.split(":", -1));
            List<String> tailGroups = tail.isEmpty() ? List.of() : List.of(tail.split(":", -1));
            groups.addAll(headGroups);
            groups.addAll(tailGroups);
            int size = groupCount(groups);
            return size >= 0 && size <= 7 && validGroups(groups);
        }
        groups.addAll(List.of(text.split(":", -1)));
        int size = groupCount(groups);
        return size == 8 && validGroups(groups);
    }

    /** The number of 16-bit groups, counting a trailing dotted IPv4 address as two; -1 if malformed. */
    private static int groupCount(List<String> all) {
        if (all.isEmpty()) {
            return 0;
        }
        String lastGroup = all.get(all.size() - 1);
        if (lastGroup.indexOf('.') >= 0) {
            return isIpv4(lastGroup) ? all.size() + 1 : -1;
        }
        return all.size();
    }

    private static boolean validGroups(List<String> groups) {
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            boolean lastOfAll = i == groups.size() - 1;
            if (lastOfAll && group.indexOf('.') >= 0) {
                continue;
            }
            if (!HEX_GROUP.matcher(group).matches()) {
                return false;
            }
        }
        return true;
    }

}
