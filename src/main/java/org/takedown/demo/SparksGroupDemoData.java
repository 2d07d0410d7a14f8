package org.takedown.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.takedown.cases.CaseService;
import org.takedown.cases.CaseStatus;
import org.takedown.cases.OpenCase;
import org.takedown.defendants.AddAlias;
import org.takedown.defendants.AliasConfidence;
import org.takedown.defendants.CaseRole;
import org.takedown.defendants.ChargeDefendant;
import org.takedown.defendants.ChargeDisposition;
import org.takedown.defendants.DefendantService;
import org.takedown.defendants.LegalStatus;
import org.takedown.defendants.LinkToCase;
import org.takedown.defendants.NewDefendant;
import org.takedown.defendants.RequestExtradition;
import org.takedown.jurisdictions.AgencyKind;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.jurisdictions.NewAgency;
import org.takedown.raids.LegalBasis;
import org.takedown.raids.LogRaid;
import org.takedown.raids.LoggedRaid;
import org.takedown.raids.RaidDetails;
import org.takedown.raids.RaidService;
import org.takedown.raids.RaidStatus;
import org.takedown.raids.RecordServer;
import org.takedown.raids.ServerRole;
import org.takedown.raids.ServerStatus;
import org.takedown.raids.UpdateServer;
import org.takedown.shared.ChangeStatus;

/**
 * The "Sparks Group" operation as press coverage reported it (police raids led by US Homeland Security, 60 servers
 * taken offline in 16 named countries, three men charged). The article's facts are kept exactly: the countries, the
 * server total, the agencies, the three defendants with their aliases, nationalities and states. Everything it does not
 * say (dates, per-country server counts, hostnames, addresses, providers, local agencies, statutes) is illustrative
 * and the case summary says so. Hostnames use the reserved {@code .example} domain and addresses the documentation
 * ranges, so no real machine is named.
 */
final class SparksGroupDemoData {

    /** Who the histories and the audit trail say recorded the demo data (see {@link DemoDataLoader}). */
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

    private final JurisdictionService jurisdictions;

    private final CaseService cases;

    private final RaidService raids;

    private final DefendantService defendants;

    SparksGroupDemoData(JurisdictionService jurisdictions, CaseService cases, RaidService raids,
            DefendantService defendants) {
        this.jurisdictions = jurisdictions;
        this.cases = cases;
        this.raids = raids;
        this.defendants = defendants;
    }

    /**
     * Records the case as its investigators would have, through the same services and commands as the pages, so the
     * rules hold for the demo data too. Each status move names the version the record has after the previous one: a
     * new record's is 0, and each move returns the next.
     */
    void load() {
        Long hsi = agency("Homeland Security Investigations", "HSI", AgencyKind.POLICE, "US");
        Long sdny = agency("US Attorney's Office for the Southern District of New York", "USAO-SDNY",
                AgencyKind.PROSECUTOR, "US-NYSD");

        Long sparks = this.cases
            .open(new OpenCase(REFERENCE, "Sparks Group", SUMMARY, MODUS_OPERANDI, hsi, sdny, OPENED_ON));
        long version = this.cases.changeStatus(sparks,
                new ChangeStatus<>(CaseStatus.OPERATIONAL, PLANNED_ON, "Action day planned", 0));
        this.cases.changeStatus(sparks, new ChangeStatus<>(CaseStatus.PROSECUTION, ACTION_DAY,
                "Three defendants charged; Acting US Attorney Audrey Strauss announced the charges", version));

        int serialNumber = 0;
        for (RaidCountry country : RAID_COUNTRIES) {
            Long police = agency(country.policeName(), country.policeAcronym(), AgencyKind.POLICE, country.code());
            List<DemoServer> servers = new ArrayList<>();
            for (int i = 1; i <= country.servers(); i++) {
                servers.add(new DemoServer(country, i, ++serialNumber));
            }
            logRaid(sparks, country, police, hsi, servers);
        }

        Long bridi = this.defendants.add(new NewDefendant("George Bridi", "GB", null, "CY", ACTION_DAY, "Cyprus",
                LegalStatus.ARRESTED, ACTION_DAY));
        // moved while new (version 0): his link, charge and request that follow name no version
        this.defendants.changeLegalStatus(bridi, new ChangeStatus<>(LegalStatus.EXTRADITION_REQUESTED,
                EXTRADITION_REQUESTED_ON, "US authorities will seek his extradition from Cyprus", 0));
        this.defendants.linkToCase(bridi, new LinkToCase(sparks, CaseRole.DEFENDANT, ACTION_DAY));
        chargeWithConspiracy(bridi, sparks);
        this.defendants.requestExtradition(bridi, new RequestExtradition(sparks, "US", "CY",
                "Extradition treaty between the United States and Cyprus (illustrative)", EXTRADITION_REQUESTED_ON));

        Long correa = this.defendants.add(new NewDefendant("Jonathan Correa", null, null, "US-KS", ACTION_DAY,
                "Kansas, United States", LegalStatus.ARRESTED, ACTION_DAY));
        this.defendants.linkToCase(correa, new LinkToCase(sparks, CaseRole.DEFENDANT, ACTION_DAY));
        this.defendants.addAlias(correa, new AddAlias("Raid", "Press coverage of the charges", AliasConfidence.HIGH));
        chargeWithConspiracy(correa, sparks);

        Long ahmad = this.defendants.add(new NewDefendant("Umar Ahmad", "NO", null, null, null, null,
                LegalStatus.AT_LARGE, ACTION_DAY));
        this.defendants.linkToCase(ahmad, new LinkToCase(sparks, CaseRole.DEFENDANT, ACTION_DAY));
        this.defendants.addAlias(ahmad, new AddAlias("Artist", "Press coverage of the charges", AliasConfidence.HIGH));
        chargeWithConspiracy(ahmad, sparks);
    }

    /**
     * Logs the country's raid as planned, with its servers as identified, since the day the action day was planned;
     * then completes it on the action day, and takes each server through its seizure and, for some, its forensic
     * image, recording its hosting and evidence.
     */
    private void logRaid(Long sparks, RaidCountry country, Long police, Long hsi, List<DemoServer> servers) {
        RaidDetails details = new RaidDetails(country.code(), ACTION_DAY, LocalTime.of(6, 0), country.timeZone(),
                police, List.of(hsi), LegalBasis.MLAT, "US mutual legal assistance request (illustrative)",
                "%d servers taken offline and seized".formatted(country.servers()), 0);
        List<RecordServer> seized = servers.stream()
            .map((server) -> new RecordServer(server.hostname(), server.address(), server.hostingProvider(),
                    server.role(), null, ACTION_DAY))
            .toList();
        LoggedRaid raid = this.raids.log(sparks, new LogRaid(details, RaidStatus.PLANNED, seized, PLANNED_ON));
        this.raids.changeStatus(raid.id(),
                new ChangeStatus<>(RaidStatus.COMPLETED, ACTION_DAY, "Searched on the action day", 0));
        for (int i = 0; i < servers.size(); i++) {
            DemoServer server = servers.get(i);
            Long id = raid.serverIds().get(i);
            long version = this.raids.changeServerStatus(id,
                    new ChangeStatus<>(ServerStatus.SEIZED, ACTION_DAY, "Seized on the action day", 0));
            if (server.imaged()) {
                version = this.raids.changeServerStatus(id,
                        new ChangeStatus<>(ServerStatus.IMAGED, IMAGED_ON, "Forensic image taken", version));
            }
            this.raids.updateServer(id,
                    new UpdateServer(server.hostname(), server.address(), server.hostingProvider(), server.asn(),
                            server.role(), ACTION_DAY, server.evidenceReference(), server.diskImageSha256(),
                            version));
        }
    }

    private void chargeWithConspiracy(Long defendant, Long sparks) {
        this.defendants.addCharge(defendant, new ChargeDefendant(sparks, "18 U.S.C. § 371 (illustrative)",
                "Conspiracy to commit copyright infringement", 1, ACTION_DAY, ChargeDisposition.PENDING));
    }

    private Long agency(String name, String acronym, AgencyKind kind, String jurisdictionCode) {
        return this.jurisdictions.addAgency(new NewAgency(name, acronym, kind, jurisdictionCode));
    }

    /** Addresses from the ranges reserved for documentation (RFC 5737), 20 servers per range. */
    private static String documentationAddress(int serialNumber) {
        String[] ranges = { "192.0.2.", "198.51.100.", "203.0.113." };
        return ranges[(serialNumber - 1) / 20] + (10 + (serialNumber - 1) % 20);
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

    /**
     * The {@code numberInCountry}th server of a country's raid, the {@code serialNumber}th of the 60: every third is
     * imaged, the roles rotate, and the host name, address, provider and evidence reference follow from its numbers.
     */
    private record DemoServer(RaidCountry country, int numberInCountry, int serialNumber) {

        ServerRole role() {
            return ROLE_ROTATION.get(this.serialNumber % ROLE_ROTATION.size());
        }

        String hostname() {
            return "%s-%s-%02d.sparks.example".formatted(role().name().toLowerCase().replace('_', '-'),
                    this.country.code().toLowerCase(), this.numberInCountry);
        }

        String address() {
            return documentationAddress(this.serialNumber);
        }

        String hostingProvider() {
            return "Hosting provider %s-%d (illustrative)".formatted(this.country.code(), 1 + this.serialNumber % 2);
        }

        long asn() {
            return 64496L + this.serialNumber % 16;
        }

        boolean imaged() {
            return this.serialNumber % 3 == 0;
        }

        String evidenceReference() {
            return "SG-%s-%03d".formatted(this.country.code(), this.numberInCountry);
        }

        String diskImageSha256() {
            return imaged() ? sha256(hostname()) : null;
        }

    }

}
