package vn.hoctap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.ProcedureDeadlines;
import vn.hoctap.engine.parameter.ResolvedParameter;
import vn.hoctap.engine.ruleset.RulesetProblem;
import vn.hoctap.engine.ruleset.RulesetRejectedException;

/**
 * Filing and decision deadlines declared by a generation's {@code procedure:} as dated parameters: computed in the year
 * after the assessment year, a filing or decision after its day flagged late (on the day is on time), working days
 * counted Monday to Friday from the filing date, a provincial value preferred, and a kjar whose deadline parameter is
 * missing or of the wrong unit refused at load.
 */
class ProcedureDeadlineTests {

    private static final Ruleset WITH_PROCEDURE = load("1.5.0", """
              procedure:
                filingBy: CLUB.filingBy
                decidedBy: CLUB.decidedBy
                decidedWithinWorkingDays: CLUB.decidedWithinWorkingDays
            """, """
            CLUB.filingBy:
              label: Hạn nộp hồ sơ đề nghị công nhận (năm sau năm đánh giá)
              unit: DAY_MONTH
              values:
                - from: 2020-01-01
                  value: "28/02"
                  source: Quy định thử nghiệm 1/2020, Điều 9
              provinces:
                "27":
                  - from: 2020-01-01
                    value: "15/03"
                    source: Quyết định thử nghiệm của tỉnh 27
            CLUB.decidedBy:
              label: Hạn hoàn thành việc công nhận (năm sau năm đánh giá)
              unit: DAY_MONTH
              values:
                - from: 2020-01-01
                  value: "31/03"
                  source: Quy định thử nghiệm 1/2020, Điều 9
            CLUB.decidedWithinWorkingDays:
              label: Thời hạn quyết định kể từ ngày nhận đủ hồ sơ
              unit: WORKING_DAYS
              values:
                - from: 2020-01-01
                  value: 20
                  source: Quy định thử nghiệm 1/2020, Điều 10
            """);

    @AfterAll
    static void close() {
        WITH_PROCEDURE.close();
    }

    @Test
    void deadlinesFallInTheYearAfterTheAssessmentYearAndADossierOnTheDayIsOnTime() {
        ProcedureDeadlines onTheDay = deadlines(null, LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 4));

        assertThat(onTheDay.filingBy()).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(onTheDay.filedLate()).isFalse();
        assertThat(onTheDay.parameters()).extracting(ResolvedParameter::name)
                .containsExactly("CLUB.filingBy", "CLUB.decidedBy", "CLUB.decidedWithinWorkingDays");
        assertThat(onTheDay.parameters().get(0).source()).isEqualTo("Quy định thử nghiệm 1/2020, Điều 9");

        ProcedureDeadlines dayAfter = deadlines(null, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 4));
        assertThat(dayAfter.filedLate()).isTrue();
        assertThat(dayAfter.notes()).anySatisfy(note -> assertThat(note)
                .isEqualTo("Hồ sơ nộp ngày 29/02/2024, sau hạn nộp 28/02/2024"));
    }

    @Test
    void theEarlierOfTheFixedDayAndTheWorkingDaysFromFilingIsTheDecisionDeadline() {
        // Filed Friday 02/02/2024: 20 working days (Monday to Friday) later is Friday 01/03/2024, before 31/03.
        ProcedureDeadlines early = deadlines(null, LocalDate.of(2024, 2, 2), LocalDate.of(2024, 3, 1));
        assertThat(early.decidedBy()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(early.decidedWithinWorkingDays()).isEqualTo(20);
        assertThat(early.decidedLate()).isFalse();
        assertThat(early.notes()).anySatisfy(note -> assertThat(note).contains("chưa trừ ngày nghỉ lễ, Tết"));

        ProcedureDeadlines dayLate = deadlines(null, LocalDate.of(2024, 2, 2), LocalDate.of(2024, 3, 4));
        assertThat(dayLate.decidedLate()).isTrue();

        // Filed 28/02/2024: 20 working days end on 27/03/2024, still before the fixed 31/03.
        ProcedureDeadlines late = deadlines(null, LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 28));
        assertThat(late.decidedBy()).isEqualTo(LocalDate.of(2024, 3, 27));
        assertThat(late.decidedLate()).isTrue();
    }

    @Test
    void withoutAFilingDateOnlyTheFixedDaysAreKnownAndLatenessOfFilingIsUnknown() {
        ProcedureDeadlines unknown = deadlines(null, null, LocalDate.of(2024, 4, 1));

        assertThat(unknown.filingBy()).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(unknown.filedLate()).isNull();
        assertThat(unknown.decidedBy()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(unknown.decidedLate()).isTrue();
        assertThat(unknown.notes()).contains("Hồ sơ không ghi ngày nộp: chưa kiểm tra được hạn nộp 28/02/2024");
    }

    @Test
    void aProvincialValueOfADeadlineAppliesInItsProvince() {
        ProcedureDeadlines provincial = deadlines("27", LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 20));

        assertThat(provincial.filingBy()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(provincial.filedLate()).isFalse();
        assertThat(provincial.parameters().get(0).scope()).isEqualTo("27");
    }

    @Test
    void aGenerationWithoutAProcedureHasNoDeadlines() {
        assertThat(ClubRulesets.V1.deadlines(ClubRulesets.request(LocalDate.of(2023, 12, 31), null,
                ClubRulesets.club(40, 20, 150)), LocalDate.of(2024, 1, 5))).isEmpty();
    }

    @Test
    void aKjarWhoseDeadlineParameterIsMissingOrOfTheWrongUnitIsRefused() {
        RulesetRejectedException missing = refused("1.5.1", """
                  procedure:
                    filingBy: CLUB.noSuchDeadline
                """, "");
        assertThat(missing.problems()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.PARAMETER);
            assertThat(problem.message()).contains("READING_CLUB/CLUB_2020 procedure reads parameter "
                    + "'CLUB.noSuchDeadline' which no parameter file defines");
        });

        RulesetRejectedException wrongValue = refused("1.5.2", """
                  procedure:
                    filingBy: CLUB.filingBy
                    decidedWithinWorkingDays: CLUB.decidedBy
                """, """
                CLUB.filingBy:
                  label: Hạn nộp hồ sơ
                  unit: DAY_MONTH
                  values:
                    - from: 2020-01-01
                      value: "31/02"
                      source: Quy định thử nghiệm 1/2020, Điều 9
                CLUB.decidedBy:
                  label: Hạn quyết định
                  unit: DAY_MONTH
                  values:
                    - from: 2020-01-01
                      value: "31/03"
                      source: Quy định thử nghiệm 1/2020, Điều 9
                """);
        assertThat(wrongValue.problems()).extracting(RulesetProblem::message).anySatisfy(message -> assertThat(message)
                .isEqualTo("deadline parameter CLUB.filingBy from 2020-01-01 holds 31/02; expected a day and month "
                        + "\"dd/MM\"")).anySatisfy(message -> assertThat(message)
                .isEqualTo("deadline parameter CLUB.decidedBy must have unit WORKING_DAYS, has DAY_MONTH"));
    }

    @Test
    void aProcedureThatNamesNoDeadlineIsRefused() {
        RulesetRejectedException refused = refused("1.5.3", """
                  procedure: {}
                """, "");
        assertThat(refused.problems()).extracting(RulesetProblem::message).anySatisfy(message -> assertThat(message)
                .contains("READING_CLUB/CLUB_2020 procedure: names no deadline"));
    }

    private static ProcedureDeadlines deadlines(String province, LocalDate filed, LocalDate decided) {
        EvaluationRequest request = new EvaluationRequest("READING_CLUB", "clb-doc-sach-phuong-ba-dinh",
                LocalDate.of(2023, 12, 31), 2023, province, ClubRulesets.club(40, 20, 150), null, false, decided);
        return WITH_PROCEDURE.deadlines(request, filed).orElseThrow();
    }

    private static RulesetRejectedException refused(String version, String procedure, String parameters) {
        return catchThrowableOfType(RulesetRejectedException.class,
                () -> load(version, procedure, parameters).close());
    }

    private static Ruleset load(String version, String procedure, String parameters) {
        return ClubVariants.load(version, procedure, parameters);
    }
}
