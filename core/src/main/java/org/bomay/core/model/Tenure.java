package org.bomay.core.model;

import org.bomay.core.BomayException;

/**
 * A person holds a post during a period, as their main post or concurrently (kiêm nhiệm).
 *
 * <pre>{@code
 * Tenure main = Tenure.main(an, PostId.of("kb.bdv.truong-ban"), Period.from(LocalDate.of(2015, 10, 1)));
 * Tenure kiem = Tenure.concurrent(an, PostId.of("kb.mttq.chu-tich"), Period.from(LocalDate.of(2018, 2, 1)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; equality is by value.
 *
 * @param person who holds the post
 * @param post the post held
 * @param period when, half-open {@code [start, end)}
 * @param type main or concurrent
 */
public record Tenure(PersonId person, PostId post, Period period, TenureType type) {

    /** Validates the fields. */
    public Tenure {
        if (person == null || post == null || period == null || type == null) {
            throw new BomayException("Tenure of person " + person + " in post " + post
                    + " needs a person, a post, a period and a type (period=" + period + ", type=" + type + ")");
        }
    }

    /** Returns a main tenure. */
    public static Tenure main(PersonId person, PostId post, Period period) {
        return new Tenure(person, post, period, TenureType.MAIN);
    }

    /** Returns a concurrent tenure (kiêm nhiệm). */
    public static Tenure concurrent(PersonId person, PostId post, Period period) {
        return new Tenure(person, post, period, TenureType.CONCURRENT);
    }

    /** Whether this tenure is concurrent. */
    public boolean isConcurrent() {
        return type == TenureType.CONCURRENT;
    }

    /** Returns a copy with another period. */
    public Tenure withPeriod(Period newPeriod) {
        return new Tenure(person, post, newPeriod, type);
    }

    /** Returns e.g. {@code p.an -> kb.ubnd.ct 2016-07-01/.. MAIN}. */
    @Override
    public String toString() {
        return person + " -> " + post + " " + period + " " + type;
    }
}
