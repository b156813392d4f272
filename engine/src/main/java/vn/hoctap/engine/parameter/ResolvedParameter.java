package vn.hoctap.engine.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.hoctap.engine.support.Decimals;

/**
 * The value of one parameter in force on a reference date for a province, with where it comes from.
 *
 * @param scope {@code "VN"} for the national value, or the GSO code of the province whose variant applied
 */
public record ResolvedParameter(String name, String label, String unit, Object value, LocalDate effectiveFrom,
        String source, String scope, boolean unconfirmed, String note) {

    /** National scope. */
    public static final String NATIONAL = "VN";

    /** The value as JSON-friendly data: a number, text, boolean or list of texts. */
    public Object plainValue() {
        return value instanceof List<?> list ? List.copyOf(list) : value;
    }

    /** "60 %", "12 tháng", "[GOOD, FAIR]": the same units as the kjar's own explanations (docs/kjar-contract.md §6). */
    public String display() {
        if (value instanceof BigDecimal decimal) {
            return Decimals.vietnamese(decimal) + switch (unit) {
                case "PERCENT" -> " %";
                case "POINTS" -> " điểm";
                case "MONTHS" -> " tháng";
                case "YEARS" -> " năm";
                case "AGE" -> " tuổi";
                case "WORDS" -> " từ";
                case "PROGRAMMES" -> " chương trình";
                default -> "";
            };
        }
        return String.valueOf(value);
    }
}
