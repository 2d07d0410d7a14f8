package org.takedown.demo;

import java.time.Clock;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

    private final EntityManager entityManager;

    private final JdbcClient jdbc;

    private final Clock clock;

    DemoDataLoader(EntityManager entityManager, JdbcClient jdbc, Clock clock) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        this.jdbc.sql("select pg_advisory_xact_lock(?)").param(DEMO_DATA_LOCK).query().singleValue();
        long cases = this.jdbc.sql("select count(*) from enforcement_case").query(Long.class).single();
        if (cases > 0) {
            return;
        }
        new SparksGroupDemoData(this.entityManager, this.clock.instant()).load();
        log.info("Loaded the Sparks Group demo case ({}) into the empty database", SparksGroupDemoData.REFERENCE);
    }

}
