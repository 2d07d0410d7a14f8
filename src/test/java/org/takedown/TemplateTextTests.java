package org.takedown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All interface text comes from messages.properties: a template may hold prototype text only in an element whose
 * content Thymeleaf replaces, and user-visible attributes only as th: attributes.
 */
class TemplateTextTests {

    static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

    /** Elements whose content Thymeleaf replaces, so their text is only a prototype. */
    static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors",
            "th:remove");

    static final List<String> VISIBLE_ATTRIBUTES = List.of("title", "placeholder", "aria-label", "alt", "value");

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
                Document template = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                for (Element element : template.getAllElements()) {
                    if (replacedByThymeleaf(element) || element.tagName().equals("style")) {
                        continue;
                    }
                    for (TextNode text : element.textNodes()) {
                        if (isWords(text.text())) {
                            hardCoded.add(TEMPLATES.relativize(file) + ": \"" + text.text().strip() + "\"");
                        }
                    }
                    for (String attribute : VISIBLE_ATTRIBUTES) {
                        if (element.hasAttr(attribute) && isWords(element.attr(attribute))
                                && !isDataValue(element, attribute)) {
                            hardCoded.add(TEMPLATES.relativize(file) + ": " + attribute + "=\""
                                    + element.attr(attribute) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(hardCoded).as("text in templates that does not come from messages.properties").isEmpty();
    }

    private static boolean replacedByThymeleaf(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            for (String attribute : REPLACING) {
                if (current.hasAttr(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Values of options, hidden fields and checkboxes carry data; only a button's value is text. */
    private static boolean isDataValue(Element element, String attribute) {
        return attribute.equals("value")
                && !(element.tagName().equals("input") && List.of("submit", "button", "reset").contains(element.attr("type")));
    }

    /** Letters make words; punctuation, arrows and separators alone are not text to translate. */
    private static boolean isWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

}
