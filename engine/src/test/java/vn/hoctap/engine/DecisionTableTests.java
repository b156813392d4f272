package vn.hoctap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.engine.ClubRulesets.club;
import static vn.hoctap.engine.ClubRulesets.request;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.engine.fixtures.FixtureKjars;
import vn.hoctap.engine.ruleset.GateReport;
import vn.hoctap.engine.ruleset.RulesetProblem;

/**
 * Criteria written as a Drools decision table (CSV and XLSX) load like DRL: each row is a criterion located at its
 * cell, named by its {@code wording} metadata, reading the fields its filled conditions name, for the province its row
 * guards on; and a table with an unknown field, a repeated criterion id or a row without legal source is refused by
 * the gate with the cell of the problem. The fixture province 99 ("Tỉnh Thử nghiệm") is not a real GSO code.
 */
class DecisionTableTests {

    private static final String FOLDER = "resources/vn/hoctap/fixture/club/";
    private static final String CSV = "vn/hoctap/fixture/club/tinh-thu-nghiem-99.drl.csv";
    private static final String XLSX = "vn/hoctap/fixture/club/tinh-thu-nghiem-99.drl.xlsx";
    private static final String SHEET = "Tiêu chí";
    private static final LocalDate JUNE_2022 = LocalDate.of(2022, 6, 1);

    private final RuleEngine engine = new RuleEngine();

    private static String table() {
        return FixtureKjars.fixture("decision-table", FOLDER + "tinh-thu-nghiem-99.drl.csv");
    }

    /** The CSV table of the fixture overlay, as a workbook only (no CSV in the kjar). */
    private static byte[] workbookKjar(String version, String csv) {
        byte[] kjar = FixtureKjars.club(version, CSV, Map.of(XLSX, DecisionTableWorkbook.fromCsv(table(), SHEET)),
                "decision-table");
        return FixtureKjars.withEntry(kjar, XLSX, DecisionTableWorkbook.fromCsv(csv, SHEET));
    }

    private GateReport gate(byte[] kjar) {
        return ClubRulesets.gate(engine, kjar);
    }

    @Test
    void aCsvTableRowIsACriterionAtItsCellForItsProvinceOnly() {
        try (Ruleset ruleset = engine.load(RulesetSource.bytes(FixtureKjars.club("7.0.0", "decision-table"), "csv"))) {
            EvaluationResult testProvince = ruleset.evaluate(request(JUNE_2022, "99", club(20, 10, 60)));
            EvaluationResult national = ruleset.evaluate(request(JUNE_2022, "01", club(20, 10, 60)));

            CriterionOutcome books = testProvince.criterion("RC99-01@1").orElseThrow();
            assertThat(books.status()).isEqualTo(CriterionStatus.PASSED);
            assertThat(books.name()).isEqualTo("Số đầu sách, theo quy định thử nghiệm của tỉnh 99");
            assertThat(books.ruleName()).isEqualTo("Câu lạc bộ tỉnh 99_10");
            assertThat(books.resource()).isEqualTo(CSV + "!A10");
            assertThat(books.legalSource()).isEqualTo("Quyết định thử nghiệm của tỉnh 99");
            assertThat(books.inputs()).containsOnlyKeys("books");
            assertThat(books.explanation()).isEqualTo("Có từ 50 đầu sách trở lên");
            assertThat(testProvince.criterion("RC-02@1")).as("replaced for province 99").isEmpty();
            assertThat(testProvince.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);

            CriterionOutcome both = testProvince.criterion("RC99-02@1").orElseThrow();
            assertThat(both.inputs()).containsOnlyKeys("books", "readers");
            assertThat(both.explanation()).isEqualTo("Có \"đủ\" người đọc và sách");

            assertThat(national.criterion("RC99-01@1")).isEmpty();
            assertThat(national.criterion("RC-02@1").orElseThrow().status()).as("60 books < 100")
                    .isEqualTo(CriterionStatus.FAILED);
        }
    }

    @Test
    void aRowWhoseConditionsDoNotHoldIsReportedFailedWithTheFieldsItReads() {
        try (Ruleset ruleset = engine.load(RulesetSource.bytes(FixtureKjars.club("7.0.1", "decision-table"), "csv"))) {
            EvaluationResult result = ruleset.evaluate(request(JUNE_2022, "99", club(20, 10, 40)));

            CriterionOutcome books = result.criterion("RC99-01@1").orElseThrow();
            assertThat(books.fired()).isFalse();
            assertThat(books.status()).isEqualTo(CriterionStatus.FAILED);
            assertThat(books.inputs()).containsEntry("books", 40L);
            assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
        }
    }

    @Test
    void theWorkbookFormLoadsWithItsSheetInEveryCellAddressAndPassesTheGate() {
        byte[] kjar = workbookKjar("7.1.0", table());
        GateReport report = gate(kjar);
        assertThat(report.problems()).isEmpty();
        assertThat(report.passed()).isTrue();

        try (Ruleset ruleset = engine.load(RulesetSource.bytes(kjar, "xlsx"))) {
            CriterionOutcome books = ruleset.evaluate(request(JUNE_2022, "99", club(20, 10, 60))).criterion("RC99-01@1")
                    .orElseThrow();
            assertThat(books.status()).isEqualTo(CriterionStatus.PASSED);
            assertThat(books.resource()).isEqualTo(XLSX + "!" + SHEET + "!A10");
        }
    }

    @Test
    void aConditionOnAFieldTheRecordLacksIsRefusedNamingItsCell() {
        String broken = table().replace("readers >= $param", "pages >= $param");
        GateReport workbook = gate(workbookKjar("7.2.0", broken));
        GateReport csv = gate(FixtureKjars.withEntry(FixtureKjars.club("7.2.1", "decision-table"), CSV, broken));

        assertThat(workbook.passed()).isFalse();
        assertThat(workbook.problems()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.CONTRACT);
            assertThat(problem.file()).isEqualTo(XLSX);
            assertThat(problem.line()).isEqualTo(8);
            assertThat(problem.message()).startsWith(SHEET + "!H8: the condition \"pages >= $param\" names field "
                    + "'pages' which ClubAssessment does not have").contains("rows using it: " + SHEET + "!H11");
        });
        assertThat(workbook.problems()).as("KIE's own compile error, said at the row").anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.COMPILATION);
            assertThat(problem.message()).startsWith(SHEET + "!A11 (rule \"Câu lạc bộ tỉnh 99_11\")");
        });
        assertThat(csv.problems()).anySatisfy(problem -> assertThat(problem.message())
                .startsWith("H8: the condition \"pages >= $param\" names field 'pages'"));
    }

    @Test
    void aRepeatedCriterionIdAndARowWithoutLegalSourceAreRefusedNamingTheirCells() {
        String broken = table().replace("RC99-02,", "RC99-01,")
                .replace("đầu sách,Quyết định thử nghiệm của tỉnh 99,99,,", "đầu sách,,99,,");
        GateReport report = gate(workbookKjar("7.3.0", broken));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).extracting(RulesetProblem::message)
                .anySatisfy(message -> assertThat(message).isEqualTo(SHEET + "!A11: criterion id RC99-01 is already "
                        + "given in " + SHEET + "!A10 for province 99: one row per criterion"))
                .anySatisfy(message -> assertThat(message).isEqualTo(SHEET + "!C11: criterion RC99-01 has no legal "
                        + "source (column \"Căn cứ\" is empty)"));
    }

    @Test
    void aProvincialRowThatDoesNotGuardOnItsProvinceIsRefused() {
        String broken = table().replace("RC-02,99,50", "RC-02,27,50");
        GateReport report = gate(FixtureKjars.withEntry(FixtureKjars.club("7.4.0", "decision-table"), CSV, broken));

        assertThat(report.problems()).extracting(RulesetProblem::message).anySatisfy(message -> assertThat(message)
                .isEqualTo("D10: criterion RC99-01 is marked for province 99 but no Context condition of its row "
                        + "guards on provinceCode == \"99\""));
    }
}
