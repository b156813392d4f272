package vn.hoctap.rules.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Tham số — one dated threshold in force on the reference date (a percentage, a point mark, an age, a waiting
 * period), with its effective date and legal source. The engine resolves parameter files for the reference
 * date and province and inserts one fact per parameter; rules join on it by name, so the trace shows exactly
 * which values a criterion read.
 *
 * <p>Immutable. Part of the kjar contract: the engine calls the public constructor reflectively.
 */
public final class Parameter {

    private final String name;
    private final Object value;
    private final String unit;
    private final LocalDate effectiveFrom;
    private final String source;
    private final String scope;
    private final boolean unconfirmed;

    /**
     * @param value a {@link BigDecimal}, {@link String}, {@link Boolean} or {@code List<String>}
     * @param scope {@code "VN"} for a national value, or the GSO code of the province whose variant it is
     */
    public Parameter(String name, Object value, String unit, LocalDate effectiveFrom, String source, String scope,
            boolean unconfirmed) {
        this.name = name;
        this.value = value;
        this.unit = unit == null ? "" : unit;
        this.effectiveFrom = effectiveFrom;
        this.source = source;
        this.scope = scope;
        this.unconfirmed = unconfirmed;
    }

    public String getName() {
        return name;
    }

    public Object getValue() {
        return value;
    }

    /** The value as an exact decimal; fails for non-numeric parameters. */
    public BigDecimal getDecimal() {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        throw new IllegalStateException("Parameter " + name + " is not numeric: " + value);
    }

    public double getNumber() {
        return getDecimal().doubleValue();
    }

    public int getInteger() {
        return getDecimal().intValueExact();
    }

    public String getText() {
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    public List<String> getList() {
        if (value instanceof List<?> list) {
            return (List<String>) list;
        }
        return List.of(String.valueOf(value));
    }

    public boolean contains(Object code) {
        return code != null && getList().contains(code.toString());
    }

    public String getUnit() {
        return unit;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getSource() {
        return source;
    }

    public String getScope() {
        return scope;
    }

    public boolean isUnconfirmed() {
        return unconfirmed;
    }

    /** The value as a reader sees it: "60 %", "12 tháng", "80 điểm". */
    public String display() {
        return value instanceof BigDecimal decimal ? Numbers.format(decimal) + Numbers.unitSuffix(unit) : getText();
    }

    @Override
    public String toString() {
        return name + "=" + display() + " (từ " + effectiveFrom + ", " + source + ")";
    }
}
