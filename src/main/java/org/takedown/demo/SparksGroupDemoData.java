package org.takedown.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.takedown.cases.CaseStatus;
import org.takedown.cases.EnforcementCase;
import org.takedown.defendants.AliasConfidence;
import org.takedown.defendants.CaseRole;
import org.takedown.defendants.Defendant;
import org.takedown.defendants.LegalStatus;
import org.takedown.jurisdictions.Agency;
import org.takedown.jurisdictions.AgencyKind;
import org.takedown.jurisdictions.Jurisdiction;
import org.takedown.raids.LegalBasis;
import org.takedown.raids.Raid;
import org.takedown.raids.RaidStatus;
import org.takedown.raids.SeizedServer;
import org.takedown.raids.ServerRole;
import org.takedown.raids.ServerStatus;

/**
 * The "Sparks Group" operation as press coverage reported it (police raids led by US Homeland Security, 60 servers
 * taken offline in 16 named countries, three men charged). The article's facts are kept exactly: the countries, the
 * server total, the agencies, the three defendants with their aliases, nationalities and states. Everything it does not
 * say (dates, per-country server counts, hostnames, addresses, providers, local agencies, statutes) is illustrative
 * and the case summary says so. Hostnames use the reserved {@code .example} domain and addresses the documentation
 * ranges, so no real machine is named.
 */
final class SparksGroupDemoData {

    static final String RECORDED_BY = "demo-data";

    static final String REFERENCE = "TKD-2020-0001";

    /** Illustrative: the article gives no date for the action day. */
    static final LocalDate ACTION_DAY = LocalDate.of(2020, 8, 25);

    /** The day the case was opened. */
    static final LocalDate OPENED_ON = LocalDate.of(2020, 1, 6);

    /** Illustrative: the day the action day was planned, the case became operational and the servers were known. */
    static final LocalDate PLANNED_ON = LocalDate.of(2020, 7, 20);

    /** Illustrative: the day the forensic images were taken, after the seizure. */
    static final LocalDate IMAGED_ON = LocalDate.of(2020, 9, 15);

    /** The day the US asked Cyprus to surrender George Bridi, the day after his arrest. */
    static final LocalDate EXTRADITION_REQUESTED_ON = ACTION_DAY.plusDays(1);

    /** The 16 countries the article names, with an illustrative share of the 60 servers and the local police. */
    private static final List<RaidCountry> RAID_COUNTRIES = List.of(
            new RaidCountry("CA", "America/Toronto", 4, "Royal Canadian Mounted Police", "RCMP"),
            new RaidCountry("CZ", "Europe/Prague", 3, "Police of the Czech Republic", null),
            new RaidCountry("DK", "Europe/Copenhagen", 3, "Danish National Police", null),
            new RaidCountry("FR", "Europe/Paris", 5, "National Police (France)", null),
            new RaidCountry("DE", "Europe/Berlin", 6, "Federal Criminal Police Office", "BKA"),
            new RaidCountry("LV", "Europe/Riga", 3, "State Police of Latvia", null),
            new RaidCountry("NL", "Europe/Amsterdam", 7, "Netherlands Police", null),
            new RaidCountry("NO", "Europe/Oslo", 3, "National Criminal Investigation Service", "Kripos"),
            new RaidCountry("PL", "Europe/Warsaw", 3, "Polish Police", null),
            new RaidCountry("PT", "Europe/Lisbon", 2, "Judicial Police", "PJ"),
            new RaidCountry("RO", "Europe/Bucharest", 3, "Romanian Police", null),
            new RaidCountry("KR", "Asia/Seoul", 3, "Korean National Police Agency", "KNPA"),
            new RaidCountry("ES", "Europe/Madrid", 3, "National Police Corps", null),
            new RaidCountry("SE", "Europe/Stockholm", 4, "Swedish Police Authority", null),
            new RaidCountry("CH", "Europe/Zurich", 4, "Federal Office of Police", "fedpol"),
            new RaidCountry("GB", "Europe/London", 4, "Police Intellectual Property Crime Unit", "PIPCU"));

    private static final List<ServerRole> ROLE_ROTATION = List.of(ServerRole.DISTRIBUTION, ServerRole.DISTRIBUTION,
            ServerRole.STORAGE, ServerRole.ENCODING, ServerRole.DISTRIBUTION, ServerRole.INDEXER, ServerRole.SEEDBOX,
            ServerRole.WEB_FRONT);

    private static final String SUMMARY = """
            An international video piracy ring known as the "Sparks Group" obtained films and television shows before \
            their official release by tricking wholesale distributors into believing they were legitimate retailers of \
            DVDs and Blu-rays, cracked the discs' copyright protection and distributed the copies through a worldwide \
            network of servers. Police raids led by the US Department of Homeland Security took 60 servers offline.

            Press reports speak of raids in 19 countries but name only 16 (Canada, Czechia, Denmark, France, Germany, \
            Latvia, the Netherlands, Norway, Poland, Portugal, Romania, South Korea, Spain, Sweden, Switzerland and the \
            United Kingdom); this case records the 16 named countries and does not invent the other three.

            Illustrative demo data: the dates, per-country server counts, hostnames, addresses, providers, local \
            agencies and statutes are plausible stand-ins, not facts from the reporting.""";

    private static final String MODUS_OPERANDI = """
            Posed as DVD and Blu-ray retailers to obtain discs from wholesale distributors before release; circumvented \
            the copy protection; uploaded the copies to servers worldwide for distribution.""";

    private final EntityManager entityManager;

    private final Instant recordedAt;

    SparksGroupDemoData(EntityManager entityManager, Instant recordedAt) {
        this.entityManager = entityManager;
        this.recordedAt = recordedAt;
    }

    void load() {
        Agency hsi = agency("Homeland Security Investigations", "HSI", AgencyKind.POLICE, "US");
        Agency sdny = agency("US Attorney's Office for the Southern District of New York", "USAO-SDNY",
                AgencyKind.PROSECUTOR, "US-NYSD");

        EnforcementCase sparks = new EnforcementCase(REFERENCE, "Sparks Group", SUMMARY, hsi, OPENED_ON, RECORDED_BY,
                this.recordedAt);
        sparks.describe("Sparks Group", SUMMARY, MODUS_OPERANDI);
        sparks.assignAgencies(hsi, sdny);
        sparks.changeStatus(CaseStatus.OPERATIONAL, PLANNED_ON, RECORDED_BY, "Action day planned", this.recordedAt);
        sparks.changeStatus(CaseStatus.PROSECUTION, ACTION_DAY, RECORDED_BY,
                "Three defendants charged; Acting US Attorney Audrey Strauss announced the charges", this.recordedAt);
        this.entityManager.persist(sparks);
        Long sparksId = sparks.getId();

        int serverNumber = 0;
        for (RaidCountry country : RAID_COUNTRIES) {
            Agency police = agency(country.policeName(), country.policeAcronym(), AgencyKind.POLICE, country.code());
            Raid raid = new Raid(sparksId, jurisdiction(country.code()), RaidStatus.PLANNED, ACTION_DAY,
                    LocalTime.of(6, 0), ZoneId.of(country.timeZone()), LegalBasis.MLAT, PLANNED_ON, RECORDED_BY,
                    this.recordedAt);
            raid.assignAgencies(police, Set.of(hsi));
            raid.recordLegalReference("US mutual legal assistance request (illustrative)");
            raid.changeStatus(RaidStatus.COMPLETED, ACTION_DAY, RECORDED_BY, "Searched on the action day",
                    this.recordedAt);
            raid.recordOutcome("%d servers taken offline and seized".formatted(country.servers()), 0);
            this.entityManager.persist(raid);
            for (int i = 1; i <= country.servers(); i++) {
                serverNumber++;
                SeizedServer server = server(sparksId, country, i, serverNumber);
                raid.addServer(server);
                this.entityManager.persist(server);
            }
        }

        Defendant bridi = new Defendant("George Bridi", jurisdiction("GB"), null, LegalStatus.ARRESTED, ACTION_DAY,
                RECORDED_BY, this.recordedAt);
        bridi.addToCase(sparksId, CaseRole.DEFENDANT, ACTION_DAY);
        bridi.recordArrest(ACTION_DAY, "Cyprus", jurisdiction("CY"));
        bridi.changeLegalStatus(LegalStatus.EXTRADITION_REQUESTED, EXTRADITION_REQUESTED_ON, RECORDED_BY,
                "US authorities will seek his extradition from Cyprus", this.recordedAt);
        chargeWithConspiracy(bridi, sparksId);
        bridi.requestExtradition(sparksId, jurisdiction("US"), jurisdiction("CY"),
                "Extradition treaty between the United States and Cyprus (illustrative)", EXTRADITION_REQUESTED_ON,
                RECORDED_BY, this.recordedAt);
        this.entityManager.persist(bridi);

        Defendant correa = new Defendant("Jonathan Correa", null, null, LegalStatus.ARRESTED, ACTION_DAY, RECORDED_BY,
                this.recordedAt);
        correa.addToCase(sparksId, CaseRole.DEFENDANT, ACTION_DAY);
        correa.addAlias("Raid", "Press coverage of the charges", AliasConfidence.HIGH);
        correa.recordArrest(ACTION_DAY, "Kansas, United States", jurisdiction("US-KS"));
        chargeWithConspiracy(correa, sparksId);
        this.entityManager.persist(correa);

        Defendant ahmad = new Defendant("Umar Ahmad", jurisdiction("NO"), null, LegalStatus.AT_LARGE, ACTION_DAY,
                RECORDED_BY, this.recordedAt);
        ahmad.addToCase(sparksId, CaseRole.DEFENDANT, ACTION_DAY);
        ahmad.addAlias("Artist", "Press coverage of the charges", AliasConfidence.HIGH);
        chargeWithConspiracy(ahmad, sparksId);
        this.entityManager.persist(ahmad);
    }

    private void chargeWithConspiracy(Defendant defendant, Long sparksId) {
        defendant.charge(sparksId, "18 U.S.C. § 371 (illustrative)", "Conspiracy to commit copyright infringement", 1,
                ACTION_DAY);
    }

    private SeizedServer server(Long sparksId, RaidCountry country, int numberInCountry, int serialNumber) {
        String countryCode = country.code().toLowerCase();
        ServerRole role = ROLE_ROTATION.get(serialNumber % ROLE_ROTATION.size());
        String hostname = "%s-%s-%02d.sparks.example".formatted(role.name().toLowerCase().replace('_', '-'),
                countryCode, numberInCountry);
        ServerStatus status = serialNumber % 3 == 0 ? ServerStatus.IMAGED : ServerStatus.SEIZED;
        SeizedServer server = new SeizedServer(sparksId, jurisdiction(country.code()), hostname,
                List.of(documentationAddress(serialNumber)), role, ServerStatus.IDENTIFIED, PLANNED_ON, RECORDED_BY,
                this.recordedAt);
        server.changeStatus(ServerStatus.SEIZED, ACTION_DAY, RECORDED_BY, "Seized on the action day",
                this.recordedAt);
        if (status == ServerStatus.IMAGED) {
            server.changeStatus(ServerStatus.IMAGED, IMAGED_ON, RECORDED_BY, "Forensic image taken", this.recordedAt);
        }
        server.describeHosting("Hosting provider %s-%d (illustrative)".formatted(country.code(), 1 + serialNumber % 2),
                64496L + serialNumber % 16);
        server.recordEvidence(ACTION_DAY, "SG-%s-%03d".formatted(country.code(), numberInCountry),
                status == ServerStatus.IMAGED ? sha256(hostname) : null);
        return server;
    }

    /** Addresses from the ranges reserved for documentation (RFC 5737), 20 servers per range. */
    private static String documentationAddress(int serialNumber) {
        String[] ranges = { "192.0.2.", "198.51.100.", "203.0.113." };
        return ranges[(serialNumber - 1) / 20] + (10 + (serialNumber - 1) % 20);
    }

    private Agency agency(String name, String acronym, AgencyKind kind, String jurisdictionCode) {
        Agency agency = new Agency(name, acronym, kind, jurisdiction(jurisdictionCode));
        this.entityManager.persist(agency);
        return agency;
    }

    private Jurisdiction jurisdiction(String code) {
        return this.entityManager.getReference(Jurisdiction.class, code);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }

    private record RaidCountry(String code, String timeZone, int servers, String policeName, String policeAcronym) {
    }

}
