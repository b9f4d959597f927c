package org.bomay.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.TenureType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnAttributes;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRegion;
import org.bomay.core.structure.OrgStructure;

/**
 * A deterministic synthetic model of Vietnam's political system at national scale, for benchmarks
 * and scale tests: provinces → districts → communes → villages with the three pillars at each
 * level, from 10^3 to 10^6 units (and beyond), the same seed always giving an equal structure.
 * {@link SyntheticCountry} is the older, regular generator whose {@code ladder()} the earlier
 * benchmarks use; this one is closer to the real shape (about 3 posts and 2 people per unit,
 * concurrent posts, vacancies, district and commune kinds, regions).
 *
 * <pre>{@code
 * NationalGenerator g = NationalGenerator.of(NationalGenerator.NATIONAL, 42);
 * g.shape();                       // 63 provinces, 696 districts, 15,940 communes, 162,753 villages: 1,000,008 units
 * OrgStructure s = g.structure();  // built and validated through OrgStructure.builder
 * }</pre>
 *
 * <h2>Shape</h2>
 * The number of provinces and districts follows the real ones in proportion to the requested size
 * (63 provinces and 696 districts at {@link #NATIONAL}; at least 2 provinces from 5,000 units, so
 * that provinces can merge); communes (with their villages) are then added, each to the district
 * that is furthest below its share, until the structure has the requested number of units (within
 * one commune, about 60 units). Each level carries the three pillars:
 * <ul>
 *   <li>province (tỉnh, or a centrally governed city): Tỉnh ủy with its boards, two bloc party
 *       committees and a grassroots party organization per department, the party delegation of
 *       the UBND and the party groups of the HĐND and the Front; HĐND with its committees and
 *       office; UBND with its office, 16–19 departments (sở) and their public-service units
 *       (hospitals, upper-secondary schools, centres, boards, land registration office); the Front
 *       committee, the five member organizations and 6–9 mass associations;</li>
 *   <li>district (huyện, quận, thị xã, thành phố thuộc tỉnh): Huyện ủy with five boards, the
 *       political training centre and 3–7 grassroots party organizations; HĐND with two
 *       committees; UBND with 12–13 offices (phòng, one of them the HĐND–UBND office) and 8–11
 *       public-service units; the Front committee, five member organizations, 3–6 associations;</li>
 *   <li>commune (xã, phường, thị trấn): Đảng ủy with its inspection commission and the party
 *       cells of its agencies; HĐND with two committees; UBND with its health station, radio
 *       station and 2–5 schools; the Front committee, four member organizations, 3–6
 *       associations;</li>
 *   <li>village (thôn, or tổ dân phố in a ward or township), 5–15 per commune: the village with
 *       its head, the party cell and the Front work board.</li>
 * </ul>
 * Member organizations and associations are MEMBER_OF their Front committee and subordinate to
 * their counterpart one level up; party committees LEAD the council, the committee and the Front
 * of their level; offices SERVE the council and committee; departments GUIDE the district offices
 * of their field.
 *
 * <h2>Posts and people</h2>
 * Every organization has a head and deputies (within the legal caps, with a few above them);
 * party committees have standing members and members, councils their delegates, agencies their
 * staff (công chức, chuyên viên). About a third of the tenures are concurrent (kiêm nhiệm): the
 * committee seats and council delegates mostly by the heads and staff of other units of the same
 * level, the secretaries of agencies' party cells by their staff, and the concurrent-post models
 * of Resolution 18 in a share of the units — commune secretary = chair of the commune HĐND (about
 * half), district secretary = chair of the district HĐND, head of the mass mobilization board =
 * chair of the district Front, head of the propaganda board = director of the political training
 * centre, village cell secretary = village head and/or head of the Front work board; and, in half
 * the communes and every district and province, the UBND chair as a deputy secretary (a pair
 * Resolution 18 does not list, so {@code VnRules} reports it as INFO). About 5% of the posts are
 * vacant, heads almost never. Holders of party posts are party members. Tenures started between
 * 7/2015 and 12/2019 and are open, so the same people are in office on any date from 2020 (the
 * date of {@link SyntheticCountry}'s structures).
 *
 * <p>Measured (seed {@link #DEFAULT_SEED}): at 10^4 units, 31,457 posts and 19,788 people; at
 * 10^6 units, 63 provinces, 696 districts, 15,940 communes (more than Vietnam's 10,035: each has
 * about 60 units with its villages) and 162,753 villages, 3,110,574 posts (3.1 per unit),
 * 1,954,052 people (2.0 per unit), 2,942,158 tenures of which 988,106 concurrent. The plan takes
 * milliseconds; at 10^6 filling the builder takes 4–10 s and {@code build()} 21–35 s on a shared
 * 2-core machine, within a 4 GB heap; the snapshot retains about 2.0 GB.
 *
 * <h2>Ids</h2>
 * {@code p<n>} is a province, {@code p<n>.d<m>} a district, {@code p<n>.d<m>.c<k>} a commune and
 * {@code ...c<k>.v<j>} a village; an organization's id is its territory's id plus a suffix, the same
 * at every level where the organization exists: {@code .tu} / {@code .hu} / {@code .du} the party
 * committee (tỉnh ủy, huyện ủy, đảng ủy), {@code .hdnd}, {@code .ubnd}, {@code .mttq}, the member
 * organizations {@code .hnd .lhpn .dtn .ccb .cd}, associations {@code .hq<i>}, district offices
 * {@code .ph<i>}, departments {@code .so<i>}; a village's party cell {@code .cb} and Front work
 * board {@code .bct}. A post's id is its unit's id plus {@code .head}, {@code .dep<i>},
 * {@code .sm<i>} (standing member), {@code .mem<i>} or {@code .staff<i>}; people are {@code n<seq>}.
 * {@link NationalReform} builds the 2025 reform on these ids.
 *
 * <p>All randomness comes from {@link SplittableRandom}s seeded from the seed: the plan of the
 * country first (kinds and counts of every unit, so {@link #shape()} is known without building),
 * then each province, district and commune from a seed of its own. Names and numbers are made up.
 * Instances are immutable and thread-safe.
 */
public final class NationalGenerator {
    /** 10^3 units: one province, one district, about 13 communes. */
    public static final int TINY = 1_000;
    /** 10^4 units: two provinces, 7 districts, about 150 communes. */
    public static final int SMALL = 10_000;
    /** 10^5 units: 6 provinces, 70 districts. */
    public static final int MEDIUM = 100_000;
    /** 10^6 units: 63 provinces, 696 districts (Vietnam before July 2025). */
    public static final int NATIONAL = 1_000_000;
    /** The seed of {@link #builder()}. */
    public static final long DEFAULT_SEED = 20_250_701L;
    /** The date of {@link #builder()}: the last day of the four-tier local government. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 6, 30);
    /**
     * The version of what this generator produces for a given size and seed; bumped whenever the
     * output changes, so that files cached from an older version are not reused.
     */
    public static final int VERSION = 1;

    static final int MIN_UNITS = 500;
    static final int MAX_UNITS = 5_000_000;
    private static final int REAL_PROVINCES = 63;
    private static final int REAL_DISTRICTS = 696;

    private final int target;
    private final long seed;
    private final LocalDate date;
    private Plan plan; // guarded by this

    private NationalGenerator(Builder s) {
        this.target = s.units;
        this.seed = s.seed;
        this.date = s.date;
    }

    /** Starts the settings: {@link #NATIONAL} units, {@link #DEFAULT_SEED}, {@link #DEFAULT_DATE}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A generator of about {@code units} units from {@code seed}, dated {@link #DEFAULT_DATE}.
     *
     * <pre>{@code
     * OrgStructure s = NationalGenerator.of(10_000, 1).structure();
     * }</pre>
     */
    public static NationalGenerator of(int units, long seed) {
        return builder().units(units).seed(seed).build();
    }

    /** The requested number of units. */
    public int targetUnits() {
        return target;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The date of the structure. */
    public LocalDate date() {
        return date;
    }

    /** The counts of the structure this generator builds, computed without building it. */
    public synchronized Shape shape() {
        return plan().shape;
    }

    /**
     * Builds the structure through {@link OrgStructure#builder(LocalDate)}, so it is validated.
     * At {@link #NATIONAL} this takes tens of seconds and a few GB of heap.
     */
    public OrgStructure structure() {
        return builderOfStructure().build();
    }

    /** The filled structure builder, before validation: for benchmarks of {@code build()} itself. */
    public OrgStructure.Builder builderOfStructure() {
        Plan p;
        synchronized (this) {
            p = plan();
        }
        return new Filler(p, date).fill();
    }

    private Plan plan() {
        if (plan == null) {
            plan = Plan.of(target, seed);
        }
        return plan;
    }

    @Override
    public String toString() {
        return "NationalGenerator[" + target + " units, seed " + seed + ", " + date + "]";
    }

    /**
     * The counts of a generated structure.
     *
     * @param provinces provinces and centrally governed cities
     * @param districts districts (huyện, quận, thị xã, thành phố thuộc tỉnh)
     * @param communes communes, wards and townships
     * @param villages villages and residential groups
     * @param units every unit, administrative units and organizations
     */
    public record Shape(int provinces, int districts, int communes, int villages, int units) {
        /** Returns e.g. {@code 63 provinces, 696 districts, 14,812 communes, 148,021 villages: 1,000,012 units}. */
        @Override
        public String toString() {
            return String.format("%,d provinces, %,d districts, %,d communes, %,d villages: %,d units", provinces, districts,
                    communes, villages, units);
        }
    }

    /**
     * Settings of a {@link NationalGenerator}.
     *
     * <pre>{@code
     * NationalGenerator g = NationalGenerator.builder().units(100_000).seed(7).date(LocalDate.of(2021, 1, 1)).build();
     * }</pre>
     */
    public static final class Builder {
        private int units = NATIONAL;
        private long seed = DEFAULT_SEED;
        private LocalDate date = DEFAULT_DATE;

        private Builder() {}

        /** The number of units to generate, from 500 to 5,000,000; the result is within one commune (about 60 units) of it. */
        public Builder units(int target) {
            if (target < MIN_UNITS || target > MAX_UNITS) {
                throw new BomayException("NationalGenerator: units must be between " + MIN_UNITS + " and " + MAX_UNITS
                        + ", was " + target);
            }
            units = target;
            return this;
        }

        /** The seed: the same seed and size always give an equal structure. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** The structure's date (tenures start between 7/2015 and 12/2019, so any date from 2020 sees everyone in office). */
        public Builder date(LocalDate value) {
            if (value == null) {
                throw new BomayException("NationalGenerator: the date must not be null");
            }
            date = value;
            return this;
        }

        /** Returns the generator; nothing is planned or built until asked. */
        public NationalGenerator build() {
            return new NationalGenerator(this);
        }
    }

    // ================================================================== the plan: kinds and counts of every unit

    static final String[] SO = {"Nội vụ", "Tư pháp", "Kế hoạch và Đầu tư", "Tài chính", "Công Thương",
        "Nông nghiệp và Phát triển nông thôn", "Giao thông vận tải", "Xây dựng", "Tài nguyên và Môi trường",
        "Thông tin và Truyền thông", "Lao động – Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch",
        "Khoa học và Công nghệ", "Giáo dục và Đào tạo", "Y tế", "Thanh tra", "Ngoại vụ", "Dân tộc", "Du lịch"};
    static final int SO_CORE = 16;
    private static final int SO_NOI_VU = 0;
    private static final int SO_TU_PHAP = 1;
    private static final int SO_CONG_THUONG = 4;
    private static final int SO_NONG_NGHIEP = 5;
    private static final int SO_TNMT = 8;
    private static final int SO_TTTT = 9;
    private static final int SO_LDTBXH = 10;
    private static final int SO_VHTTDL = 11;
    private static final int SO_KHCN = 12;
    private static final int SO_GIAO_DUC = 13;
    private static final int SO_Y_TE = 14;
    private static final int SO_THANH_TRA = 15;

    /** District offices: name, field (index into SO, or -1), whether rural districts only (1), urban only (2), both (0). */
    private static final String[] PHONG = {"Nội vụ", "Tư pháp", "Tài chính – Kế hoạch", "Tài nguyên và Môi trường",
        "Lao động – Thương binh và Xã hội", "Văn hóa và Thông tin", "Giáo dục và Đào tạo", "Y tế", "Thanh tra",
        "Nông nghiệp và Phát triển nông thôn", "Kinh tế và Hạ tầng", "Kinh tế", "Quản lý đô thị", "Dân tộc"};
    private static final int[] PHONG_FIELD = {SO_NOI_VU, SO_TU_PHAP, 3, SO_TNMT, SO_LDTBXH, SO_VHTTDL, SO_GIAO_DUC, SO_Y_TE,
        SO_THANH_TRA, SO_NONG_NGHIEP, 7, SO_CONG_THUONG, 7, 17};

    /** Mass associations, the same list at every level (an association is under its counterpart one level up). */
    private static final String[] HOI = {"Hội Chữ thập đỏ", "Hội Người cao tuổi", "Hội Khuyến học", "Hội Nạn nhân chất độc da cam/dioxin",
        "Hội Cựu giáo chức", "Hội Cựu Thanh niên xung phong", "Hội Làm vườn", "Hội Đông y", "Hội Luật gia"};

    /** The Front's member organizations, with their id suffixes; Công đoàn has no commune level. */
    static final UnitKind[] MEMBER_ORGS = {VnKinds.HOI_NONG_DAN, VnKinds.HOI_LHPN, VnKinds.DOAN_THANH_NIEN,
        VnKinds.HOI_CUU_CHIEN_BINH, VnKinds.CONG_DOAN};
    static final String[] MEMBER_SUFFIX = {".hnd", ".lhpn", ".dtn", ".ccb", ".cd"};
    private static final String[] MEMBER_NAME = {"Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Hội Cựu chiến binh", "Liên đoàn Lao động"};

    /** A province: its kind and the counts of its own units. */
    static final class ProvinceSpec {
        final int n;
        final boolean city;
        final UnitClass cls;
        final VnRegion region;
        final long seed;
        final int so;
        final int enterprises;
        final int councilBoards;
        final int hospitals;
        final int schools;
        final int centres;
        final int boards;
        final int dykes;
        final int associations;
        final double weight;
        final List<DistrictSpec> districts = new ArrayList<>();

        ProvinceSpec(int n, boolean city, UnitClass cls, VnRegion region, SplittableRandom r, int districtCount) {
            this.n = n;
            this.city = city;
            this.cls = cls;
            this.region = region;
            this.seed = r.nextLong();
            this.so = SO_CORE + r.nextInt(4);
            this.enterprises = 2 + r.nextInt(5);
            this.councilBoards = 3 + r.nextInt(2);
            this.hospitals = 3 + r.nextInt(4) + districtCount / 3;
            this.schools = 1 + r.nextInt(3) + districtCount * 3 + r.nextInt(districtCount + 1) / 2;
            this.centres = 2 + r.nextInt(4);
            this.boards = 2 + r.nextInt(3);
            this.dykes = region == VnRegion.DONG_BANG_SONG_HONG || region == VnRegion.MIEN_TRUNG ? 1 : 0;
            this.associations = 6 + r.nextInt(4);
            this.weight = 0.6 + r.nextDouble();
        }

        boolean mountain() {
            return region == VnRegion.TRUNG_DU_MIEN_NUI_PHIA_BAC || region == VnRegion.TAY_NGUYEN;
        }

        /** Units of the province's own level. */
        int units() {
            int party = 1 + 6 + 2 + so + enterprises + 1 + 2;
            int state = 1 + councilBoards + 1 + 1 + 1 + so + hospitals + 1 + schools + 1 + 1 + dykes + centres + boards + 1;
            int front = 1 + 5 + associations;
            return 1 + party + state + front;
        }
    }

    /** A district: its kind and the counts of its own units, and its communes. */
    static final class DistrictSpec {
        final int n;
        final UnitKind kind;
        final UnitClass cls;
        final boolean mountain;
        final long seed;
        final int partyOrgs;
        final int stations;
        final int centres;
        final int hospitals;
        final int associations;
        final double weight;
        final List<CommuneSpec> communes = new ArrayList<>();

        DistrictSpec(int n, ProvinceSpec p, SplittableRandom r) {
            this.n = n;
            double u = r.nextDouble();
            if (p.city) {
                kind = u < 0.45 ? VnKinds.QUAN : u < 0.9 ? VnKinds.HUYEN : VnKinds.THI_XA;
            } else {
                kind = u < 0.78 ? VnKinds.HUYEN : u < 0.9 ? VnKinds.THANH_PHO_THUOC_TINH : VnKinds.THI_XA;
            }
            this.cls = classOf(r, 0.3, 0.4);
            this.mountain = p.mountain() && kind == VnKinds.HUYEN && r.nextDouble() < 0.8;
            this.seed = r.nextLong();
            this.partyOrgs = 3 + r.nextInt(5);
            this.stations = kind == VnKinds.QUAN ? 0 : 1 + r.nextInt(3);
            this.centres = 1 + r.nextInt(2);
            this.hospitals = r.nextDouble() < 0.3 ? 1 : 0;
            this.associations = 3 + r.nextInt(4);
            this.weight = 0.55 + r.nextDouble() * 1.1;
        }

        boolean rural() {
            return kind == VnKinds.HUYEN;
        }

        int offices() {
            return 12 + (mountain ? 1 : 0);
        }

        int units() {
            int party = 1 + 5 + 1 + partyOrgs;
            int state = 1 + 2 + 1 + offices() + 5 + stations + centres + hospitals;
            int front = 1 + 5 + associations;
            return 1 + party + state + front;
        }
    }

    /** A commune: its kind and the counts of its units. */
    static final class CommuneSpec {
        final int n;
        final UnitKind kind;
        final UnitClass cls;
        final boolean mountain;
        final boolean border;
        final boolean island;
        final long seed;
        final int villages;
        final int schools;
        final int associations;

        CommuneSpec(int n, DistrictSpec d, ProvinceSpec p, SplittableRandom r) {
            this.n = n;
            double u = r.nextDouble();
            if (d.kind == VnKinds.QUAN) {
                kind = VnKinds.PHUONG;
            } else if (d.kind == VnKinds.HUYEN) {
                kind = u < 0.92 ? VnKinds.XA : VnKinds.THI_TRAN;
            } else {
                kind = u < 0.65 ? VnKinds.PHUONG : VnKinds.XA;
            }
            this.cls = classOf(r, 0.15, 0.45);
            this.mountain = d.mountain && kind == VnKinds.XA;
            this.border = mountain && r.nextDouble() < 0.1;
            this.island = !mountain && kind == VnKinds.XA && r.nextDouble() < 0.005;
            this.seed = r.nextLong();
            this.villages = kind == VnKinds.XA ? 5 + r.nextInt(11) : 5 + r.nextInt(13);
            this.schools = 2 + r.nextInt(4);
            this.associations = 3 + r.nextInt(4);
        }

        boolean urban() {
            return kind != VnKinds.XA;
        }

        int units() {
            // admin, Đảng ủy, UBKT, HĐND + 2 boards, UBND, health and radio stations, Front + 4 members
            int fixed = 1 + 1 + 1 + 3 + 1 + 2 + 1 + 4;
            int cells = schools + 4;
            return fixed + schools + cells + associations + 3 * villages;
        }
    }

    private static UnitClass classOf(SplittableRandom r, double first, double second) {
        double u = r.nextDouble();
        return u < first ? UnitClass.I : u < first + second ? UnitClass.II : UnitClass.III;
    }

    /** The kinds and counts of every unit, drawn from the seed. */
    static final class Plan {
        final List<ProvinceSpec> provinces = new ArrayList<>();
        Shape shape;

        static Plan of(int target, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            Plan plan = new Plan();
            double scale = target / (double) NATIONAL;
            int provinces = Math.max(target >= 5_000 ? 2 : 1, Math.min(REAL_PROVINCES, (int) Math.round(REAL_PROVINCES * scale)));
            int districts = Math.max(provinces, (int) Math.round(REAL_DISTRICTS * scale));
            int cities = (int) Math.round(5.0 * provinces / REAL_PROVINCES);
            VnRegion[] regions = regions(provinces, r);
            // districts per province: weighted, at least one each
            double[] w = new double[provinces];
            double sum = 0;
            for (int i = 0; i < provinces; i++) {
                w[i] = 0.5 + r.nextDouble();
                sum += w[i];
            }
            int[] per = new int[provinces];
            int left = districts - provinces;
            int given = 0;
            for (int i = 0; i < provinces; i++) {
                per[i] = 1 + (int) Math.floor(left * w[i] / sum);
                given += per[i];
            }
            for (int i = 0; given < districts; i = (i + 1) % provinces) {
                per[i]++;
                given++;
            }
            int units = 0;
            for (int i = 0; i < provinces; i++) {
                boolean city = i < cities;
                UnitClass cls = city && i < 2 && provinces >= 10 ? UnitClass.SPECIAL : city ? UnitClass.I : classOf(r, 0.3, 0.4);
                ProvinceSpec p = new ProvinceSpec(i + 1, city, cls, regions[i], r, per[i]);
                plan.provinces.add(p);
                units += p.units();
                for (int d = 1; d <= per[i]; d++) {
                    DistrictSpec ds = new DistrictSpec(d, p, r);
                    p.districts.add(ds);
                    units += ds.units();
                }
            }
            // communes: each to the district furthest below its share, until the target
            record Slot(DistrictSpec d, ProvinceSpec p, int index) {}
            List<Slot> slots = new ArrayList<>();
            for (ProvinceSpec p : plan.provinces) {
                for (DistrictSpec d : p.districts) {
                    slots.add(new Slot(d, p, slots.size()));
                }
            }
            int communes = 0;
            int villages = 0;
            // two communes in every district first (a district needs two to merge any), then by shares
            for (int round = 0; round < 2; round++) {
                for (Slot s : slots) {
                    CommuneSpec c = new CommuneSpec(s.d.communes.size() + 1, s.d, s.p, r);
                    s.d.communes.add(c);
                    units += c.units();
                    communes++;
                    villages += c.villages;
                }
            }
            PriorityQueue<Slot> queue = new PriorityQueue<>((a, b) -> {
                int c = Double.compare((a.d.communes.size() + 1) / a.d.weight, (b.d.communes.size() + 1) / b.d.weight);
                return c != 0 ? c : Integer.compare(a.index, b.index);
            });
            queue.addAll(slots);
            while (units < target) {
                Slot s = queue.poll();
                CommuneSpec c = new CommuneSpec(s.d.communes.size() + 1, s.d, s.p, r);
                int next = units + c.units();
                if (next - target > target - units) {
                    break; // adding it would overshoot more than stopping undershoots
                }
                s.d.communes.add(c);
                units = next;
                communes++;
                villages += c.villages;
                queue.add(s);
            }
            plan.shape = new Shape(provinces, districts, communes, villages, units);
            return plan;
        }

        /** Regions in the real proportions (14 northern mountain, 11 Red River, 14 central, 5 Tây Nguyên, 19 southern provinces). */
        private static VnRegion[] regions(int provinces, SplittableRandom r) {
            List<VnRegion> pool = new ArrayList<>();
            int[] counts = {14, 11, 14, 19, 5};
            VnRegion[] order = {VnRegion.TRUNG_DU_MIEN_NUI_PHIA_BAC, VnRegion.DONG_BANG_SONG_HONG, VnRegion.MIEN_TRUNG,
                VnRegion.MIEN_NAM, VnRegion.TAY_NGUYEN};
            for (int i = 0; i < order.length; i++) {
                for (int k = 0; k < counts[i]; k++) {
                    pool.add(order[i]);
                }
            }
            VnRegion[] out = new VnRegion[provinces];
            // the first provinces are the cities: Hà Nội's region, then the south's, then a shuffle of the rest
            List<VnRegion> shuffled = new ArrayList<>(pool);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                Collections.swap(shuffled, i, r.nextInt(i + 1));
            }
            for (int i = 0; i < provinces; i++) {
                out[i] = i == 0 ? VnRegion.DONG_BANG_SONG_HONG : i == 1 ? VnRegion.MIEN_NAM : shuffled.get(i % shuffled.size());
            }
            return out;
        }
    }

    // ================================================================== filling the builder

    private static final Period SINCE_2000 = Period.from(LocalDate.of(2000, 1, 1));
    private static final LocalDate TENURE_FROM = LocalDate.of(2015, 7, 1);
    private static final int TENURE_DAYS = (int) (LocalDate.of(2019, 12, 31).toEpochDay() - TENURE_FROM.toEpochDay());

    /** A person created by the generator: id and party membership, for picking concurrent holders. */
    private record Holder(PersonId id, boolean party) {}

    /** The people of one province, district or commune, by what they hold. */
    private static final class Pool {
        final List<Holder> leaders = new ArrayList<>();   // heads and deputies of bodies
        final List<Holder> heads = new ArrayList<>();     // heads of other units (schools, stations, offices, organizations)
        final List<Holder> front = new ArrayList<>();     // heads of the Front's members and associations, village work boards
        final List<Holder> staff = new ArrayList<>();     // holders of STAFF posts
        final List<Holder> members = new ArrayList<>();   // holders of MEMBER posts held as main post
        final List<Holder> all = new ArrayList<>();       // everyone with a main post here
    }

    /** Fills one builder from a plan; one instance per fill. */
    private static final class Filler {
        private final Plan plan;
        private final OrgStructure.Builder b;
        private final Period[] periods = new Period[TENURE_DAYS + 1];
        private final LocalDate[] births = new LocalDate[366 * 40];
        private final String[][][] names;
        private int people;

        Filler(Plan plan, LocalDate date) {
            this.plan = plan;
            this.b = OrgStructure.builder(date);
            this.names = new String[VnNames.FAMILY.size()][VnNames.MIDDLE.size()][VnNames.GIVEN.size()];
        }

        OrgStructure.Builder fill() {
            for (ProvinceSpec p : plan.provinces) {
                Province pv = province(p);
                for (DistrictSpec d : p.districts) {
                    District dv = district(pv, d);
                    for (CommuneSpec c : d.communes) {
                        commune(dv, c);
                    }
                }
            }
            return b;
        }

        // ------------------------------------------------------------ units, posts, people

        private UnitId admin(String id, String name, UnitKind kind, Level level, UnitId parent, UnitClass cls, int population,
                double area, Integer households, VnRegion region, boolean mountain, boolean border, boolean island) {
            UnitId uid = UnitId.of(id);
            Unit.Builder u = Unit.builder(uid, name, kind, level).validity(SINCE_2000).population(population).areaKm2(area)
                    .households(households);
            if (cls != null) {
                u.unitClass(cls);
            }
            if (region != null) {
                u.attribute(VnAttributes.VUNG, region.name());
            }
            if (mountain) {
                u.attribute(VnAttributes.MIEN_NUI, VnAttributes.YES);
            }
            if (border) {
                u.attribute(VnAttributes.BIEN_GIOI, VnAttributes.YES);
            }
            if (island) {
                u.attribute(VnAttributes.HAI_DAO, VnAttributes.YES);
            }
            place(u.build(), parent);
            return uid;
        }

        private UnitId org(String id, String name, UnitKind kind, Level level, UnitId territory, UnitId parent, int quota,
                SplittableRandom r) {
            return org(id, name, kind, level, territory, parent, quota, r, null);
        }

        private UnitId org(String id, String name, UnitKind kind, Level level, UnitId territory, UnitId parent, int quota,
                SplittableRandom r, String field) {
            UnitId uid = UnitId.of(id);
            Unit.Builder u = Unit.builder(uid, name, kind, level).territory(territory).validity(SINCE_2000);
            if (quota > 0) {
                int actual = r.nextDouble() < 0.01 ? quota + 1 : quota - r.nextInt(Math.min(3, quota) + 1);
                u.staffQuota(quota).actualStaff(actual);
            }
            if (field != null) {
                u.attribute(VnAttributes.LINH_VUC, field);
            }
            place(u.build(), parent);
            return uid;
        }

        private void place(Unit u, UnitId parent) {
            if (parent == null) {
                b.add(u);
            } else {
                b.add(u, parent);
            }
        }

        private void rel(RelationType type, UnitId from, UnitId to) {
            b.add(Relation.of(type, from, to));
        }

        private PostId post(UnitId unit, String suffix, PostRole role, String title) {
            PostId id = PostId.of(unit.value() + suffix);
            b.add(Post.of(id, unit, role, title));
            return id;
        }

        /** A new person holding {@code post} as their main post; {@code p} is the chance they are a party member. */
        private Holder fresh(SplittableRandom r, PostId post, double p, Pool pool) {
            Holder h = person(r, r.nextDouble() < p);
            tenure(r, h, post, TenureType.MAIN);
            if (pool != null) {
                pool.all.add(h);
            }
            return h;
        }

        private Holder person(SplittableRandom r, boolean party) {
            int n = ++people;
            PersonId id = PersonId.of("n" + n);
            int f = r.nextInt(VnNames.FAMILY.size());
            int m = r.nextInt(VnNames.MIDDLE.size());
            int g = r.nextInt(VnNames.GIVEN.size());
            String name = names[f][m][g];
            if (name == null) {
                name = VnNames.FAMILY.get(f).traditional() + " " + VnNames.MIDDLE.get(m).traditional() + " "
                        + VnNames.GIVEN.get(g).traditional();
                names[f][m][g] = name;
            }
            int day = r.nextInt(births.length);
            LocalDate birth = births[day];
            if (birth == null) {
                birth = LocalDate.of(1960, 1, 1).plusDays(day);
                births[day] = birth;
            }
            b.add(new Person(id, name, party, birth));
            return new Holder(id, party);
        }

        private void tenure(SplittableRandom r, Holder h, PostId post, TenureType type) {
            int day = r.nextInt(periods.length);
            Period p = periods[day];
            if (p == null) {
                p = Period.from(TENURE_FROM.plusDays(day));
                periods[day] = p;
            }
            b.add(new Tenure(h.id(), post, p, type));
        }

        /**
         * Seats held concurrently by people picked at random from {@code candidates} (party members
         * only if {@code party}), each person at most once per {@code used} set; a seat left over
         * gets a new person (a party member with chance {@code freshParty}, or surely if {@code
         * party}); a share {@code vacant} of the seats stays empty.
         */
        private void seats(SplittableRandom r, UnitId unit, String suffix, PostRole role, String title, int count,
                List<Holder> candidates, boolean party, Set<Holder> used, double vacant, double freshParty, Pool pool) {
            List<Holder> pick = shuffled(r, candidates);
            for (int i = 1; i <= count; i++) {
                PostId pid = post(unit, suffix + i, role, title);
                if (r.nextDouble() < vacant) {
                    continue;
                }
                fill(r, pid, role, pick, party, used, freshParty, pool);
            }
        }

        /** A random order of a list, from the generator's own random numbers. */
        private static List<Holder> shuffled(SplittableRandom r, List<Holder> in) {
            List<Holder> out = new ArrayList<>(in);
            for (int i = out.size() - 1; i > 0; i--) {
                Collections.swap(out, i, r.nextInt(i + 1));
            }
            return out;
        }

        /** Fills one seat from {@code pick} (consumed from its end), or with a new person. */
        private Holder fill(SplittableRandom r, PostId pid, PostRole role, List<Holder> pick, boolean party, Set<Holder> used,
                double freshParty, Pool pool) {
            while (!pick.isEmpty()) {
                Holder c = pick.remove(pick.size() - 1);
                if ((!party || c.party()) && used.add(c)) {
                    tenure(r, c, pid, TenureType.CONCURRENT);
                    return c;
                }
            }
            Holder f = fresh(r, pid, party ? 1.0 : freshParty, pool);
            used.add(f);
            if (role == PostRole.MEMBER) {
                pool.members.add(f);
            }
            return f;
        }

        /** Head, deputies and staff held by new people: the common shape of an agency or service unit. */
        private Holder agency(SplittableRandom r, UnitId u, String head, String deputy, int deputies, String staff, int staffCount,
                double party, Pool pool, boolean isBody) {
            Holder h = fresh(r, post(u, ".head", PostRole.HEAD, head), party, pool);
            (isBody ? pool.leaders : pool.heads).add(h);
            for (int i = 1; i <= deputies; i++) {
                PostId pid = post(u, ".dep" + i, PostRole.DEPUTY, deputy);
                if (r.nextDouble() < 0.03) {
                    continue; // vacant
                }
                Holder d = fresh(r, pid, party, pool);
                if (isBody) {
                    pool.leaders.add(d);
                }
            }
            for (int i = 1; i <= staffCount; i++) {
                PostId pid = post(u, ".staff" + i, PostRole.STAFF, staff);
                if (r.nextDouble() < 0.05) {
                    continue;
                }
                pool.staff.add(fresh(r, pid, party * 0.8, pool));
            }
            return h;
        }

        private static int deputies(SplittableRandom r, int cap) {
            // within the cap, at the cap most often, above it rarely
            double u = r.nextDouble();
            return u < 0.02 ? cap + 1 : u < 0.8 ? cap : Math.max(1, cap - 1);
        }

        private static int between(SplittableRandom r, int lo, int hi) {
            return lo + r.nextInt(hi - lo + 1);
        }

        private static String place(SplittableRandom r) {
            return VnNames.PLACE_FIRST.get(r.nextInt(VnNames.PLACE_FIRST.size())).traditional() + " "
                    + VnNames.PLACE_SECOND.get(r.nextInt(VnNames.PLACE_SECOND.size())).traditional();
        }

        // ------------------------------------------------------------ province

        /** What the districts of a province need from it. */
        private record Province(ProvinceSpec spec, String id, UnitId admin, UnitId tu, UnitId hdnd, UnitId ubnd, UnitId mttq,
                UnitId vpdk, UnitId[] so, int associations) {}

        private Province province(ProvinceSpec s) {
            SplittableRandom r = new SplittableRandom(s.seed);
            Pool pool = new Pool();
            String id = "p" + s.n;
            String place = place(r);
            String label = (s.city ? "Thành phố " : "Tỉnh ") + place;
            String of = (s.city ? "thành phố " : "tỉnh ") + place;
            boolean mountain = s.mountain();
            int population = (int) ((s.city ? 2_500_000 : 1_400_000) * (0.5 + 1.2 * r.nextDouble()));
            double area = (mountain ? 8_000 : 5_000) * (0.3 + 1.5 * r.nextDouble());
            UnitId t = admin(id, label, s.city ? VnKinds.THANH_PHO_TRUC_THUOC_TW : VnKinds.TINH, Level.PROVINCE, null, s.cls,
                    population, Math.round(area * 10) / 10.0, population / 4, s.region, mountain, false, false);
            Level lv = Level.PROVINCE;

            // party
            String tuName = s.city ? "Thành ủy " + place : "Tỉnh ủy " + place;
            UnitId tu = org(id + ".tu", tuName, VnKinds.TINH_UY, lv, t, null, 0, r);
            Holder secretary = fresh(r, post(tu, ".head", PostRole.HEAD, "Bí thư " + (s.city ? "Thành ủy" : "Tỉnh ủy")), 1, pool);
            pool.leaders.add(secretary);
            Holder standing = fresh(r, post(tu, ".dep1", PostRole.DEPUTY, "Phó Bí thư Thường trực"), 1, pool);
            pool.leaders.add(standing);
            String[][] boards = {{".btc", "Ban Tổ chức"}, {".btg", "Ban Tuyên giáo"}, {".bdv", "Ban Dân vận"},
                {".ubkt", "Ủy ban Kiểm tra"}, {".vp", "Văn phòng"}, {".bbv", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ"}};
            UnitKind[] boardKinds = {VnKinds.BAN_TO_CHUC, VnKinds.BAN_TUYEN_GIAO, VnKinds.BAN_DAN_VAN, VnKinds.UY_BAN_KIEM_TRA,
                VnKinds.VAN_PHONG_CAP_UY, VnKinds.BAN_BAO_VE_SUC_KHOE};
            for (int i = 0; i < boards.length; i++) {
                UnitId u = org(tu.value() + boards[i][0], boards[i][1] + " " + tuName, boardKinds[i], lv, t, tu, 25 + r.nextInt(20), r);
                String head = i == 3 ? "Chủ nhiệm" : i == 4 ? "Chánh Văn phòng" : "Trưởng ban";
                agency(r, u, head, "Phó " + head, between(r, 2, 4), "Chuyên viên", between(r, 3, 6), 1, pool, true);
                if (i == 3) {
                    seats(r, u, ".mem", PostRole.MEMBER, "Ủy viên Ủy ban Kiểm tra", between(r, 3, 5), List.of(), true,
                            new HashSet<>(), 0.05, 1, pool);
                }
            }
            UnitId khoiCq = org(tu.value() + ".dukcq", "Đảng ủy Khối các cơ quan " + of, VnKinds.DANG_UY_KHOI, lv, t, tu, 12, r);
            agency(r, khoiCq, "Bí thư Đảng ủy Khối", "Phó Bí thư Đảng ủy Khối", 2, "Chuyên viên", between(r, 2, 3), 1, pool, true);
            UnitId khoiDn = org(tu.value() + ".dukdn", "Đảng ủy Khối Doanh nghiệp " + of, VnKinds.DANG_UY_KHOI, lv, t, tu, 10, r);
            agency(r, khoiDn, "Bí thư Đảng ủy Khối", "Phó Bí thư Đảng ủy Khối", between(r, 1, 2), "Chuyên viên", 2, 1, pool, true);

            // state
            UnitId hdnd = org(id + ".hdnd", "HĐND " + of, VnKinds.HDND, lv, t, null, 0, r);
            Holder hdndChair = fresh(r, post(hdnd, ".head", PostRole.HEAD, "Chủ tịch HĐND"), 1, pool);
            pool.leaders.add(hdndChair);
            for (int i = 1; i <= 2; i++) {
                pool.leaders.add(fresh(r, post(hdnd, ".dep" + i, PostRole.DEPUTY, "Phó Chủ tịch HĐND"), 1, pool));
            }
            String[] councilBoards = {"Ban Pháp chế", "Ban Kinh tế – Ngân sách", "Ban Văn hóa – Xã hội", "Ban Dân tộc"};
            for (int i = 1; i <= s.councilBoards; i++) {
                UnitId u = org(hdnd.value() + ".b" + i, councilBoards[i - 1] + " HĐND " + of, VnKinds.BAN_HDND, lv, t, hdnd, 0, r);
                agency(r, u, "Trưởng ban", "Phó Trưởng ban", 1, "Chuyên viên", 0, 0.95, pool, false);
            }
            UnitId vpHdnd = org(hdnd.value() + ".vp", "Văn phòng Đoàn ĐBQH và HĐND " + of, VnKinds.VAN_PHONG_HDND_UBND, lv, t,
                    hdnd, 30 + r.nextInt(15), r);
            agency(r, vpHdnd, "Chánh Văn phòng", "Phó Chánh Văn phòng", between(r, 2, 3), "Chuyên viên", between(r, 4, 6), 0.95, pool,
                    false);
            rel(RelationType.SERVES, vpHdnd, hdnd);
            UnitId ubnd = org(id + ".ubnd", "UBND " + of, VnKinds.UBND, lv, t, null, 0, r);
            Holder chair = fresh(r, post(ubnd, ".head", PostRole.HEAD, "Chủ tịch UBND"), 1, pool);
            pool.leaders.add(chair);
            int cap = s.cls == UnitClass.SPECIAL ? 5 : s.city || s.cls == UnitClass.I ? 4 : 3;
            List<Holder> viceChairs = new ArrayList<>();
            int vc = deputies(r, cap);
            for (int i = 1; i <= vc; i++) {
                Holder h = fresh(r, post(ubnd, ".dep" + i, PostRole.DEPUTY, "Phó Chủ tịch UBND"), 1, pool);
                pool.leaders.add(h);
                viceChairs.add(h);
            }
            UnitId vpUbnd = org(ubnd.value() + ".vp", "Văn phòng UBND " + of, VnKinds.VAN_PHONG_HDND_UBND, lv, t, ubnd,
                    40 + r.nextInt(20), r);
            agency(r, vpUbnd, "Chánh Văn phòng", "Phó Chánh Văn phòng", between(r, 2, 4), "Chuyên viên", between(r, 4, 8), 0.95, pool,
                    false);
            rel(RelationType.SERVES, vpUbnd, ubnd);
            UnitId[] so = new UnitId[SO.length];
            int[] soDeputies = new int[SO.length];
            List<Holder> directors = new ArrayList<>();
            for (int i = 0; i < s.so; i++) {
                String name = i == SO_THANH_TRA ? "Thanh tra " + of : i == 17 ? "Ban Dân tộc " + of : "Sở " + SO[i] + " " + of;
                String field = i == SO_NOI_VU ? VnAttributes.NOI_VU : i == SO_THANH_TRA ? VnAttributes.THANH_TRA : null;
                so[i] = org(id + ".so" + (i + 1), name, VnKinds.SO, lv, t, ubnd, 40 + r.nextInt(60), r, field);
                soDeputies[i] = r.nextDouble() < 0.25 ? 2 : r.nextDouble() < 0.8 ? 3 : 4;
                String head = i == SO_THANH_TRA ? "Chánh Thanh tra" : i == 17 ? "Trưởng ban" : "Giám đốc";
                directors.add(agency(r, so[i], head, "Phó " + head, soDeputies[i], "Chuyên viên", between(r, 4, 8), 0.95, pool,
                        false));
            }
            // public-service units under the departments and the UBND
            int k = 0;
            String[] hospitals = {"Bệnh viện Đa khoa", "Bệnh viện Y học cổ truyền", "Bệnh viện Lao và Bệnh phổi", "Bệnh viện Sản – Nhi",
                "Bệnh viện Tâm thần", "Bệnh viện Mắt", "Bệnh viện Phục hồi chức năng"};
            for (int i = 1; i <= s.hospitals; i++) {
                String name = i <= hospitals.length ? hospitals[i - 1] + " " + of : "Bệnh viện Đa khoa khu vực " + place(r);
                service(r, id + ".bv" + i, name, VnKinds.BENH_VIEN, lv, t, so[SO_Y_TE], soDeputies[SO_Y_TE], pool);
            }
            service(r, id + ".ttds", "Trung tâm Dân số – Kế hoạch hóa gia đình " + of, VnKinds.TRUNG_TAM_DAN_SO, lv, t, so[SO_Y_TE],
                    soDeputies[SO_Y_TE], pool);
            for (int i = 1; i <= s.schools; i++) {
                UnitId u = org(id + ".thpt" + i, "Trường THPT " + place(r), VnKinds.TRUONG_HOC, lv, t, so[SO_GIAO_DUC],
                        50 + r.nextInt(40), r);
                agency(r, u, "Hiệu trưởng", "Phó Hiệu trưởng", between(r, 1, 2), "Tổ trưởng chuyên môn", between(r, 1, 2), 0.9, pool,
                        false);
            }
            service(r, id + ".gdnn", "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên " + of, VnKinds.TRUNG_TAM_GDNN_GDTX, lv,
                    t, so[SO_LDTBXH], soDeputies[SO_LDTBXH], pool);
            UnitId vpdk = service(r, id + ".vpdk", "Văn phòng Đăng ký đất đai " + of, VnKinds.VAN_PHONG_DANG_KY_DAT_DAI, lv, t,
                    so[SO_TNMT], soDeputies[SO_TNMT], pool);
            if (s.dykes > 0) {
                service(r, id + ".hatde", "Hạt Quản lý đê điều " + of, VnKinds.HAT_QUAN_LY_DE, lv, t, so[SO_NONG_NGHIEP],
                        soDeputies[SO_NONG_NGHIEP], pool);
            }
            String[] centres = {"Trung tâm Văn hóa – Điện ảnh", "Trung tâm Công nghệ thông tin và Truyền thông",
                "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "Trung tâm Trợ giúp pháp lý nhà nước", "Trung tâm Khuyến nông"};
            int[] centreSo = {SO_VHTTDL, SO_TTTT, SO_KHCN, SO_TU_PHAP, SO_NONG_NGHIEP};
            for (int i = 0; i < s.centres; i++) {
                service(r, id + ".ttsn" + (i + 1), centres[i] + " " + of, VnKinds.TRUNG_TAM_SU_NGHIEP, lv, t, so[centreSo[i]],
                        soDeputies[centreSo[i]], pool);
            }
            String[] mgmt = {"Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp",
                "Ban Quản lý dự án đầu tư xây dựng công trình giao thông", "Ban Quản lý các khu công nghiệp", "Ban Quản lý khu kinh tế"};
            for (int i = 0; i < s.boards; i++) {
                service(r, id + ".bql" + (i + 1), mgmt[i] + " " + of, VnKinds.BAN_QUAN_LY, lv, t, ubnd, cap, pool);
            }
            service(r, id + ".ttpv", "Trung tâm Phục vụ hành chính công " + of, VnKinds.TRUNG_TAM_PHUC_VU_HANH_CHINH_CONG, lv, t,
                    ubnd, cap, pool);
            // party delegation of the UBND, party groups, the grassroots party organizations of the departments and enterprises
            UnitId bcsd = org(tu.value() + ".bcsd", "Ban cán sự đảng UBND " + of, VnKinds.BAN_CAN_SU_DANG, lv, t, tu, 0, r);
            tenure(r, chair, post(bcsd, ".head", PostRole.HEAD, "Bí thư Ban cán sự đảng"), TenureType.CONCURRENT);
            seats(r, bcsd, ".mem", PostRole.MEMBER, "Ủy viên Ban cán sự đảng", viceChairs.size(), viceChairs, true, new HashSet<>(),
                    0, 1, pool);
            rel(RelationType.LEADS, bcsd, ubnd);
            UnitId ddHdnd = org(tu.value() + ".ddhdnd", "Đảng đoàn HĐND " + of, VnKinds.DANG_DOAN, lv, t, tu, 0, r);
            tenure(r, hdndChair, post(ddHdnd, ".head", PostRole.HEAD, "Bí thư Đảng đoàn"), TenureType.CONCURRENT);
            seats(r, ddHdnd, ".mem", PostRole.MEMBER, "Ủy viên Đảng đoàn", 3, pool.leaders, true, new HashSet<>(List.of(hdndChair)),
                    0, 1, pool);
            rel(RelationType.LEADS, ddHdnd, hdnd);
            for (int i = 0; i < s.so; i++) {
                UnitId o = org(khoiCq.value() + ".o" + (i + 1), "Đảng bộ " + (i == SO_THANH_TRA ? "Thanh tra" : "Sở " + SO[i]) + " " + of,
                        VnKinds.TO_CHUC_CO_SO_DANG, lv, t, khoiCq, 0, r);
                partyOrg(r, o, pool);
            }
            for (int i = 1; i <= s.enterprises; i++) {
                UnitId o = org(khoiDn.value() + ".o" + i, "Đảng bộ Công ty " + place(r), VnKinds.TO_CHUC_CO_SO_DANG, lv, t, khoiDn, 0, r);
                agency(r, o, "Bí thư Đảng ủy", "Phó Bí thư Đảng ủy", 1, "Chuyên viên", 0, 1, pool, false);
            }

            // front
            UnitId mttq = org(id + ".mttq", "Ủy ban MTTQ Việt Nam " + of, VnKinds.UBMTTQ, lv, t, null, 30 + r.nextInt(10), r);
            Holder frontChair = agency(r, mttq, "Chủ tịch Ủy ban MTTQ", "Phó Chủ tịch Ủy ban MTTQ", between(r, 2, 3), "Chuyên viên",
                    between(r, 3, 5), 1, pool, true);
            seats(r, mttq, ".sm", PostRole.STANDING_MEMBER, "Ủy viên Thường trực", between(r, 1, 2), List.of(), false, new HashSet<>(),
                    0, 1, pool);
            for (int i = 0; i < MEMBER_ORGS.length; i++) {
                UnitId o = org(id + MEMBER_SUFFIX[i], MEMBER_NAME[i] + " " + of, MEMBER_ORGS[i], lv, t, null, 20 + r.nextInt(15), r);
                pool.front.add(agency(r, o, "Chủ tịch", "Phó Chủ tịch", between(r, 2, 3), "Chuyên viên", between(r, 3, 5), 1, pool,
                        false));
                rel(RelationType.MEMBER_OF, o, mttq);
            }
            for (int i = 1; i <= s.associations; i++) {
                UnitId o = org(id + ".hq" + i, HOI[i - 1] + " " + of, VnKinds.HOI_QUAN_CHUNG, lv, t, null, 5 + r.nextInt(5), r);
                pool.front.add(agency(r, o, "Chủ tịch Hội", "Phó Chủ tịch Hội", between(r, 1, 2), "Chuyên viên", between(r, 1, 2), 0.8,
                        pool, false));
                rel(RelationType.MEMBER_OF, o, mttq);
            }
            seats(r, mttq, ".mem", PostRole.MEMBER, "Ủy viên Ủy ban MTTQ", between(r, 15, 25), pool.front, false, new HashSet<>(),
                    0.05, 0.5, pool);
            UnitId ddMttq = org(tu.value() + ".ddmttq", "Đảng đoàn Ủy ban MTTQ " + of, VnKinds.DANG_DOAN, lv, t, tu, 0, r);
            tenure(r, frontChair, post(ddMttq, ".head", PostRole.HEAD, "Bí thư Đảng đoàn"), TenureType.CONCURRENT);
            seats(r, ddMttq, ".mem", PostRole.MEMBER, "Ủy viên Đảng đoàn", 3, pool.front, true, new HashSet<>(), 0, 1, pool);
            rel(RelationType.LEADS, ddMttq, mttq);
            leads(tu, hdnd, ubnd, mttq);

            // the committee's seats, held concurrently: deputies (the UBND and HĐND chairs), standing members, members
            tenure(r, chair, post(tu, ".dep2", PostRole.DEPUTY, "Phó Bí thư"), TenureType.CONCURRENT);
            tenure(r, hdndChair, post(tu, ".dep3", PostRole.DEPUTY, "Phó Bí thư"), TenureType.CONCURRENT);
            Set<Holder> used = new HashSet<>(List.of(secretary, standing, chair, hdndChair));
            List<Holder> standingPool = new ArrayList<>(pool.leaders);
            standingPool.add(frontChair);
            seats(r, tu, ".sm", PostRole.STANDING_MEMBER, "Ủy viên Ban Thường vụ", between(r, 10, 13), standingPool, true, used, 0,
                    1, pool);
            List<Holder> memberPool = new ArrayList<>(directors);
            memberPool.addAll(pool.front);
            memberPool.addAll(pool.heads);
            seats(r, tu, ".mem", PostRole.MEMBER, "Tỉnh ủy viên", between(r, 30, 40), memberPool, true, used, 0.02, 1, pool);
            seats(r, hdnd, ".mem", PostRole.MEMBER, "Đại biểu HĐND", between(r, 40, 60), pool.all, false,
                    new HashSet<>(List.of(hdndChair)), 0.02, 0.7, pool);
            seats(r, ubnd, ".mem", PostRole.MEMBER, "Ủy viên UBND", between(r, 6, 9), directors, false, new HashSet<>(), 0, 1, pool);

            UnitId[] soIds = so;
            return new Province(s, id, t, tu, hdnd, ubnd, mttq, vpdk, soIds, s.associations);
        }

        private UnitId service(SplittableRandom r, String id, String name, UnitKind kind, Level lv, UnitId t, UnitId parent,
                int parentDeputies, Pool pool) {
            UnitId u = org(id, name, kind, lv, t, parent, 15 + r.nextInt(40), r);
            int d = Math.max(0, Math.min(parentDeputies, between(r, 1, 2)));
            agency(r, u, "Giám đốc", "Phó Giám đốc", d, "Viên chức", between(r, 2, 4), 0.8, pool, false);
            return u;
        }

        /** A grassroots party organization of an agency: its secretary and deputy hold staff posts there (concurrently). */
        private void partyOrg(SplittableRandom r, UnitId o, Pool pool) {
            PostId head = post(o, ".head", PostRole.HEAD, "Bí thư");
            PostId dep = post(o, ".dep1", PostRole.DEPUTY, "Phó Bí thư");
            Holder a = pick(r, pool.staff, true);
            if (a != null) {
                tenure(r, a, head, TenureType.CONCURRENT);
            } else {
                fresh(r, head, 1, pool);
            }
            Holder c = pick(r, pool.staff, true);
            if (c != null && c != a) {
                tenure(r, c, dep, TenureType.CONCURRENT);
            } else if (r.nextDouble() < 0.5) {
                fresh(r, dep, 1, pool);
            }
        }

        /** Removes and returns a random party member (if {@code party}) from a list, or null if it has none. */
        private static Holder pick(SplittableRandom r, List<Holder> from, boolean party) {
            for (int tries = 0; tries < 8 && !from.isEmpty(); tries++) {
                int i = r.nextInt(from.size());
                Holder h = from.get(i);
                if (!party || h.party()) {
                    from.set(i, from.get(from.size() - 1));
                    from.remove(from.size() - 1);
                    return h;
                }
            }
            return null;
        }

        private void leads(UnitId party, UnitId... bodies) {
            for (UnitId body : bodies) {
                rel(RelationType.LEADS, party, body);
            }
        }

        // ------------------------------------------------------------ district

        /** What the communes of a district need from it. */
        private record District(Province province, DistrictSpec spec, String id, UnitId admin, UnitId hu, UnitId hdnd, UnitId ubnd,
                UnitId mttq, int associations) {}

        private District district(Province pv, DistrictSpec s) {
            SplittableRandom r = new SplittableRandom(s.seed);
            Pool pool = new Pool();
            String id = pv.id + ".d" + s.n;
            String place = place(r);
            String word = s.kind == VnKinds.HUYEN ? "Huyện" : s.kind == VnKinds.QUAN ? "Quận" : s.kind == VnKinds.THI_XA ? "Thị xã"
                    : "Thành phố";
            String label = word + " " + place;
            String of = word.toLowerCase(java.util.Locale.ROOT) + " " + place;
            boolean urban = !s.rural();
            int population = (int) ((urban ? 150_000 : 120_000) * (0.5 + 1.2 * r.nextDouble()));
            double area = urban ? 35 + 300 * r.nextDouble() : (s.mountain ? 850 : 450) * (0.3 + 1.5 * r.nextDouble());
            UnitId t = admin(id, label, s.kind, Level.DISTRICT, pv.admin, s.cls, population, Math.round(area * 10) / 10.0,
                    population / 4, null, s.mountain, false, false);
            Level lv = Level.DISTRICT;
            String partyWord = s.kind == VnKinds.HUYEN ? "Huyện ủy" : s.kind == VnKinds.QUAN ? "Quận ủy"
                    : s.kind == VnKinds.THI_XA ? "Thị ủy" : "Thành ủy";

            // party
            UnitId hu = org(id + ".hu", partyWord + " " + place, VnKinds.HUYEN_UY, lv, t, pv.tu, 0, r);
            Holder secretary = fresh(r, post(hu, ".head", PostRole.HEAD, "Bí thư " + partyWord), 1, pool);
            Holder standing = fresh(r, post(hu, ".dep1", PostRole.DEPUTY, "Phó Bí thư Thường trực"), 1, pool);
            pool.leaders.add(secretary);
            pool.leaders.add(standing);
            String[][] boards = {{".btc", "Ban Tổ chức"}, {".btg", "Ban Tuyên giáo"}, {".bdv", "Ban Dân vận"},
                {".ubkt", "Ủy ban Kiểm tra"}, {".vp", "Văn phòng"}};
            UnitKind[] boardKinds = {VnKinds.BAN_TO_CHUC, VnKinds.BAN_TUYEN_GIAO, VnKinds.BAN_DAN_VAN, VnKinds.UY_BAN_KIEM_TRA,
                VnKinds.VAN_PHONG_CAP_UY};
            Holder[] boardHeads = new Holder[boards.length];
            for (int i = 0; i < boards.length; i++) {
                UnitId u = org(hu.value() + boards[i][0], boards[i][1] + " " + partyWord + " " + place, boardKinds[i], lv, t, hu,
                        6 + r.nextInt(6), r);
                String head = i == 3 ? "Chủ nhiệm" : i == 4 ? "Chánh Văn phòng" : "Trưởng ban";
                boardHeads[i] = agency(r, u, head, "Phó " + head, between(r, 1, 2), "Chuyên viên", between(r, 2, 4), 1, pool, true);
                if (i == 3) {
                    seats(r, u, ".mem", PostRole.MEMBER, "Ủy viên Ủy ban Kiểm tra", between(r, 2, 3), List.of(), true, new HashSet<>(),
                            0.05, 1, pool);
                }
            }
            UnitId ttbdct = org(hu.value() + ".ttbdct", "Trung tâm Bồi dưỡng chính trị " + of, VnKinds.TTBDCT, lv, t, hu,
                    5 + r.nextInt(4), r);
            PostId ttHead = post(ttbdct, ".head", PostRole.HEAD, "Giám đốc");
            if (r.nextDouble() < 0.5) {
                tenure(r, boardHeads[1], ttHead, TenureType.CONCURRENT); // model tuyen-giao=ttbdct
            } else {
                pool.heads.add(fresh(r, ttHead, 1, pool));
            }
            if (r.nextDouble() < 0.6) {
                fresh(r, post(ttbdct, ".dep1", PostRole.DEPUTY, "Phó Giám đốc"), 1, pool);
            }
            for (int i = 1; i <= 2; i++) {
                pool.staff.add(fresh(r, post(ttbdct, ".staff" + i, PostRole.STAFF, "Giảng viên"), 0.95, pool));
            }

            // state
            UnitId hdnd = org(id + ".hdnd", "HĐND " + of, VnKinds.HDND, lv, t, pv.hdnd, 0, r);
            PostId hdndHead = post(hdnd, ".head", PostRole.HEAD, "Chủ tịch HĐND");
            Holder hdndChair;
            if (r.nextDouble() < 0.4) {
                hdndChair = secretary; // model bi-thu-huyen=chu-tich-hdnd
                tenure(r, secretary, hdndHead, TenureType.CONCURRENT);
            } else {
                hdndChair = fresh(r, hdndHead, 1, pool);
                pool.leaders.add(hdndChair);
            }
            pool.leaders.add(fresh(r, post(hdnd, ".dep1", PostRole.DEPUTY, "Phó Chủ tịch HĐND"), 1, pool));
            String[] councilBoards = {"Ban Pháp chế", "Ban Kinh tế – Xã hội"};
            for (int i = 1; i <= 2; i++) {
                UnitId u = org(hdnd.value() + ".b" + i, councilBoards[i - 1] + " HĐND " + of, VnKinds.BAN_HDND, lv, t, hdnd, 0, r);
                agency(r, u, "Trưởng ban", "Phó Trưởng ban", 1, "Chuyên viên", 0, 0.9, pool, false);
            }
            UnitId ubnd = org(id + ".ubnd", "UBND " + of, VnKinds.UBND, lv, t, pv.ubnd, 0, r);
            Holder chair = fresh(r, post(ubnd, ".head", PostRole.HEAD, "Chủ tịch UBND"), 1, pool);
            pool.leaders.add(chair);
            int vc = deputies(r, s.cls == UnitClass.I ? 3 : 2);
            for (int i = 1; i <= vc; i++) {
                pool.leaders.add(fresh(r, post(ubnd, ".dep" + i, PostRole.DEPUTY, "Phó Chủ tịch UBND"), 1, pool));
            }
            List<Holder> officeHeads = new ArrayList<>();
            int office = 0;
            for (int i = 0; i < PHONG.length; i++) {
                boolean rural = i == 9 || i == 10;
                boolean urbanOnly = i == 11 || i == 12;
                if (rural && urban || urbanOnly && !urban || i == 13 && !s.mountain) {
                    continue;
                }
                office++;
                String field = i == 0 ? VnAttributes.NOI_VU : i == 8 ? VnAttributes.THANH_TRA : null;
                String name = i == 8 ? "Thanh tra " + of : "Phòng " + PHONG[i] + " " + of;
                UnitId u = org(id + ".ph" + office, name, VnKinds.PHONG, lv, t, ubnd, 6 + r.nextInt(8), r, field);
                String head = i == 8 ? "Chánh Thanh tra" : "Trưởng phòng";
                double ud = r.nextDouble();
                int d = ud < 0.3 ? 1 : ud < 0.93 ? 2 : 3;
                officeHeads.add(agency(r, u, head, "Phó " + head, d, "Chuyên viên", between(r, 3, 6), 0.9, pool, false));
                UnitId so = pv.so[PHONG_FIELD[i]];
                if (so != null) {
                    rel(RelationType.GUIDES, so, u);
                }
            }
            office++;
            UnitId vp = org(id + ".ph" + office, "Văn phòng HĐND và UBND " + of, VnKinds.VAN_PHONG_HDND_UBND, lv, t, ubnd,
                    12 + r.nextInt(6), r);
            officeHeads.add(agency(r, vp, "Chánh Văn phòng", "Phó Chánh Văn phòng", between(r, 1, 2), "Chuyên viên",
                    between(r, 3, 6), 0.9, pool, false));
            rel(RelationType.SERVES, vp, hdnd);
            rel(RelationType.SERVES, vp, ubnd);
            pool.heads.addAll(officeHeads);
            service(r, id + ".ttyt", "Trung tâm Y tế " + of, VnKinds.TRUNG_TAM_Y_TE, lv, t, ubnd, 2, pool);
            service(r, id + ".dai", "Đài Truyền thanh " + of, VnKinds.DAI_TRUYEN_THANH, lv, t, ubnd, 1, pool);
            service(r, id + ".gdnn", "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên " + of, VnKinds.TRUNG_TAM_GDNN_GDTX, lv,
                    t, ubnd, 1, pool);
            service(r, id + ".bql", "Ban Quản lý dự án đầu tư xây dựng " + of, VnKinds.BAN_QUAN_LY, lv, t, ubnd, 2, pool);
            service(r, id + ".vpdk", "Chi nhánh Văn phòng Đăng ký đất đai " + of, VnKinds.VAN_PHONG_DANG_KY_DAT_DAI, lv, t, pv.vpdk, 1,
                    pool);
            String[] stations = {"Trạm Khuyến nông", "Trạm Chăn nuôi và Thú y", "Trạm Trồng trọt và Bảo vệ thực vật"};
            for (int i = 0; i < s.stations; i++) {
                service(r, id + ".tram" + (i + 1), stations[i] + " " + of, VnKinds.TRAM, lv, t, ubnd, 1, pool);
            }
            String[] centres = {"Trung tâm Văn hóa, Thông tin và Thể thao", "Trung tâm Dịch vụ nông nghiệp"};
            for (int i = 0; i < s.centres; i++) {
                service(r, id + ".ttsn" + (i + 1), centres[i] + " " + of, VnKinds.TRUNG_TAM_SU_NGHIEP, lv, t, ubnd, 2, pool);
            }
            if (s.hospitals > 0) {
                service(r, id + ".bv", "Bệnh viện Đa khoa " + of, VnKinds.BENH_VIEN, lv, t, ubnd, 2, pool);
            }
            String[] partyOrgs = {"Đảng bộ Cơ quan chính quyền", "Đảng bộ Các cơ quan Đảng", "Đảng bộ Công an", "Đảng bộ Quân sự",
                "Chi bộ Trung tâm Y tế", "Chi bộ Ngân hàng Chính sách xã hội", "Chi bộ Kho bạc Nhà nước"};
            for (int i = 1; i <= s.partyOrgs; i++) {
                UnitId o = org(hu.value() + ".o" + i, partyOrgs[i - 1] + " " + of, VnKinds.TO_CHUC_CO_SO_DANG, lv, t, hu, 0, r);
                partyOrg(r, o, pool);
            }

            // front
            UnitId mttq = org(id + ".mttq", "Ủy ban MTTQ Việt Nam " + of, VnKinds.UBMTTQ, lv, t, pv.mttq, 8 + r.nextInt(4), r);
            PostId frontHead = post(mttq, ".head", PostRole.HEAD, "Chủ tịch Ủy ban MTTQ");
            Holder frontChair;
            if (r.nextDouble() < 0.25) {
                frontChair = boardHeads[2]; // model dan-van=mttq
                tenure(r, frontChair, frontHead, TenureType.CONCURRENT);
            } else {
                frontChair = fresh(r, frontHead, 1, pool);
                pool.leaders.add(frontChair);
            }
            for (int i = 1; i <= between(r, 1, 2); i++) {
                pool.leaders.add(fresh(r, post(mttq, ".dep" + i, PostRole.DEPUTY, "Phó Chủ tịch Ủy ban MTTQ"), 1, pool));
            }
            for (int i = 1; i <= 2; i++) {
                pool.staff.add(fresh(r, post(mttq, ".staff" + i, PostRole.STAFF, "Chuyên viên"), 0.9, pool));
            }
            for (int i = 0; i < MEMBER_ORGS.length; i++) {
                UnitId o = org(id + MEMBER_SUFFIX[i], MEMBER_NAME[i] + " " + of, MEMBER_ORGS[i], lv, t,
                        UnitId.of(pv.id + MEMBER_SUFFIX[i]), 4 + r.nextInt(4), r);
                pool.front.add(agency(r, o, "Chủ tịch", "Phó Chủ tịch", between(r, 1, 2), "Chuyên viên", between(r, 1, 2), 1, pool,
                        false));
                rel(RelationType.MEMBER_OF, o, mttq);
            }
            for (int i = 1; i <= s.associations; i++) {
                UnitId parent = i <= pv.associations ? UnitId.of(pv.id + ".hq" + i) : pv.mttq;
                UnitId o = org(id + ".hq" + i, HOI[i - 1] + " " + of, VnKinds.HOI_QUAN_CHUNG, lv, t, parent, 0, r);
                pool.front.add(agency(r, o, "Chủ tịch Hội", "Phó Chủ tịch Hội", r.nextInt(2), "Chuyên viên", 0, 0.7, pool, false));
                rel(RelationType.MEMBER_OF, o, mttq);
            }
            seats(r, mttq, ".mem", PostRole.MEMBER, "Ủy viên Ủy ban MTTQ", between(r, 10, 15), pool.front, false, new HashSet<>(),
                    0.05, 0.5, pool);
            leads(hu, hdnd, ubnd, mttq);

            // committee seats: the UBND chair as deputy secretary, standing members and members from the heads of the district
            tenure(r, chair, post(hu, ".dep2", PostRole.DEPUTY, "Phó Bí thư"), TenureType.CONCURRENT);
            Set<Holder> used = new HashSet<>(List.of(secretary, standing, chair));
            List<Holder> standingPool = new ArrayList<>(pool.leaders);
            standingPool.addAll(List.of(boardHeads));
            seats(r, hu, ".sm", PostRole.STANDING_MEMBER, "Ủy viên Ban Thường vụ", between(r, 8, 11), standingPool, true, used, 0, 1,
                    pool);
            List<Holder> memberPool = new ArrayList<>(pool.heads);
            memberPool.addAll(pool.front);
            seats(r, hu, ".mem", PostRole.MEMBER, "Huyện ủy viên", between(r, 18, 26), memberPool, true, used, 0.02, 1, pool);
            seats(r, hdnd, ".mem", PostRole.MEMBER, "Đại biểu HĐND", between(r, 20, 30), pool.all, false,
                    new HashSet<>(List.of(hdndChair)), 0.02, 0.6, pool);
            seats(r, ubnd, ".mem", PostRole.MEMBER, "Ủy viên UBND", between(r, 3, 5), officeHeads, false, new HashSet<>(), 0, 1, pool);
            return new District(pv, s, id, t, hu, hdnd, ubnd, mttq, s.associations);
        }

        // ------------------------------------------------------------ commune and villages

        private void commune(District dv, CommuneSpec s) {
            SplittableRandom r = new SplittableRandom(s.seed);
            Pool pool = new Pool();
            String id = dv.id + ".c" + s.n;
            String place = place(r);
            String word = s.kind == VnKinds.XA ? "Xã" : s.kind == VnKinds.PHUONG ? "Phường" : "Thị trấn";
            String label = word + " " + place;
            String of = word.toLowerCase(java.util.Locale.ROOT) + " " + place;
            VnRegion region = dv.province.spec.region;
            // area and population: about one in five below the standard (NQ 1211), a few far below
            boolean small = r.nextDouble() < 0.2;
            int popStd = s.kind == VnKinds.PHUONG ? (dv.spec.kind == VnKinds.QUAN ? 15_000 : 7_000) : s.mountain ? 5_000 : 8_000;
            double areaStd = s.kind == VnKinds.PHUONG ? 5.5 : s.mountain ? 50 : 30;
            int population = (int) (popStd * (small ? 0.5 + 0.5 * r.nextDouble() : 1.0 + 1.5 * r.nextDouble()));
            double area = areaStd * (r.nextDouble() < 0.2 ? 0.5 + 0.5 * r.nextDouble() : 1.0 + 2.0 * r.nextDouble());
            UnitId t = admin(id, label, s.kind, Level.COMMUNE, dv.admin, s.cls, population, Math.round(area * 100) / 100.0,
                    population / 4, null, s.mountain, s.border, s.island);
            Level lv = Level.COMMUNE;

            // party committee, its secretary and standing deputy first: the HĐND chair may be the secretary
            UnitId du = org(id + ".du", "Đảng ủy " + of, VnKinds.DANG_UY_XA, lv, t, dv.hu, 0, r);
            Holder secretary = fresh(r, post(du, ".head", PostRole.HEAD, "Bí thư Đảng ủy"), 1, pool);
            Holder standing = fresh(r, post(du, ".dep1", PostRole.DEPUTY, "Phó Bí thư Thường trực Đảng ủy"), 1, pool);
            pool.leaders.add(secretary);
            pool.leaders.add(standing);
            UnitId ubkt = org(du.value() + ".ubkt", "Ủy ban Kiểm tra Đảng ủy " + of, VnKinds.UY_BAN_KIEM_TRA, lv, t, du, 0, r);
            Holder inspector = fresh(r, post(ubkt, ".head", PostRole.HEAD, "Chủ nhiệm Ủy ban Kiểm tra"), 1, pool);
            pool.leaders.add(inspector);
            if (r.nextDouble() < 0.7) {
                fresh(r, post(ubkt, ".dep1", PostRole.DEPUTY, "Phó Chủ nhiệm Ủy ban Kiểm tra"), 1, pool);
            }

            // council
            UnitId hdnd = org(id + ".hdnd", "HĐND " + of, VnKinds.HDND, lv, t, dv.hdnd, 0, r);
            PostId hdndHead = post(hdnd, ".head", PostRole.HEAD, "Chủ tịch HĐND");
            Holder hdndChair;
            if (r.nextDouble() < 0.5) {
                hdndChair = secretary; // model bi-thu-xa=chu-tich-hdnd
                tenure(r, secretary, hdndHead, TenureType.CONCURRENT);
            } else {
                hdndChair = fresh(r, hdndHead, 1, pool);
                pool.leaders.add(hdndChair);
            }
            Holder hdndVice = fresh(r, post(hdnd, ".dep1", PostRole.DEPUTY, "Phó Chủ tịch HĐND"), 1, pool);
            pool.leaders.add(hdndVice);

            // committee: chair, vice-chairs by class, police and military members, civil servants
            UnitId ubnd = org(id + ".ubnd", "UBND " + of, VnKinds.UBND, lv, t, dv.ubnd, 18 + r.nextInt(5), r);
            Holder chair = fresh(r, post(ubnd, ".head", PostRole.HEAD, "Chủ tịch UBND"), 1, pool);
            pool.leaders.add(chair);
            int vc = deputies(r, s.cls == UnitClass.III ? 1 : 2);
            for (int i = 1; i <= vc; i++) {
                pool.leaders.add(fresh(r, post(ubnd, ".dep" + i, PostRole.DEPUTY, "Phó Chủ tịch UBND"), 1, pool));
            }
            Holder police = fresh(r, post(ubnd, ".mem1", PostRole.MEMBER, "Ủy viên UBND, Trưởng Công an"), 1, pool);
            Holder military = fresh(r, post(ubnd, ".mem2", PostRole.MEMBER, "Ủy viên UBND, Chỉ huy trưởng Quân sự"), 1, pool);
            pool.members.add(police);
            pool.members.add(military);
            String[] civil = {"Công chức Văn phòng – Thống kê", "Công chức Địa chính – Xây dựng", "Công chức Tài chính – Kế toán",
                "Công chức Tư pháp – Hộ tịch", "Công chức Văn hóa – Xã hội"};
            int staff = between(r, 7, 11);
            for (int i = 1; i <= staff; i++) {
                PostId pid = post(ubnd, ".staff" + i, PostRole.STAFF, civil[(i - 1) % civil.length]);
                if (r.nextDouble() < 0.04) {
                    continue;
                }
                pool.staff.add(fresh(r, pid, 0.75, pool));
            }
            UnitId tyt = org(ubnd.value() + ".tyt", "Trạm Y tế " + of, VnKinds.TRAM_Y_TE, lv, t, ubnd, 5 + r.nextInt(4), r);
            List<Holder> tytStaff = new ArrayList<>();
            pool.heads.add(agency(r, tyt, "Trạm trưởng", "Phó Trạm trưởng", r.nextInt(2), "Viên chức y tế", between(r, 2, 4), 0.7, pool,
                    false));
            tytStaff.addAll(pool.staff.subList(pool.staff.size() - Math.min(pool.staff.size(), 2), pool.staff.size()));
            UnitId dai = org(ubnd.value() + ".dai", "Đài Truyền thanh " + of, VnKinds.DAI_TRUYEN_THANH, lv, t, ubnd, 2, r);
            pool.heads.add(agency(r, dai, "Trưởng Đài", "Phó Trưởng Đài", 0, "Nhân viên", 1, 0.6, pool, false));
            String[] schoolKinds = {"Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trường Tiểu học", "Trường Mầm non"};
            List<List<Holder>> schoolStaff = new ArrayList<>();
            for (int i = 1; i <= s.schools; i++) {
                UnitId u = org(ubnd.value() + ".th" + i, schoolKinds[i - 1] + " " + place + (i > 3 ? " " + (i - 2) : ""),
                        VnKinds.TRUONG_HOC, lv, t, ubnd, 20 + r.nextInt(25), r);
                int before = pool.staff.size();
                pool.heads.add(agency(r, u, "Hiệu trưởng", "Phó Hiệu trưởng", between(r, 1, 2), "Tổ trưởng chuyên môn", between(r, 1, 2),
                        0.8, pool, false));
                schoolStaff.add(new ArrayList<>(pool.staff.subList(before, pool.staff.size())));
            }

            // front and its members
            UnitId mttq = org(id + ".mttq", "Ủy ban MTTQ Việt Nam " + of, VnKinds.UBMTTQ, lv, t, dv.mttq, 0, r);
            Holder frontChair = fresh(r, post(mttq, ".head", PostRole.HEAD, "Chủ tịch Ủy ban MTTQ"), 1, pool);
            pool.leaders.add(frontChair);
            for (int i = 1; i <= (s.cls == UnitClass.I ? 2 : 1); i++) {
                PostId pid = post(mttq, ".dep" + i, PostRole.DEPUTY, "Phó Chủ tịch Ủy ban MTTQ");
                if (r.nextDouble() < 0.05) {
                    continue;
                }
                pool.leaders.add(fresh(r, pid, 0.95, pool));
            }
            for (int i = 0; i < 4; i++) {
                UnitId o = org(id + MEMBER_SUFFIX[i], MEMBER_NAME[i] + " " + of, MEMBER_ORGS[i], lv, t, UnitId.of(dv.id + MEMBER_SUFFIX[i]),
                        0, r);
                pool.front.add(agency(r, o, i == 2 ? "Bí thư Đoàn" : "Chủ tịch", i == 2 ? "Phó Bí thư Đoàn" : "Phó Chủ tịch",
                        r.nextDouble() < 0.75 ? 1 : 0, "", 0, 0.95, pool, false));
                rel(RelationType.MEMBER_OF, o, mttq);
            }
            for (int i = 1; i <= s.associations; i++) {
                UnitId parent = i <= dv.associations ? UnitId.of(dv.id + ".hq" + i) : dv.mttq;
                UnitId o = org(id + ".hq" + i, HOI[i - 1] + " " + of, VnKinds.HOI_QUAN_CHUNG, lv, t, parent, 0, r);
                pool.front.add(agency(r, o, "Chủ tịch Hội", "Phó Chủ tịch Hội", r.nextDouble() < 0.4 ? 1 : 0, "", 0, 0.6, pool, false));
                rel(RelationType.MEMBER_OF, o, mttq);
            }
            leads(du, hdnd, ubnd, mttq);

            // villages: head, party cell, Front work board, with the village triple post in a share of them
            List<Holder> cellSecretaries = new ArrayList<>();
            String villageWord = s.urban() ? "Tổ dân phố" : "Thôn";
            UnitKind villageKind = s.urban() ? VnKinds.TO_DAN_PHO : VnKinds.THON;
            int hhStd = households(region, s);
            for (int v = 1; v <= s.villages; v++) {
                String vid = id + ".v" + v;
                String vname = villageWord + " " + (s.urban() || r.nextBoolean() ? Integer.toString(v) : place(r));
                int hh = (int) (hhStd * (r.nextDouble() < 0.03 ? 0.4 + 0.6 * r.nextDouble() : 1.0 + 1.2 * r.nextDouble()));
                UnitId village = admin(vid, vname, villageKind, Level.VILLAGE, t, null, hh * 4, Math.round((0.3 + 3 * r.nextDouble()) * 100)
                        / 100.0, hh, null, false, false, false);
                boolean triple = r.nextDouble() < 0.4;
                Holder head = fresh(r, post(village, ".head", PostRole.HEAD, s.urban() ? "Tổ trưởng tổ dân phố" : "Trưởng thôn"),
                        triple ? 1 : 0.6, pool);
                if (r.nextDouble() < 0.7) {
                    fresh(r, post(village, ".dep1", PostRole.DEPUTY, s.urban() ? "Tổ phó tổ dân phố" : "Phó Trưởng thôn"), 0.4, pool);
                }
                UnitId cell = org(vid + ".cb", "Chi bộ " + vname, VnKinds.CHI_BO, Level.VILLAGE, village, du, 0, r);
                PostId cellHead = post(cell, ".head", PostRole.HEAD, "Bí thư Chi bộ");
                Holder cs;
                if (triple) {
                    cs = head; // model bi-thu-chi-bo=truong-thon
                    tenure(r, head, cellHead, TenureType.CONCURRENT);
                } else {
                    cs = fresh(r, cellHead, 1, pool);
                }
                cellSecretaries.add(cs);
                if (r.nextDouble() < 0.8) {
                    fresh(r, post(cell, ".dep1", PostRole.DEPUTY, "Phó Bí thư Chi bộ"), 1, pool);
                }
                UnitId board = org(vid + ".bct", "Ban công tác Mặt trận " + vname, VnKinds.BAN_CONG_TAC_MAT_TRAN, Level.VILLAGE, village,
                        mttq, 0, r);
                PostId boardHead = post(board, ".head", PostRole.HEAD, "Trưởng ban công tác Mặt trận");
                double u = r.nextDouble();
                Holder bh;
                if (u < 0.15) {
                    bh = cs; // model bi-thu-chi-bo=truong-ban-mat-tran (with the triple post when cs is the head)
                    tenure(r, cs, boardHead, TenureType.CONCURRENT);
                } else if (u < 0.25 && cs != head) {
                    bh = head; // model truong-thon=truong-ban-mat-tran
                    tenure(r, head, boardHead, TenureType.CONCURRENT);
                } else {
                    bh = fresh(r, boardHead, 0.6, pool);
                }
                pool.front.add(bh);
                if (r.nextDouble() < 0.6) {
                    fresh(r, post(board, ".dep1", PostRole.DEPUTY, "Phó Trưởng ban công tác Mặt trận"), 0.5, pool);
                }
                int members = between(r, 1, 2);
                for (int i = 1; i <= members; i++) {
                    PostId pid = post(board, ".mem" + i, PostRole.MEMBER, "Ủy viên Ban công tác Mặt trận");
                    if (r.nextDouble() < 0.5) {
                        fresh(r, pid, 0.5, pool);
                    }
                }
                rel(RelationType.LEADS, cell, board);
            }

            // party cells of the commune's agencies: secretaries hold staff posts there (concurrently)
            int cell = 0;
            Set<Holder> lead = new HashSet<>(); // staff holding a concurrent leadership post: one each
            for (int i = 0; i < s.schools; i++) {
                agencyCell(r, du, t, ++cell, "Chi bộ " + schoolKinds[i] + " " + place, schoolStaff.get(i), lead, pool);
            }
            agencyCell(r, du, t, ++cell, "Chi bộ Trạm Y tế " + of, tytStaff, lead, pool);
            UnitId cpolice = org(du.value() + ".cb" + (++cell), "Chi bộ Công an " + of, VnKinds.CHI_BO, lv, t, du, 0, r);
            tenure(r, police, post(cpolice, ".head", PostRole.HEAD, "Bí thư Chi bộ"), TenureType.CONCURRENT);
            UnitId cmil = org(du.value() + ".cb" + (++cell), "Chi bộ Quân sự " + of, VnKinds.CHI_BO, lv, t, du, 0, r);
            tenure(r, military, post(cmil, ".head", PostRole.HEAD, "Bí thư Chi bộ"), TenureType.CONCURRENT);
            lead.add(police);
            lead.add(military);
            agencyCell(r, du, t, ++cell, "Chi bộ Cơ quan " + of, pool.staff, lead, pool);

            // committee seats: the UBND chair as deputy secretary in most communes; standing members; members
            Set<Holder> used = new HashSet<>(List.of(secretary, standing));
            if (r.nextDouble() < 0.5) {
                tenure(r, chair, post(du, ".dep2", PostRole.DEPUTY, "Phó Bí thư Đảng ủy"), TenureType.CONCURRENT);
                used.add(chair);
            }
            List<Holder> standingPool = new ArrayList<>(pool.leaders);
            standingPool.add(police);
            standingPool.add(military);
            seats(r, du, ".sm", PostRole.STANDING_MEMBER, "Ủy viên Ban Thường vụ Đảng ủy", between(r, 2, 4), standingPool, true, used,
                    0, 1, pool);
            List<Holder> memberPool = new ArrayList<>(pool.heads);
            memberPool.addAll(pool.front);
            memberPool.addAll(cellSecretaries);
            memberPool.addAll(pool.staff);
            seats(r, du, ".mem", PostRole.MEMBER, "Đảng ủy viên", between(r, 8, 12), memberPool, true, used, 0.02, 1, pool);
            seats(r, ubkt, ".mem", PostRole.MEMBER, "Ủy viên Ủy ban Kiểm tra", between(r, 1, 2), memberPool, true, new HashSet<>(),
                    0.05, 1, pool);
            List<Holder> delegates = new ArrayList<>(pool.all);
            seats(r, hdnd, ".mem", PostRole.MEMBER, "Đại biểu HĐND", between(r, 15, 23), delegates, false,
                    new HashSet<>(List.of(hdndChair, hdndVice)), 0.02, 0.6, pool);
            String[] councilBoards = {"Ban Pháp chế", "Ban Kinh tế – Xã hội"};
            for (int i = 1; i <= 2; i++) {
                UnitId u = org(hdnd.value() + ".b" + i, councilBoards[i - 1] + " HĐND " + of, VnKinds.BAN_HDND, lv, t, hdnd, 0, r);
                // head and deputy: civil servants and the police or military member, part-time (their main post is not a leadership one)
                fill(r, post(u, ".head", PostRole.HEAD, "Trưởng ban"), PostRole.HEAD, shuffled(r, pool.staff), false, lead, 0.8, pool);
                if (r.nextDouble() < 0.5) {
                    fill(r, post(u, ".dep1", PostRole.DEPUTY, "Phó Trưởng ban"), PostRole.DEPUTY, shuffled(r, pool.members), false, lead,
                            0.8, pool);
                }
                seats(r, u, ".mem", PostRole.MEMBER, "Ủy viên", 1, delegates, false, new HashSet<>(lead), 0.1, 0.6, pool);
            }
            seats(r, mttq, ".mem", PostRole.MEMBER, "Ủy viên Ủy ban MTTQ", between(r, 6, 10), pool.front, false, new HashSet<>(), 0.05,
                    0.5, pool);
        }

        /** A party cell of an agency: its secretary is one of the agency's staff if one is a party member. */
        private void agencyCell(SplittableRandom r, UnitId du, UnitId t, int n, String name, List<Holder> staff, Set<Holder> lead,
                Pool pool) {
            UnitId cell = org(du.value() + ".cb" + n, name, VnKinds.CHI_BO, Level.COMMUNE, t, du, 0, r);
            fill(r, post(cell, ".head", PostRole.HEAD, "Bí thư Chi bộ"), PostRole.HEAD, shuffled(r, staff), true, lead, 1, pool);
            if (r.nextDouble() < 0.4) {
                fresh(r, post(cell, ".dep1", PostRole.DEPUTY, "Phó Bí thư Chi bộ"), 1, pool);
            }
        }

        /** The households standard of a village of the commune's region (TT 14/2018). */
        private static int households(VnRegion region, CommuneSpec s) {
            if (s.border || s.island) {
                return 100;
            }
            if (s.urban()) {
                return switch (region) {
                    case TRUNG_DU_MIEN_NUI_PHIA_BAC, TAY_NGUYEN -> 200;
                    case DONG_BANG_SONG_HONG -> 350;
                    case MIEN_TRUNG -> 300;
                    case MIEN_NAM -> 400;
                };
            }
            return switch (region) {
                case TRUNG_DU_MIEN_NUI_PHIA_BAC -> 150;
                case DONG_BANG_SONG_HONG -> 300;
                case MIEN_TRUNG -> 250;
                case MIEN_NAM -> 350;
                case TAY_NGUYEN -> 200;
            };
        }
    }
}
