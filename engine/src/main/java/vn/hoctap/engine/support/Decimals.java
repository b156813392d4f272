package vn.hoctap.engine.support;

import java.math.BigDecimal;

/** Decimal numbers as Vietnamese readers write them: decimal comma, no trailing zeros ("62,5", "60"). */
public final class Decimals {

    private Decimals() {
    }

    public static String vietnamese(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',');
    }
}
