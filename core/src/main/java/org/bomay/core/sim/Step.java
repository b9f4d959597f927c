package org.bomay.core.sim;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeInfo;
import org.bomay.core.change.Compound;
import org.bomay.core.change.Establish;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Merge;
import org.bomay.core.change.Split;
import org.bomay.core.change.SplitPart;
import org.bomay.core.internal.Checks;
import org.bomay.core.model.Unit;
import org.bomay.core.text.VnText;

/**
 * One dated task of an action programme: one or more changes that take effect on the step's
 * date, with a label, the responsible agency ("cơ quan chủ trì"), the coordinating agencies
 * ("cơ quan phối hợp"), a status and a legal basis. Steps are identified within a scenario by
 * their {@link #id()}, which is what a branch replaces or removes.
 *
 * <pre>{@code
 * Step merger = Step.builder("office-merger", LocalDate.of(2018, 7, 1), "Hợp nhất văn phòng cấp ủy với văn phòng HĐND, UBND huyện")
 *         .change(mergeOffices)                       // effective 2018-07-01
 *         .lead("Ban Tổ chức Huyện ủy")
 *         .partners("Văn phòng Huyện ủy", "Văn phòng HĐND và UBND huyện")
 *         .status(Step.Status.APPROVED)
 *         .basis(LegalBasis.of("18-NQ/TW"))
 *         .build();
 * merger.withDate(LocalDate.of(2019, 1, 1));          // the same step a half-year later
 * }</pre>
 *
 * <p>Every change must take effect on the step's date (a change has its own effective date; a
 * step never moves it silently): use {@link #withDate(LocalDate)} to move a step with its changes.
 * This class is immutable and thread-safe.
 */
public final class Step {

    /** Where a step stands in the programme. */
    public enum Status {
        /** dự kiến: planned, not yet decided. */
        PLANNED("dự kiến"),
        /** đã phê duyệt: decided, not yet carried out. */
        APPROVED("đã phê duyệt"),
        /** đã thực hiện: carried out. */
        DONE("đã thực hiện");

        private final String vietnamese;

        Status(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        /** The Vietnamese term. */
        public String vietnamese() {
            return vietnamese;
        }
    }

    private final String id;
    private final LocalDate date;
    private final String label;
    private final ImmutableList<Change> changes;
    private final String lead;
    private final ImmutableList<String> partners;
    private final Status status;
    private final Optional<LegalBasis> basis;

    private Step(Builder b) {
        this.id = b.id;
        this.date = b.date;
        this.label = b.label;
        this.changes = ImmutableList.copyOf(b.changes);
        this.lead = b.lead;
        this.partners = ImmutableList.copyOf(b.partners);
        this.status = b.status;
        this.basis = Optional.ofNullable(b.basis);
    }

    /**
     * A builder of a step: an id unique within its scenario (letters, digits, '.', '-', '_'), the
     * date its changes take effect and a label. Add at least one change; the status defaults to
     * {@link Status#PLANNED}.
     *
     * <pre>{@code
     * Step.builder("health-transfer", LocalDate.of(2019, 1, 1), "Tiếp nhận Trung tâm Y tế huyện")
     *         .change(Transfer.of(LocalDate.of(2019, 1, 1), UnitId.of("kb.ttyt"), UnitId.of("kb.ubnd")))
     *         .lead("UBND huyện").build();
     * }</pre>
     *
     * @throws BomayException if the id is blank or has other characters, or the date or label is missing
     */
    public static Builder builder(String id, LocalDate date, String label) {
        return new Builder(id, date, label);
    }

    /**
     * A step with one or more changes and no agency, basis or status beyond the default.
     *
     * <pre>{@code
     * Step.of("reduce", LocalDate.of(2021, 12, 31), "Tinh giản biên chế", ReduceStaff.of(LocalDate.of(2021, 12, 31), u, 2));
     * }</pre>
     */
    public static Step of(String id, LocalDate date, String label, Change... changes) {
        return builder(id, date, label).changes(Arrays.asList(Checks.notNull(changes, "Step " + id + ": the changes"))).build();
    }

    /** A builder holding this step's values, to make a variant. */
    public Builder toBuilder() {
        Builder b = new Builder(id, date, label);
        b.changes.addAll(changes);
        b.lead = lead;
        b.partners.addAll(partners);
        b.status = status;
        b.basis = basis.orElse(null);
        return b;
    }

    /**
     * The same step on another date, every change moved with it: the parts of a {@link Compound}
     * too, and a new unit (of an {@link Establish}, a {@link Merge} or a {@link Split}) whose
     * validity started on the step's date starts on the new date.
     *
     * <pre>{@code
     * Step later = step.withDate(LocalDate.of(2019, 7, 1));
     * }</pre>
     */
    public Step withDate(LocalDate newDate) {
        Checks.notNull(newDate, "Step " + id + ".withDate: the date");
        Builder b = toBuilder();
        b.date = newDate;
        b.changes.replaceAll(c -> redate(c, newDate));
        return b.build();
    }

    /** The same step with another status. */
    public Step withStatus(Status newStatus) {
        return toBuilder().status(newStatus).build();
    }

    /**
     * The change effective on {@code d}: the parts of a compound too, and a new unit (of an
     * establishment, a merger or a split) whose validity started on the old date starts on the new one.
     */
    private static Change redate(Change c, LocalDate d) {
        LocalDate old = c.effective();
        ChangeInfo info = c.info().withEffective(d);
        if (c instanceof Compound k) {
            List<Change> parts = new ArrayList<>();
            for (Change p : k.parts()) {
                parts.add(redate(p, d));
            }
            return new Compound(info, k.name(), parts);
        }
        if (c instanceof Establish e) {
            return new Establish(info, moved(e.unit(), old, d), e.parent(), e.posts());
        }
        if (c instanceof Merge m) {
            return new Merge(info, m.sources(), moved(m.result(), old, d), m.parent(), m.head());
        }
        if (c instanceof Split sp) {
            List<SplitPart> parts = new ArrayList<>();
            for (SplitPart p : sp.parts()) {
                parts.add(new SplitPart(moved(p.unit(), old, d), p.parent(), p.children(), p.posts(), p.territoryUnits(),
                        p.staffQuota(), p.actualStaff(), p.relations()));
            }
            return new Split(info, sp.source(), sp.sourceContinues(), parts);
        }
        return c.withInfo(info);
    }

    /** A new unit whose validity starts on {@code from} starting on {@code to} instead. */
    private static Unit moved(Unit u, LocalDate from, LocalDate to) {
        return u.validity().start().filter(from::equals).isPresent() ? u.withValidity(u.validity().withStart(to)) : u;
    }

    /** The id, unique within a scenario. */
    public String id() {
        return id;
    }

    /** The date the step's changes take effect. */
    public LocalDate date() {
        return date;
    }

    /** What the step does, in the programme's words. */
    public String label() {
        return label;
    }

    /** The changes, applied in this order, all or nothing. */
    public ImmutableList<Change> changes() {
        return changes;
    }

    /** The responsible agency (cơ quan chủ trì); empty if none was given. */
    public String lead() {
        return lead;
    }

    /** The coordinating agencies (cơ quan phối hợp). */
    public ImmutableList<String> partners() {
        return partners;
    }

    /** Planned, approved or done. */
    public Status status() {
        return status;
    }

    /** The legal basis of the step, if given. */
    public Optional<LegalBasis> basis() {
        return basis;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Step s && id.equals(s.id) && date.equals(s.date) && label.equals(s.label)
                && changes.equals(s.changes) && lead.equals(s.lead) && partners.equals(s.partners) && status == s.status
                && basis.equals(s.basis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, date, label, changes, lead, partners, status, basis);
    }

    /** e.g. {@code 2018-07-01 office-merger "Hợp nhất văn phòng …" (1 change, APPROVED, chủ trì: Ban Tổ chức Huyện ủy)}. */
    @Override
    public String toString() {
        return date + " " + id + " \"" + label + "\" (" + changes.size() + (changes.size() == 1 ? " change, " : " changes, ")
                + status + (lead.isEmpty() ? "" : ", chủ trì: " + lead) + ")";
    }

    /** Builds a {@link Step}; {@link #build()} validates and may be called repeatedly. */
    public static final class Builder {
        private final String id;
        private LocalDate date;
        private final String label;
        private final List<Change> changes = new ArrayList<>();
        private String lead = "";
        private final List<String> partners = new ArrayList<>();
        private Status status = Status.PLANNED;
        private LegalBasis basis;

        private Builder(String id, LocalDate date, String label) {
            this.id = checkId(id);
            this.date = Checks.notNull(date, "Step " + id + ": the date");
            if (label == null || label.isBlank()) {
                throw new BomayException("Step " + id + ": the label must not be blank");
            }
            this.label = VnText.name(label);
        }

        static String checkId(String id) {
            if (id == null || id.isBlank() || !id.matches("[\\p{Alnum}._-]+")) {
                throw new BomayException("A step id must be non-blank letters, digits, '.', '-' or '_', was '" + id + "'");
            }
            return id;
        }

        /** Adds a change (applied after those added before). */
        public Builder change(Change c) {
            changes.add(Checks.notNull(c, "Step " + id + ": a change"));
            return this;
        }

        /** Adds changes in order. */
        public Builder changes(Iterable<? extends Change> cs) {
            Checks.notNull(cs, "Step " + id + ": the changes");
            cs.forEach(this::change);
            return this;
        }

        /** The responsible agency (cơ quan chủ trì). */
        public Builder lead(String agency) {
            if (agency == null || agency.isBlank()) {
                throw new BomayException("Step " + id + ": the lead agency must not be blank");
            }
            this.lead = VnText.name(agency);
            return this;
        }

        /** Adds coordinating agencies (cơ quan phối hợp). */
        public Builder partners(String... agencies) {
            Checks.notNull(agencies, "Step " + id + ": the partner agencies");
            for (String a : agencies) {
                if (a == null || a.isBlank()) {
                    throw new BomayException("Step " + id + ": a partner agency must not be blank");
                }
                partners.add(VnText.name(a));
            }
            return this;
        }

        /** The status (default {@link Status#PLANNED}). */
        public Builder status(Status s) {
            this.status = Checks.notNull(s, "Step " + id + ": the status");
            return this;
        }

        /** The legal basis of the step. */
        public Builder basis(LegalBasis b) {
            this.basis = Checks.notNull(b, "Step " + id + ": the basis");
            return this;
        }

        /**
         * Builds the step.
         *
         * @throws BomayException if there is no change, or a change takes effect on another date
         *     than the step's
         */
        public Step build() {
            if (changes.isEmpty()) {
                throw new BomayException("Step " + id + " (\"" + label + "\") needs at least one change");
            }
            for (Change c : changes) {
                if (!c.effective().equals(date)) {
                    throw new BomayException("Step " + id + ": change " + c.type() + " " + c.summary() + " takes effect on "
                            + c.effective() + ", not on the step's date " + date
                            + "; give the change the step's date, or move the whole step with withDate()");
                }
            }
            return new Step(this);
        }
    }
}
