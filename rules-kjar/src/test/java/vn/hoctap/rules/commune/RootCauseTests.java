package vn.hoctap.rules.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.InvalidInputException;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * One bad number in a TT 25 commune gives one error, at its field: a part is not reported again for a whole that is
 * itself refused, and a whole that all its parts exceed is the one value reported.
 */
class RootCauseTests {

    @DisplayName("Một số liệu sai — đúng một lỗi")
    @ParameterizedTest(name = "{0} = {1} → {2} tại facts.{3}")
    @CsvSource({
        "citizens, -5, OUT_OF_RANGE, citizens",
        "citizens, 100, OUT_OF_RANGE, citizens",
        "citizens, sai, WRONG_TYPE, citizens",
        "citizensWithTechnicalTraining, 1200, OUT_OF_RANGE, citizensWithTechnicalTraining",
        "citizensWithTechnicalTraining, -1, OUT_OF_RANGE, citizensWithTechnicalTraining",
        "citizensWithUniversityDegree, 700, OUT_OF_RANGE, citizensWithUniversityDegree",
        "citizensWithLearningCitizenTitle, 1001, OUT_OF_RANGE, citizensWithLearningCitizenTitle"})
    void oneBadNumberIsOneError(String field, String value, FieldError.Reason reason, String reported) {
        Object given = value.matches("-?\\d+") ? (Object) Long.valueOf(value) : value;
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> KjarUnderTest.evaluate("COMMUNE_LEARNING_COMMUNITY", LocalDate.of(2025, 2, 25),
                        CommuneCommunities.aLevel2CommuneUnderTt25().with(field, given).build()));

        assertThat(refused).isNotNull();
        assertThat(refused.errors()).as(refused.errors().toString()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("facts." + reported);
            assertThat(error.reason()).isEqualTo(reason);
        });
    }
}
