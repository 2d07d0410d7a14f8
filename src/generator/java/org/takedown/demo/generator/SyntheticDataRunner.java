package org.takedown.demo.generator;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * Fills the database with synthetic data at scale and exits, when any {@code takedown.synthetic.*} property is given
 * on the command line; otherwise it does not exist. Runs after the demo data loader, so an empty database gets the
 * Sparks Group case too. It loads as the schema owner, on Flyway's connection: the bulk load reserves identifiers from
 * the sequences ({@code setval}) and vacuums the tables, which the application's own role may not do.
 */
@Component
@Conditional(SyntheticDataRunner.Requested.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class SyntheticDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataRunner.class);

    private final DataSource schemaOwner;

    private final SyntheticDataProperties properties;

    private final ApplicationContext context;

    SyntheticDataRunner(Flyway flyway, SyntheticDataProperties properties, ApplicationContext context) {
        this.schemaOwner = flyway.getConfiguration().getDataSource();
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        try (Connection connection = this.schemaOwner.getConnection()) {
            SyntheticDataGenerator.Result result = new SyntheticDataGenerator(this.properties.seed())
                .generate(connection, this.properties.sizes());
            log.info("Synthetic data loaded: {}", result);
        }
        if (this.properties.exit()) {
            int code = SpringApplication.exit(this.context, () -> 0);
            System.exit(code);
        }
    }

    /** True when any {@code takedown.synthetic.*} property is set. */
    static class Requested implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment())
                .bind("takedown.synthetic", Bindable.mapOf(String.class, String.class))
                .map((values) -> !values.isEmpty())
                .orElse(false);
        }

    }

}
