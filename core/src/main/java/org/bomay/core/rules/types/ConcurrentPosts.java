package org.bomay.core.rules.types;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.Person;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.rules.Findings;
import org.bomay.core.rules.PersonRule;
import org.bomay.core.rules.Reach;
import org.bomay.core.rules.RuleContext;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.types.ConcurrencyModel.Standing;
import org.bomay.core.rules.types.ConcurrencyModel.Status;

/**
 * Which combinations of leadership posts (HEAD and DEPUTY) one person may hold at the same time.
 * For every pair of a person's leadership posts in office, at least one held concurrently: if
 * the pair forms a {@link ConcurrencyModel}, the model's standing on the date and place decides —
 * allowed: fine; paused: a violation; not to be spread: a violation if the later of the two
 * tenures began on or after the start of that standing (an existing application may continue).
 * A pair that forms no model with a standing on the date and place (the first such model
 * decides; a status covers the pair if it covers the unit of either post) is reported with the
 * {@code unlisted} severity if one is given, else accepted.
 *
 * <pre>{@code
 * ConcurrentPosts r = ConcurrentPosts.of(info, List.of(danVanFront, secretaryCouncil), Severity.INFO);
 * }</pre>
 */
public final class ConcurrentPosts extends PersonRule {
    private static final Set<PostRole> LEADERSHIP = EnumSet.of(PostRole.HEAD, PostRole.DEPUTY);

    private final ImmutableList<ConcurrencyModel> models;
    private final Severity unlisted;

    private ConcurrentPosts(RuleInfo info, List<ConcurrencyModel> models, Severity unlisted) {
        super(info);
        if (models == null || Fmt.hasNull(models)) {
            throw new BomayException("Rule " + info.id() + ": the models must not be or contain null");
        }
        Set<String> ids = new HashSet<>();
        for (ConcurrencyModel m : models) {
            if (!ids.add(m.id())) {
                throw new BomayException("Rule " + info.id() + ": two models have the id " + m.id());
            }
        }
        this.models = ImmutableList.copyOf(models);
        this.unlisted = unlisted;
    }

    /** The models; pairs outside them are accepted. */
    public static ConcurrentPosts of(RuleInfo info, List<ConcurrencyModel> models) {
        return new ConcurrentPosts(info, models, null);
    }

    /** The models; pairs outside them are reported with {@code unlisted}. */
    public static ConcurrentPosts of(RuleInfo info, List<ConcurrencyModel> models, Severity unlisted) {
        if (unlisted == null) {
            throw new BomayException("Rule " + (info == null ? "?" : info.id()) + ": give the severity for unlisted pairs, "
                    + "or use of(info, models) to accept them");
        }
        return new ConcurrentPosts(info, models, unlisted);
    }

    /** The models. */
    public ImmutableList<ConcurrencyModel> models() {
        return models;
    }

    /** The severity with which pairs outside the models are reported; empty if they are accepted. */
    public Optional<Severity> unlisted() {
        return Optional.ofNullable(unlisted);
    }

    /** The model of an id. */
    public ConcurrencyModel model(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new BomayException("Rule " + id() + " has no model " + id + " (its models: "
                        + models.stream().map(ConcurrencyModel::id).toList() + ")"));
    }

    /**
     * This rule with one more standing for one of its models, e.g. a province's "do not spread"
     * (the new entry takes precedence where it applies).
     *
     * @throws BomayException if the rule has no model of that id
     */
    public ConcurrentPosts withStatus(String modelId, Status status) {
        ConcurrencyModel m = model(modelId).with(status);
        List<ConcurrencyModel> l = new ArrayList<>(models);
        l.set(models.indexOf(model(modelId)), m);
        return new ConcurrentPosts(info(), l, unlisted);
    }

    @Override
    public Set<Reach> reads() {
        Set<Reach> r = EnumSet.noneOf(Reach.class);
        for (ConcurrencyModel m : models) {
            r.addAll(Fmt.reads(m.selectors()));
            // a standing scoped to areas is judged by where the posts' units lie: their ancestors
            if (m.statuses().stream().anyMatch(st -> !st.scope().isEmpty())) {
                r.add(Reach.ANCESTORS);
            }
        }
        return ImmutableSet.copyOf(r);
    }

    @Override
    public Set<LocalDate> boundaries() {
        ImmutableSet.Builder<LocalDate> b = ImmutableSet.builder();
        models.forEach(m -> b.addAll(m.boundaries()));
        return b.build();
    }

    @Override
    public void check(Person person, List<Tenure> inOffice, RuleContext ctx, Findings out) {
        List<Tenure> lead = new ArrayList<>();
        for (Tenure t : inOffice) {
            if (LEADERSHIP.contains(ctx.structure().post(t.post()).role())) {
                lead.add(t);
            }
        }
        for (int i = 0; i < lead.size(); i++) {
            for (int j = i + 1; j < lead.size(); j++) {
                Tenure a = lead.get(i);
                Tenure b = lead.get(j);
                if (a.isConcurrent() || b.isConcurrent()) {
                    checkPair(person, a, b, ctx, out);
                }
            }
        }
    }

    private void checkPair(Person person, Tenure ta, Tenure tb, RuleContext ctx, Findings out) {
        Post a = ctx.structure().post(ta.post());
        Post b = ctx.structure().post(tb.post());
        Unit ua = ctx.structure().unit(a.unit());
        String both = person.name() + " giữ đồng thời " + a.title() + " và " + b.title();
        String bothEn = person.name() + " holds both " + a.title() + " and " + b.title();
        for (ConcurrencyModel m : models) {
            if (!m.matches(a, b, ctx)) {
                continue;
            }
            Optional<Status> st = m.statusFor(ua, ctx);
            if (st.isEmpty()) {
                st = m.statusFor(ctx.structure().unit(b.unit()), ctx);
            }
            if (st.isEmpty()) {
                continue;   // no standing here and now: another model of the same pair may have one
            }
            Status s = st.get();
            String src = s.source().map(LegalBasis::number).map(n -> " (" + n + ")").orElse("");
            if (s.standing() == Standing.PAUSED) {
                out.add(both + ": mô hình \"" + m.nameVi() + "\" đã tạm dừng" + since(s, true) + src,
                        bothEn + ": the model \"" + m.nameEn() + "\" is paused" + since(s, false) + src,
                        person.id(), a.id(), b.id(), ua.id());
            } else if (s.standing() == Standing.NOT_TO_SPREAD && startedWithin(ta, tb, s)) {
                out.add(both + ": mô hình \"" + m.nameVi() + "\" không được nhân rộng ở nơi chưa thực hiện" + since(s, true) + src,
                        bothEn + ": the model \"" + m.nameEn() + "\" is not to be spread where it was not applied"
                                + since(s, false) + src,
                        person.id(), a.id(), b.id(), ua.id());
            }
            return;
        }
        if (unlisted != null) {
            out.add(unlisted, both + ": kiêm nhiệm không thuộc mô hình nào đã quy định",
                    bothEn + ": this combination is not a listed concurrent-post model", person.id(), a.id(), b.id(), ua.id());
        }
    }

    private static String since(Status s, boolean vi) {
        return s.period().start().map(d -> vi ? " từ " + Fmt.vi(d) : " since " + d).orElse("");
    }

    /** Whether the later of the two tenures began on or after the start of the status. */
    private static boolean startedWithin(Tenure a, Tenure b, Status s) {
        Optional<LocalDate> from = s.period().start();
        if (from.isEmpty()) {
            return true;
        }
        LocalDate sa = a.period().start().orElse(LocalDate.MIN);
        LocalDate sb = b.period().start().orElse(LocalDate.MIN);
        LocalDate later = sa.isAfter(sb) ? sa : sb;
        return !later.isBefore(from.get());
    }

    @Override
    protected String parameters() {
        return models.size() + " models" + (unlisted == null ? "" : ", unlisted pairs " + unlisted);
    }
}
