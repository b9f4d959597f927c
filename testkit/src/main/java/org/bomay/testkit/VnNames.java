package org.bomay.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Real Vietnamese place-name and personal-name syllables, each in both tone-mark placements where
 * the two differ: the traditional one ({@code Hòa}, {@code Thủy}: the tone on the first vowel of
 * {@code oa}, {@code oe}, {@code uy}) and the newer one ({@code Hoà}, {@code Thuỷ}).
 */
final class VnNames {
    private VnNames() {}

    /** A syllable (or a short fixed phrase) in its traditional and its newer tone placement. */
    record Syllable(String traditional, String modern) {
        static Syllable of(String spec) {
            int bar = spec.indexOf('|');
            return bar < 0 ? new Syllable(spec, spec) : new Syllable(spec.substring(0, bar), spec.substring(bar + 1));
        }

        String form(boolean modernTones) {
            return modernTones ? modern : traditional;
        }

        @Override
        public String toString() {
            return traditional.equals(modern) ? traditional : traditional + "|" + modern;
        }
    }

    private static List<Syllable> list(String... specs) {
        List<Syllable> out = new ArrayList<>(specs.length);
        for (String s : specs) {
            out.add(Syllable.of(s));
        }
        return List.copyOf(out);
    }

    /** First syllables of place names (Hòa Bình, Thủy Nguyên, Kim Bảng, Hòe Nhai, Túy Loan...). */
    static final List<Syllable> PLACE_FIRST = list("Hòa|Hoà", "Kim", "Thủy|Thuỷ", "Nhật", "Đông", "Thanh", "Nam",
            "Bắc", "Phú", "Tân", "Vĩnh", "Quảng", "Hải", "Yên", "Bình", "Hưng", "Đức", "Ngọc", "Thụy|Thuỵ", "Khánh",
            "Lạc", "Hòe|Hoè", "Túy|Tuý", "Xuân", "Trường", "Mỹ", "Hồng", "Cẩm", "Quỳnh", "Đồng", "Hỏa|Hoả");

    /** Second syllables of place names. */
    static final List<Syllable> PLACE_SECOND = list("Bình", "Bảng", "Tân", "Lộc", "Sơn", "Thủy|Thuỷ", "Hòa|Hoà",
            "Hóa|Hoá", "Nguyên", "Phong", "Xuân", "Mỹ", "Lợi", "Thịnh", "Phúc", "An", "Long", "Thành", "Điền", "Khê",
            "Quế", "Thọ", "Nghĩa", "Nhai", "Loan", "Thụy|Thuỵ", "Tiến", "Lũy|Luỹ", "Đoài", "Hưng");

    /** Family names. */
    static final List<Syllable> FAMILY = list("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đoàn", "Trịnh");

    /** Middle names. */
    static final List<Syllable> MIDDLE = list("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu",
            "Xuân", "Thúy|Thuý");

    /** Given names. */
    static final List<Syllable> GIVEN = list("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hòa|Hoà", "Hùng", "Lan",
            "Linh", "Mai", "Nam", "Phương", "Quang", "Thảo", "Thủy|Thuỷ", "Tuấn", "Vân", "Yến", "Khoa", "Thụy|Thuỵ",
            "Hoàng", "Loan", "Toàn");

    /** Words of organization names, abbreviations included, and a few more syllables with a movable tone. */
    static final List<Syllable> ORG_WORDS = list("Huyện", "ủy|uỷ", "Ủy|Uỷ", "ban", "nhân", "dân", "xã", "phường",
            "thị", "trấn", "HĐND", "UBND", "MTTQ", "UBMTTQ", "Tỉnh", "Đảng", "Mặt", "trận", "Tổ", "quốc", "Chi",
            "bộ", "thôn", "Hội", "đồng", "Họa|Hoạ", "Khỏe|Khoẻ", "Xòe|Xoè", "Thúy|Thuý", "Tùy|Tuỳ", "Quý", "Người");

    /** Every syllable above, for free-form names. */
    static final List<Syllable> ALL;

    static {
        List<Syllable> all = new ArrayList<>();
        all.addAll(PLACE_FIRST);
        all.addAll(PLACE_SECOND);
        all.addAll(FAMILY);
        all.addAll(MIDDLE);
        all.addAll(GIVEN);
        all.addAll(ORG_WORDS);
        ALL = List.copyOf(all);
    }

    /** The word for "ủy" in the given placement: {@code ủy} or {@code uỷ}. */
    static String uy(boolean modernTones) {
        return modernTones ? "uỷ" : "ủy";
    }

    /** The capitalized word for "Ủy": {@code Ủy} or {@code Uỷ}. */
    static String uyCapital(boolean modernTones) {
        return modernTones ? "Uỷ" : "Ủy";
    }

    /** "hóa" or "hoá". */
    static String hoa(boolean modernTones) {
        return modernTones ? "hoá" : "hóa";
    }
}
