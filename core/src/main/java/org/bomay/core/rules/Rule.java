package org.bomay.core.rules;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.Period;

/**
 * A rule: a dated, sourced check with parameters. Every rule has a {@link RuleInfo} (id, titles,
 * source document, validity period, severity) and one of four shapes, which says what it
 * inspects ({@link #shape()}) and lets the {@link Validator} re-check only what a change
 * touched: {@link UnitRule}, {@link GroupRule}, {@link PersonRule}, {@link TotalRule}.
 *
 * <p>The parameterized rule types of {@link org.bomay.core.rules.types} cover the common cases; a
 * custom rule extends one of the four shapes:
 *
 * <pre>{@code
 * UnitRule noEmptyOffices = new UnitRule(RuleInfo.structural("my.no-empty-office", "Phòng không có người",
 *         "Office without staff")) {
 *     public boolean appliesTo(Unit u, RuleContext ctx) { return u.kind().equals(VnKinds.PHONG); }
 *     public void check(Unit u, RuleContext ctx, Findings out) {
 *         if (u.actualStaff().orElse(1) == 0) {
 *             out.add(u.name() + " không có người", u.name() + " has no staff", u.id());
 *         }
 *     }
 * };
 * }</pre>
 *
 * <p>Rules must be immutable and thread-safe, and their checks deterministic and free of side
 * effects: a check may read only what its shape allows plus what {@link #reads()} declares.
 */
public abstract sealed class Rule permits UnitRule, GroupRule, PersonRule, TotalRule {
    private final RuleInfo info;

    Rule(RuleInfo info) {
        if (info == null) {
            throw new BomayException("A rule needs its RuleInfo (id, titles, source, validity, severity)");
        }
        this.info = info;
    }

    /** The id, titles, source, validity and severity. */
    public final RuleInfo info() {
        return info;
    }

    /** The stable id. */
    public final String id() {
        return info.id();
    }

    /** The Vietnamese title. */
    public final String titleVi() {
        return info.titleVi();
    }

    /** The English title. */
    public final String titleEn() {
        return info.titleEn();
    }

    /** The source document, empty only for structural checks. */
    public final Optional<LegalBasis> source() {
        return info.source();
    }

    /** When the rule is in force. */
    public final Period validity() {
        return info.validity();
    }

    /** Whether the rule is in force on a date. */
    public final boolean inForce(LocalDate date) {
        return info.validity().contains(date);
    }

    /** What the rule inspects. */
    public abstract Shape shape();

    /**
     * What the check reads beyond its own unit or person (see {@link Reach}); empty by default.
     * Rules that read more must say so, or incremental validation will miss what they depend on.
     */
    public Set<Reach> reads() {
        return ImmutableSet.of();
    }

    /**
     * The dates on which the rule's behaviour changes besides its validity: e.g. when a
     * concurrent-post model was paused. When a snapshot's date moves across one, the validator
     * re-runs the rule in full. The default is none; the validity's start and end are always
     * taken into account.
     */
    public Set<LocalDate> boundaries() {
        return ImmutableSet.of();
    }

    /**
     * The grace period after a merger during which the rule tolerates what it would otherwise
     * report (e.g. five years over a deputy cap, NĐ 150/2025/NĐ-CP), if it has one. When a
     * snapshot's date moves, units whose grace ends in between are re-checked.
     */
    public Optional<java.time.Period> mergerGrace() {
        return Optional.empty();
    }

    /** The rule's parameters in one short line, for {@link #toString()}; empty by default. */
    protected String parameters() {
        return "";
    }

    /** Returns e.g. {@code vn.nd108-2020.pho-truong-phong-huyen [GROUP] Bình quân ... (108/2020/NĐ-CP, [2020-11-25, 2025-07-01))}. */
    @Override
    public String toString() {
        String p = parameters();
        return id() + " [" + shape() + "] " + titleVi() + (p.isEmpty() ? "" : " {" + p + "}") + " ("
                + info.sourceNumber() + ", " + validity() + ")";
    }
}
