package org.bomay.examples.hatinh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Runs the demo's summary ({@link HaTinhDemo#main} writes to the native standard output, which would
 * corrupt surefire's channel, so the test calls {@link HaTinhDemo#report()}, which main prints) and
 * checks its key numbers.
 */
class HaTinhDemoTest {
    private static final String TEXT = HaTinhDemo.report();

    private static void has(String expected) {
        assertTrue(TEXT.contains(expected), "missing: " + expected + "\n" + TEXT);
    }

    @Test
    void demo_baselineAndThePauseOfTheMergedAgencies() {
        assertTrue(TEXT.startsWith("Hà Tĩnh 2022 — Kết luận 55-KL/TU"), TEXT);
        has("Baseline 2022-07-01: 22 organizations (đầu mối); Đức Thọ 9, Kỳ Anh 4; under the Đảng bộ Khối 3");
        has("On 2022-08-10, after TB 16-TB/TW (2022-07-07) paused the party–government mergers: 3 warnings");
        has("2022-10-31 duc-tho-split        APPROVED chủ trì: Ban Thường vụ Huyện ủy Đức Thọ; phối hợp: Ban Tổ chức Tỉnh ủy; 55-KL/TU");
    }

    @Test
    void demo_splitsWithLineage() {
        has("  Cơ quan Tổ chức – Nội vụ huyện Đức Thọ (staff 12/11)");
        has("SPLIT_INTO 2022-10-31 → Phòng Nội vụ huyện Đức Thọ");
        has("under UBND huyện Đức Thọ         staff 6/5");
        has("SPLIT_INTO 2022-10-31 → Ban Dân vận Huyện ủy Kỳ Anh");
        assertEquals(8, TEXT.lines().filter(l -> l.contains("SPLIT_INTO 2022-10-31 →")).count());
        has("predecessors of Phòng Nội vụ huyện Đức Thọ: Cơ quan Tổ chức – Nội vụ huyện Đức Thọ (SPLIT_INTO, 2022-10-31)");
        has("organizations: Đức Thọ 9 → 14, Kỳ Anh 4 → 6");
        has("after the split 3 heads held concurrent posts of models paused by TB 16-TB/TW (ERROR)");
        has("Trưởng phòng Nội vụ (Phòng Nội vụ huyện Đức Thọ): Hoàng Văn Giang → Phan Văn Hùng");
    }

    @Test
    void demo_transfersAndSimulation() {
        has("Đảng bộ Công ty A: Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh → Huyện ủy Đức Thọ, level PROVINCE → DISTRICT, party cells 1");
        has("Chi bộ Công ty B: Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh → Huyện ủy Kỳ Anh");
        has("stays under the Đảng bộ Khối: Đảng bộ Công ty C (địa bàn: Tỉnh Hà Tĩnh)");
        has("5/5 steps applied; units 22 → 26, errors 0 → 0, targets met 4/4");
        has("2022-10-31  duc-tho-split        APPROVED  APPLIED     25     50       3         0      3      3");
    }

    @Test
    void demo_doNotSpread_newApplicationFlagged_existingOneNot() {
        has("scope Tỉnh Hà Tĩnh, from 2022-08-10, 55-KL/TU");
        assertEquals(1, TEXT.lines().filter(l -> l.startsWith("  ERROR ")).count());
        has("  ERROR Lê Thị Uyên giữ đồng thời Trưởng Ban Dân vận Huyện ủy và Chủ tịch Ủy ban MTTQ huyện");
        has("caused by step ky-anh-dan-van-mttq (2022-11-15): 1 violation");
        has("not flagged: Hồ Thị Liên, Trưởng Ban Dân vận and Chủ tịch Ủy ban MTTQ huyện Đức Thọ since 2020-09-01");
        has("coverage of the model: 1/1 → 2/2");
        has(": MISSED");
    }

    @Test
    void demo_isTheSameOnEveryRun() {
        assertEquals(TEXT, HaTinhDemo.report());
        assertTrue(TEXT.lines().count() < 70, TEXT.lines().count() + " lines");
    }
}
