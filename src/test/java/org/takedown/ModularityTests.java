package org.takedown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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

    /**
     * Java itself keeps these entities and repositories package-private; this rule says so in words, and would catch
     * one made public again and used from another module (the demo data included).
     */
    @Test
    void theEntitiesAndRepositoriesOfCasesRaidsAndDefendantsStayInsideTheirModule() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.takedown");
        CompositeArchRule.of(Stream.of("cases", "raids", "defendants").map(ModularityTests::entitiesStayInside).toList())
            .check(main);
    }

    private static ArchRule entitiesStayInside(String module) {
        String inside = "org.takedown." + module + "..";
        return noClasses().that()
            .resideOutsideOfPackage(inside)
            .should()
            // not annotatedWith(..).or(assignableTo(..)): that compiles to the static or(..), which drops the first test
            .dependOnClassesThat(resideInAPackage(inside)
                .and(assignableTo(Repository.class).or(annotatedWith(Entity.class))))
            .because("a module's entities and repositories are internal to it");
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
