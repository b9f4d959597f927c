package org.bomay.examples.reform2025;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bomay.examples.Printed;
import org.junit.jupiter.api.Test;

/**
 * Runs the demo's printing on a captured stream ({@link Reform2025Demo#main} writes to the native
 * standard output, which would corrupt surefire's channel to its forked JVM).
 */
class Reform2025DemoTest {

    private static String run() {
        return Printed.by(out -> Reform2025Demo.print(out));
    }

    @Test
    void print_showsTheCountsBeforeAndAfter() {
        String text = run();
        assertTrue(text.startsWith("The 2025 reform of Vietnam's local government, 2025-06-30 → 2025-07-01"), text);
        assertTrue(text.contains(Reform2025.ILLUSTRATIVE), text);
        assertTrue(text.contains("  tỉnh (province)                               57          28"), text);
        assertTrue(text.contains("  thành phố trực thuộc TW (city)                 6           6"), text);
        assertTrue(text.contains("  total                                         63          34"), text);
        assertTrue(text.contains("  unchanged: 11 (Hà Nội, Huế, Lai Châu,"), text);
        assertTrue(text.contains("  merged (hợp nhất): 52 units into 23"), text);
        assertTrue(text.contains("    20. Tỉnh Vĩnh Long [vn.vinh-long]"), text);
        assertTrue(text.contains("= Bến Tre + Trà Vinh + Vĩnh Long"), text);
        assertTrue(text.contains("     2. Tỉnh Lào Cai [vn.yen-bai]"), text);
    }

    @Test
    void print_answersLineageQuestions() {
        String text = run();
        assertTrue(text.contains("Which province is Bến Tre part of now? Tỉnh Vĩnh Long [vn.vinh-long]"), text);
        assertTrue(text.contains("Tỉnh Vĩnh Long was formed on 2025-07-01 from Tỉnh Bến Tre [vn.ben-tre], Tỉnh Trà Vinh [vn.tra-vinh],"
                + " Tỉnh Vĩnh Long [vn.vinh-long]"), text);
        assertTrue(text.contains("vn.lao-cai MERGED_INTO vn.yen-bai on 2025-07-01"), text);
        assertTrue(text.contains("Hà Tĩnh now: Tỉnh Hà Tĩnh [vn.ha-tinh] (not rearranged)"), text);
        assertTrue(text.contains("Huyện Châu Thành now: nothing (dissolved, no successor)"), text);
    }

    @Test
    void print_showsTheEndOfTheDistrictLevelAndTheFront() {
        String text = run();
        assertTrue(text.contains("district-level units: 3 modelled on 2025-06-30 (696 nationwide), 0 on 2025-07-01"), text);
        assertTrue(text.contains("Huyện Châu Thành (Bến Tre): giải thể; Xã Quới Sơn [vn.ben-tre.chau-thanh.quoi-son], Xã Phú Đức"
                + " [vn.ben-tre.chau-thanh.phu-duc] now under Tỉnh Vĩnh Long"), text);
        assertTrue(text.contains("communes: 10,035 → 3,321 nationwide"), text);
        assertTrue(text.contains("(1 of 1 rules in force): 0 errors"), text);
        assertTrue(text.contains("2025-06-30: 0 organizations under Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh, 5 members"), text);
        assertTrue(text.contains("2025-07-01: 5 under it (trực thuộc), 5 members"), text);
        assertTrue(text.contains("└── Liên đoàn Lao động tỉnh Hà Tĩnh  [VN.CONG_DOAN] vn.ha-tinh.ldld"), text);
        assertTrue(text.contains("History[32 versions, 2025-06-30 .. 2025-07-01"), text);
    }

    @Test
    void print_isShortAndTheSameOnEveryRun() {
        String text = run();
        assertTrue(text.lines().count() < 80, text.lines().count() + " lines");
        assertEquals(text, run());
    }
}
