package org.takedown.demo.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes realistic synthetic cases, agencies, raids, seized servers and defendants (with aliases, charges, case links,
 * extradition requests and a first status-history row each) into a Takedown database whose schema Flyway has created.
 * Rows go in with {@code COPY} in one transaction, so a failure leaves nothing behind; identifiers are reserved from
 * each table's identity sequence, so the data sits next to what is already there (the demo case included). Every
 * CHECK, foreign key and unique constraint of the schema holds: the database checks them while copying. The database
 * is analysed at the end so the planner knows the new sizes.
 * <p>
 * Countries get a long-tailed share of the activity (a few carry most of it, every one gets some), as real
 * enforcement data has. Hostnames use the reserved {@code .example} domain and addresses the documentation ranges
 * (RFC 5737, RFC 3849), so no real machine is named.
 * <p>
 * Meant for a database nobody else writes to while it runs (it reserves identifier blocks from the sequences).
 */
final class SyntheticDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataGenerator.class);

    static final String RECORDED_BY = "synthetic-data";

    /** Where piracy infrastructure is most often found in enforcement reports: these lead the long tail. */
    private static final List<String> BUSY_COUNTRIES = List.of("US", "NL", "DE", "RU", "FR", "GB", "UA", "CA", "SE",
            "RO", "LV", "BG", "PL", "ES", "IT", "BR", "IN", "VN", "CN", "CH", "LT", "MD", "SC", "PA", "HK", "SG", "KR",
            "JP", "AU", "TR");

    private static final Map<String, String> TIME_ZONES = Map.ofEntries(Map.entry("US", "America/New_York"),
            Map.entry("NL", "Europe/Amsterdam"), Map.entry("DE", "Europe/Berlin"), Map.entry("RU", "Europe/Moscow"),
            Map.entry("FR", "Europe/Paris"), Map.entry("GB", "Europe/London"), Map.entry("UA", "Europe/Kyiv"),
            Map.entry("CA", "America/Toronto"), Map.entry("SE", "Europe/Stockholm"),
            Map.entry("RO", "Europe/Bucharest"), Map.entry("LV", "Europe/Riga"), Map.entry("BG", "Europe/Sofia"),
            Map.entry("PL", "Europe/Warsaw"), Map.entry("ES", "Europe/Madrid"), Map.entry("IT", "Europe/Rome"),
            Map.entry("BR", "America/Sao_Paulo"), Map.entry("IN", "Asia/Kolkata"),
            Map.entry("VN", "Asia/Ho_Chi_Minh"), Map.entry("CN", "Asia/Shanghai"), Map.entry("CH", "Europe/Zurich"),
            Map.entry("LT", "Europe/Vilnius"), Map.entry("MD", "Europe/Chisinau"), Map.entry("SC", "Indian/Mahe"),
            Map.entry("PA", "America/Panama"), Map.entry("HK", "Asia/Hong_Kong"), Map.entry("SG", "Asia/Singapore"),
            Map.entry("KR", "Asia/Seoul"), Map.entry("JP", "Asia/Tokyo"), Map.entry("AU", "Australia/Sydney"),
            Map.entry("TR", "Europe/Istanbul"), Map.entry("CY", "Asia/Nicosia"), Map.entry("NO", "Europe/Oslo"),
            Map.entry("DK", "Europe/Copenhagen"), Map.entry("FI", "Europe/Helsinki"),
            Map.entry("EE", "Europe/Tallinn"), Map.entry("CZ", "Europe/Prague"), Map.entry("AT", "Europe/Vienna"),
            Map.entry("BE", "Europe/Brussels"), Map.entry("PT", "Europe/Lisbon"), Map.entry("IE", "Europe/Dublin"),
            Map.entry("HU", "Europe/Budapest"), Map.entry("GR", "Europe/Athens"), Map.entry("MX", "America/Mexico_City"),
            Map.entry("AR", "America/Argentina/Buenos_Aires"), Map.entry("ZA", "Africa/Johannesburg"),
            Map.entry("IL", "Asia/Jerusalem"), Map.entry("AE", "Asia/Dubai"), Map.entry("TH", "Asia/Bangkok"),
            Map.entry("ID", "Asia/Jakarta"), Map.entry("PH", "Asia/Manila"), Map.entry("MY", "Asia/Kuala_Lumpur"),
            Map.entry("NZ", "Pacific/Auckland"), Map.entry("IS", "Atlantic/Reykjavik"),
            Map.entry("LU", "Europe/Luxembourg"), Map.entry("SK", "Europe/Bratislava"),
            Map.entry("SI", "Europe/Ljubljana"), Map.entry("HR", "Europe/Zagreb"), Map.entry("RS", "Europe/Belgrade"));

    private static final String[][] STATUTES = {
            { "18 U.S.C. § 371", "Conspiracy to commit copyright infringement" },
            { "17 U.S.C. § 506(a)", "Criminal copyright infringement" },
            { "18 U.S.C. § 2319", "Criminal infringement of a copyright" },
            { "18 U.S.C. § 1956(h)", "Conspiracy to commit money laundering" },
            { "18 U.S.C. § 1201", "Circumvention of copyright protection systems" },
            { "§ 106 UrhG", "Unauthorised exploitation of copyrighted works" },
            { "Art. L335-2 CPI", "Counterfeiting by reproduction of protected works" },
            { "Copyright, Designs and Patents Act 1988 s. 107", "Making or dealing in infringing articles" },
            { "Criminal Code art. 148", "Infringement of copyright and related rights" },
            { "Criminal Code art. 270", "Offences against intellectual property" } };

    private static final String[] ALIAS_SOURCES = { "Seized chat logs", "Forum post", "Informant statement",
            "Payment records", "Press coverage of the charges", "Server configuration files", "Domain registration" };

    /** The tables the load writes (agencies are few and go in one by one). */
    private static final List<String> LOADED_TABLES = List.of("enforcement_case", "case_status_change", "raid",
            "raid_status_change", "raid_participating_agency", "seized_server", "server_status_change", "defendant",
            "case_defendant", "charge", "defendant_alias", "extradition_request", "extradition_status_change",
            "defendant_status_change");

    private final Random random;

    private final Faker faker;

    private final LocalDate today;

    SyntheticDataGenerator(long seed) {
        this(seed, LocalDate.now(ZoneOffset.UTC));
    }

    SyntheticDataGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.ENGLISH, this.random);
        this.today = today;
    }

    /**
     * @param cases enforcement cases
     * @param raids raids
     * @param servers seized servers
     * @param defendants defendants
     */
    record Sizes(int cases, int raids, int servers, int defendants) {

        Sizes {
            if (cases < 1 && (raids > 0 || servers > 0 || defendants > 0)) {
                throw new IllegalArgumentException("Raids, servers and defendants need at least one case");
            }
            if (cases < 0 || raids < 0 || servers < 0 || defendants < 0) {
                throw new IllegalArgumentException("Sizes cannot be negative");
            }
        }

    }

    /** What was written, and how long it took. */
    record Result(long agencies, long cases, long raids, long participatingAgencies, long servers,
            long defendants, long aliases, long caseLinks, long charges, long extraditionRequests,
            long statusChanges, Duration loading, Duration analysing) {
    }

    /** Loads the data in one transaction, commits, then analyses the database. */
    Result generate(Connection connection, Sizes sizes) throws SQLException {
        Instant started = Instant.now();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Counts counts = new Counts();
        try (Statement statement = connection.createStatement()) {
            // memory to sort each deferred index in one go (the machine it is measured on has 24 GB)
            statement.execute("set local maintenance_work_mem = '1GB'");
            // the counters' statement triggers group the transition table of a whole COPY
            statement.execute("set local work_mem = '256MB'");
            List<String> deferred = dropSecondaryIndexes(connection);
            load(connection, sizes, counts);
            Instant copied = Instant.now();
            for (String definition : deferred) {
                Instant building = Instant.now();
                statement.execute(definition);
                log.debug("{} took {}", definition, Duration.between(building, Instant.now()));
            }
            log.info("Copied in {}; rebuilt {} secondary indexes in {}", Duration.between(started, copied),
                    deferred.size(), Duration.between(copied, Instant.now()));
            connection.commit();
        }
        catch (SQLException | RuntimeException ex) {
            connection.rollback();
            throw ex;
        }
        finally {
            connection.setAutoCommit(autoCommit);
        }
        Instant loaded = Instant.now();
        log.info("Synthetic data committed in {}; analysing", Duration.between(started, loaded));
        boolean previous = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            // VACUUM sets the visibility map of the fresh pages (index-only scans), ANALYZE the statistics
            statement.execute("vacuum analyze agency, enforcement_case, case_status_change, raid, "
                    + "raid_status_change, raid_participating_agency, seized_server, server_status_change, defendant, "
                    + "case_defendant, charge, defendant_alias, extradition_request, extradition_status_change, "
                    + "defendant_status_change");
        }
        finally {
            connection.setAutoCommit(previous);
        }
        return new Result(counts.agencies, sizes.cases(), sizes.raids(), counts.participatingAgencies,
                sizes.servers(), sizes.defendants(), counts.aliases, counts.caseLinks, counts.charges,
                counts.extraditions, counts.statusChanges, Duration.between(started, loaded),
                Duration.between(loaded, Instant.now()));
    }

    /**
     * Drops the plain secondary indexes of the tables the load writes and returns their definitions, to be built once
     * after the load: sorting a million entries at once is several times cheaper than inserting them one row at a
     * time (docs/scale.md). Primary keys, unique indexes and every other constraint stay, so the database still
     * checks each row as it is copied; everything happens in the load's transaction, so a failure restores them.
     */
    private static List<String> dropSecondaryIndexes(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        String sql = """
                select quote_ident(n.nspname) || '.' || quote_ident(c.relname), pg_get_indexdef(i.indexrelid)
                from pg_index i
                join pg_class c on c.oid = i.indexrelid
                join pg_namespace n on n.oid = c.relnamespace
                join pg_class t on t.oid = i.indrelid
                where t.relname = any (?) and n.nspname = current_schema()
                  and not i.indisunique and not i.indisprimary
                  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
                order by t.relname, c.relname
                """;
        try (PreparedStatement indexes = connection.prepareStatement(sql)) {
            indexes.setArray(1, connection.createArrayOf("text", LOADED_TABLES.toArray()));
            try (ResultSet rows = indexes.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    definitions.add(rows.getString(2));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("drop index " + name);
            }
        }
        return definitions;
    }

    private void load(Connection connection, Sizes sizes, Counts counts) throws SQLException {
        Countries countries = countries(connection);
        Agencies agencies = agencies(connection, countries, counts);
        CaseData cases = cases(connection, sizes.cases(), countries, agencies, counts);
        RaidData raids = raids(connection, sizes.raids(), cases, countries, agencies, counts);
        servers(connection, sizes.servers(), cases, raids, countries, counts);
        defendants(connection, sizes.defendants(), cases, countries, counts);
    }

    // ---- countries ----------------------------------------------------------------------------------------------

    private Countries countries(Connection connection) throws SQLException {
        List<String> codes = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, List<String>> subdivisions = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select code, name, kind, country_code from jurisdiction")) {
            while (rows.next()) {
                if ("COUNTRY".equals(rows.getString("kind"))) {
                    codes.add(rows.getString("code"));
                    names.put(rows.getString("code"), rows.getString("name"));
                }
                else if ("SUBDIVISION".equals(rows.getString("kind"))) {
                    subdivisions.computeIfAbsent(rows.getString("country_code"), (c) -> new ArrayList<>())
                        .add(rows.getString("code"));
                }
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("No countries: run the Flyway migrations first");
        }
        Collections.sort(codes);
        subdivisions.values().forEach(Collections::sort);
        List<String> ranked = new ArrayList<>(BUSY_COUNTRIES.stream().filter(names::containsKey).toList());
        List<String> rest = new ArrayList<>(codes);
        rest.removeAll(ranked);
        Collections.shuffle(rest, this.random);
        ranked.addAll(rest);
        // long tail: the i-th country gets a share proportional to 1 / (i + 3)
        double[] cumulative = new double[ranked.size()];
        double sum = 0;
        for (int i = 0; i < ranked.size(); i++) {
            sum += 1.0 / (i + 3);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
        return new Countries(ranked.toArray(String[]::new), names, subdivisions, cumulative);
    }

    private final class Countries {

        final String[] codes;

        final Map<String, String> names;

        final Map<String, List<String>> subdivisions;

        final double[] cumulative;

        Countries(String[] codes, Map<String, String> names, Map<String, List<String>> subdivisions,
                double[] cumulative) {
            this.codes = codes;
            this.names = names;
            this.subdivisions = subdivisions;
            this.cumulative = cumulative;
        }

        /** A country index drawn from the long-tailed distribution. */
        int pick() {
            int found = Arrays.binarySearch(this.cumulative, SyntheticDataGenerator.this.random.nextDouble());
            return Math.min(found >= 0 ? found : -found - 1, this.codes.length - 1);
        }

        /** The country itself, or for a country with subdivisions sometimes one of them. */
        String jurisdictionIn(int country) {
            List<String> inside = this.subdivisions.get(this.codes[country]);
            if (inside != null && SyntheticDataGenerator.this.random.nextBoolean()) {
                return inside.get(SyntheticDataGenerator.this.random.nextInt(inside.size()));
            }
            return this.codes[country];
        }

    }

    // ---- agencies -----------------------------------------------------------------------------------------------

    private Agencies agencies(Connection connection, Countries countries, Counts counts) throws SQLException {
        String sql = """
                insert into agency (name, acronym, kind, jurisdiction_code) values (?, ?, ?, ?)
                on conflict (name, jurisdiction_code) do nothing
                """;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (String code : countries.codes) {
                String name = countries.names.get(code);
                addAgency(insert, "National Police of " + name, null, "POLICE", code);
                addAgency(insert, "Customs Service of " + name, null, "CUSTOMS", code);
                addAgency(insert, "Public Prosecutor's Office of " + name, null, "PROSECUTOR", code);
                addAgency(insert, "Criminal Court of " + name, null, "COURT", code);
                if (this.random.nextInt(3) == 0) {
                    addAgency(insert, "Cybercrime Unit of " + name, null, "POLICE", code);
                }
            }
            for (String state : countries.subdivisions.getOrDefault("US", List.of())) {
                addAgency(insert, "State Police (" + state + ")", null, "POLICE", state);
            }
            addAgency(insert, "European Union Agency for Law Enforcement Cooperation", "Europol", "INTERNATIONAL",
                    "NL");
            addAgency(insert, "European Union Agency for Criminal Justice Cooperation", "Eurojust", "INTERNATIONAL",
                    "NL");
            addAgency(insert, "International Criminal Police Organization", "Interpol", "INTERNATIONAL", "FR");
            for (int added : insert.executeBatch()) {
                counts.agencies += Math.max(added, 0);
            }
        }
        Map<String, List<Long>> police = new HashMap<>();
        Map<String, List<Long>> prosecutors = new HashMap<>();
        List<Long> all = new ArrayList<>();
        String read = """
                select a.id, a.kind, j.country_code from agency a join jurisdiction j on j.code = a.jurisdiction_code
                order by a.id
                """;
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(read)) {
            while (rows.next()) {
                long id = rows.getLong(1);
                all.add(id);
                String country = rows.getString(3);
                switch (rows.getString(2)) {
                    case "POLICE" -> police.computeIfAbsent(country, (c) -> new ArrayList<>()).add(id);
                    case "PROSECUTOR" -> prosecutors.computeIfAbsent(country, (c) -> new ArrayList<>()).add(id);
                    default -> {
                    }
                }
            }
        }
        return new Agencies(police, prosecutors, all);
    }

    private static void addAgency(PreparedStatement insert, String name, String acronym, String kind,
            String jurisdiction) throws SQLException {
        insert.setString(1, name);
        insert.setString(2, acronym);
        insert.setString(3, kind);
        insert.setString(4, jurisdiction);
        insert.addBatch();
    }

    private record Agencies(Map<String, List<Long>> police, Map<String, List<Long>> prosecutors, List<Long> all) {
    }

    // ---- cases --------------------------------------------------------------------------------------------------

    private CaseData cases(Connection connection, int size, Countries countries, Agencies agencies, Counts counts)
            throws SQLException {
        CaseData cases = new CaseData(size);
        if (size == 0) {
            return cases;
        }
        long firstId = reserveIds(connection, "enforcement_case", size);
        LocalDate earliest = LocalDate.of(2010, 1, 1);
        int span = (int) (this.today.minusDays(30).toEpochDay() - earliest.toEpochDay());
        for (int k = 0; k < size; k++) {
            cases.opened[k] = (int) earliest.toEpochDay() + this.random.nextInt(span);
        }
        Arrays.sort(cases.opened);
        Map<Integer, Integer> nextNumber = referenceNumbers(connection);
        String[] operationNames = pool(Math.min(400, size), () -> operationName());
        String[] summaries = pool(Math.min(300, size), this::caseSummary);
        CopyStream caseRows = new CopyStream(connection, "enforcement_case",
                "id, reference, title, status, summary, modus_operandi, lead_agency_id, prosecuting_office_id, "
                        + "opened_on, closed_on");
        // one COPY at a time per connection: the history rows are kept and copied after the cases
        List<Object[]> historyRows = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            long id = firstId + k;
            cases.ids[k] = id;
            int country = countries.pick();
            cases.country[k] = country;
            String code = countries.codes[country];
            LocalDate opened = LocalDate.ofEpochDay(cases.opened[k]);
            int year = opened.getYear();
            int number = nextNumber.merge(year, 1, Integer::sum);
            String reference = "TKD-%d-%04d".formatted(year, number);
            String status = weighted(new String[] { "INVESTIGATION", "OPERATIONAL", "PROSECUTION", "SUSPENDED",
                    "CLOSED" }, new int[] { 25, 20, 20, 5, 30 });
            LocalDate closed = null;
            if ("CLOSED".equals(status)) {
                closed = opened.plusDays(30 + this.random.nextInt(2000));
                if (closed.isAfter(this.today)) {
                    closed = this.today;
                }
            }
            Long lead = pickFrom(agencies.police().get(code), agencies.all());
            Long prosecutor = this.random.nextInt(10) < 7 ? pickFrom(agencies.prosecutors().get(code), null) : null;
            String name = operationNames[this.random.nextInt(operationNames.length)];
            String title = "Operation %s (%s)".formatted(name, countries.names.get(code));
            caseRows.row(id, reference, truncate(title, 200), status, summaries[this.random.nextInt(summaries.length)],
                    this.random.nextBoolean()
                            ? "Release group distributing pre-release copies through rented servers and seedboxes."
                            : null,
                    lead, prosecutor, opened, closed);
            historyRows.add(new Object[] { id, null, status, opened, moment(opened), RECORDED_BY,
                    "First recorded by the synthetic data generator" });
        }
        caseRows.finish();
        CopyStream history = new CopyStream(connection, "case_status_change",
                "case_id, from_status, to_status, effective_on, recorded_at, recorded_by, reason");
        for (Object[] row : historyRows) {
            history.row(row);
        }
        counts.statusChanges += history.finish();
        return cases;
    }

    /** The next free reference number of each year, after the references already in the database. */
    private static Map<Integer, Integer> referenceNumbers(Connection connection) throws SQLException {
        Map<Integer, Integer> numbers = new HashMap<>();
        String sql = """
                select substring(reference from 5 for 4)::int as year, max(substring(reference from 10)::int)
                from enforcement_case group by 1
                """;
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                numbers.put(rows.getInt(1), rows.getInt(2));
            }
        }
        return numbers;
    }

    private static final class CaseData {

        final long[] ids;

        final int[] opened;

        final int[] country;

        CaseData(int size) {
            this.ids = new long[size];
            this.opened = new int[size];
            this.country = new int[size];
        }

    }

    // ---- raids --------------------------------------------------------------------------------------------------

    private RaidData raids(Connection connection, int size, CaseData cases, Countries countries, Agencies agencies,
            Counts counts) throws SQLException {
        RaidData raids = new RaidData(size);
        if (size == 0) {
            return raids;
        }
        long firstId = reserveIds(connection, "raid", size);
        List<long[]> participants = new ArrayList<>();
        // kept to write the first status-history rows after the raid COPY
        String[] raidStatus = new String[size];
        CopyStream rows = new CopyStream(connection, "raid",
                "id, case_id, jurisdiction_code, status, raid_date, local_time, time_zone, lead_agency_id, "
                        + "legal_basis, legal_reference, outcome, arrests_made");
        String[] legalBases = { "WARRANT", "EIO", "MLAT", "JIT", "COURT_ORDER", "CONSENT", "OTHER" };
        int[] legalWeights = { 30, 20, 25, 10, 10, 3, 2 };
        for (int k = 0; k < size; k++) {
            long id = firstId + k;
            int caseIndex = this.random.nextInt(cases.ids.length);
            // a third of a case's raids happen in its home country, the rest abroad
            int country = this.random.nextInt(3) == 0 ? cases.country[caseIndex] : countries.pick();
            String code = countries.codes[country];
            String jurisdiction = countries.jurisdictionIn(country);
            LocalDate date = LocalDate.ofEpochDay(cases.opened[caseIndex] + this.random.nextInt(900));
            String status;
            int arrests = 0;
            String outcome = null;
            if (date.isAfter(this.today)) {
                status = "PLANNED";
            }
            else {
                status = weighted(new String[] { "COMPLETED", "ABORTED", "UNDER_WAY" }, new int[] { 88, 8, 4 });
                if ("COMPLETED".equals(status)) {
                    arrests = this.random.nextInt(10) < 7 ? 0 : 1 + this.random.nextInt(4);
                    outcome = "Servers seized; %d arrest(s)".formatted(arrests);
                }
                else if ("ABORTED".equals(status)) {
                    outcome = "Aborted: premises empty on arrival";
                }
            }
            raids.caseIndex[k] = caseIndex;
            raids.country[k] = country;
            raids.date[k] = (int) date.toEpochDay();
            raids.planned[k] = "PLANNED".equals(status);
            raidStatus[k] = status;
            raids.ids[k] = id;
            Long lead = this.random.nextInt(10) < 8 ? pickFrom(agencies.police().get(code), null) : null;
            String basis = weighted(legalBases, legalWeights);
            rows.row(id, cases.ids[caseIndex], jurisdiction, status, date,
                    "%02d:%02d".formatted(5 + this.random.nextInt(4), this.random.nextInt(4) * 15),
                    TIME_ZONES.getOrDefault(code, "UTC"), lead, basis,
                    "MLAT".equals(basis) || "EIO".equals(basis)
                            ? "%s request %d/%d".formatted(basis, 1 + this.random.nextInt(999), date.getYear()) : null,
                    outcome, arrests);
            int helpers = this.random.nextInt(3);
            Set<Long> chosen = new LinkedHashSet<>();
            for (int h = 0; h < helpers; h++) {
                chosen.add(agencies.all().get(this.random.nextInt(agencies.all().size())));
            }
            for (Long agency : chosen) {
                participants.add(new long[] { id, agency });
            }
        }
        rows.finish();
        CopyStream history = new CopyStream(connection, "raid_status_change",
                "raid_id, from_status, to_status, effective_on, recorded_at, recorded_by, reason");
        for (int k = 0; k < size; k++) {
            LocalDate since = LocalDate.ofEpochDay(Math.min(raids.date[k], this.today.toEpochDay()));
            history.row(raids.ids[k], null, raidStatus[k], since, moment(since), RECORDED_BY, null);
        }
        counts.statusChanges += history.finish();
        CopyStream participating = new CopyStream(connection, "raid_participating_agency", "raid_id, agency_id");
        for (long[] row : participants) {
            participating.row(row[0], row[1]);
        }
        counts.participatingAgencies += participating.finish();
        return raids;
    }

    private static final class RaidData {

        final long[] ids;

        final int[] caseIndex;

        final int[] country;

        final int[] date;

        final boolean[] planned;

        RaidData(int size) {
            this.ids = new long[size];
            this.caseIndex = new int[size];
            this.country = new int[size];
            this.date = new int[size];
            this.planned = new boolean[size];
        }

    }

    // ---- servers ------------------------------------------------------------------------------------------------

    private void servers(Connection connection, int size, CaseData cases, RaidData raids, Countries countries,
            Counts counts) throws SQLException {
        if (size == 0) {
            return;
        }
        long firstId = reserveIds(connection, "seized_server", size);
        String[] providers = pool(Math.min(1500, size), () -> truncate(this.faker.company().name(), 150) + " "
                + new String[] { "Hosting", "Cloud", "Networks", "Datacenter", "Servers" }[this.random.nextInt(5)]);
        long[] asns = new long[providers.length];
        for (int i = 0; i < asns.length; i++) {
            asns[i] = 1000 + this.random.nextInt(400_000);
        }
        String[] domains = pool(Math.min(5000, size), () -> this.faker.internet().domainWord().replaceAll("[^a-z0-9-]", "")
                + "-" + Integer.toString(this.random.nextInt(1296), 36));
        String[] roles = { "DISTRIBUTION", "STORAGE", "ENCODING", "INDEXER", "SEEDBOX", "WEB_FRONT", "DATABASE",
                "PROXY", "OTHER" };
        int[] roleWeights = { 30, 15, 8, 8, 15, 10, 6, 6, 2 };
        String[] seizedStatuses = { "SEIZED", "IMAGED", "OFFLINE", "RETURNED", "REAPPEARED" };
        int[] seizedWeights = { 35, 30, 20, 10, 5 };
        byte[] digest = new byte[32];
        HexFormat hex = HexFormat.of();
        // statuses are kept to write their history after the server COPY
        byte[] statusOf = new byte[size];
        String[] allStatuses = { "IDENTIFIED", "SEIZED", "IMAGED", "OFFLINE", "RETURNED", "REAPPEARED" };
        long[] changedAt = new long[size];
        CopyStream rows = new CopyStream(connection, "seized_server",
                "id, case_id, raid_id, country_code, hostname, ip_addresses, hosting_provider, asn, role, status, "
                        + "seized_on, evidence_reference, disk_image_sha256");
        boolean haveRaids = raids.ids.length > 0;
        for (int k = 0; k < size; k++) {
            long id = firstId + k;
            int caseIndex;
            int country;
            Long raidId = null;
            String status;
            LocalDate seizedOn = null;
            if (haveRaids && this.random.nextInt(10) < 9) {
                int raid = this.random.nextInt(raids.ids.length);
                raidId = raids.ids[raid];
                caseIndex = raids.caseIndex[raid];
                country = raids.country[raid];
                if (raids.planned[raid]) {
                    status = "IDENTIFIED";
                }
                else {
                    status = weighted(seizedStatuses, seizedWeights);
                    seizedOn = LocalDate.ofEpochDay(raids.date[raid]);
                }
            }
            else {
                caseIndex = this.random.nextInt(cases.ids.length);
                country = countries.pick();
                status = this.random.nextInt(10) < 7 ? "IDENTIFIED" : "REAPPEARED";
            }
            String code = countries.codes[country];
            String role = weighted(roles, roleWeights);
            String hostname = "%s-%s-%s.%s.example".formatted(role.toLowerCase(Locale.ROOT).replace('_', '-'),
                    code.toLowerCase(Locale.ROOT), Long.toString(id, 36), domains[this.random.nextInt(domains.length)]);
            int provider = this.random.nextInt(providers.length);
            String sha = null;
            if ("IMAGED".equals(status) || "OFFLINE".equals(status) || "RETURNED".equals(status)) {
                this.random.nextBytes(digest);
                sha = hex.formatHex(digest);
            }
            rows.row(id, cases.ids[caseIndex], raidId, code, hostname, addresses(), providers[provider],
                    asns[provider], role, status, seizedOn,
                    seizedOn != null ? "EV-%s-%s".formatted(code, Long.toString(id, 36).toUpperCase(Locale.ROOT))
                            : null,
                    sha);
            for (byte s = 0; s < allStatuses.length; s++) {
                if (allStatuses[s].equals(status)) {
                    statusOf[k] = s;
                }
            }
            changedAt[k] = seizedOn != null ? seizedOn.toEpochDay() : cases.opened[caseIndex];
        }
        rows.finish();
        CopyStream history = new CopyStream(connection, "server_status_change",
                "server_id, from_status, to_status, effective_on, recorded_at, recorded_by, reason");
        for (int k = 0; k < size; k++) {
            LocalDate since = LocalDate.ofEpochDay(changedAt[k]);
            history.row(firstId + k, null, allStatuses[statusOf[k]], since, moment(since), RECORDED_BY, null);
        }
        counts.statusChanges += history.finish();
    }

    /** One to three addresses from the documentation ranges, as a PostgreSQL {@code inet[]} literal. */
    private String addresses() {
        int count = 1 + (this.random.nextInt(10) < 7 ? 0 : 1 + this.random.nextInt(2));
        StringBuilder literal = new StringBuilder("{");
        String[] ranges = { "192.0.2.", "198.51.100.", "203.0.113." };
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                literal.append(',');
            }
            if (this.random.nextInt(5) == 0) {
                literal.append("2001:db8:")
                    .append(Integer.toHexString(this.random.nextInt(0x10000)))
                    .append("::")
                    .append(Integer.toHexString(1 + this.random.nextInt(0xfffe)));
            }
            else {
                literal.append(ranges[this.random.nextInt(3)]).append(1 + this.random.nextInt(254));
            }
        }
        return literal.append('}').toString();
    }

    // ---- defendants ---------------------------------------------------------------------------------------------

    private void defendants(Connection connection, int size, CaseData cases, Countries countries, Counts counts)
            throws SQLException {
        if (size == 0) {
            return;
        }
        long firstId = reserveIds(connection, "defendant", size);
        String[] legalStatuses = { "AT_LARGE", "WANTED", "ARRESTED", "IN_CUSTODY", "ON_BAIL",
                "EXTRADITION_REQUESTED", "EXTRADITED", "CHARGED", "CONVICTED", "ACQUITTED", "DISMISSED" };
        int[] weights = { 20, 10, 10, 15, 8, 7, 5, 10, 10, 3, 2 };
        Set<String> inCustody = Set.of("ARRESTED", "IN_CUSTODY", "EXTRADITION_REQUESTED", "EXTRADITED", "CONVICTED");
        String[] handles = pool(Math.min(3000, 3 * size), () -> this.random.nextBoolean() ? this.faker.name().username()
                : this.faker.hacker().noun().replace(' ', '_') + this.random.nextInt(100));
        String[] statusOf = new String[size];
        long[][] caseLinks = new long[size][];
        int[] arrestDay = new int[size];
        String[] custodyCountry = new String[size];
        int[] homeCountry = new int[size];
        CopyStream rows = new CopyStream(connection, "defendant",
                "id, full_name, nationality_code, date_of_birth, legal_status, custody_jurisdiction_code, "
                        + "arrested_on, arrest_place");
        for (int k = 0; k < size; k++) {
            long id = firstId + k;
            int caseIndex = this.random.nextInt(cases.ids.length);
            int second = cases.ids.length > 1 && this.random.nextInt(100) < 15 ? this.random.nextInt(cases.ids.length)
                    : caseIndex;
            caseLinks[k] = second != caseIndex ? new long[] { caseIndex, second } : new long[] { caseIndex };
            homeCountry[k] = cases.country[caseIndex];
            String status = weighted(legalStatuses, weights);
            statusOf[k] = status;
            String nationality = this.random.nextInt(10) < 9
                    ? countries.codes[this.random.nextInt(3) == 0 ? cases.country[caseIndex] : countries.pick()]
                    : null;
            LocalDate born = LocalDate.of(1955 + this.random.nextInt(48), 1 + this.random.nextInt(12),
                    1 + this.random.nextInt(28));
            String custody = null;
            LocalDate arrested = null;
            String place = null;
            boolean held = inCustody.contains(status) || ("CHARGED".equals(status) && this.random.nextBoolean());
            if (held || "ON_BAIL".equals(status)) {
                int where = this.random.nextInt(10) < 6 ? cases.country[caseIndex] : countries.pick();
                arrested = LocalDate.ofEpochDay(
                        Math.min(cases.opened[caseIndex] + this.random.nextInt(1200), this.today.toEpochDay()));
                place = countries.names.get(countries.codes[where]);
                if (held) {
                    custody = countries.jurisdictionIn(where);
                    custodyCountry[k] = countries.codes[where];
                }
                arrestDay[k] = (int) arrested.toEpochDay();
            }
            else {
                arrestDay[k] = cases.opened[caseIndex];
            }
            rows.row(id, truncate(this.faker.name().fullName(), 200), nationality, born, status, custody, arrested,
                    place);
        }
        rows.finish();

        CopyStream links = new CopyStream(connection, "case_defendant", "case_id, defendant_id, role, since");
        for (int k = 0; k < size; k++) {
            for (long caseIndex : caseLinks[k]) {
                links.row(cases.ids[(int) caseIndex], firstId + k, "DEFENDANT",
                        LocalDate.ofEpochDay(cases.opened[(int) caseIndex]));
            }
        }
        counts.caseLinks += links.finish();

        CopyStream charges = new CopyStream(connection, "charge",
                "defendant_id, case_id, statute, description, counts, filed_on, disposition");
        String[] dispositions = { "PENDING", "DISMISSED", "GUILTY_PLEA", "CONVICTED", "ACQUITTED", "WITHDRAWN" };
        for (int k = 0; k < size; k++) {
            if ("AT_LARGE".equals(statusOf[k]) && this.random.nextBoolean()) {
                continue;
            }
            for (long caseIndex : caseLinks[k]) {
                String[] statute = STATUTES[this.random.nextInt(STATUTES.length)];
                String disposition = switch (statusOf[k]) {
                    case "CONVICTED" -> this.random.nextBoolean() ? "CONVICTED" : "GUILTY_PLEA";
                    case "ACQUITTED" -> "ACQUITTED";
                    case "DISMISSED" -> this.random.nextBoolean() ? "DISMISSED" : "WITHDRAWN";
                    default -> dispositions[0];
                };
                charges.row(firstId + k, cases.ids[(int) caseIndex], statute[0], statute[1],
                        1 + this.random.nextInt(6),
                        this.random.nextInt(10) < 8 ? LocalDate.ofEpochDay(arrestDay[k] + this.random.nextInt(90))
                                : null,
                        disposition);
            }
        }
        counts.charges += charges.finish();

        CopyStream aliases = new CopyStream(connection, "defendant_alias", "defendant_id, alias, source, confidence");
        String[] confidences = { "LOW", "MEDIUM", "HIGH", "CONFIRMED" };
        for (int k = 0; k < size; k++) {
            int count = this.random.nextInt(4);
            Set<String> chosen = new LinkedHashSet<>();
            for (int a = 0; a < count; a++) {
                chosen.add(truncate(handles[this.random.nextInt(handles.length)], 200));
            }
            for (String alias : chosen) {
                aliases.row(firstId + k, alias, ALIAS_SOURCES[this.random.nextInt(ALIAS_SOURCES.length)],
                        confidences[this.random.nextInt(confidences.length)]);
            }
        }
        counts.aliases += aliases.finish();

        CopyStream extraditions = new CopyStream(connection, "extradition_request",
                "defendant_id, case_id, requesting_jurisdiction_code, requested_jurisdiction_code, legal_basis, "
                        + "status, requested_on, hearing_on, decided_on, surrendered_on");
        for (int k = 0; k < size; k++) {
            boolean requested = "EXTRADITION_REQUESTED".equals(statusOf[k]) || "EXTRADITED".equals(statusOf[k]);
            if (!requested || custodyCountry[k] == null) {
                continue;
            }
            String requestedFrom = custodyCountry[k];
            String requesting = countries.codes[homeCountry[k]];
            if (requesting.equals(requestedFrom)) {
                requesting = requestedFrom.equals("US") ? "DE" : "US";
            }
            LocalDate on = LocalDate.ofEpochDay(arrestDay[k] + 1 + this.random.nextInt(60));
            boolean done = "EXTRADITED".equals(statusOf[k]);
            extraditions.row(firstId + k, cases.ids[(int) caseLinks[k][0]], requesting, requestedFrom,
                    "Extradition treaty between %s and %s".formatted(countries.names.get(requesting),
                            countries.names.get(requestedFrom)),
                    done ? "SURRENDERED" : (this.random.nextBoolean() ? "REQUESTED" : "HEARING"), on,
                    done ? on.plusDays(30) : null, done ? on.plusDays(60) : null, done ? on.plusDays(90) : null);
        }
        counts.extraditions += extraditions.finish();

        CopyStream history = new CopyStream(connection, "defendant_status_change",
                "defendant_id, from_status, to_status, effective_on, recorded_at, recorded_by, reason");
        for (int k = 0; k < size; k++) {
            LocalDate since = LocalDate.ofEpochDay(arrestDay[k]);
            history.row(firstId + k, null, statusOf[k], since, moment(since), RECORDED_BY, null);
        }
        counts.statusChanges += history.finish();
        // the requests took their identifiers from the database: their first history rows are written there
        try (PreparedStatement requests = connection.prepareStatement("""
                insert into extradition_status_change (extradition_request_id, from_status, to_status, effective_on,
                                                       recorded_at, recorded_by)
                select e.id, null, e.status, coalesce(e.surrendered_on, e.decided_on, e.hearing_on, e.requested_on),
                       (e.requested_on + time '09:00') at time zone 'UTC', ?
                from extradition_request e
                where e.defendant_id between ? and ?
                """)) {
            requests.setString(1, RECORDED_BY);
            requests.setLong(2, firstId);
            requests.setLong(3, firstId + size - 1);
            counts.statusChanges += requests.executeUpdate();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /**
     * Takes {@code size} identifiers from the table's identity sequence at once, so the rows can carry them (and
     * their children point at them) without a round trip per row.
     */
    private static long reserveIds(Connection connection, String table, int size) throws SQLException {
        try (PreparedStatement reserve = connection.prepareStatement("""
                select setval(seq, nextval(seq) + ? - 1) - ? + 1
                from (select pg_get_serial_sequence(?, 'id')::regclass as seq) s
                """)) {
            reserve.setLong(1, size);
            reserve.setLong(2, size);
            reserve.setString(3, table);
            try (ResultSet first = reserve.executeQuery()) {
                first.next();
                return first.getLong(1);
            }
        }
    }

    private String weighted(String[] values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = this.random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private Long pickFrom(List<Long> preferred, List<Long> fallback) {
        List<Long> from = preferred != null && !preferred.isEmpty() ? preferred : fallback;
        return from == null || from.isEmpty() ? null : from.get(this.random.nextInt(from.size()));
    }

    /** {@code size} values made once (Datafaker is slow per call) and drawn from at random afterwards. */
    private static String[] pool(int size, java.util.function.Supplier<String> supplier) {
        String[] values = new String[size];
        for (int i = 0; i < size; i++) {
            values[i] = supplier.get();
        }
        return values;
    }

    private String operationName() {
        return switch (this.random.nextInt(4)) {
            case 0 -> this.faker.ancient().god();
            case 1 -> this.faker.ancient().hero();
            case 2 -> this.faker.ancient().titan();
            default -> capitalize(this.faker.hacker().noun());
        };
    }

    private String caseSummary() {
        String group = capitalize(this.faker.hacker().adjective()) + " " + capitalize(this.faker.hacker().noun());
        String[] content = { "films and television series before their release", "live sports broadcasts",
                "music catalogues", "video games and console firmware", "e-books and academic journals",
                "IPTV channel packages" };
        return ("The release group known as \"%s\" distributed %s through rented servers and seedboxes, "
                + "financed by subscriptions and advertising. %s Synthetic data for load testing, not a real case.")
            .formatted(group, content[this.random.nextInt(content.length)], this.faker.company().catchPhrase() + ".");
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private OffsetDateTime moment(LocalDate date) {
        return date.atTime(9, 0).atOffset(ZoneOffset.UTC);
    }

    private static final class Counts {

        long agencies;

        long participatingAgencies;

        long aliases;

        long caseLinks;

        long charges;

        long extraditions;

        long statusChanges;

    }

}
