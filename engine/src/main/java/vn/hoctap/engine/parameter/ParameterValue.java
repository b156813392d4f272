package vn.hoctap.engine.parameter;

import java.time.LocalDate;

/**
 * One value of a parameter and the date from which it applies. A null value records a known gap: from that date no
 * value is in force (e.g. a pass mark that no confirmed source states).
 *
 * @param value a {@link java.math.BigDecimal}, {@link String}, {@link Boolean}, {@code List<String>} or null
 */
public record ParameterValue(LocalDate from, Object value, String source, boolean unconfirmed, String note) {
}
