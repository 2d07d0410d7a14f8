package org.takedown;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules' boundaries hold: no cycle between modules, and a module reaches into another only through the types of
 * its base package (its published API). The same run writes the module documentation to {@code docs/modules/}.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(TakedownApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirPublishedTypesAndWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
            .writeModulesAsPlantUml()
            .writeIndividualModulesAsPlantUml()
            .writeModuleCanvases();
    }

}
