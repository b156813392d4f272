package vn.hoctap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoctap.engine.ClubRulesets.V1;
import static vn.hoctap.engine.ClubRulesets.club;
import static vn.hoctap.engine.ClubRulesets.request;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoctap.engine.evaluation.BatchItemResult;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.FieldError.Reason;
import vn.hoctap.engine.schema.FieldType;
import vn.hoctap.engine.schema.InputSchema;
import vn.hoctap.engine.schema.InvalidInputException;

class InputBindingTests {

    private static final LocalDate DATE = LocalDate.of(2022, 6, 1);

    private static List<FieldError> errors(Map<String, Object> facts) {
        return catchThrowableOfType(InvalidInputException.class, () -> V1.evaluate(request(DATE, null, facts))).errors();
    }

    @Test
    void reportsEveryProblemOfADocumentAtOnceWithItsPath() {
        Map<String, Object> facts = club(20, 10, 100);
        facts.put("members", "hai mươi");
        facts.put("books", -1);
        facts.remove("readers");
        facts.put("colour", "đỏ");

        assertThat(errors(facts)).extracting(FieldError::field, FieldError::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("facts.colour", Reason.UNKNOWN_FIELD),
                org.assertj.core.groups.Tuple.tuple("facts.members", Reason.WRONG_TYPE),
                org.assertj.core.groups.Tuple.tuple("facts.readers", Reason.MISSING),
                org.assertj.core.groups.Tuple.tuple("facts.books", Reason.OUT_OF_RANGE));
    }

    @Test
    void aPartMayNotExceedItsWhole() {
        assertThat(errors(club(20, 21, 100))).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("facts.readers");
            assertThat(error.reason()).isEqualTo(Reason.OUT_OF_RANGE);
            assertThat(error.message()).contains("members");
        });
    }

    @Test
    void wholeNumbersRefuseFractionsButAcceptIntegralDecimals() {
        Map<String, Object> fraction = club(20, 10, 100);
        fraction.put("books", 100.5);
        Map<String, Object> integral = club(20, 10, 100);
        integral.put("books", 100.0);

        assertThat(errors(fraction)).extracting(FieldError::reason).containsExactly(Reason.WRONG_TYPE);
        assertThat(V1.evaluate(request(DATE, null, integral)).criterion("RC-02@1")).isPresent();
    }

    @Test
    void refusesAnUnknownTitleAndADateBeforeAnyCriteria() {
        List<FieldError> unknownTitle = catchThrowableOfType(InvalidInputException.class, () -> V1.evaluate(
                new EvaluationRequest("GIA_DINH_HOC_TAP", "x", DATE, 2022, null, club(1, 1, 1)))).errors();
        List<FieldError> tooEarly = catchThrowableOfType(InvalidInputException.class,
                () -> V1.evaluate(request(LocalDate.of(2019, 12, 31), null, club(1, 1, 1)))).errors();

        assertThat(unknownTitle).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("titleCode");
            assertThat(error.reason()).isEqualTo(Reason.UNKNOWN_TITLE);
            assertThat(error.message()).contains("READING_CLUB");
        });
        assertThat(tooEarly).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("referenceDate");
            assertThat(error.reason()).isEqualTo(Reason.NO_CRITERIA_IN_FORCE);
            assertThat(error.message()).contains("CLUB_2020 from 2020-01-01");
        });
    }

    @Test
    void normalisesVietnameseTextToComposedForm() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hương", Normalizer.Form.NFD);
        Map<String, Object> facts = club(20, 15, 120);
        facts.put("leader", decomposed);

        Map<String, Object> inputs = V1.evaluate(request(DATE, null, facts)).criterion("RC-03@1").orElseThrow().inputs();

        assertThat(decomposed).isNotEqualTo("Nguyễn Thị Hương");
        assertThat(inputs.get("leader")).isEqualTo("Nguyễn Thị Hương");
    }

    @Test
    void aBatchKeepsValidItemsAndReportsInvalidOnesByIndex() {
        List<BatchItemResult> results = V1.evaluateAll(List.of(request(DATE, null, club(20, 15, 120)),
                request(DATE, null, club(20, 25, 120)), request(DATE, null, club(30, 3, 200))));

        assertThat(results).extracting(BatchItemResult::index, BatchItemResult::evaluated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, true), org.assertj.core.groups.Tuple.tuple(1, false),
                        org.assertj.core.groups.Tuple.tuple(2, true));
        assertThat(results.get(1).errors()).extracting(FieldError::field).containsExactly("facts.readers");
    }

    @Test
    void publishesTheInputSchemaOfTheGenerationInForce() {
        InputSchema schema = V1.schema("READING_CLUB", DATE).orElseThrow();

        assertThat(schema.generationId()).isEqualTo("CLUB_2020");
        assertThat(schema.fields()).extracting(field -> field.name()).containsExactly("members", "readers", "books", "leader");
        assertThat(schema.field("readers").orElseThrow()).satisfies(field -> {
            assertThat(field.type()).isEqualTo(FieldType.INTEGER);
            assertThat(field.label()).isEqualTo("Số thành viên đọc thường xuyên");
            assertThat(field.required()).isTrue();
            assertThat(field.notAbove()).isEqualTo("members");
            assertThat(field.min()).isEqualByComparingTo("0");
        });
        assertThat(schema.field("leader").orElseThrow().required()).isFalse();
        assertThat(V1.schema("READING_CLUB", LocalDate.of(2019, 1, 1))).isEmpty();
    }
}
