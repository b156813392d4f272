package vn.hoctap.rules.village;

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
 * "Cộng đồng học tập" cấp thôn, tổ dân phố under Quyết định 448/QĐ-KHVN, in force from 01/01/2016 (criteria.md §2.3:
 * "Criteria, points and decision rule UNCONFIRMED"; §4 Q1–Q2; §4 "Encoding guidance": an explicit, empty national set
 * whose outcome is "not decidable"). Only the input — households, learning families, clans, learning clans — is checked.
 */
class VillageLearningCommunityQd448RulesTests {

    private static final String TITLE = "VILLAGE_LEARNING_COMMUNITY";
    private static final LocalDate ASSESSED = LocalDate.of(2025, 12, 1);

    private static Facts aVillage() {
        return Facts.of(Map.of("households", 120, "learningFamilyHouseholds", 96, "clans", 5, "learningClans", 4,
                "culturalResidentialArea", true));
    }

    private static String undecidableReason() {
        return KjarUnderTest.ruleset().title(TITLE).orElseThrow().generation("QD448_2016").orElseThrow().decision()
                .undecidableReason();
    }

    @DisplayName("Bộ tiêu chí quốc gia chưa xác nhận: chưa thể kết luận, dù số liệu tốt hay xấu, ở mọi tỉnh")
    @ParameterizedTest(name = "{1}/{0} hộ đạt Gia đình học tập, tỉnh \"{2}\"")
    @CsvSource({"120, 120, ''", "120, 0, ''", "120, 96, 27"})
    void everyVillageIsNotDecidableForTheGenerationsReason(int households, int learningFamilies, String province) {
        EvaluationResult result = KjarUnderTest.evaluate(TITLE, ASSESSED, province.isEmpty() ? null : province,
                aVillage().with("households", households).with("learningFamilyHouseholds", learningFamilies).build());

        assertThat(result.generation().id()).isEqualTo("QD448_2016");
        assertThat(result.criteria()).isEmpty();
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_DECIDABLE);
        assertThat(result.verdict().reasons()).containsExactly(undecidableReason());
        assertThat(undecidableReason()).contains("Cộng đồng học tập").contains("chưa được xác nhận");
        assertThat(result.verdict().level()).isNull();
        assertThat(result.verdict().restsOnUnconfirmed()).isTrue();
    }

    @DisplayName("Số đạt danh hiệu không được vượt tổng số (OUT_OF_RANGE)")
    @ParameterizedTest(name = "{0} = {1} > {2} → OUT_OF_RANGE")
    @CsvSource({"learningFamilyHouseholds, 121, households", "learningClans, 6, clans"})
    void aPartAboveItsWholeIsRefused(String part, int value, String whole) {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> KjarUnderTest.evaluate(TITLE, ASSESSED, aVillage().with(part, value).build()));

        assertThat(error.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("facts." + part);
            assertThat(e.reason()).isEqualTo(FieldError.Reason.OUT_OF_RANGE);
            assertThat(e.message()).contains(whole);
        });
    }

    @Test
    void aPartEqualToItsWholeIsAccepted() {
        EvaluationResult result = KjarUnderTest.evaluate(TITLE, ASSESSED,
                aVillage().with("learningFamilyHouseholds", 120).with("learningClans", 5).build());

        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_DECIDABLE);
    }

    @ParameterizedTest(name = "thiếu {0} → MISSING")
    @ValueSource(strings = {"households", "learningFamilyHouseholds"})
    void requiredFieldsMustBePresent(String field) {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> KjarUnderTest.evaluate(TITLE, ASSESSED, aVillage().without(field).build()));

        assertThat(error.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("facts." + field);
            assertThat(e.reason()).isEqualTo(FieldError.Reason.MISSING);
        });
    }

    @Test
    void inForceFromFirstJanuary2016() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> KjarUnderTest.evaluate(TITLE, LocalDate.of(2015, 12, 31), aVillage().build()));

        assertThat(error.errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(FieldError.Reason.NO_CRITERIA_IN_FORCE));
        assertThat(KjarUnderTest.evaluate(TITLE, LocalDate.of(2016, 1, 1), aVillage().build()).generation().id())
                .isEqualTo("QD448_2016");
    }
}
