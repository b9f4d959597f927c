package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.Period;
import org.bomay.core.model.Post;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.text.VnText;

/**
 * A concurrent-post model (mô hình kiêm nhiệm): two posts one person may hold at the same time,
 * e.g. "Trưởng ban Dân vận đồng thời là Chủ tịch UBMTTQ cấp huyện", with its standing over time
 * and place: a list of {@link Status} entries, each with a period, a territorial scope (empty:
 * everywhere) and a standing (allowed, paused, not to be spread). On a date, for a pair of posts,
 * the last entry whose period contains the date and whose scope contains the posts applies.
 *
 * <pre>{@code
 * ConcurrencyModel danVan = ConcurrencyModel.of("dan-van=mttq", "Trưởng ban Dân vận đồng thời là Chủ tịch UBMTTQ",
 *         "Head of mass mobilization board is also Front chair",
 *         PostPattern.of(Selector.kinds(VnKinds.BAN_DAN_VAN), PostRole.HEAD),
 *         PostPattern.of(Selector.kinds(VnKinds.UBMTTQ), PostRole.HEAD))
 *     .allowed(Period.from(LocalDate.of(2017, 10, 25)), nq18)
 *     .notToSpread(Period.from(LocalDate.of(2022, 8, 10)), Set.of(haTinh), kl55);
 * }</pre>
 *
 * @param id a short id, unique within a rule
 * @param nameVi the Vietnamese name
 * @param nameEn the English name
 * @param first the first post
 * @param second the second post
 * @param sameTerritory whether both posts must belong to units of the same territory (the usual case)
 * @param statuses the standing over time and place, later entries taking precedence
 */
public record ConcurrencyModel(String id, String nameVi, String nameEn, PostPattern first, PostPattern second,
        boolean sameTerritory, ImmutableList<Status> statuses) {

    /** How a model stands. */
    public enum Standing {
        /** Allowed (a recognized model). */
        ALLOWED("được thực hiện", "allowed"),
        /** Paused (tạm dừng): holding both posts is a violation. */
        PAUSED("tạm dừng", "paused"),
        /** Continues where applied but is not to be spread (không nhân rộng): a new application is a violation. */
        NOT_TO_SPREAD("không nhân rộng", "not to be spread");

        private final String vietnamese;
        private final String english;

        Standing(String vietnamese, String english) {
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

    /**
     * One entry of a model's standing.
     *
     * @param standing allowed, paused or not to be spread
     * @param period when the entry holds
     * @param scope the areas where it holds (a unit is in scope if it lies within one); empty: everywhere
     * @param source the document that decided it, if known
     */
    public record Status(Standing standing, Period period, ImmutableSet<UnitId> scope, Optional<LegalBasis> source) {
        /** Validates and copies. */
        public Status {
            if (standing == null || period == null || scope == null || Fmt.hasNull(scope) || source == null) {
                throw new BomayException("A model status needs a standing, a period, a scope (empty: everywhere) and a source");
            }
            scope = ImmutableSet.copyOf(scope);
        }

        boolean covers(Unit unit, RuleContext ctx) {
            return period.contains(ctx.date()) && (scope.isEmpty() || scope.stream().anyMatch(a -> ctx.isWithin(unit, a)));
        }
    }

    /** Validates and copies. */
    public ConcurrencyModel {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._=-]*")) {
            throw new BomayException("A concurrency model id must be lower-case letters, digits, '.', '-', '_' or '=', was '"
                    + id + "'");
        }
        try {
            nameVi = VnText.name(nameVi);
            nameEn = VnText.name(nameEn);
        } catch (BomayException e) {
            throw new BomayException("Concurrency model " + id + ": both names are required: " + e.getMessage(), e);
        }
        if (first == null || second == null || statuses == null || Fmt.hasNull(statuses)) {
            throw new BomayException("Concurrency model " + id + " needs two post patterns and a list of statuses");
        }
        statuses = ImmutableList.copyOf(statuses);
    }

    /** A model with no standing yet: add entries with {@link #allowed}, {@link #paused}, {@link #notToSpread}. */
    public static ConcurrencyModel of(String id, String nameVi, String nameEn, PostPattern first, PostPattern second) {
        return new ConcurrencyModel(id, nameVi, nameEn, first, second, true, ImmutableList.of());
    }

    /** This model with another entry (taking precedence over earlier ones). */
    public ConcurrencyModel with(Status status) {
        if (status == null) {
            throw new BomayException("Concurrency model " + id + ": the status must not be null");
        }
        return new ConcurrencyModel(id, nameVi, nameEn, first, second, sameTerritory,
                ImmutableList.<Status>builder().addAll(statuses).add(status).build());
    }

    /** This model, allowed everywhere during a period. */
    public ConcurrencyModel allowed(Period period, LegalBasis source) {
        return with(new Status(Standing.ALLOWED, period, ImmutableSet.of(), Optional.ofNullable(source)));
    }

    /** This model, paused everywhere from a period on. */
    public ConcurrencyModel paused(Period period, LegalBasis source) {
        return with(new Status(Standing.PAUSED, period, ImmutableSet.of(), Optional.ofNullable(source)));
    }

    /** This model, not to be spread in the given areas during a period. */
    public ConcurrencyModel notToSpread(Period period, Set<UnitId> scope, LegalBasis source) {
        if (scope == null) {
            throw new BomayException("Concurrency model " + id + ": the scope must not be null (empty: everywhere)");
        }
        return with(new Status(Standing.NOT_TO_SPREAD, period, ImmutableSet.copyOf(scope), Optional.ofNullable(source)));
    }

    /** This model without the same-territory requirement. */
    public ConcurrencyModel anyTerritory() {
        return new ConcurrencyModel(id, nameVi, nameEn, first, second, false, statuses);
    }

    /** Whether two posts (either order) form this model. */
    public boolean matches(Post a, Post b, RuleContext ctx) {
        boolean pair = first.matches(a, ctx) && second.matches(b, ctx) || first.matches(b, ctx) && second.matches(a, ctx);
        if (!pair || !sameTerritory) {
            return pair;
        }
        Unit ua = ctx.structure().unit(a.unit());
        Unit ub = ctx.structure().unit(b.unit());
        return ua.territory().isPresent() && ua.territory().equals(ub.territory());
    }

    /** The entry that applies on the context's date to a post of this unit, if any. */
    public Optional<Status> statusFor(Unit unit, RuleContext ctx) {
        for (Status s : statuses.reverse()) {
            if (s.covers(unit, ctx)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The dates where the model's standing changes. */
    Set<LocalDate> boundaries() {
        ImmutableSet.Builder<LocalDate> b = ImmutableSet.builder();
        for (Status s : statuses) {
            s.period().start().ifPresent(b::add);
            s.period().end().ifPresent(b::add);
        }
        return b.build();
    }

    List<Selector> selectors() {
        return List.of(first.unit(), second.unit());
    }

    @Override
    public String toString() {
        return id + " (" + nameVi + ", " + statuses.size() + " statuses)";
    }
}
