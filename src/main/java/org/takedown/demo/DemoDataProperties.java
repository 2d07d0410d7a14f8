package org.takedown.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param enabled whether an empty database receives the Sparks Group demo case on start-up */
@ConfigurationProperties("takedown.demo-data")
public record DemoDataProperties(boolean enabled) {
}
