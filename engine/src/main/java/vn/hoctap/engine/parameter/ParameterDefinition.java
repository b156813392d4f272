package vn.hoctap.engine.parameter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tham số — a named threshold with its dated values, national and per province.
 *
 * @param unit      PERCENT, POINTS, LEVEL, MONTHS, YEARS, AGE, COUNT, CODES, WORDS or empty
 * @param provinces provincial variants keyed by GSO province code
 * @param file      the kjar file that defines it
 */
public record ParameterDefinition(String name, String label, String unit, String description, boolean unconfirmed,
        String note, List<ParameterValue> values, Map<String, List<ParameterValue>> provinces, String file) {

    public ParameterDefinition {
        values = sorted(values);
        provinces = Map.copyOf(provinces);
    }

    /**
     * The value in force on {@code date}: the province's own latest value from on or before the date if it has one,
     * else the national one. Empty when no value is in force (no entry yet, or a recorded gap).
     */
    public Optional<ResolvedParameter> valueOn(LocalDate date, String provinceCode) {
        if (provinceCode != null && provinces.containsKey(provinceCode)) {
            Optional<ParameterValue> provincial = latest(sorted(provinces.get(provinceCode)), date);
            if (provincial.isPresent()) {
                return provincial.filter(value -> value.value() != null).map(value -> resolve(value, provinceCode));
            }
        }
        return latest(values, date).filter(value -> value.value() != null)
                .map(value -> resolve(value, ResolvedParameter.NATIONAL));
    }

    /** Whether every value, national and provincial, is a number or a recorded gap. */
    public boolean allNumeric() {
        return java.util.stream.Stream.concat(values.stream(), provinces.values().stream().flatMap(List::stream))
                .allMatch(value -> value.value() == null || value.value() instanceof java.math.BigDecimal);
    }

    private ResolvedParameter resolve(ParameterValue value, String scope) {
        String combinedNote = value.note() != null ? value.note() : note;
        return new ResolvedParameter(name, label, unit, value.value(), value.from(), value.source(), scope,
                unconfirmed || value.unconfirmed(), combinedNote);
    }

    private static Optional<ParameterValue> latest(List<ParameterValue> values, LocalDate date) {
        ParameterValue found = null;
        for (ParameterValue value : values) {
            if (!value.from().isAfter(date)) {
                found = value;
            }
        }
        return Optional.ofNullable(found);
    }

    private static List<ParameterValue> sorted(List<ParameterValue> values) {
        return values.stream().sorted(Comparator.comparing(ParameterValue::from)).toList();
    }
}
