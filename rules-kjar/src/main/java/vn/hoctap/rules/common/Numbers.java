package vn.hoctap.rules.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact arithmetic and Vietnamese number formatting shared by the checks (decimal comma, "%" with a space). */
public final class Numbers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** Percentage {@code part / whole × 100}, rounded to 2 decimals for display; zero when the whole is zero. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** Exact test {@code part / whole × 100 ≥ minimum}, free of rounding; false when the whole is zero. */
    public static boolean percentAtLeast(long part, long whole, BigDecimal minimum) {
        if (whole <= 0) {
            return false;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(minimum.multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    /** "62,5" for 62.50, "60" for 60.00: Vietnamese decimal comma, no trailing zeros. */
    public static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',');
    }

    static String unitSuffix(String unit) {
        return switch (unit) {
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
}
