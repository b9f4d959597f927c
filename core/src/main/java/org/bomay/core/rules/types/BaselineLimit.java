package org.bomay.core.rules.types;

import java.time.LocalDate;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.model.Unit;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.TotalRule;

/**
 * A policy relative to a baseline: no more organizations (đầu mối) than in the baseline ("không
 * tăng đầu mối"), no more authorized staff quota ("không tăng biên chế"), or at most a share of the
 * baseline (e.g. 0.9 for a 10% cut). The baseline's total is computed once, when the rule is
 * made; the current total is kept up to date incrementally.
 *
 * <pre>{@code
 * BaselineLimit noNewUnits = BaselineLimit.of(info, BaselineLimit.Measure.ORGANIZATIONS, Selector.any(), baseline, 1.0);
 * BaselineLimit quotaCut = BaselineLimit.of(info, BaselineLimit.Measure.STAFF_QUOTA, Selector.any(), baseline2015, 0.9);
 * }</pre>
 */
public final class BaselineLimit extends TotalRule {
    /** What is counted. */
    public enum Measure {
        /** Organizations (non-territorial units), "đầu mối". */
        ORGANIZATIONS("số đầu mối", "organizations"),
        /** The sum of the authorized staff quotas (biên chế). */
        STAFF_QUOTA("tổng biên chế", "staff quota"),
        /** The sum of the actual staff. */
        ACTUAL_STAFF("tổng số người làm việc", "actual staff");

        private final String vietnamese;
        private final String english;

        Measure(String vietnamese, String english) {
            this.vietnamese = vietnamese;
            this.english = english;
        }

        /** The Vietnamese name. */
        public String vietnamese() {
            return vietnamese;
        }

        /** The English name. */
        public String english() {
            return english;
        }
    }

    private final Measure measure;
    private final Selector where;
    private final long baseline;
    private final LocalDate baselineDate;
    private final double share;

    private BaselineLimit(RuleInfo info, Measure measure, Selector where, long baseline, LocalDate baselineDate,
            double share) {
        super(info);
        this.measure = measure;
        this.where = where;
        this.baseline = baseline;
        this.baselineDate = baselineDate;
        this.share = share;
    }

    /**
     * At most {@code share} times the baseline's total of {@code measure} over the units matching
     * {@code where}.
     *
     * @param share e.g. 1.0 (no increase) or 0.9 (a 10% cut); in (0, 10]
     */
    public static BaselineLimit of(RuleInfo info, Measure measure, Selector where,
            org.bomay.core.structure.OrgStructure baseline, double share) {
        if (info == null || measure == null || where == null || baseline == null) {
            throw new BomayException("BaselineLimit.of: the info, measure, selector and baseline must not be null");
        }
        if (!(share > 0 && share <= 10)) {
            throw new BomayException("Rule " + info.id() + ": the share of the baseline must be in (0, 10], was " + share);
        }
        BaselineLimit probe = new BaselineLimit(info, measure, where, 0, baseline.date(), share);
        RuleContext ctx = RuleContext.of(baseline, MergerLog.empty());
        long total = 0;
        for (Unit u : baseline.units()) {
            total += probe.contribution(u, ctx);
        }
        return new BaselineLimit(info, measure, where, total, baseline.date(), share);
    }

    /**
     * At most {@code share} times a baseline total known as a number (e.g. the staff quota of 2015
     * from a report, when the 2015 structure is not modelled), over the units matching
     * {@code where}. Equivalent to {@link #of(RuleInfo, Measure, Selector, org.bomay.core.structure.OrgStructure, double)}
     * on a baseline of that date whose total is {@code baselineTotal}.
     *
     * <pre>{@code
     * BaselineLimit cut = BaselineLimit.of(info, BaselineLimit.Measure.STAFF_QUOTA, Selector.any(), 1234, LocalDate.of(2015, 12, 31), 0.9);
     * }</pre>
     *
     * @param baselineTotal the baseline's total, at least 0
     * @param baselineDate the baseline's date, for messages
     * @param share e.g. 1.0 (no increase) or 0.9 (a 10% cut); in (0, 10]
     */
    public static BaselineLimit of(RuleInfo info, Measure measure, Selector where, long baselineTotal, LocalDate baselineDate,
            double share) {
        if (info == null || measure == null || where == null || baselineDate == null) {
            throw new BomayException("BaselineLimit.of: the info, measure, selector and baseline date must not be null");
        }
        if (!(share > 0 && share <= 10)) {
            throw new BomayException("Rule " + info.id() + ": the share of the baseline must be in (0, 10], was " + share);
        }
        if (baselineTotal < 0) {
            throw new BomayException("Rule " + info.id() + ": the baseline total must be >= 0, was " + baselineTotal);
        }
        return new BaselineLimit(info, measure, where, baselineTotal, baselineDate, share);
    }

    /** The baseline's total. */
    public long baseline() {
        return baseline;
    }

    /** What is counted. */
    public Measure measure() {
        return measure;
    }

    /** The selector of the units counted. */
    public Selector selector() {
        return where;
    }

    /** The baseline's date. */
    public LocalDate baselineDate() {
        return baselineDate;
    }

    /** The share of the baseline allowed, in (0, 10]. */
    public double share() {
        return share;
    }

    @Override
    public Set<Reach> reads() {
        return where.reads();
    }

    @Override
    public long contribution(Unit unit, RuleContext ctx) {
        if (!where.matches(unit, ctx)) {
            return 0;
        }
        return switch (measure) {
            case ORGANIZATIONS -> unit.isTerritorial() ? 0 : 1;
            case STAFF_QUOTA -> unit.staffQuota().orElse(0);
            case ACTUAL_STAFF -> unit.actualStaff().orElse(0);
        };
    }

    @Override
    public void check(long total, RuleContext ctx, Findings out) {
        double allowed = share * baseline;
        if (total > allowed + 1e-9) {
            String limitVi = share == 1.0 ? "mốc " + Fmt.vi(baselineDate) + " (" + Fmt.vi(baseline) + ")"
                    : Fmt.percentVi(share) + " của mốc " + Fmt.vi(baselineDate) + " (" + Fmt.vi(allowed) + ")";
            String limitEn = share == 1.0 ? "the baseline of " + baselineDate + " (" + Fmt.en(baseline) + ")"
                    : Fmt.percent(share) + " of the baseline of " + baselineDate + " (" + Fmt.en(allowed) + ")";
            out.add(capitalize(measure.vietnamese()) + " là " + Fmt.vi(total) + ", vượt " + limitVi,
                    "The " + measure.english() + " total " + Fmt.en(total) + ", above " + limitEn);
        }
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    protected String parameters() {
        return measure + " <= " + Fmt.en(share) + " x " + baseline + " (" + baselineDate + ") of " + where;
    }
}
