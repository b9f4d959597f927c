package org.bomay.core.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;

/**
 * Vietnamese text as bomay stores and matches it.
 *
 * <ul>
 *   <li>{@link #name(String)}: the stored form of a name — NFC, trimmed, inner whitespace collapsed.</li>
 *   <li>{@link #key(String)}: the strict key — folds case and tone-mark placement ({@code uỷ}/{@code ủy},
 *       {@code oà}/{@code òa}, {@code uý}/{@code úy}); two names are the same name when their keys are
 *       equal ({@link #sameName(String, String)}).</li>
 *   <li>{@link #looseKey(String)}: the loose key for search — also drops diacritics ({@code đ} → {@code d}),
 *       turns punctuation into spaces and spells out common abbreviations (HĐND, UBND, MTTQ, UBMTTQ,
 *       UBKT, TTBDCT, ...), so {@code "huyen uy kim bang"} matches "Huyện ủy Kim Bảng" and
 *       {@code "UBND xa Nhat Tan"} matches "Ủy ban nhân dân xã Nhật Tân".</li>
 * </ul>
 *
 * <pre>{@code
 * VnText.sameName("Huyện uỷ Kim Bảng", "Huyện ủy Kim Bảng");   // true
 * VnText.looseKey("Hội đồng nhân dân");                        // "hoi dong nhan dan"
 * VnText.looseKey("HĐND");                                     // "hoi dong nhan dan"
 * }</pre>
 *
 * <p>All keys are idempotent: {@code key(key(s)).equals(key(s))}, and likewise for the loose key.
 * This class is stateless and thread-safe.
 */
public final class VnText {
    /** The abbreviations spelled out by {@link #looseKey(String)}, by their loose form. */
    private static final Map<String, String> ABBREVIATIONS = ImmutableMap.<String, String>builder()
            .put("hdnd", "hoi dong nhan dan")
            .put("ubnd", "uy ban nhan dan")
            .put("mttq", "mat tran to quoc")
            .put("ubmttq", "uy ban mat tran to quoc")
            .put("ubkt", "uy ban kiem tra")
            .put("ttbdct", "trung tam boi duong chinh tri")
            .put("bch", "ban chap hanh")
            .put("btv", "ban thuong vu")
            .put("tw", "trung uong")
            .put("lhpn", "lien hiep phu nu")
            .put("ccb", "cuu chien binh")
            .put("tncs", "thanh nien cong san")
            .put("dtn", "doan thanh nien")
            .build();

    private VnText() {}

    /**
     * The stored form of a name: NFC, trimmed, runs of whitespace collapsed to one space.
     *
     * @throws BomayException if the text is null or blank
     */
    public static String name(String text) {
        if (text == null) {
            throw new BomayException("A name must not be null");
        }
        // a name already in stored form is returned as is, so equal names read from a file can share one string
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        String s = collapse(nfc);
        if (s.isEmpty()) {
            throw new BomayException("A name must not be blank");
        }
        return s;
    }

    /** Whether the two names are the same once case and tone-mark placement are folded. */
    public static boolean sameName(String a, String b) {
        Checks.notNull(a, "VnText.sameName: the first name");
        Checks.notNull(b, "VnText.sameName: the second name");
        return key(a).equals(key(b));
    }

    /**
     * The strict key: lower case, NFC, whitespace collapsed, and in every vowel group the tone
     * mark moved to one canonical place (after the group's last vowel), so the old and new
     * placements ({@code hoà}/{@code hòa}) give the same key. Diacritics other than tone
     * placement are kept: {@code "Ban"} and {@code "Bản"} differ.
     */
    public static String key(String text) {
        String lower = collapse(Normalizer.normalize(nonNull(text), Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        int i = 0;
        while (i < nfd.length()) {
            int j = i;
            while (j < nfd.length() && isWordChar(nfd.charAt(j))) {
                j++;
            }
            if (j > i) {
                appendSyllable(nfd, i, j, out);
                i = j;
            } else {
                out.append(nfd.charAt(i));
                i++;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * The loose key for search: the strict key without any diacritic ({@code đ} → {@code d}),
     * punctuation turned into spaces, and common abbreviations spelled out.
     */
    public static String looseKey(String text) {
        return String.join(" ", looseTokens(text));
    }

    /** The words of {@link #looseKey(String)}, in order. */
    public static ImmutableList<String> looseTokens(String text) {
        String nfd = Normalizer.normalize(nonNull(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ' || c == 'ð' || c == 'Ð') {
                c = 'd';
            }
            plain.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        List<String> tokens = new ArrayList<>();
        for (String t : plain.toString().split(" ")) {
            if (t.isEmpty()) {
                continue;
            }
            String full = ABBREVIATIONS.get(t);
            if (full == null) {
                tokens.add(t);
            } else {
                for (String w : full.split(" ")) {
                    tokens.add(w);
                }
            }
        }
        return ImmutableList.copyOf(tokens);
    }

    /** The abbreviations that the loose key spells out, loose form to loose expansion. */
    public static Map<String, String> abbreviations() {
        return ABBREVIATIONS;
    }

    private static String nonNull(String text) {
        if (text == null) {
            throw new BomayException("Text to fold must not be null");
        }
        return text;
    }

    private static String collapse(String s) {
        if (isCollapsed(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether {@link #collapse} would return the same text: no outer space, single plain spaces inside. */
    private static boolean isCollapsed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (c != ' ' || i == 0 || i == s.length() - 1 || s.charAt(i - 1) == ' ') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /**
     * Appends the NFD letter run {@code s[from, to)} with the tone mark of each vowel group moved
     * to the end of that group. Tone placement only ever moves a tone within its vowel group
     * ({@code hoà}/{@code hòa}, {@code uỷ}/{@code ủy}), so this is canonical, and a run of several
     * syllables ({@code Đắklắk}) keeps every tone.
     */
    private static void appendSyllable(String s, int from, int to, StringBuilder out) {
        int k = from;
        while (k < to) {
            char c = s.charAt(k);
            if (!isVowel(c)) {
                out.append(c);
                k++;
                continue;
            }
            StringBuilder tones = new StringBuilder(1);
            while (k < to && (isVowel(s.charAt(k)) || Character.getType(s.charAt(k)) == Character.NON_SPACING_MARK)) {
                char g = s.charAt(k);
                (isTone(g) ? tones : out).append(g);
                k++;
            }
            out.append(tones);
        }
    }
}
