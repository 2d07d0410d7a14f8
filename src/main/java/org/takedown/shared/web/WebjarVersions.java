package org.takedown.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The webjar versions, taken from pom.xml at build time. Templates build versioned webjar paths from them
 * ({@code ${@webjarVersions.bootstrap}}), because a webjar locator would make every link of every page a resource
 * lookup.
 */
@Component
public class WebjarVersions {

    private final String bootstrap;

    private final String bootstrapIcons;

    private final String htmx;

    private final String flagIcons;

    private final String echarts;

    private final String tomSelect;

    WebjarVersions(@Value("${webjars.bootstrap}") String bootstrap,
            @Value("${webjars.bootstrap-icons}") String bootstrapIcons, @Value("${webjars.htmx}") String htmx,
            @Value("${webjars.flag-icons}") String flagIcons, @Value("${webjars.echarts}") String echarts,
            @Value("${webjars.tom-select}") String tomSelect) {
        this.bootstrap = bootstrap;
        this.bootstrapIcons = bootstrapIcons;
        this.htmx = htmx;
        this.flagIcons = flagIcons;
        this.echarts = echarts;
        this.tomSelect = tomSelect;
    }

    public String getBootstrap() {
        return this.bootstrap;
    }

    public String getBootstrapIcons() {
        return this.bootstrapIcons;
    }

    public String getHtmx() {
        return this.htmx;
    }

    public String getFlagIcons() {
        return this.flagIcons;
    }

    public String getEcharts() {
        return this.echarts;
    }

    public String getTomSelect() {
        return this.tomSelect;
    }

}
