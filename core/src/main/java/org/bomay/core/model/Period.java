package org.bomay.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.internal.Checks;

/**
 * A half-open span of days {@code [start, end)}: the start day is inside, the end day is the
 * first day outside (the effective date of the decision that ended it). Either bound may be
 * open. {@link #toString()} writes {@code 2018-01-01/2019-07-01}, {@code 2018-01-01/..},
 * {@code ../2019-07-01} or {@code ../..}, and {@link #parse(CharSequence)} reads it back.
 *
 * <pre>{@code
 * Period p = Period.of(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 7, 1));
 * p.contains(LocalDate.of(2019, 6, 30));   // true
 * p.contains(LocalDate.of(2019, 7, 1));    // false
 * Period.ALWAYS.encloses(p);               // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Period {
    /** The unbounded period: valid always. */
    public static final Period ALWAYS = new Period(null, null);

    private final LocalDate start;
    private final LocalDate end;

    private Period(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Returns {@code [start, end)}; a {@code null} bound is open.
     *
     * @throws BomayException if the end is not after the start
     */
    public static Period of(LocalDate start, LocalDate end) {
        if (start != null && end != null && !end.isAfter(start)) {
            throw new BomayException("Period end " + end + " must be after its start " + start
                    + " (the end is the first day outside the period)");
        }
        if (start == null && end == null) {
            return ALWAYS;
        }
        return new Period(start, end);
    }

    /** Returns {@code [start, ..)}, open-ended. */
    public static Period from(LocalDate start) {
        if (start == null) {
            throw new BomayException("Period.from: the start must not be null (use Period.ALWAYS for no bounds)");
        }
        return of(start, null);
    }

    /** Returns {@code [.., end)}, open at the start. */
    public static Period until(LocalDate end) {
        if (end == null) {
            throw new BomayException("Period.until: the end must not be null (use Period.ALWAYS for no bounds)");
        }
        return of(null, end);
    }

    /**
     * Reads the form written by {@link #toString()}.
     *
     * @throws BomayException naming the text if it is not {@code START/END} with ISO dates or {@code ..}
     */
    public static Period parse(CharSequence text) {
        Checks.notNull(text, "Period.parse: the text");
        String s = text.toString();
        int slash = s.indexOf('/');
        if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
            throw new BomayException("Period '" + s + "' must be START/END, e.g. 2018-01-01/2019-07-01 or 2018-01-01/..");
        }
        try {
            return of(bound(s.substring(0, slash)), bound(s.substring(slash + 1)));
        } catch (java.time.format.DateTimeParseException e) {
            throw new BomayException("Period '" + s + "' has a bad date: " + e.getParsedString()
                    + " (use ISO-8601, e.g. 2018-01-01, or .. for an open bound)", e);
        }
    }

    private static LocalDate bound(String s) {
        return s.equals("..") ? null : LocalDate.parse(s);
    }

    /** The first day inside, if bounded. */
    public Optional<LocalDate> start() {
        return Optional.ofNullable(start);
    }

    /** The first day outside, if bounded. */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(end);
    }

    /** Returns a copy with the given end ({@code null} for open). */
    public Period withEnd(LocalDate newEnd) {
        return of(start, newEnd);
    }

    /** Returns a copy with the given start ({@code null} for open). */
    public Period withStart(LocalDate newStart) {
        return of(newStart, end);
    }

    /** Whether the day is inside the period. */
    public boolean contains(LocalDate date) {
        Checks.notNull(date, "Period.contains: the date");
        return (start == null || !date.isBefore(start)) && (end == null || date.isBefore(end));
    }

    /** Whether every day of {@code other} is inside this period. */
    public boolean encloses(Period other) {
        Checks.notNull(other, "Period.encloses: the other period");
        boolean startOk = start == null || (other.start != null && !other.start.isBefore(start));
        boolean endOk = end == null || (other.end != null && !other.end.isAfter(end));
        return startOk && endOk;
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(Period other) {
        Checks.notNull(other, "Period.overlaps: the other period");
        boolean a = start == null || other.end == null || start.isBefore(other.end);
        boolean b = other.start == null || end == null || other.start.isBefore(end);
        return a && b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && Objects.equals(start, p.start) && Objects.equals(end, p.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
    }
}
