package vn.hoctap.rules.communeunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.InvalidInputException;
import vn.hoctap.rules.support.Facts;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * "Đơn vị học tập" ở cơ sở thuộc xã quản lý under Quyết định 448/QĐ-KHVN, in force from 01/01/2016 (criteria.md §2.4.1:
 * "Criteria UNCONFIRMED"; §4 Q1–Q2; §4 "Encoding guidance": an explicit, empty national set whose outcome is "not
 * decidable"). Only the input — members, of which learning citizens — is checked.
 */
class CommuneLearningUnitQd448RulesTests {

    private static final String TITLE = "COMMUNE_LEARNING_UNIT";
    private static final LocalDate ASSESSED = LocalDate.of(2025, 12, 1);

    private static Facts aUnit() {
        return Facts.of(Map.of("members", 25, "membersWithLearningCitizenTitle", 20));
    }

    private static String undecidableReason() {
        return KjarUnderTest.ruleset().title(TITLE).orElseThrow().generation("QD448_2016").orElseThrow().decision()
                .undecidableReason();
    }

    @DisplayName("Bộ tiêu chí quốc gia chưa xác nhận: chưa thể kết luận, dù số liệu tốt hay xấu, ở mọi tỉnh")
    @ParameterizedTest(name = "{1}/{0} thành viên đạt Công dân học tập, tỉnh \"{2}\"")
    @CsvSource({"25, 25, ''", "25, 0, ''", "25, 20, 79"})
    void everyUnitIsNotDecidableForTheGenerationsReason(int members, int learningCitizens, String province) {
        EvaluationResult result = KjarUnderTest.evaluate(TITLE, ASSESSED, province.isEmpty() ? null : province,
                aUnit().with("members", members).with("membersWithLearningCitizenTitle", learningCitizens).build());

        assertThat(result.generation().id()).isEqualTo("QD448_2016");
        assertThat(result.criteria()).isEmpty();
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_DECIDABLE);
        assertThat(result.verdict().reasons()).containsExactly(undecidableReason());
        assertThat(undecidableReason()).contains("Đơn vị học tập").contains("chưa được xác nhận");
        assertThat(result.verdict().level()).isNull();
        assertThat(result.verdict().restsOnUnconfirmed()).isTrue();
    }

    @Test
    void moreLearningCitizensThanMembersIsRefused() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> KjarUnderTest.evaluate(TITLE,
                ASSESSED, aUnit().with("membersWithLearningCitizenTitle", 26).build()));

        assertThat(error.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("facts.membersWithLearningCitizenTitle");
            assertThat(e.reason()).isEqualTo(FieldError.Reason.OUT_OF_RANGE);
        });
    }

    @Test
    void membersAreRequiredButLearningCitizensAreOptional() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> KjarUnderTest.evaluate(TITLE, ASSESSED, aUnit().without("members").build()));

        assertThat(error.errors()).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("facts.members");
            assertThat(e.reason()).isEqualTo(FieldError.Reason.MISSING);
        });
        assertThat(KjarUnderTest.evaluate(TITLE, ASSESSED, aUnit().without("membersWithLearningCitizenTitle").build())
                .verdict().outcome()).isEqualTo(OutcomeKind.NOT_DECIDABLE);
    }

    @Test
    void inForceFromFirstJanuary2016() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> KjarUnderTest.evaluate(TITLE, LocalDate.of(2015, 12, 31), aUnit().build()));

        assertThat(error.errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(FieldError.Reason.NO_CRITERIA_IN_FORCE));
    }
}
