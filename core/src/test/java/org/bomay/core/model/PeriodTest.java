package org.bomay.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.junit.jupiter.api.Test;

class PeriodTest {
    private static final LocalDate A = LocalDate.of(2018, 1, 1);
    private static final LocalDate B = LocalDate.of(2019, 7, 1);
    private static final LocalDate C = LocalDate.of(2020, 1, 1);

    @Test
    void of_keepsBothBounds() {
        Period p = Period.of(A, B);
        assertEquals(Optional.of(A), p.start());
        assertEquals(Optional.of(B), p.end());
    }

    @Test
    void from_isOpenEnded() {
        Period p = Period.from(A);
        assertEquals(Optional.of(A), p.start());
        assertEquals(Optional.empty(), p.end());
    }

    @Test
    void until_isOpenAtTheStart() {
        Period p = Period.until(B);
        assertEquals(Optional.empty(), p.start());
        assertEquals(Optional.of(B), p.end());
    }

    @Test
    void always_hasNoBound_andOfNullNullIsAlways() {
        assertEquals(Optional.empty(), Period.ALWAYS.start());
        assertEquals(Optional.empty(), Period.ALWAYS.end());
        assertSame(Period.ALWAYS, Period.of(null, null));
    }

    @Test
    void of_rejectsEndBeforeStart() {
        BomayException e = assertThrows(BomayException.class, () -> Period.of(B, A));
        assertEquals("Period end 2018-01-01 must be after its start 2019-07-01 (the end is the first day outside the period)",
                e.getMessage());
    }

    @Test
    void of_rejectsEndEqualToStart() {
        BomayException e = assertThrows(BomayException.class, () -> Period.of(A, A));
        assertTrue(e.getMessage().startsWith("Period end 2018-01-01 must be after its start 2018-01-01"), e.getMessage());
    }

    @Test
    void contains_startIsInside_endIsOutside() {
        Period p = Period.of(A, B);
        assertTrue(p.contains(A));
        assertFalse(p.contains(A.minusDays(1)));
        assertTrue(p.contains(B.minusDays(1)));
        assertFalse(p.contains(B));
    }

    @Test
    void contains_openBounds() {
        assertTrue(Period.from(A).contains(LocalDate.of(9999, 12, 31)));
        assertFalse(Period.from(A).contains(A.minusDays(1)));
        assertTrue(Period.until(B).contains(LocalDate.of(1, 1, 1)));
        assertFalse(Period.until(B).contains(B));
        assertTrue(Period.ALWAYS.contains(LocalDate.MIN));
        assertTrue(Period.ALWAYS.contains(LocalDate.MAX));
    }

    @Test
    void encloses_boundedAndOpen() {
        Period ab = Period.of(A, B);
        assertTrue(Period.ALWAYS.encloses(ab));
        assertTrue(Period.ALWAYS.encloses(Period.ALWAYS));
        assertFalse(ab.encloses(Period.ALWAYS));
        assertTrue(ab.encloses(ab));
        assertTrue(ab.encloses(Period.of(A.plusDays(1), B.minusDays(1))));
        assertFalse(ab.encloses(Period.of(A.minusDays(1), B)));
        assertFalse(ab.encloses(Period.of(A, B.plusDays(1))));
        assertTrue(Period.from(A).encloses(Period.from(B)));
        assertTrue(Period.from(A).encloses(ab));
        assertFalse(ab.encloses(Period.from(A)));
        assertFalse(Period.from(B).encloses(Period.from(A)));
        assertTrue(Period.until(B).encloses(Period.until(A)));
        assertFalse(Period.until(B).encloses(Period.from(A)));
    }

    @Test
    void overlaps_touchingPeriodsDoNotOverlap() {
        assertFalse(Period.of(A, B).overlaps(Period.of(B, C)));
        assertFalse(Period.of(B, C).overlaps(Period.of(A, B)));
        assertFalse(Period.until(B).overlaps(Period.from(B)));
        assertFalse(Period.from(B).overlaps(Period.until(B)));
    }

    @Test
    void overlaps_sharingOneDayOverlaps() {
        assertTrue(Period.of(A, B).overlaps(Period.of(B.minusDays(1), C)));
        assertTrue(Period.of(B.minusDays(1), C).overlaps(Period.of(A, B)));
        assertTrue(Period.until(B).overlaps(Period.from(B.minusDays(1))));
        assertTrue(Period.of(A, C).overlaps(Period.of(B, B.plusDays(1))));
    }

    @Test
    void overlaps_openPeriods() {
        assertTrue(Period.ALWAYS.overlaps(Period.of(A, B)));
        assertTrue(Period.of(A, B).overlaps(Period.ALWAYS));
        assertTrue(Period.from(A).overlaps(Period.from(C)));
        assertTrue(Period.until(A).overlaps(Period.until(C)));
        assertFalse(Period.of(A, B).overlaps(Period.from(C)));
        assertFalse(Period.until(A).overlaps(Period.of(B, C)));
    }

    @Test
    void toString_writesAllFourForms() {
        assertEquals("2018-01-01/2019-07-01", Period.of(A, B).toString());
        assertEquals("2018-01-01/..", Period.from(A).toString());
        assertEquals("../2019-07-01", Period.until(B).toString());
        assertEquals("../..", Period.ALWAYS.toString());
    }

    @Test
    void parse_readsAllFourForms_roundTrip() {
        for (Period p : new Period[] {Period.of(A, B), Period.from(A), Period.until(B), Period.ALWAYS}) {
            assertEquals(p, Period.parse(p.toString()));
        }
        assertEquals(Period.of(A, B), Period.parse("2018-01-01/2019-07-01"));
        assertEquals(Period.from(A), Period.parse("2018-01-01/.."));
        assertEquals(Period.until(B), Period.parse("../2019-07-01"));
        assertSame(Period.ALWAYS, Period.parse("../.."));
    }

    @Test
    void parse_rejectsTextWithoutSlash() {
        BomayException e = assertThrows(BomayException.class, () -> Period.parse("2018-01-01"));
        assertEquals("Period '2018-01-01' must be START/END, e.g. 2018-01-01/2019-07-01 or 2018-01-01/..", e.getMessage());
    }

    @Test
    void parse_rejectsTwoSlashes() {
        BomayException e = assertThrows(BomayException.class, () -> Period.parse("2018-01-01/../.."));
        assertTrue(e.getMessage().startsWith("Period '2018-01-01/../..' must be START/END"), e.getMessage());
    }

    @Test
    void parse_rejectsBadDate_namingTextAndDate() {
        BomayException e = assertThrows(BomayException.class, () -> Period.parse("2018-02-30/.."));
        assertEquals("Period '2018-02-30/..' has a bad date: 2018-02-30 (use ISO-8601, e.g. 2018-01-01, or .. for an open bound)",
                e.getMessage());
        assertTrue(e.getCause() instanceof DateTimeParseException);
    }

    @Test
    void parse_rejectsNonIsoDate() {
        BomayException e = assertThrows(BomayException.class, () -> Period.parse("../01/07/2019"));
        assertTrue(e.getMessage().startsWith("Period '../01/07/2019' must be START/END"), e.getMessage());
        BomayException e2 = assertThrows(BomayException.class, () -> Period.parse("1.7.2019/.."));
        assertTrue(e2.getMessage().startsWith("Period '1.7.2019/..' has a bad date: 1.7.2019"), e2.getMessage());
    }

    @Test
    void parse_rejectsEndBeforeStart() {
        BomayException e = assertThrows(BomayException.class, () -> Period.parse("2019-07-01/2018-01-01"));
        assertTrue(e.getMessage().startsWith("Period end 2018-01-01 must be after its start 2019-07-01"), e.getMessage());
    }

    @Test
    void withEndAndWithStart_returnCopies() {
        Period p = Period.from(A);
        assertEquals(Period.of(A, B), p.withEnd(B));
        assertEquals(Period.from(A), p);
        assertEquals(Period.until(B), Period.of(A, B).withStart(null));
        assertSame(Period.ALWAYS, Period.from(A).withStart(null));
        assertThrows(BomayException.class, () -> Period.of(A, B).withStart(C));
    }

    @Test
    void equalsAndHashCode_byBounds() {
        assertEquals(Period.of(A, B), Period.of(LocalDate.parse("2018-01-01"), LocalDate.parse("2019-07-01")));
        assertEquals(Period.of(A, B).hashCode(), Period.of(A, B).hashCode());
        assertNotEquals(Period.of(A, B), Period.of(A, C));
        assertNotEquals(Period.from(A), Period.until(A));
        assertNotEquals(Period.ALWAYS, Period.from(A));
    }
}
