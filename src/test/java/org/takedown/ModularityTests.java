package org.takedown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' boundaries hold: no cycle between modules, and a module reaches into another only through the types of
 * its base package (its published API). The same run keeps the module documentation in {@code docs/modules/} up to
 * date.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(TakedownApplication.class);

    private static final Path GENERATED = Path.of("target", "modules");

    private static final Path COMMITTED = Path.of("docs", "modules");

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirPublishedTypesAndWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void theSharedKernelDependsOnNoOtherModule() {
        assertThat(dependenciesOf("shared")).isEmpty();
    }

    @Test
    void aggregatesBelowTheCaseKnowItButItKnowsNoneOfThem() {
        assertThat(dependenciesOf("raids")).contains("cases");
        assertThat(dependenciesOf("defendants")).contains("cases");
        assertThat(dependenciesOf("cases")).doesNotContain("raids", "defendants", "analysis", "views");
    }

    @Test
    void noModuleDependsOnTheDemoData() {
        MODULES.forEach((module) -> assertThat(dependenciesOf(module.getIdentifier().toString()))
            .as("modules %s depends on", module.getIdentifier())
            .doesNotContain("demo"));
    }

    /** The modules that {@code name} depends on directly, by their names. */
    private static List<String> dependenciesOf(String name) {
        return MODULES.getModuleByName(name)
            .orElseThrow()
            .getDirectDependencies(MODULES)
            .uniqueModules()
            .map((module) -> module.getIdentifier().toString())
            .toList();
    }

    /**
     * Writes the component diagram, one diagram and one canvas per module. The Documenter lists elements in no fixed
     * order, so a file is replaced only when its lines differ in content, not merely in order: a build leaves the
     * committed files alone unless the modules really changed.
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
            .writeModulesAsPlantUml()
            .writeIndividualModulesAsPlantUml()
            .writeModuleCanvases();
        Files.createDirectories(COMMITTED);
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path generated : files.toList()) {
                Path committed = COMMITTED.resolve(generated.getFileName());
                if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(generated))) {
                    Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(COMMITTED.resolve("components.puml")).exists();
        MODULES.forEach((module) -> assertThat(COMMITTED.resolve("module-" + module.getIdentifier() + ".adoc"))
            .exists());
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

}
