package vn.hoctap.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine is a plain KIE library: no Spring, no MongoDB, and no knowledge of any particular title. */
class EngineArchitectureTests {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.hoctap.engine");

    @Test
    void dependsOnNeitherSpringNorMongoDb() {
        noClasses().that().resideInAPackage("vn.hoctap.engine..").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "de.bwaldvogel..")
                .check(ENGINE);
    }

    @Test
    void knowsNoTitleOfTheKjar() {
        noClasses().that().resideInAPackage("vn.hoctap.engine..").should().dependOnClassesThat()
                .resideInAPackage("vn.hoctap.rules..").check(ENGINE);
    }

    @Test
    void isNotOnTheClasspathOfSpringOrMongoDb() {
        assertThat(List.of("org.springframework.context.ApplicationContext", "com.mongodb.client.MongoClient",
                "org.bson.Document")).allSatisfy(name -> assertThatThrownBy(() -> Class.forName(name))
                        .isInstanceOf(ClassNotFoundException.class));
    }
}
