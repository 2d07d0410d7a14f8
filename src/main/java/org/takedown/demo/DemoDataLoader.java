package org.takedown.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takedown.cases.CaseService;
import org.takedown.defendants.DefendantService;
import org.takedown.jurisdictions.JurisdictionService;
import org.takedown.raids.RaidService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the Sparks Group case into an empty database on start-up, once, in one transaction. An advisory lock keeps two
 * instances starting together from loading it twice. It runs before any other start-up work (such as the synthetic
 * data generator), which would otherwise make the database look non-empty.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "takedown.demo-data.enabled", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private static final long DEMO_DATA_LOCK = 0x7461_6b65_646f_776eL;

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    private final SparksGroupDemoData sparksGroup;

    DemoDataLoader(JdbcClient jdbc, TransactionTemplate transaction, JurisdictionService jurisdictions,
            CaseService cases, RaidService raids, DefendantService defendants) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.sparksGroup = new SparksGroupDemoData(jurisdictions, cases, raids, defendants);
    }

    /**
     * Loads the case as {@value SparksGroupDemoData#RECORDED_BY}. The services record whoever is signed in, so the
     * load runs with an authentication of that name and no authority: it signs no one in and grants nothing, it only
     * names who made these changes, so that the status histories and the audit revisions say "demo-data" rather than
     * "system". It holds until the transaction has committed, when Envers writes its revision, and the thread's
     * previous security context is back afterwards.
     */
    @Override
    public void run(ApplicationArguments args) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext demoData = SecurityContextHolder.createEmptyContext();
        demoData.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(SparksGroupDemoData.RECORDED_BY, null, List.of()));
        SecurityContextHolder.setContext(demoData);
        try {
            this.transaction.executeWithoutResult((status) -> loadIntoEmptyDatabase());
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void loadIntoEmptyDatabase() {
        this.jdbc.sql("select pg_advisory_xact_lock(?)").param(DEMO_DATA_LOCK).query().singleValue();
        // the cases module's published view, not its table
        long cases = this.jdbc.sql("select count(*) from cases_case").query(Long.class).single();
        if (cases > 0) {
            return;
        }
        this.sparksGroup.load();
        log.info("Loaded the Sparks Group demo case ({}) into the empty database", SparksGroupDemoData.REFERENCE);
    }

}
