package org.takedown.demo.generator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much synthetic data {@link SyntheticDataRunner} adds. Setting any of these properties on the command line turns
 * the generator on (see {@code docs/scale.md}); the defaults are the full scale the project is measured at.
 *
 * @param cases enforcement cases, each with a first status-history row
 * @param raids raids, spread over the cases and over every country
 * @param servers seized servers, most of them seized in one of the raids
 * @param defendants defendants, each in one or two cases with a charge per case, some with aliases and extradition
 * requests
 * @param seed the random seed: the same seed and sizes give the same data
 * @param exit whether the application exits once the data is loaded
 */
@ConfigurationProperties("takedown.synthetic")
public record SyntheticDataProperties(@DefaultValue("10000") int cases, @DefaultValue("50000") int raids,
        @DefaultValue("1000000") int servers, @DefaultValue("100000") int defendants, @DefaultValue("42") long seed,
        @DefaultValue("true") boolean exit) {

    SyntheticDataGenerator.Sizes sizes() {
        return new SyntheticDataGenerator.Sizes(this.cases, this.raids, this.servers, this.defendants);
    }

}
