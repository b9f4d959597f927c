package org.bomay.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;

/**
 * A deterministic, synthetic country of any size, for benchmarks and scale tests (property tests
 * use {@link StructureGen}, whose values shrink). Every province has a party committee, council,
 * committee, Front committee and departments; every district a party committee with five boards,
 * a council, a committee with twelve offices, a Front committee with five organizations; every
 * commune a party committee, council, committee and Front committee; every village a party cell,
 * a front work board and a village head. Organizations have a head and deputies, all held.
 *
 * <pre>{@code
 * OrgStructure national = SyntheticCountry.builder().provinces(63).districtsPerProvince(11)
 *         .communesPerDistrict(16).villagesPerCommune(9).build().structure();
 * national.counts().units();   // about 400 000
 * }</pre>
 *
 * <p>Names and numbers are made up; the same settings always give an equal structure. Instances
 * are thread-safe.
 */
public final class SyntheticCountry {
    private static final LocalDate DATE = LocalDate.of(2020, 1, 1);
    private static final Period SINCE = Period.from(LocalDate.of(2016, 7, 1));
    private static final String[] SO = {"Nội vụ", "Tài chính", "Kế hoạch và Đầu tư", "Tư pháp", "Công Thương",
        "Nông nghiệp và Phát triển nông thôn", "Giao thông vận tải", "Xây dựng", "Tài nguyên và Môi trường",
        "Thông tin và Truyền thông", "Lao động – Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch",
        "Khoa học và Công nghệ", "Giáo dục và Đào tạo", "Y tế"};
    private static final String[] PHONG = {"Nội vụ", "Tài chính – Kế hoạch", "Tư pháp", "Kinh tế và Hạ tầng",
        "Nông nghiệp và Phát triển nông thôn", "Tài nguyên và Môi trường", "Lao động – Thương binh và Xã hội",
        "Văn hóa và Thông tin", "Giáo dục và Đào tạo", "Y tế", "Thanh tra", "Văn phòng HĐND và UBND"};
    private static final String[] SYLLABLES = {"An", "Bình", "Hòa", "Thuỷ", "Phú", "Tân", "Đông", "Sơn", "Hưng",
        "Lộc", "Quế", "Thịnh", "Khánh", "Nghĩa", "Trung", "Phước", "Thạnh", "Long", "Mỹ", "Vĩnh"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Lan", "Long", "Mai", "Nam",
        "Phương", "Quang", "Sơn", "Thảo", "Tuấn", "Vân"};

    private final int provinces;
    private final int districts;
    private final int communes;
    private final int villages;

    private OrgStructure.Builder b;
    private int personSeq;

    private SyntheticCountry(Builder s) {
        this.provinces = s.provinces;
        this.districts = s.districts;
        this.communes = s.communes;
        this.villages = s.villages;
    }

    /** Starts the settings; the defaults give one province of 2 districts × 3 communes × 2 villages. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds the structure (through {@link OrgStructure.Builder}, so it is validated).
     *
     * <pre>{@code
     * OrgStructure s = SyntheticCountry.builder().provinces(2).build().structure();
     * }</pre>
     */
    public OrgStructure structure() {
        return builderOfStructure().build();
    }

    /**
     * The filled structure builder, before validation: for benchmarks of {@code build()} itself.
     * Synchronized: one instance fills one builder at a time.
     */
    public synchronized OrgStructure.Builder builderOfStructure() {
        b = OrgStructure.builder(DATE);
        personSeq = 0;
        for (int p = 1; p <= provinces; p++) {
            province("p" + p, p);
        }
        OrgStructure.Builder out = b;
        b = null;
        return out;
    }

    private void province(String id, int n) {
        String name = name(n, 0);
        UnitId t = admin(id, "Tỉnh " + name, VnKinds.TINH, Level.PROVINCE, null);
        UnitId party = org(id + ".tu", "Tỉnh ủy " + name, VnKinds.TINH_UY, Level.PROVINCE, t, null, 3);
        UnitId hdnd = org(id + ".hdnd", "HĐND tỉnh " + name, VnKinds.HDND, Level.PROVINCE, t, null, 2);
        UnitId ubnd = org(id + ".ubnd", "UBND tỉnh " + name, VnKinds.UBND, Level.PROVINCE, t, null, 4);
        UnitId mttq = org(id + ".mttq", "Ủy ban MTTQ tỉnh " + name, VnKinds.UBMTTQ, Level.PROVINCE, t, null, 3);
        leads(party, hdnd, ubnd, mttq);
        for (int i = 0; i < SO.length; i++) {
            org(id + ".so" + (i + 1), "Sở " + SO[i], VnKinds.SO, Level.PROVINCE, t, ubnd, 3);
        }
        for (int d = 1; d <= districts; d++) {
            district(id + ".d" + d, n * 31 + d, t, party, hdnd, ubnd, mttq);
        }
    }

    private void district(String id, int n, UnitId province, UnitId pParty, UnitId pHdnd, UnitId pUbnd, UnitId pMttq) {
        String name = name(n, 1);
        UnitId t = admin(id, "Huyện " + name, VnKinds.HUYEN, Level.DISTRICT, province);
        UnitId party = org(id + ".hu", "Huyện ủy " + name, VnKinds.HUYEN_UY, Level.DISTRICT, t, pParty, 2);
        org(id + ".hu.btc", "Ban Tổ chức Huyện ủy " + name, VnKinds.BAN_TO_CHUC, Level.DISTRICT, t, party, 2);
        org(id + ".hu.btg", "Ban Tuyên giáo Huyện ủy " + name, VnKinds.BAN_TUYEN_GIAO, Level.DISTRICT, t, party, 2);
        org(id + ".hu.bdv", "Ban Dân vận Huyện ủy " + name, VnKinds.BAN_DAN_VAN, Level.DISTRICT, t, party, 1);
        org(id + ".hu.ubkt", "Ủy ban Kiểm tra Huyện ủy " + name, VnKinds.UY_BAN_KIEM_TRA, Level.DISTRICT, t, party, 2);
        org(id + ".hu.vp", "Văn phòng Huyện ủy " + name, VnKinds.VAN_PHONG_CAP_UY, Level.DISTRICT, t, party, 2);
        UnitId hdnd = org(id + ".hdnd", "HĐND huyện " + name, VnKinds.HDND, Level.DISTRICT, t, pHdnd, 1);
        UnitId ubnd = org(id + ".ubnd", "UBND huyện " + name, VnKinds.UBND, Level.DISTRICT, t, pUbnd, 3);
        UnitId mttq = org(id + ".mttq", "Ủy ban MTTQ huyện " + name, VnKinds.UBMTTQ, Level.DISTRICT, t, pMttq, 2);
        leads(party, hdnd, ubnd, mttq);
        for (int i = 0; i < PHONG.length; i++) {
            boolean office = i == PHONG.length - 1;
            UnitId ph = org(id + ".ph" + (i + 1), (office ? "" : "Phòng ") + PHONG[i] + " huyện " + name,
                    office ? VnKinds.VAN_PHONG_HDND_UBND : VnKinds.PHONG, Level.DISTRICT, t, ubnd, 2);
            if (office) {
                b.add(Relation.of(RelationType.SERVES, ph, hdnd)).add(Relation.of(RelationType.SERVES, ph, ubnd));
            }
        }
        UnitKind[] orgs = {VnKinds.HOI_NONG_DAN, VnKinds.HOI_LHPN, VnKinds.DOAN_THANH_NIEN, VnKinds.HOI_CUU_CHIEN_BINH,
            VnKinds.CONG_DOAN};
        for (int i = 0; i < orgs.length; i++) {
            UnitId o = org(id + ".dt" + (i + 1), orgs[i].vietnamese() + " huyện " + name, orgs[i], Level.DISTRICT, t, null, 1);
            b.add(Relation.of(RelationType.MEMBER_OF, o, mttq));
        }
        for (int c = 1; c <= communes; c++) {
            commune(id + ".c" + c, n * 17 + c, t, party, hdnd, ubnd, mttq);
        }
    }

    private void commune(String id, int n, UnitId district, UnitId dParty, UnitId dHdnd, UnitId dUbnd, UnitId dMttq) {
        String name = name(n, 2);
        UnitId t = admin(id, "Xã " + name, VnKinds.XA, Level.COMMUNE, district);
        UnitId party = org(id + ".du", "Đảng ủy xã " + name, VnKinds.DANG_UY_XA, Level.COMMUNE, t, dParty, 1);
        UnitId hdnd = org(id + ".hdnd", "HĐND xã " + name, VnKinds.HDND, Level.COMMUNE, t, dHdnd, 1);
        UnitId ubnd = org(id + ".ubnd", "UBND xã " + name, VnKinds.UBND, Level.COMMUNE, t, dUbnd, 2);
        UnitId mttq = org(id + ".mttq", "Ủy ban MTTQ xã " + name, VnKinds.UBMTTQ, Level.COMMUNE, t, dMttq, 1);
        leads(party, hdnd, ubnd, mttq);
        for (int v = 1; v <= villages; v++) {
            String vid = id + ".v" + v;
            UnitId village = admin(vid, "Thôn " + v + " xã " + name, VnKinds.THON, Level.VILLAGE, t);
            head(village, "Trưởng thôn " + v);
            UnitId cell = org(vid + ".cb", "Chi bộ thôn " + v + " xã " + name, VnKinds.CHI_BO, Level.VILLAGE, village, party, 0);
            UnitId board = org(vid + ".bct", "Ban công tác Mặt trận thôn " + v + " xã " + name, VnKinds.BAN_CONG_TAC_MAT_TRAN,
                    Level.VILLAGE, village, mttq, 0);
            b.add(Relation.of(RelationType.LEADS, cell, board));
        }
    }

    private UnitId admin(String id, String name, UnitKind kind, Level level, UnitId parent) {
        UnitId uid = UnitId.of(id);
        int h = Math.floorMod(id.hashCode(), 1000);
        Unit u = Unit.builder(uid, name, kind, level).validity(Period.from(LocalDate.of(2000, 1, 1)))
                .population(level == Level.VILLAGE ? 300 + h : 5_000 + h * 10)
                .households(level == Level.VILLAGE ? 80 + h / 5 : 1_200 + h * 2)
                .areaKm2(level == Level.VILLAGE ? 1.0 + h / 500.0 : 10.0 + h / 10.0)
                .build();
        place(u, parent);
        return uid;
    }

    private UnitId org(String id, String name, UnitKind kind, Level level, UnitId territory, UnitId parent, int deputies) {
        UnitId uid = UnitId.of(id);
        Unit u = Unit.builder(uid, name, kind, level).territory(territory).validity(Period.from(LocalDate.of(2000, 1, 1)))
                .staffQuota(level == Level.VILLAGE ? null : 4 + deputies * 3).actualStaff(level == Level.VILLAGE ? null : 3 + deputies * 3)
                .build();
        place(u, parent);
        head(uid, "Người đứng đầu " + name);
        for (int i = 1; i <= deputies; i++) {
            PostId pid = PostId.of(id + ".pho" + i);
            b.add(Post.of(pid, uid, PostRole.DEPUTY, "Cấp phó " + i + " " + name));
            hold(pid);
        }
        return uid;
    }

    private void place(Unit u, UnitId parent) {
        if (parent == null) {
            b.add(u);
        } else {
            b.add(u, parent);
        }
    }

    private void head(UnitId unit, String title) {
        PostId pid = PostId.of(unit + ".head");
        b.add(Post.of(pid, unit, PostRole.HEAD, title));
        hold(pid);
    }

    private void hold(PostId post) {
        int n = ++personSeq;
        PersonId pid = PersonId.of("n" + n);
        String name = FAMILY[n % FAMILY.length] + (n % 2 == 0 ? " Văn " : " Thị ") + GIVEN[(n / 7) % GIVEN.length];
        b.add(new Person(pid, name, n % 5 != 0, LocalDate.of(1960 + n % 35, 1 + n % 12, 1 + n % 28)));
        b.add(Tenure.main(pid, post, SINCE));
    }

    private void leads(UnitId party, UnitId... bodies) {
        for (UnitId body : bodies) {
            b.add(Relation.of(RelationType.LEADS, party, body));
        }
    }

    private static String name(int n, int salt) {
        int a = Math.floorMod(n * 7 + salt, SYLLABLES.length);
        int c = Math.floorMod(n * 13 + salt * 3 + 1, SYLLABLES.length);
        if (c == a) {
            c = (c + 1) % SYLLABLES.length;
        }
        return SYLLABLES[a] + " " + SYLLABLES[c] + " " + n;
    }

    /** The number of units {@link #structure()} will hold, computed without building. */
    public long expectedUnits() {
        long perVillage = 3;
        long perCommune = 5 + villages * perVillage;
        long perDistrict = 1 + 6 + 3 + PHONG.length + 5 + communes * perCommune;
        long perProvince = 5 + SO.length + districts * perDistrict;
        return provinces * perProvince;
    }

    @Override
    public String toString() {
        return "SyntheticCountry[" + provinces + " provinces × " + districts + " districts × " + communes
                + " communes × " + villages + " villages ≈ " + expectedUnits() + " units]";
    }

    /**
     * Settings of a {@link SyntheticCountry}.
     *
     * <pre>{@code
     * SyntheticCountry c = SyntheticCountry.builder().provinces(10).villagesPerCommune(5).build();
     * }</pre>
     */
    public static final class Builder {
        private int provinces = 1;
        private int districts = 2;
        private int communes = 3;
        private int villages = 2;

        private Builder() {}

        /** Number of provinces (at least 1). */
        public Builder provinces(int n) {
            provinces = check("provinces", n, 1);
            return this;
        }

        /** Districts per province (at least 0). */
        public Builder districtsPerProvince(int n) {
            districts = check("districtsPerProvince", n, 0);
            return this;
        }

        /** Communes per district (at least 0). */
        public Builder communesPerDistrict(int n) {
            communes = check("communesPerDistrict", n, 0);
            return this;
        }

        /** Villages per commune (at least 0). */
        public Builder villagesPerCommune(int n) {
            villages = check("villagesPerCommune", n, 0);
            return this;
        }

        private static int check(String what, int n, int min) {
            if (n < min || n > 100_000) {
                throw new BomayException("SyntheticCountry: " + what + " must be between " + min + " and 100000, was " + n);
            }
            return n;
        }

        /** Returns the country; nothing is built until {@link SyntheticCountry#structure()}. */
        public SyntheticCountry build() {
            return new SyntheticCountry(this);
        }
    }

    /** Lists of the sizes used by the benchmarks, smallest first. */
    public static List<SyntheticCountry> ladder() {
        List<SyntheticCountry> out = new ArrayList<>();
        out.add(builder().provinces(1).districtsPerProvince(1).communesPerDistrict(10).villagesPerCommune(5).build());
        out.add(builder().provinces(1).districtsPerProvince(10).communesPerDistrict(16).villagesPerCommune(9).build());
        out.add(builder().provinces(63).districtsPerProvince(11).communesPerDistrict(16).villagesPerCommune(9).build());
        return out;
    }
}
