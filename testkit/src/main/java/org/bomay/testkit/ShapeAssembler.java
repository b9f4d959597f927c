package org.bomay.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.StructureShape.Commune;
import org.bomay.testkit.StructureShape.District;
import org.bomay.testkit.StructureShape.Land;
import org.bomay.testkit.StructureShape.Org;
import org.bomay.testkit.StructureShape.Place;
import org.bomay.testkit.StructureShape.Province;
import org.bomay.testkit.StructureShape.Seat;
import org.bomay.testkit.StructureShape.Village;

/**
 * Maps a {@link StructureShape} deterministically into an {@link OrgStructure}. Ids come from the
 * position in the tree: provinces {@code p1}, districts {@code p1.d2}, communes {@code p1.d2.c3}
 * (three-tier: {@code p1.c3}), villages {@code p1.d2.c3.v1}; an organization is its territory's id
 * plus a suffix ({@code p1.d2.hu}, {@code p1.d2.c3.ubnd}, {@code p1.d2.c3.v1.cb}); posts are the
 * unit's id plus {@code .head} or {@code .dep1..}; people are the post's id plus {@code /holder}
 * or {@code /prev}.
 */
final class ShapeAssembler {
    /** The day the district level was abolished and the merged provinces and communes began. */
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    /** An optional organization of a fixed kind: id suffix, kind, name and head's title. */
    record OrgKind(String suffix, UnitKind kind, String name, String headTitle) {}

    /** The party boards of a district committee, in the order of {@link District#boards()}. */
    static final List<OrgKind> BOARDS = List.of(
            new OrgKind("btc", VnKinds.BAN_TO_CHUC, "Ban Tổ chức", "Trưởng Ban Tổ chức"),
            new OrgKind("btg", VnKinds.BAN_TUYEN_GIAO, "Ban Tuyên giáo", "Trưởng Ban Tuyên giáo"),
            new OrgKind("bdv", VnKinds.BAN_DAN_VAN, "Ban Dân vận", "Trưởng Ban Dân vận"),
            new OrgKind("ubkt", VnKinds.UY_BAN_KIEM_TRA, "Ủy ban Kiểm tra", "Chủ nhiệm Ủy ban Kiểm tra"),
            new OrgKind("vp", VnKinds.VAN_PHONG_CAP_UY, "Văn phòng", "Chánh Văn phòng"));

    /** The index of the Ban Dân vận in {@link #BOARDS}. */
    static final int BDV = 2;

    /** The socio-political organizations, in the order of the shapes' {@code socials()}. */
    static final List<OrgKind> SOCIALS = List.of(
            new OrgKind("hnd", VnKinds.HOI_NONG_DAN, "Hội Nông dân", "Chủ tịch Hội Nông dân"),
            new OrgKind("hpn", VnKinds.HOI_LHPN, "Hội Liên hiệp Phụ nữ", "Chủ tịch Hội Liên hiệp Phụ nữ"),
            new OrgKind("dtn", VnKinds.DOAN_THANH_NIEN, "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Bí thư Đoàn Thanh niên"),
            new OrgKind("ccb", VnKinds.HOI_CUU_CHIEN_BINH, "Hội Cựu chiến binh", "Chủ tịch Hội Cựu chiến binh"));

    /** The fields of provincial departments (Sở) and district offices (Phòng), in the order of the shapes' lists. */
    static final int FIELDS = 6;

    private static String department(int field, boolean modern) {
        return switch (field) {
            case 0 -> "Nội vụ";
            case 1 -> "Tài chính";
            case 2 -> "Tư pháp";
            case 3 -> "Y tế";
            case 4 -> "Giáo dục và Đào tạo";
            default -> "Văn " + VnNames.hoa(modern) + ", Thể thao và Du lịch";
        };
    }

    private static String office(int field, boolean modern) {
        return switch (field) {
            case 0 -> "Nội vụ";
            case 1 -> "Tài chính – Kế hoạch";
            case 2 -> "Tư pháp";
            case 3 -> "Y tế";
            case 4 -> "Giáo dục và Đào tạo";
            default -> "Văn " + VnNames.hoa(modern) + " và Thông tin";
        };
    }

    private static final String[] VILLAGE_WORDS = {"thôn", "xóm", "ấp", "bản"};
    private static final String[] URBAN_VILLAGE_WORDS = {"tổ dân phố", "khu phố"};

    /** A village's full name, e.g. "Thôn Đông Hoà" or "Tổ dân phố 3". */
    static String villageName(Village v, int position, boolean urban) {
        return capitalize(villageWord(v, urban)) + " " + villageOwnName(v, position);
    }

    private static String villageWord(Village v, boolean urban) {
        String[] words = urban ? URBAN_VILLAGE_WORDS : VILLAGE_WORDS;
        return words[v.prefix() % words.length];
    }

    private static String villageOwnName(Village v, int position) {
        return v.numbered() ? Integer.toString(position) : v.place().name();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    // ------------------------------------------------------------------ assembling

    /** Who holds a head post, and when: for a concurrent tenure on another post. */
    private record Holding(PersonId person, Period period) {}

    /** The bodies of a territory that the bodies of the territories below it hang under. */
    private record Above(UnitId admin, UnitId party, UnitId council, UnitId committee, UnitId front, List<UnitId> socials) {}

    private final StructureShape shape;
    private final LocalDate date;
    private final OrgStructure.Builder b;

    ShapeAssembler(StructureShape shape) {
        this.shape = shape;
        this.date = shape.date();
        this.b = OrgStructure.builder(date);
    }

    OrgStructure assemble() {
        List<Province> ps = shape.provinces();
        for (int i = 0; i < ps.size(); i++) {
            province("p" + (i + 1), ps.get(i));
        }
        return b.build();
    }

    private void province(String id, Province p) {
        Place place = p.place();
        boolean m = place.modernTones();
        Period validity = shape.threeTiers() ? Period.from(REFORM) : Period.ALWAYS;
        UnitId admin = admin(id, "Tỉnh " + place.name(), VnKinds.TINH, Level.PROVINCE, p.land(), validity, null);
        String word = "tỉnh";
        String partyName = "Tỉnh " + VnNames.uy(m) + " " + place.name();
        Holding secretary = org(p.party(), id + ".tu", partyName, VnKinds.TINH_UY, Level.PROVINCE, admin, null, validity,
                "Bí thư Tỉnh " + VnNames.uy(m), true, null);
        UnitId party = UnitId.of(id + ".tu");
        UnitId council = UnitId.of(id + ".hdnd");
        UnitId committee = UnitId.of(id + ".ubnd");
        UnitId front = UnitId.of(id + ".mttq");
        core(p.council(), p.committee(), p.front(), id, word, place, Level.PROVINCE, admin, validity,
                null, p.secretaryChairsCouncil() ? secretary : null, null);
        leads(party, council, committee, front);

        List<UnitId> departments = new ArrayList<>();
        for (int k = 0; k < p.departments().size(); k++) {
            Optional<Org> o = p.departments().get(k);
            if (o.isPresent()) {
                String field = department(k, m);
                String dId = id + ".so" + (k + 1);
                org(o.get(), dId, "Sở " + field + " tỉnh " + place.name(), VnKinds.SO, Level.PROVINCE, admin, committee,
                        validity, "Giám đốc Sở " + field, false, null);
                departments.add(UnitId.of(dId));
            } else {
                departments.add(null);
            }
        }
        List<UnitId> socials = new ArrayList<>();
        for (int k = 0; k < p.socials().size(); k++) {
            socials.add(social(p.socials().get(k), k, id, word, place, Level.PROVINCE, admin, null, front, validity));
        }
        Above above = new Above(admin, party, council, committee, front, socials);
        for (int j = 0; j < p.districts().size(); j++) {
            district(id + ".d" + (j + 1), p.districts().get(j), above, departments);
        }
        for (int j = 0; j < p.communes().size(); j++) {
            commune(id + ".c" + (j + 1), p.communes().get(j), above, validity);
        }
    }

    private void district(String id, District d, Above above, List<UnitId> departments) {
        Place place = d.place();
        boolean m = place.modernTones();
        Period validity = Period.ALWAYS;
        UnitKind kind = place.urban() ? VnKinds.THI_XA : VnKinds.HUYEN;
        String word = place.urban() ? "thị xã" : "huyện";
        UnitId admin = admin(id, capitalize(word) + " " + place.name(), kind, Level.DISTRICT, d.land(), validity, above.admin());
        String committeeWord = (place.urban() ? "Thị " : "Huyện ") + VnNames.uy(m);
        String partyName = committeeWord + " " + place.name();
        UnitId party = UnitId.of(id + ".hu");
        Holding secretary = org(d.party(), party.value(), partyName, VnKinds.HUYEN_UY, Level.DISTRICT, admin, above.party(),
                validity, "Bí thư " + committeeWord, true, null);
        Holding mobilization = null;
        for (int k = 0; k < d.boards().size(); k++) {
            if (d.boards().get(k).isPresent()) {
                OrgKind board = BOARDS.get(k);
                String name = (k == 3 ? VnNames.uyCapital(m) + " ban Kiểm tra" : board.name()) + " " + partyName;
                String bId = id + "." + board.suffix();
                Holding head = org(d.boards().get(k).get(), bId, name, board.kind(), Level.DISTRICT, admin, party, validity,
                        board.headTitle(), true, null);
                if (k == BDV) {
                    mobilization = head;
                }
                if (board.kind().equals(VnKinds.VAN_PHONG_CAP_UY)) {
                    b.add(Relation.of(RelationType.SERVES, UnitId.of(bId), party));
                }
            }
        }
        UnitId council = UnitId.of(id + ".hdnd");
        UnitId committee = UnitId.of(id + ".ubnd");
        UnitId front = UnitId.of(id + ".mttq");
        core(d.council(), d.committee(), d.front(), id, word, place, Level.DISTRICT, admin, validity, above,
                d.secretaryChairsCouncil() ? secretary : null, d.mobilizationHeadsFront() ? mobilization : null);
        leads(party, council, committee, front);

        for (int k = 0; k < d.offices().size(); k++) {
            Optional<Org> o = d.offices().get(k);
            if (o.isPresent()) {
                String field = office(k, m);
                UnitId oId = UnitId.of(id + ".ph" + (k + 1));
                org(o.get(), oId.value(), "Phòng " + field + " " + word + " " + place.name(), VnKinds.PHONG, Level.DISTRICT,
                        admin, committee, validity, "Trưởng phòng " + field, false, null);
                if (k < departments.size() && departments.get(k) != null) {
                    b.add(Relation.of(RelationType.GUIDES, departments.get(k), oId));
                }
            }
        }
        List<UnitId> socials = new ArrayList<>();
        for (int k = 0; k < d.socials().size(); k++) {
            Optional<Org> o = d.socials().get(k);
            socials.add(o.isPresent()
                    ? social(o.get(), k, id, word, place, Level.DISTRICT, admin, above.socials().get(k), front, validity)
                    : above.socials().get(k));
        }
        Above here = new Above(admin, party, council, committee, front, socials);
        for (int j = 0; j < d.communes().size(); j++) {
            commune(id + ".c" + (j + 1), d.communes().get(j), here, validity);
        }
    }

    private void commune(String id, Commune c, Above above, Period validity) {
        Place place = c.place();
        boolean m = place.modernTones();
        UnitKind kind = place.urban() ? (shape.threeTiers() ? VnKinds.PHUONG : VnKinds.THI_TRAN) : VnKinds.XA;
        String word = place.urban() ? (shape.threeTiers() ? "phường" : "thị trấn") : "xã";
        UnitId admin = admin(id, capitalize(word) + " " + place.name(), kind, Level.COMMUNE, c.land(), validity, above.admin());
        String committeeWord = "Đảng " + VnNames.uy(m);
        UnitId party = UnitId.of(id + ".du");
        Holding secretary = org(c.party(), party.value(), committeeWord + " " + word + " " + place.name(), VnKinds.DANG_UY_XA,
                Level.COMMUNE, admin, above.party(), validity, "Bí thư " + committeeWord + " " + word, true, null);
        UnitId council = UnitId.of(id + ".hdnd");
        UnitId committee = UnitId.of(id + ".ubnd");
        UnitId front = UnitId.of(id + ".mttq");
        core(c.council(), c.committee(), c.front(), id, word, place, Level.COMMUNE, admin, validity, above,
                c.secretaryChairsCouncil() ? secretary : null, null);
        leads(party, council, committee, front);
        for (int k = 0; k < c.socials().size(); k++) {
            Optional<Org> o = c.socials().get(k);
            if (o.isPresent()) {
                social(o.get(), k, id, word, place, Level.COMMUNE, admin, above.socials().get(k), front, validity);
            }
        }
        for (int j = 0; j < c.villages().size(); j++) {
            village(id + ".v" + (j + 1), j + 1, c.villages().get(j), place.urban(), admin, party, front);
        }
    }

    private void village(String id, int position, Village v, boolean urban, UnitId commune, UnitId communeParty,
            UnitId communeFront) {
        Period validity = Period.ALWAYS;
        String word = villageWord(v, urban);
        String own = villageOwnName(v, position);
        UnitId admin = admin(id, villageName(v, position, urban), urban ? VnKinds.TO_DAN_PHO : VnKinds.THON, Level.VILLAGE,
                v.land(), validity, commune);
        UnitId cell = UnitId.of(id + ".cb");
        UnitId board = UnitId.of(id + ".mt");
        Holding secretary = org(v.cell(), cell.value(), "Chi bộ " + word + " " + own, VnKinds.CHI_BO, Level.VILLAGE, admin,
                communeParty, validity, "Bí thư Chi bộ", true, null);
        org(v.front(), board.value(), "Ban công tác Mặt trận " + word + " " + own, VnKinds.BAN_CONG_TAC_MAT_TRAN,
                Level.VILLAGE, admin, communeFront, validity, "Trưởng Ban công tác Mặt trận", false, null);
        b.add(Relation.of(RelationType.LEADS, cell, board));
        PostId head = PostId.of(id + ".head");
        String title = urban ? "Tổ trưởng " + word : "Trưởng " + word;
        b.add(Post.of(head, admin, PostRole.HEAD, title));
        if (v.secretaryIsHead() && secretary != null) {
            b.add(Tenure.concurrent(secretary.person(), head, secretary.period()));
        } else {
            seat(v.head(), head, validity, false);
        }
    }

    /** Adds the HĐND, UBND and UBMTTQ of a territory, subordinate to those of the territory above (if any). */
    private void core(Org council, Org committee, Org front, String id, String word, Place place, Level level, UnitId admin,
            Period validity, Above above, Holding councilChair, Holding frontChair) {
        boolean m = place.modernTones();
        boolean abbr = place.abbreviations();
        String where = word + " " + place.name();
        org(council, id + ".hdnd", (abbr ? "HĐND " : "Hội đồng nhân dân ") + where, VnKinds.HDND, level, admin,
                above == null ? null : above.council(), validity, "Chủ tịch HĐND " + word, false, councilChair);
        org(committee, id + ".ubnd", (abbr ? "UBND " : VnNames.uyCapital(m) + " ban nhân dân ") + where, VnKinds.UBND, level,
                admin, above == null ? null : above.committee(), validity, "Chủ tịch UBND " + word, false, null);
        org(front, id + ".mttq", (abbr ? "UBMTTQ " : VnNames.uyCapital(m) + " ban Mặt trận Tổ quốc Việt Nam ") + where,
                VnKinds.UBMTTQ, level, admin, above == null ? null : above.front(), validity,
                "Chủ tịch " + VnNames.uyCapital(m) + " ban MTTQ " + word, false, frontChair);
    }

    private UnitId social(Org o, int k, String territoryId, String word, Place place, Level level, UnitId admin,
            UnitId parent, UnitId front, Period validity) {
        OrgKind s = SOCIALS.get(k);
        String id = territoryId + "." + s.suffix();
        org(o, id, s.name() + " " + word + " " + place.name(), s.kind(), level, admin, parent, validity, s.headTitle(),
                false, null);
        UnitId uid = UnitId.of(id);
        b.add(Relation.of(RelationType.MEMBER_OF, uid, front));
        return uid;
    }

    private void leads(UnitId party, UnitId... bodies) {
        for (UnitId body : bodies) {
            b.add(Relation.of(RelationType.LEADS, party, body));
        }
    }

    private UnitId admin(String id, String name, UnitKind kind, Level level, Land land, Period validity, UnitId parent) {
        Unit.Builder u = Unit.builder(UnitId.of(id), name, kind, level).validity(validity);
        if (land.areaTenthsKm2() >= 0) {
            u.areaKm2(land.areaTenthsKm2() / 10.0);
        }
        if (land.population() >= 0) {
            u.population(land.population());
        }
        if (land.households() >= 0) {
            u.households(land.households());
        }
        if (land.unitClass() >= 0) {
            u.unitClass(UnitClass.values()[1 + land.unitClass() % 3]);
        }
        Unit unit = u.build();
        if (parent == null) {
            b.add(unit);
        } else {
            b.add(unit, parent);
        }
        return unit.id();
    }

    /**
     * Adds an organization with its head and deputy posts and their holders.
     *
     * @param concurrentHead if not null, who holds the head post concurrently (the shape's own head seat is then unused)
     * @return who holds the head post as their main post, or null if it is vacant or held concurrently
     */
    private Holding org(Org o, String id, String name, UnitKind kind, Level level, UnitId territory, UnitId parent,
            Period validity, String headTitle, boolean partyPosts, Holding concurrentHead) {
        UnitId uid = UnitId.of(id);
        Unit.Builder u = Unit.builder(uid, name, kind, level).territory(territory).validity(validity);
        if (o.quota() >= 0) {
            u.staffQuota(o.quota());
        }
        if (o.actual() >= 0) {
            u.actualStaff(o.actual());
        }
        Unit unit = u.build();
        if (parent == null) {
            b.add(unit);
        } else {
            b.add(unit, parent);
        }
        PostId head = PostId.of(id + ".head");
        b.add(Post.of(head, uid, PostRole.HEAD, headTitle));
        Holding holding;
        if (concurrentHead != null) {
            b.add(Tenure.concurrent(concurrentHead.person(), head, concurrentHead.period()));
            holding = null;
        } else {
            holding = seat(o.head(), head, validity, partyPosts);
        }
        for (int k = 0; k < o.deputies().size(); k++) {
            PostId deputy = PostId.of(id + ".dep" + (k + 1));
            b.add(Post.of(deputy, uid, PostRole.DEPUTY, "Phó " + headTitle));
            seat(o.deputies().get(k), deputy, validity, partyPosts);
        }
        return holding;
    }

    /** Adds the holder and the previous holder of a post; returns the holder's tenure, or null if the post is vacant. */
    private Holding seat(Seat s, PostId post, Period validity, boolean partyPost) {
        LocalDate floor = validity.start().orElse(null);
        LocalDate start = atLeast(date.minusMonths(s.monthsAgo()), floor);
        if (s.predecessor() != null) {
            LocalDate from = atLeast(start.minusMonths(s.predecessorMonths()), floor);
            if (from.isBefore(start)) {
                PersonId prev = PersonId.of(post.value() + "/prev");
                b.add(person(prev, s.predecessor(), partyPost));
                b.add(Tenure.main(prev, post, Period.of(from, start)));
            }
        }
        if (s.holder() == null) {
            return null;
        }
        PersonId holder = PersonId.of(post.value() + "/holder");
        b.add(person(holder, s.holder(), partyPost));
        Period period = Period.from(start);
        b.add(Tenure.main(holder, post, period));
        return new Holding(holder, period);
    }

    private static LocalDate atLeast(LocalDate d, LocalDate floor) {
        return floor != null && d.isBefore(floor) ? floor : d;
    }

    private Person person(PersonId id, StructureShape.Person p, boolean partyPost) {
        Person person = Person.of(id, p.name(), p.partyMember() || partyPost);
        if (p.age() < 0) {
            return person;
        }
        return person.withBirthDate(LocalDate.of(date.getYear() - p.age(), 1 + p.age() % 12, 1 + p.age() % 28));
    }
}
