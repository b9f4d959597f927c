package org.bomay.core.rules;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.UnitId;

/**
 * One breach of a rule: which rule, how serious, the units, posts and people concerned, a
 * message in Vietnamese and in English, the source document, and the change that caused it when
 * the validator knows it (an incremental run after that change, or a run over a history).
 *
 * <pre>{@code
 * for (Violation v : result.violations()) {
 *     System.out.println(v.severity() + " " + v.ruleId() + " " + v.units() + ": " + v.messageVi());
 *     v.cause().ifPresent(e -> System.out.println("  caused by " + e.describe()));
 * }
 * }</pre>
 *
 * <p>Equality leaves out the cause: two runs that find the same breach find equal violations
 * whether or not they know what caused it. Immutable and thread-safe.
 */
public final class Violation {
    private final String ruleId;
    private final Severity severity;
    private final ImmutableList<UnitId> units;
    private final ImmutableList<PostId> posts;
    private final ImmutableList<PersonId> people;
    private final String messageVi;
    private final String messageEn;
    private final Optional<LegalBasis> source;
    private final ChangeEvent cause;

    Violation(String ruleId, Severity severity, ImmutableList<UnitId> units, ImmutableList<PostId> posts,
            ImmutableList<PersonId> people, String messageVi, String messageEn, Optional<LegalBasis> source,
            ChangeEvent cause) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.units = units;
        this.posts = posts;
        this.people = people;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
        this.source = source;
        this.cause = cause;
    }

    Violation withCause(ChangeEvent newCause) {
        return new Violation(ruleId, severity, units, posts, people, messageVi, messageEn, source, newCause);
    }

    /** The id of the rule broken. */
    public String ruleId() {
        return ruleId;
    }

    /** How serious. */
    public Severity severity() {
        return severity;
    }

    /** The units concerned, most specific first. */
    public ImmutableList<UnitId> units() {
        return units;
    }

    /** The posts concerned. */
    public ImmutableList<PostId> posts() {
        return posts;
    }

    /** The people concerned. */
    public ImmutableList<PersonId> people() {
        return people;
    }

    /** The message in Vietnamese. */
    public String messageVi() {
        return messageVi;
    }

    /** The message in English. */
    public String messageEn() {
        return messageEn;
    }

    /** The message in a language. */
    public String message(Language language) {
        return language == Language.ENGLISH ? messageEn : messageVi;
    }

    /** The source document of the rule, empty for structural checks. */
    public Optional<LegalBasis> source() {
        return source;
    }

    /** The change that caused the violation, when known. */
    public Optional<ChangeEvent> cause() {
        return Optional.ofNullable(cause);
    }

    /** The first unit, post or person concerned, as text; "" if none (a structure-wide violation). */
    String subject() {
        if (!units.isEmpty()) {
            return units.get(0).toString();
        }
        if (!posts.isEmpty()) {
            return posts.get(0).toString();
        }
        return people.isEmpty() ? "" : people.get(0).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && ruleId.equals(v.ruleId) && severity == v.severity && units.equals(v.units)
                && posts.equals(v.posts) && people.equals(v.people) && messageVi.equals(v.messageVi)
                && messageEn.equals(v.messageEn) && source.equals(v.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, units, posts, people, messageVi, messageEn);
    }

    /** Returns e.g. {@code ERROR vn.nd108-2020.pho-truong-phong-huyen [kb.ubnd]: Các phòng ... }. */
    @Override
    public String toString() {
        return severity + " " + ruleId + " " + (units.isEmpty() && people.isEmpty() ? "" : subjectList() + " ")
                + messageVi;
    }

    private String subjectList() {
        ImmutableList<?> ids = units.isEmpty() ? people : units;
        return ids.toString();
    }
}
