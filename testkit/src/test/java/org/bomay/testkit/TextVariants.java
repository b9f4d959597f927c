package org.bomay.testkit;

import java.text.Normalizer;

/**
 * Independent re-implementations of the text variants the search keys must fold, so the
 * properties do not test {@code VnText} against itself.
 */
final class TextVariants {
    private TextVariants() {}

    /**
     * Moves every movable tone mark to the other placement: {@code hòa ↔ hoà}, {@code hòe ↔ hoè},
     * {@code thủy ↔ thuỷ}, {@code họa ↔ hoạ}, {@code úy ↔ uý}, in any case. Works on the
     * decomposed form; returns NFC.
     */
    static String swapTonePlacement(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        int i = 0;
        while (i < d.length()) {
            char a = d.charAt(i);
            if (i + 2 < d.length()) {
                char b = d.charAt(i + 1);
                char c = d.charAt(i + 2);
                // a mark after the three chars belongs to the second vowel (hoặc, khuyến): leave it alone
                boolean nextIsMark = i + 3 < d.length() && isMark(d.charAt(i + 3));
                // traditional to modern: o + tone + a/e, u + tone + y (the second vowel bare)
                if (isTone(b) && pairs(a, c) && !nextIsMark) {
                    out.append(a).append(c).append(b);
                    i += 3;
                    continue;
                }
                // modern to traditional: o + a/e + tone, u + y + tone
                if (pairs(a, b) && isTone(c) && !nextIsMark) {
                    out.append(a).append(c).append(b);
                    i += 3;
                    continue;
                }
            }
            out.append(a);
            i++;
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Drops every combining mark and turns đ/Đ into d/D. */
    static String stripDiacritics(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (isMark(c)) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return out.toString();
    }

    private static boolean pairs(char first, char second) {
        char f = Character.toLowerCase(first);
        char s = Character.toLowerCase(second);
        return (f == 'o' && (s == 'a' || s == 'e')) || (f == 'u' && s == 'y');
    }

    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
