package vn.hoctap.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoctap.engine.schema.FieldError.Reason;

class FactBinderTests {

    /** An input record whose constructor refuses some combinations, as a kjar may write one. */
    public record Budget(double spent, double planned) {
        public Budget {
            if (spent > 10 * planned) {
                throw new IllegalArgumentException("spent is more than ten times the plan");
            }
        }
    }

    private static final List<FieldSchema> FIELDS = List.of(field("spent"), field("planned"));

    private static FieldSchema field(String name) {
        return new FieldSchema(name, FieldType.DECIMAL, "Kinh phí", "", "triệu đồng", true, BigDecimal.ZERO, null, null,
                List.of(), List.of(), null, false);
    }

    @Test
    void aNumberTooLargeForADoubleIsTheWrongTypeNotACrash() {
        List<FieldError> errors = new ArrayList<>();

        Object bound = new FactBinder().bind(Budget.class, FIELDS, Map.of("spent", new BigDecimal("1e400"), "planned", 1),
                "facts", errors);

        assertThat(bound).isNull();
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("facts.spent");
            assertThat(error.reason()).isEqualTo(Reason.WRONG_TYPE);
        });
    }

    @Test
    void aRecordThatRefusesItsValuesIsReportedAsInvalid() {
        List<FieldError> errors = new ArrayList<>();

        Object bound = new FactBinder().bind(Budget.class, FIELDS, Map.of("spent", 500, "planned", 2), "facts", errors);

        assertThat(bound).isNull();
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("facts");
            assertThat(error.reason()).isEqualTo(Reason.INVALID);
            assertThat(error.message()).contains("ten times");
        });
    }

    @Test
    void bindsValidValues() {
        List<FieldError> errors = new ArrayList<>();

        Object bound = new FactBinder().bind(Budget.class, FIELDS, Map.of("spent", 12.5, "planned", 20), "facts", errors);

        assertThat(errors).isEmpty();
        assertThat(bound).isEqualTo(new Budget(12.5, 20));
    }
}
