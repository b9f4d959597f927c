package org.bomay.io.html;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the report prints them, the same on every machine (no locale): whole numbers
 * without decimals, others with at most two; signs as {@code +} and {@code −} (U+2212).
 *
 * <pre>{@code
 * Fmt.number(859.0);   // "859"
 * Fmt.signed(-3);      // "−3"
 * }</pre>
 */
final class Fmt {
    private Fmt() {}

    /** e.g. {@code 859}, {@code 2.5}, {@code 0.33}. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String s = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        return s.equals("-0") ? "0" : s.replace('-', '−');
    }

    /** e.g. {@code +2}, {@code −3}, {@code 0}. */
    static String signed(double v) {
        String s = number(v);
        return v > 0 && !s.equals("0") ? "+" + s : s;
    }

    /** e.g. {@code −0.9%}; "–" for NaN. */
    static String percent(double v) {
        return Double.isNaN(v) ? "–" : signed(v) + "%";
    }

    /** A coordinate for SVG: at most one decimal, a plain minus sign. */
    static String coord(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        String s = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Cuts text to {@code max} characters (code points), ending with "…" when cut. */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
