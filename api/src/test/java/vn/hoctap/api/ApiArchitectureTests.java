package vn.hoctap.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The api never links the kjar's classes (each ruleset version is loaded as bytes with its own classes), and the
 * read side of decisions does not reach into the submission side.
 */
class ApiArchitectureTests {

    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.hoctap.api");

    @Test
    void neverLinksTheClassesOfAKjar() {
        noClasses().should().dependOnClassesThat().resideInAPackage("vn.hoctap.rules..").check(API);
    }

    @Test
    void decisionsDoNotDependOnSubmissions() {
        noClasses().that().resideInAPackage("vn.hoctap.api.decision..").should().dependOnClassesThat()
                .resideInAPackage("vn.hoctap.api.assessment..").check(API);
    }

    @Test
    void theAreaRegistryStandsOnItsOwn() {
        noClasses().that().resideInAPackage("vn.hoctap.api.area..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.hoctap.api.assessment..", "vn.hoctap.api.decision..", "vn.hoctap.engine..")
                .check(API);
    }
}
