package org.takedown.demo.generator;

import java.sql.Connection;
import java.sql.SQLException;

/** The synthetic data generator for tests in other packages, which need a database of realistic shape and size. */
public final class SyntheticData {

    private SyntheticData() {
    }

    /**
     * Loads that many rows of each kind with the generator's default seed (the same data every time), as the schema
     * owner, and analyses the tables written.
     */
    public static void load(Connection owner, int cases, int raids, int servers, int defendants) throws SQLException {
        new SyntheticDataGenerator(42).generate(owner,
                new SyntheticDataGenerator.Sizes(cases, raids, servers, defendants));
    }

}
