package vn.hoctap.rules.clan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.InvalidInputException;
import vn.hoctap.rules.support.Facts;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * "Dòng họ học tập" under Quyết định 448/QĐ-KHVN, in force from 01/01/2016 (criteria.md §2.2: "Criteria, points and
 * decision rule UNCONFIRMED"; §4 Q1–Q2; §4 "Encoding guidance": unknown criteria are an explicit, empty national set
 * whose outcome is "not decidable"). Only the input — member households, of which learning families — is checked.
 */
class LearningClanQd448RulesTests {

    private static final String TITLE = "LEARNING_CLAN";
    private static final LocalDate ASSESSED = LocalDate.of(2025, 12, 1);

    private static Facts aClan() {
        return Facts.of(Map.of("memberHouseholds", 40, "learningFamilyHouseholds", 32, "studyPromotionBoard", true,
                "studyPromotionFund", true, "studyPromotionFundBalance", 25_000_000));
    }

    private static String undecidableReason() {
        return KjarUnderTest.ruleset().title(TITLE).orElseThrow().generation("QD448_2016").orElseThrow().decision()
                .undecidableReason();
    }

    @DisplayName("Bộ tiêu chí quốc gia chưa xác nhận: chưa thể kết luận, dù số liệu tốt hay xấu, ở mọi tỉnh")
    @ParameterizedTest(name = "{1}/{0} hộ đạt Gia đình học tập, tỉnh \"{2}\"")
    @CsvSource({"40, 40, ''", "40, 0, ''", "40, 32, 01", "0, 0, 34"})
    void everyClanIsNotDecidableForTheGenerationsReason(int households, int learningFamilies, String province) {
        EvaluationResult result = KjarUnderTest.evaluate(TITLE, ASSESSED, province.isEmpty() ? null : province,
                aClan().with("memberHouseholds", households).with("learningFamilyHouseholds", learningFamilies).build());

        assertThat(result.generation().id()).isEqualTo("QD448_2016");
        assertThat(result.criteria()).isEmpty();
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_DECIDABLE);
        assertThat(result.verdict().reasons()).containsExactly(undecidableReason());
        assertThat(undecidableReason()).contains("Dòng họ học tập").contains("chưa được xác nhận");
        assertThat(result.verdict().level()).isNull();
        assertThat(result.verdict().rankCode()).isNull();
        assertThat(result.verdict().restsOnUnconfirmed()).isTrue();
    }

    @Test
    void moreLearningFamiliesThanMemberHouseholdsIsRefused() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> KjarUnderTest.evaluate(TITLE,
                ASSESSED, aClan().with("memberHouseholds", 40).with("learningFamilyHouseholds", 41).build()));

        assertThat(error.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("facts.learningFamilyHouseholds");
            assertThat(e.reason()).isEqualTo(FieldError.Reason.OUT_OF_RANGE);
        });
        assertThat(KjarUnderTest.evaluate(TITLE, ASSESSED, aClan().with("learningFamilyHouseholds", 40).build())
                .verdict().outcome()).isEqualTo(OutcomeKind.NOT_DECIDABLE);
    }

    @ParameterizedTest(name = "thiếu {0} → MISSING")
    @ValueSource(strings = {"memberHouseholds", "learningFamilyHouseholds"})
    void requiredFieldsMustBePresent(String field) {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> KjarUnderTest.evaluate(TITLE, ASSESSED, aClan().without(field).build()));

        assertThat(error.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("facts." + field);
            assertThat(e.reason()).isEqualTo(FieldError.Reason.MISSING);
        });
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        EvaluationResult result = KjarUnderTest.evaluate(TITLE, ASSESSED, aClan().without("studyPromotionBoard")
                .without("studyPromotionFund").without("studyPromotionFundBalance").build());

        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_DECIDABLE);
    }

    @Test
    void inForceFromFirstJanuary2016() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> KjarUnderTest.evaluate(TITLE, LocalDate.of(2015, 12, 31), aClan().build()));

        assertThat(error.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("referenceDate");
            assertThat(e.reason()).isEqualTo(FieldError.Reason.NO_CRITERIA_IN_FORCE);
        });
        assertThat(KjarUnderTest.evaluate(TITLE, LocalDate.of(2016, 1, 1), aClan().build()).generation().id())
                .isEqualTo("QD448_2016");
    }
}
