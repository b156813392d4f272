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

    /** A refusal naming its field and reason, shaped like the kjar's {@code InputRefusedException}. */
    public static final class Refusal extends IllegalArgumentException {

        private final String field;
        private final String reason;

        public Refusal(String field, String reason, String message) {
            super(message);
            this.field = field;
            this.reason = reason;
        }

        public String getField() {
            return field;
        }

        public String getReason() {
            return reason;
        }
    }

    /** An input record whose constructor refuses a total above 100 at the record and a negative plan at its field. */
    public record Scored(double spent, double planned) {
        public Scored {
            if (spent + planned > 100) {
                throw new Refusal("", "OUT_OF_RANGE", "the total " + (spent + planned) + " exceeds 100");
            }
            if (planned == 13) {
                throw new Refusal("planned", "NOT_ALLOWED", "13 is outside the scope");
            }
            if (planned == 7) {
                throw new Refusal("nothing", "NO_SUCH_REASON", "seven");
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
    void aRefusalNamingItsFieldAndReasonIsReportedThere() {
        List<FieldError> total = new ArrayList<>();
        List<FieldError> scope = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();

        FactBinder binder = new FactBinder();
        assertThat(binder.bind(Scored.class, FIELDS, Map.of("spent", 90, "planned", 20), "facts", total)).isNull();
        assertThat(binder.bind(Scored.class, FIELDS, Map.of("spent", 1, "planned", 13), "facts", scope)).isNull();
        assertThat(binder.bind(Scored.class, FIELDS, Map.of("spent", 1, "planned", 7), "facts", unknown)).isNull();

        assertThat(total).containsExactly(new FieldError("facts", Reason.OUT_OF_RANGE, "the total 110.0 exceeds 100"));
        assertThat(scope).containsExactly(new FieldError("facts.planned", Reason.NOT_ALLOWED, "13 is outside the scope"));
        assertThat(unknown).containsExactly(new FieldError("facts", Reason.INVALID, "seven"));
    }

    @Test
    void bindsValidValues() {
        List<FieldError> errors = new ArrayList<>();

        Object bound = new FactBinder().bind(Budget.class, FIELDS, Map.of("spent", 12.5, "planned", 20), "facts", errors);

        assertThat(errors).isEmpty();
        assertThat(bound).isEqualTo(new Budget(12.5, 20));
    }
}
