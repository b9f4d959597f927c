package org.bomay.core.model;

/**
 * Whether a person holds a post as their main job or concurrently ("kiêm nhiệm", "đồng thời là").
 *
 * <pre>{@code
 * Tenure t = Tenure.concurrent(person, post, Period.from(LocalDate.of(2018, 2, 1)));
 * t.type(); // CONCURRENT
 * }</pre>
 */
public enum TenureType {
    /** The person's main post (chức vụ chính). */
    MAIN,
    /** A post held at the same time as the main one (kiêm nhiệm). */
    CONCURRENT
}
