package org.bomay.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FmtTest {

    @Test
    void number_isPlainAndTheSameInEveryLocale() {
        assertEquals("859", Fmt.number(859.0));
        assertEquals("1000000", Fmt.number(1e6));
        assertEquals("2.5", Fmt.number(2.5));
        assertEquals("0.33", Fmt.number(1 / 3.0));
        assertEquals("−3", Fmt.number(-3));
        assertEquals("0", Fmt.number(-0.0));
        assertEquals("–", Fmt.number(Double.NaN));
    }

    @Test
    void signed_andPercent_showTheSign() {
        assertEquals("−3", Fmt.signed(-3));
        assertEquals("+2", Fmt.signed(2));
        assertEquals("0", Fmt.signed(-0.0));
        assertEquals("0", Fmt.signed(0.001));
        assertEquals("−10%", Fmt.percent(-10));
        assertEquals("–", Fmt.percent(Double.NaN));
    }

    @Test
    void coord_andCut() {
        assertEquals("12.5", Fmt.coord(12.54));
        assertEquals("12", Fmt.coord(12.0));
        assertEquals("-3.5", Fmt.coord(-3.5));
        assertEquals("ab…", Fmt.cut("abcdef", 3));
        assertEquals("abc", Fmt.cut("abc", 3));
        assertEquals("😀…", Fmt.cut("😀😀😀", 2));
    }
}
