package org.bomay.examples.chauthanh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bomay.examples.Printed;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ChauThanhDemo} on a captured stream (its {@code main} writes to the native standard
 * output, which would corrupt the channel between surefire and its forked JVM, so the test calls
 * the method {@code main} delegates to) and checks the numbers it prints.
 */
class ChauThanhDemoTest {

    private static String run() {
        return Printed.by(out -> ChauThanhDemo.run(out));
    }

    @Test
    void demo_printsCoverageModelsCountsLineageAndViolations() {
        String text = run();
        assertTrue(text.startsWith("bomay — Châu Thành district (huyện Châu Thành, tỉnh Bến Tre)"), text);
        assertTrue(text.contains(ChauThanh.ILLUSTRATIVE), text);
        assertTrue(text.contains("10/10 steps applied; units 123 → 108, errors 0 → 0, targets met 3/3"), text);
        assertTrue(text.contains("14/22 on 2018-01-01 → 16/22 on 2019-02-11 (seed: 16/22) → 15/19 on 2019-12-01"), text);
        assertTrue(text.contains("in the data on 2019-02-11: 18 of the 66 the seed reports under NQ số 02 của Tỉnh ủy"
                + " (48 not modelled"), text);
        assertTrue(text.contains("  16 × Bí thư đảng ủy xã đồng thời là Chủ tịch HĐND xã"), text);
        assertTrue(text.contains("   1 × Trưởng ban Dân vận đồng thời là Chủ tịch Ủy ban MTTQ cấp huyện"), text);
        assertTrue(text.contains("   1 × Trưởng ban Tuyên giáo đồng thời là Giám đốc Trung tâm Bồi dưỡng chính trị"), text);
        assertTrue(text.contains("Communes (xã, thị trấn): 22 → 19; hamlets modelled (ấp, khu phố): 18 → 12;"
                + " organizations (đầu mối): 123 → 108"), text);
        assertTrue(text.contains("Xã Giao Long ← Xã Giao Hòa (ABSORBED_INTO, 2019-12-01)"), text);
        assertTrue(text.contains("Xã An Phước ← Xã An Hóa (ABSORBED_INTO, 2019-12-01)"), text);
        assertTrue(text.contains("Xã An Hiệp ← Xã Sơn Hòa (ABSORBED_INTO, 2019-12-01)"), text);
        assertTrue(text.contains("[ct.ttds ABSORBED_INTO ct.ttyt on 2018-10-01 (v5, sáp nhập)]"), text);
        assertTrue(text.contains("before, 2018-01-01       errors 0, warnings 0, info 22"), text);
        assertTrue(text.contains("unchanged, 2019-12-01    errors 0, warnings 7, info 23"), text);
        assertTrue(text.contains("after, 2019-12-01        errors 0, warnings 0, info 21"), text);
        assertTrue(text.contains("resolved by the year: 1 × vn.nq653-2019.sap-xep-dvhc (WARNING)"), text);
        assertTrue(text.contains("resolved by the year: 6 × vn.tt14-2018.so-ho-thon-to-dan-pho (WARNING)"), text);
        assertTrue(text.contains("appeared with it: 1 × vn.nq18-2017.kiem-nhiem (INFO)"), text);
        assertTrue(text.contains("2019-12-01  sap-nhap-son-hoa-an-hiep      PLANNED  APPLIED    108"), text);
        assertTrue(text.contains("Sáp nhập 6 xã thành 3 xã trong năm 2019 (22 → 19)"), text);
        assertTrue(text.lines().count() < 60, "the summary is short: " + text.lines().count() + " lines");
    }

    @Test
    void demo_isTheSameOnEveryRun() {
        assertEquals(run(), run());
    }
}
