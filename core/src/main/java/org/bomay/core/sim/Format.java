package org.bomay.core.sim;

import java.util.List;
import java.util.Locale;

/** Number and table formatting for the printouts of this package. */
final class Format {
    private Format() {}

    /** 12 for an integral value, 12.35 otherwise (at most two decimals), −3 with a minus sign, "–" for NaN. */
    static String number(double d) {
        if (Double.isNaN(d)) {
            return "–";
        }
        if (d < 0) {
            return "−" + number(-d);
        }
        if (d == Math.rint(d) && d < 1e15) {
            return Long.toString((long) d);
        }
        String s = String.format(Locale.ROOT, "%.2f", d);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** A signed number: +3, −2.5, 0. */
    static String signed(double d) {
        if (Double.isNaN(d)) {
            return "–";
        }
        return d > 0 ? "+" + number(d) : d < 0 ? "−" + number(-d) : "0";
    }

    /** A signed percent, one decimal: −10.0%; "–" when undefined. */
    static String percent(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "–";
        }
        String s = String.format(Locale.ROOT, "%.1f%%", Math.abs(d));
        return d > 0 ? "+" + s : d < 0 ? "−" + s : "0.0%";
    }

    /**
     * A text table: the first row is the header, columns padded to their widest cell, the first
     * column left-aligned and the others right-aligned.
     */
    static String table(List<List<String>> rows) {
        return table(rows, "L");
    }

    /**
     * A text table whose column i is left-aligned if {@code align.charAt(i)} is 'L' and
     * right-aligned otherwise; columns past the end of {@code align} are right-aligned.
     */
    static String table(List<List<String>> rows, String align) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] w = new int[cols];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                w[i] = Math.max(w[i], r.get(i).codePointCount(0, r.get(i).length()));
            }
        }
        StringBuilder b = new StringBuilder();
        for (int ri = 0; ri < rows.size(); ri++) {
            List<String> r = rows.get(ri);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                String c = r.get(i);
                int pad = w[i] - c.codePointCount(0, c.length());
                if (i > 0) {
                    line.append("  ");
                }
                if (i < align.length() && align.charAt(i) == 'L') {
                    line.append(c).append(" ".repeat(pad));
                } else {
                    line.append(" ".repeat(pad)).append(c);
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
            if (ri == 0 && rows.size() > 1) {
                int total = 0;
                for (int i = 0; i < cols; i++) {
                    total += w[i] + (i > 0 ? 2 : 0);
                }
                b.append("─".repeat(total)).append('\n');
            }
        }
        return b.toString();
    }
}
