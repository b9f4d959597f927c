package org.bomay.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.bomay.core.BomayException;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeInfo;
import org.bomay.core.change.Compound;
import org.bomay.core.change.Disposition;
import org.bomay.core.change.Dissolve;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.structure.OrgStructure;

/**
 * A national restructuring plan in the manner of the 2025 reform, built on a structure from
 * {@link NationalGenerator} (it relies on that generator's ids): every change takes effect on the
 * same day, in three phases.
 * <ol>
 *   <li><b>Commune merges</b>: in every district, communes are merged in pairs in the district's
 *       order (c1 with c2, c3 with c4, ...; an odd one stays). Each merge is one {@link Compound}:
 *       the second commune is absorbed into the first, then each of its bodies into the first's
 *       counterpart — party committee and its inspection commission, HĐND and its two committees,
 *       UBND, Front committee and its four member organizations (as {@code ChangeBenchmark}'s
 *       commune merge, with the bodies the generator adds). Schools, stations, cells and
 *       associations stay, now in the continuing commune. About half the communes, so ~8,000
 *       merges at 10^6 units.</li>
 *   <li><b>District dissolutions</b>: every district ends. One compound per district transfers its
 *       public-service units (health centre, radio, vocational centre, project board, land
 *       registration branch, stations, centres, hospital) to the province (under the provincial
 *       UBND, or their provincial parent, with the province as territory), dissolves every other
 *       district organization deepest first — each one's remaining children (the commune bodies)
 *       going to its parent, the provincial counterpart; posts and staff released — and finally
 *       dissolves the district, its communes going to the province.</li>
 *   <li><b>Province merges</b>: 23 merges at 63 provinces (6 of three provinces, 17 of two, as in
 *       2025), in proportion for fewer, chosen at random from the seed. Each compound absorbs the
 *       other provinces into the first, then each of their organizations into the first's
 *       counterpart with the same id suffix and kind (party committee, boards, bloc committees and
 *       their grassroots organizations of the departments, HĐND, UBND, departments, Front and its
 *       members and associations...); hospitals, schools, centres, management boards and the
 *       enterprises' party organizations stay.</li>
 * </ol>
 *
 * <pre>{@code
 * OrgStructure base = NationalGenerator.of(10_000, 1).structure().withDate(NationalReform.DATE);
 * NationalReform plan = NationalReform.of(base, NationalReform.DATE, 1);
 * History h = History.start(base).applyAll(plan.changes());
 * }</pre>
 *
 * <p>The plan is computed from the base structure: the changes apply in order to it (each phase
 * assumes the phases before it have applied). Instances are immutable.
 */
public final class NationalReform {
    /** 1/7/2025, the day the district level ended ({@link VnRules#REFORM_2025}). */
    public static final LocalDate DATE = VnRules.REFORM_2025;

    /** The bodies of a commune merged with their counterparts, parents before children. */
    static final List<String> COMMUNE_BODIES = List.of(".du", ".du.ubkt", ".hdnd", ".hdnd.b1", ".hdnd.b2", ".ubnd", ".mttq", ".hnd",
            ".lhpn", ".dtn", ".ccb");

    /** District units transferred to the province rather than dissolved. */
    private static final Set<UnitKind> TRANSFERRED = Set.of(VnKinds.TRUNG_TAM_Y_TE, VnKinds.DAI_TRUYEN_THANH,
            VnKinds.TRUNG_TAM_GDNN_GDTX, VnKinds.BAN_QUAN_LY, VnKinds.VAN_PHONG_DANG_KY_DAT_DAI, VnKinds.TRAM,
            VnKinds.TRUNG_TAM_SU_NGHIEP, VnKinds.BENH_VIEN);

    /** Provincial units that stay as they are when provinces merge. */
    private static final Set<UnitKind> KEPT = Set.of(VnKinds.BENH_VIEN, VnKinds.TRUONG_HOC, VnKinds.TRUNG_TAM_SU_NGHIEP,
            VnKinds.BAN_QUAN_LY);

    private final List<Change> communeMerges;
    private final List<Change> districtDissolutions;
    private final List<Change> provinceMerges;

    private NationalReform(List<Change> communeMerges, List<Change> districtDissolutions, List<Change> provinceMerges) {
        this.communeMerges = List.copyOf(communeMerges);
        this.districtDissolutions = List.copyOf(districtDissolutions);
        this.provinceMerges = List.copyOf(provinceMerges);
    }

    /**
     * The plan for {@code base} (a {@link NationalGenerator} structure), every change effective on
     * {@code date}; {@code seed} chooses which provinces merge.
     *
     * @throws BomayException if the date is before the structure's
     */
    public static NationalReform of(OrgStructure base, LocalDate date, long seed) {
        if (base == null || date == null) {
            throw new BomayException("NationalReform.of: the base structure and the date must not be null");
        }
        if (date.isBefore(base.date())) {
            throw new BomayException("NationalReform.of: the plan's date " + date + " is before the structure's date " + base.date());
        }
        List<Unit> provinces = new ArrayList<>();
        for (Unit u : base.roots()) {
            if (u.isTerritorial() && u.level() == Level.PROVINCE) {
                provinces.add(u);
            }
        }
        List<Change> communes = new ArrayList<>();
        List<Change> districts = new ArrayList<>();
        for (Unit p : provinces) {
            for (Unit d : territorial(base, p.id(), Level.DISTRICT)) {
                List<Unit> cs = territorial(base, d.id(), Level.COMMUNE);
                for (int i = 0; i + 1 < cs.size(); i += 2) {
                    communes.add(communeMerge(base, date, cs.get(i), cs.get(i + 1)));
                }
                districts.add(districtDissolution(base, date, p, d));
            }
        }
        return new NationalReform(communes, districts, provinceMerges(base, date, provinces, seed));
    }

    /** The commune merges, in order. */
    public List<Change> communeMerges() {
        return communeMerges;
    }

    /** The district dissolutions, in order. */
    public List<Change> districtDissolutions() {
        return districtDissolutions;
    }

    /** The province merges, in order. */
    public List<Change> provinceMerges() {
        return provinceMerges;
    }

    /** Every change in the order to apply: commune merges, district dissolutions, province merges. */
    public List<Change> changes() {
        List<Change> all = new ArrayList<>(size());
        all.addAll(communeMerges);
        all.addAll(districtDissolutions);
        all.addAll(provinceMerges);
        return all;
    }

    /** The number of changes. */
    public int size() {
        return communeMerges.size() + districtDissolutions.size() + provinceMerges.size();
    }

    /** Returns e.g. {@code NationalReform[7,970 commune merges, 696 district dissolutions, 23 province merges]}. */
    @Override
    public String toString() {
        return String.format("NationalReform[%,d commune merges, %,d district dissolutions, %,d province merges]",
                communeMerges.size(), districtDissolutions.size(), provinceMerges.size());
    }

    private static List<Unit> territorial(OrgStructure s, UnitId parent, Level level) {
        List<Unit> out = new ArrayList<>();
        for (Unit u : s.children(parent)) {
            if (u.isTerritorial() && u.level() == level) {
                out.add(u);
            }
        }
        return out;
    }

    /** Commune {@code gone} absorbed into {@code keep}, then each of its bodies into keep's counterpart. */
    static Change communeMerge(OrgStructure base, LocalDate date, Unit keep, Unit gone) {
        List<Change> parts = new ArrayList<>();
        parts.add(Absorb.of(date, keep.id(), gone.id()));
        for (String body : COMMUNE_BODIES) {
            UnitId a = UnitId.of(keep.id().value() + body);
            UnitId b = UnitId.of(gone.id().value() + body);
            if (base.contains(a) && base.contains(b)) {
                parts.add(Absorb.of(date, a, b));
            }
        }
        return new Compound(ChangeInfo.on(date), "Sáp nhập " + gone.name() + " vào " + keep.name(), parts);
    }

    /** The district's service units to the province, its other organizations dissolved deepest first, then the district. */
    static Change districtDissolution(OrgStructure base, LocalDate date, Unit province, Unit district) {
        List<Unit> own = new ArrayList<>();
        for (Unit u : base.unitsOfTerritory(district.id())) {
            if (!u.id().equals(district.id())) {
                own.add(u);
            }
        }
        UnitId provinceUbnd = UnitId.of(province.id().value() + ".ubnd");
        List<Change> parts = new ArrayList<>();
        List<Unit> dissolved = new ArrayList<>();
        for (Unit u : own) {
            if (TRANSFERRED.contains(u.kind())) {
                UnitId parent = base.parent(u.id()).map(Unit::id).orElse(provinceUbnd);
                boolean parentStays = !base.unit(parent).territory().equals(java.util.Optional.of(district.id()));
                parts.add(Transfer.of(date, u.id(), parentStays ? parent : provinceUbnd).toTerritory(province.id()));
            } else {
                dissolved.add(u);
            }
        }
        dissolved.sort(Comparator.comparingInt((Unit u) -> base.depth(u.id())).reversed());
        for (Unit u : dissolved) {
            Disposition d = Disposition.none().releaseAllOtherPosts();
            java.util.Optional<Unit> parent = base.parent(u.id());
            if (parent.isPresent()) {
                d = d.moveAllChildrenTo(parent.get().id());
            }
            if (u.staffQuota().orElse(0) > 0 || u.actualStaff().orElse(0) > 0) {
                d = d.releaseStaff();
            }
            parts.add(Dissolve.of(date, u.id(), d));
        }
        parts.add(Dissolve.of(date, district.id(), Disposition.none().moveAllChildrenTo(province.id())));
        return new Compound(ChangeInfo.on(date), "Kết thúc hoạt động của " + district.name(), parts);
    }

    /** Groups of provinces (triples, then pairs) chosen by the seed, each merged into its first. */
    static List<Change> provinceMerges(OrgStructure base, LocalDate date, List<Unit> provinces, long seed) {
        int n = provinces.size();
        int groups = n >= 2 ? Math.max(1, (int) Math.round(23.0 * n / 63)) : 0;
        int triples = (int) Math.round(6.0 * n / 63);
        while (triples > 0 && 2 * groups + triples > n) {
            triples--;
        }
        while (groups > 0 && 2 * groups + triples > n) {
            groups--;
        }
        List<Unit> order = new ArrayList<>(provinces);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            Collections.swap(order, i, r.nextInt(i + 1));
        }
        List<Change> out = new ArrayList<>();
        int next = 0;
        for (int g = 0; g < groups; g++) {
            int size = g < triples ? 3 : 2;
            out.add(provinceMerge(base, date, order.subList(next, next + size)));
            next += size;
        }
        return out;
    }

    private static Change provinceMerge(OrgStructure base, LocalDate date, List<Unit> group) {
        Unit keep = group.get(0);
        List<Unit> others = group.subList(1, group.size());
        List<Change> parts = new ArrayList<>();
        parts.add(new Absorb(ChangeInfo.on(date), keep.id(), others.stream().map(Unit::id).toList(), java.util.Optional.empty()));
        List<Unit> own = new ArrayList<>(base.unitsOfTerritory(keep.id()));
        own.removeIf(u -> u.id().equals(keep.id()) || KEPT.contains(u.kind()) || u.id().value().contains(".dukdn."));
        own.sort(Comparator.comparingInt((Unit u) -> base.depth(u.id())));
        String prefix = keep.id().value();
        for (Unit u : own) {
            String suffix = u.id().value().substring(prefix.length());
            List<UnitId> absorbed = new ArrayList<>();
            for (Unit o : others) {
                UnitId counterpart = UnitId.of(o.id().value() + suffix);
                if (base.contains(counterpart) && base.unit(counterpart).kind() == u.kind()) {
                    absorbed.add(counterpart);
                }
            }
            if (!absorbed.isEmpty()) {
                parts.add(new Absorb(ChangeInfo.on(date), u.id(), absorbed, java.util.Optional.empty()));
            }
        }
        StringBuilder name = new StringBuilder("Sáp nhập ");
        for (int i = 0; i < others.size(); i++) {
            name.append(i == 0 ? "" : ", ").append(others.get(i).name());
        }
        name.append(" vào ").append(keep.name());
        return new Compound(ChangeInfo.on(date), name.toString(), parts);
    }
}
