package vn.hoctap.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.ProcedureDeadlines;
import vn.hoctap.engine.parameter.ResolvedParameter;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * The filing and decision deadlines the kjar declares for each title decided under TT 24/2023 and TT 25/2023
 * (criteria.md §1 calendar, §2.4, §2.5.2, §2.6): for assessment year 2025 every day falls in 2026; a dossier filed on
 * the day is on time and the day after is late; the provincial learning community is decided within 20 working days of
 * a complete dossier. Titles whose documents set no calendar (QĐ 448, QĐ 324, TT 22/2020, TT 44/2014) have none.
 */
class ProcedureDeadlinesTests {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 10);

    @ParameterizedTest(name = "{0}: nộp trước {1}, quyết định trước {2} — {3}")
    @CsvSource({
            "DISTRICT_LEARNING_UNIT, 2026-01-15, 2026-02-15, 'Thông tư 24/2023/TT-BGDĐT, Điều 10'",
            "PROVINCIAL_LEARNING_UNIT, 2026-01-15, 2026-02-15, 'Thông tư 24/2023/TT-BGDĐT, Điều 16'",
            "COMMUNE_LEARNING_COMMUNITY, 2026-02-28, 2026-03-31, 'Thông tư 25/2023/TT-BGDĐT, Điều 9'",
            "DISTRICT_LEARNING_COMMUNITY, 2026-04-30, 2026-05-31, 'Thông tư 25/2023/TT-BGDĐT, Điều 14'"})
    void fixedDaysOfTheCircularsInTheYearAfterTheAssessmentYear(String title, LocalDate filingBy, LocalDate decidedBy,
            String source) {
        ProcedureDeadlines onTheDay = deadlines(title, filingBy, decidedBy);
        assertThat(onTheDay.filingBy()).isEqualTo(filingBy);
        assertThat(onTheDay.decidedBy()).isEqualTo(decidedBy);
        assertThat(onTheDay.filedLate()).isFalse();
        assertThat(onTheDay.decidedLate()).isFalse();
        assertThat(onTheDay.parameters()).extracting(ResolvedParameter::source).containsOnly(source);

        ProcedureDeadlines dayAfter = deadlines(title, filingBy.plusDays(1), decidedBy.plusDays(1));
        assertThat(dayAfter.filedLate()).isTrue();
        assertThat(dayAfter.decidedLate()).isTrue();
    }

    @Test
    void theProvincialLearningCommunityIsDecidedWithinTwentyWorkingDaysOfTheDossier() {
        // Filed Thursday 30/07/2026: 20 working days (Monday to Friday) end on Thursday 27/08/2026.
        ProcedureDeadlines filed = deadlines("PROVINCIAL_LEARNING_COMMUNITY", LocalDate.of(2026, 7, 30),
                LocalDate.of(2026, 8, 27));
        assertThat(filed.filingBy()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(filed.decidedWithinWorkingDays()).isEqualTo(20);
        assertThat(filed.decidedBy()).isEqualTo(LocalDate.of(2026, 8, 27));
        assertThat(filed.filedLate()).isFalse();
        assertThat(filed.decidedLate()).isFalse();
        assertThat(filed.parameters()).extracting(ResolvedParameter::source)
                .containsOnly("Thông tư 25/2023/TT-BGDĐT, Điều 19");

        assertThat(deadlines("PROVINCIAL_LEARNING_COMMUNITY", LocalDate.of(2026, 7, 30), LocalDate.of(2026, 8, 28))
                .decidedLate()).isTrue();
        ProcedureDeadlines unknownFiling = deadlines("PROVINCIAL_LEARNING_COMMUNITY", null, LocalDate.of(2026, 8, 28));
        assertThat(unknownFiling.decidedBy()).isNull();
        assertThat(unknownFiling.decidedLate()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"LEARNING_FAMILY, 2026-01-10", "LEARNING_CITIZEN, 2026-01-10", "COMMUNE_LEARNING_COMMUNITY, 2023-06-01",
            "DISTRICT_LEARNING_UNIT, 2023-06-01"})
    void documentsThatSetNoCalendarHaveNoDeadlines(String title, LocalDate reference) {
        assertThat(KjarUnderTest.ruleset().deadlines(new EvaluationRequest(title, "không-có-hạn", reference,
                reference.getYear() - 1, null, Map.of()), reference)).isEmpty();
    }

    private static ProcedureDeadlines deadlines(String title, LocalDate filed, LocalDate decided) {
        return KjarUnderTest.ruleset().deadlines(new EvaluationRequest(title, "có-hạn", REFERENCE, 2025, null, Map.of(),
                null, false, decided), filed).orElseThrow();
    }
}
