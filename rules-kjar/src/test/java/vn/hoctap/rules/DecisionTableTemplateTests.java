package vn.hoctap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import vn.hoctap.engine.DecisionTableWorkbook;

/**
 * The decision-table templates under {@code templates/} (one per QĐ 448 title) are what a province copies: the workbook
 * and the CSV of each hold the same cells, and each compiles, as a {@code .drl.xlsx} in its title's package, against
 * this kjar's input records and helpers into one rule carrying the criterion metadata the engine reads.
 */
class DecisionTableTemplateTests {

    private static final List<String[]> TEMPLATES = List.of(
            new String[] {"gia-dinh-hoc-tap", "vn/hoctap/rules/family/qd448"},
            new String[] {"dong-ho-hoc-tap", "vn/hoctap/rules/clan/qd448"},
            new String[] {"cong-dong-hoc-tap-thon", "vn/hoctap/rules/village/qd448"},
            new String[] {"don-vi-hoc-tap-xa", "vn/hoctap/rules/communeunit/qd448"});

    @TestFactory
    Stream<DynamicTest> theWorkbookAndTheCsvOfEveryTemplateHoldTheSameCells() {
        return TEMPLATES.stream().map(template -> DynamicTest.dynamicTest(template[0], () -> {
            List<List<String>> csv = DecisionTableWorkbook.csvRows(Files.readString(file(template[0] + ".csv")));
            List<List<String>> workbook = DecisionTableWorkbook.workbookRows(Files.readAllBytes(file(template[0]
                    + ".xlsx")));
            assertThat(workbook).isEqualTo(csv);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyTemplateCompilesAgainstItsTitlesInputRecord() {
        return TEMPLATES.stream().map(template -> DynamicTest.dynamicTest(template[0], () -> {
            KieServices kie = KieServices.get();
            ReleaseId releaseId = kie.newReleaseId("vn.hoctap.template", template[0], "1.0.0");
            KieFileSystem files = kie.newKieFileSystem();
            files.generateAndWritePomXML(releaseId);
            files.write("src/main/resources/" + template[1] + "/" + template[0] + ".drl.xlsx",
                    Files.readAllBytes(file(template[0] + ".xlsx")));
            KieBuilder builder = kie.newKieBuilder(files).buildAll();
            assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
            KieContainer container = kie.newKieContainer(releaseId);
            try {
                List<Rule> rules = container.getKieBase().getKiePackages().stream()
                        .flatMap(kiePackage -> kiePackage.getRules().stream()).toList();
                assertThat(rules).singleElement().satisfies(rule -> {
                    assertThat(rule.getName()).endsWith("tỉnh <mã tỉnh>_10");
                    assertThat(rule.getMetaData()).containsKeys("criterionId", "wording", "source", "maxPoints",
                            "province");
                });
            } finally {
                container.dispose();
                kie.getRepository().removeKieModule(releaseId);
            }
        }));
    }

    private static Path file(String name) throws IOException {
        Path path = Path.of("templates", name);
        if (!Files.exists(path)) {
            throw new IOException("no template " + path.toAbsolutePath());
        }
        return path;
    }
}
