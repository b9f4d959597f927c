package org.bomay.examples.kimbang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bomay.examples.Printed;
import org.junit.jupiter.api.Test;

/**
 * Runs the tour's printing on a captured stream. ({@link KimBangTour#main} itself writes to the native
 * standard output, which would corrupt the channel between surefire and its forked JVM, so the
 * test calls the method {@code main} delegates to.)
 */
class KimBangTourTest {

    private static String run() {
        return Printed.by(out -> KimBangTour.print(out));
    }

    @Test
    void print_showsTitleCountsModelsTreesAndSearch() {
        String text = run();
        assertTrue(text.startsWith("Kim Bảng district"), text);
        assertTrue(text.contains(KimBang.structure(KimBangTour.DATE).counts().toString()), "the counts table");
        assertTrue(text.contains("units              291  (organizations 225, administrative units 66)"), text);
        assertTrue(text.contains("posts              386   HEAD 271  DEPUTY 109  STANDING_MEMBER 6"), text);
        assertTrue(text.contains("concurrent          93"), text);
        assertTrue(text.contains("PARTY                  1         7        18        46      72"), text);
        assertTrue(text.contains("Deputies (cấp phó): 108 of 109 deputy posts held"), text);
        assertTrue(text.contains("Trưởng Ban Dân vận Huyện ủy → Chủ tịch Ủy ban MTTQ Việt Nam huyện (since 2018-02-01)"), text);
        assertTrue(text.contains("Trưởng Ban Tuyên giáo Huyện ủy → Giám đốc Trung tâm Bồi dưỡng chính trị"), text);
        assertTrue(text.contains("Ban Thường vụ Huyện ủy (a body of the Huyện ủy, not a unit): 9 members"), text);
        assertTrue(text.contains("by their posts: Bí thư Huyện ủy, Phó Bí thư Thường trực Huyện ủy, Phó Bí thư Huyện ủy"), text);
        assertTrue(text.contains("6 seats \"Ủy viên Ban Thường vụ Huyện ủy\", held concurrently:"), text);
        assertTrue(text.contains(": Chủ tịch UBND huyện (since 2016-07-01)"), text);
        assertFalse(text.contains("→ Ủy viên Ban Thường vụ"), "the seats are not listed among the models");
        assertFalse(text.contains("[VN.BAN_THUONG_VU]"), "the standing board is not a unit");
        assertTrue(text.contains("bí thư đảng ủy = chủ tịch HĐND: 5/18"), text);
        assertTrue(text.contains("Kiểm tra ngày 2018-03-01 theo Việt Nam (11/29 quy tắc có hiệu lực): 11 lỗi, 0 cảnh báo, 18 thông tin"),
                text);
        assertTrue(text.contains("11        0      0  bomay.staff.within-quota — Số người làm việc không vượt biên chế được giao"),
                text);
        assertTrue(text.contains("bí thư chi bộ = trưởng thôn: 40/46"), text);
        assertTrue(text.contains("Huyện ủy Kim Bảng  [VN.HUYEN_UY] kb.hu"), text);
        assertTrue(text.contains("UBND huyện Kim Bảng  [VN.UBND] kb.ubnd"), text);
        assertTrue(text.contains("Ủy ban MTTQ Việt Nam huyện Kim Bảng  [VN.UBMTTQ] kb.mttq"), text);
        assertTrue(text.contains("first Huyện ủy Kim Bảng [kb.hu]"), text);
    }

    @Test
    void print_isShortAndTheSameOnEveryRun() {
        String text = run();
        List<String> lines = text.lines().toList();
        assertTrue(lines.size() < 150, "the demo prints " + lines.size() + " lines");
        assertEquals(text, run());
    }
}
