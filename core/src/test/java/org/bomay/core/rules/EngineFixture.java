package org.bomay.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.change.Applied;
import org.bomay.core.change.Change;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;

/**
 * A small district on 1/1/2018 and a handful of custom rules, one or more of each shape, for the
 * engine tests. People are fictitious.
 *
 * <pre>
 * hn Tỉnh Hà Nam ─ kb Huyện Kim Bảng ─┬ x1 Xã Nhật Tân (loại II)
 *                                     └ x2 Xã Đồng Hóa (loại III)
 * kb.ubnd UBND (chair An; vice-chair Hòa, concurrently) ─┬ kb.nv Phòng Nội vụ (quota 6; head Bình; deputies Chi, Dũng until 1/3/2018)
 *                                                        ├ kb.tc Phòng Tài chính (quota 5; head Em; deputy Giang)
 *                                                        ├ kb.vp Văn phòng HĐND và UBND (quota 12, staff 11; head Hòa)
 *                                                        └ kb.tkn Trạm Khuyến nông (valid until 1/3/2018, no post)
 * Khánh and Lan hold no post.
 * </pre>
 */
final class EngineFixture {
    static final LocalDate DATE = LocalDate.of(2018, 1, 1);
    static final LocalDate MARCH = LocalDate.of(2018, 3, 1);
    static final LocalDate MAY = LocalDate.of(2018, 5, 1);
    static final LocalDate JULY = LocalDate.of(2018, 7, 1);

    static final UnitId HN = UnitId.of("hn");
    static final UnitId KB = UnitId.of("kb");
    static final UnitId X1 = UnitId.of("x1");
    static final UnitId X2 = UnitId.of("x2");
    static final UnitId UBND = UnitId.of("kb.ubnd");
    static final UnitId NV = UnitId.of("kb.nv");
    static final UnitId TC = UnitId.of("kb.tc");
    static final UnitId VP = UnitId.of("kb.vp");
    static final UnitId TKN = UnitId.of("kb.tkn");

    static final PostId UBND_CT = PostId.of("kb.ubnd.ct");
    static final PostId UBND_PCT = PostId.of("kb.ubnd.pct");
    static final PostId NV_TP = PostId.of("kb.nv.tp");
    static final PostId NV_PP = PostId.of("kb.nv.pp");
    static final PostId TC_TP = PostId.of("kb.tc.tp");
    static final PostId TC_PP = PostId.of("kb.tc.pp");
    static final PostId VP_CVP = PostId.of("kb.vp.cvp");

    static final PersonId AN = PersonId.of("p.an");
    static final PersonId BINH = PersonId.of("p.binh");
    static final PersonId CHI = PersonId.of("p.chi");
    static final PersonId DUNG = PersonId.of("p.dung");
    static final PersonId EM = PersonId.of("p.em");
    static final PersonId GIANG = PersonId.of("p.giang");
    static final PersonId HOA = PersonId.of("p.hoa");
    static final PersonId KHANH = PersonId.of("p.khanh");
    static final PersonId LAN = PersonId.of("p.lan");

    static final LegalBasis ND108 = LegalBasis.of("108/2020/NĐ-CP", "Quy định tổ chức các cơ quan chuyên môn");

    private EngineFixture() {
    }

    static Unit org(UnitId id, String name, UnitKind kind, Integer quota, Integer staff) {
        return Unit.builder(id, name, kind, Level.DISTRICT).territory(KB).staffQuota(quota).actualStaff(staff).build();
    }

    static OrgStructure structure() {
        Period since2015 = Period.from(LocalDate.of(2015, 1, 1));
        Period since2016 = Period.from(LocalDate.of(2016, 1, 1));
        return OrgStructure.builder(DATE)
                .add(Unit.builder(HN, "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE).build())
                .add(Unit.builder(KB, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT).build(), HN)
                .add(Unit.builder(X1, "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).unitClass(UnitClass.II).build(), KB)
                .add(Unit.builder(X2, "Xã Đồng Hóa", VnKinds.XA, Level.COMMUNE).unitClass(UnitClass.III).build(), KB)
                .add(org(UBND, "Ủy ban nhân dân huyện Kim Bảng", VnKinds.UBND, null, null))
                .add(org(NV, "Phòng Nội vụ", VnKinds.PHONG, 6, 6), UBND)
                .add(org(TC, "Phòng Tài chính – Kế hoạch", VnKinds.PHONG, 5, 5), UBND)
                .add(org(VP, "Văn phòng HĐND và UBND", VnKinds.VAN_PHONG_HDND_UBND, 12, 11), UBND)
                .add(Unit.builder(TKN, "Trạm Khuyến nông", VnKinds.TRAM, Level.DISTRICT).territory(KB)
                        .validity(Period.of(LocalDate.of(2010, 1, 1), MARCH)).build(), UBND)
                .add(Post.of(UBND_CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Post.of(UBND_PCT, UBND, PostRole.DEPUTY, "Phó Chủ tịch UBND huyện", 3))
                .add(Post.of(NV_TP, NV, PostRole.HEAD, "Trưởng phòng Nội vụ"))
                .add(Post.of(NV_PP, NV, PostRole.DEPUTY, "Phó Trưởng phòng Nội vụ", 3))
                .add(Post.of(TC_TP, TC, PostRole.HEAD, "Trưởng phòng Tài chính – Kế hoạch"))
                .add(Post.of(TC_PP, TC, PostRole.DEPUTY, "Phó Trưởng phòng Tài chính – Kế hoạch", 3))
                .add(Post.of(VP_CVP, VP, PostRole.HEAD, "Chánh Văn phòng"))
                .add(Person.of(AN, "Nguyễn Văn An", true))
                .add(Person.of(BINH, "Trần Thị Bình", true))
                .add(Person.of(CHI, "Lê Văn Chi", true))
                .add(Person.of(DUNG, "Phạm Văn Dũng", true))
                .add(Person.of(EM, "Hoàng Thị Em", true))
                .add(Person.of(GIANG, "Vũ Văn Giang", true))
                .add(Person.of(HOA, "Đỗ Thị Hòa", true))
                .add(Person.of(KHANH, "Bùi Văn Khánh", false))
                .add(Person.of(LAN, "Ngô Thị Lan", true))
                .add(Tenure.main(AN, UBND_CT, since2015))
                .add(Tenure.main(BINH, NV_TP, since2015))
                .add(Tenure.main(CHI, NV_PP, since2016))
                .add(Tenure.main(DUNG, NV_PP, Period.of(LocalDate.of(2016, 1, 1), MARCH)))
                .add(Tenure.main(EM, TC_TP, since2015))
                .add(Tenure.main(GIANG, TC_PP, since2016))
                .add(Tenure.main(HOA, VP_CVP, since2015))
                .add(Tenure.concurrent(HOA, UBND_PCT, since2016))
                .build();
    }

    // ------------------------------------------------------------------ rules

    /** ERROR: an office (PHONG) with more than {@code cap} deputies in office. */
    static UnitRule deputyCap(String id, int cap) {
        return new UnitRule(RuleInfo.of(id, "Tối đa " + cap + " cấp phó mỗi phòng", "At most " + cap + " deputies per office",
                ND108, Period.ALWAYS)) {
            @Override
            public Set<UnitKind> kinds() {
                return Set.of(VnKinds.PHONG);
            }

            @Override
            public boolean appliesTo(Unit u, RuleContext ctx) {
                return true;
            }

            @Override
            public void check(Unit u, RuleContext ctx, Findings out) {
                int n = ctx.deputies(u.id());
                if (n > cap) {
                    out.add(u.name() + " có " + n + " cấp phó, vượt mức " + cap, u.name() + " has " + n + " deputies, above "
                            + cap, u.id());
                }
            }
        };
    }

    static final UnitRule DEPUTY_CAP = deputyCap("t.deputy-cap", 1);

    /** WARNING: an office with a quota below 6. */
    static final UnitRule QUOTA_MIN = new UnitRule(RuleInfo.structural("t.quota-min", "Biên chế tối thiểu 6",
            "A quota of at least 6").withSeverity(Severity.WARNING)) {
        @Override
        public boolean appliesTo(Unit u, RuleContext ctx) {
            return u.kind().equals(VnKinds.PHONG);
        }

        @Override
        public void check(Unit u, RuleContext ctx, Findings out) {
            int q = u.staffQuota().orElse(0);
            if (q < 6) {
                out.add(u.name() + ": biên chế " + q, u.name() + ": quota " + q, u.id());
            }
        }
    };

    /** ERROR: the offices under a UBND have more than 3 deputies in all. */
    static final GroupRule GROUP_DEPUTIES = new GroupRule(RuleInfo.of("t.group-deputies", "Tổng số cấp phó các phòng",
            "Deputies of the offices in all", ND108, Period.ALWAYS)) {
        @Override
        public Set<UnitKind> kinds() {
            return Set.of(VnKinds.UBND);
        }

        @Override
        public boolean isGroup(Unit key, RuleContext ctx) {
            return true;
        }

        @Override
        public boolean isMember(Unit m, Unit key, RuleContext ctx) {
            return m.kind().equals(VnKinds.PHONG);
        }

        @Override
        public void check(Unit key, List<Unit> members, RuleContext ctx, Findings out) {
            int n = members.stream().mapToInt(m -> ctx.deputies(m.id())).sum();
            if (n > 3) {
                Object[] ids = new Object[members.size() + 1];
                ids[0] = key.id();
                for (int i = 0; i < members.size(); i++) {
                    ids[i + 1] = members.get(i);
                }
                out.add("Các phòng thuộc " + key.name() + " có " + n + " cấp phó", "The offices of " + key.name() + " have " + n
                        + " deputies", ids);
            }
        }
    };

    /** WARNING: a person holding more than one post. */
    static final PersonRule MAX_POSTS = new PersonRule(RuleInfo.structural("t.max-posts", "Giữ nhiều chức danh",
            "Holds several posts").withSeverity(Severity.WARNING)) {
        @Override
        public void check(Person p, List<Tenure> inOffice, RuleContext ctx, Findings out) {
            if (inOffice.size() > 1) {
                Object[] ids = new Object[inOffice.size() + 1];
                ids[0] = p.id();
                for (int i = 0; i < inOffice.size(); i++) {
                    ids[i + 1] = inOffice.get(i).post();
                }
                out.add(p.name() + " giữ " + inOffice.size() + " chức danh", p.name() + " holds " + inOffice.size() + " posts", ids);
            }
        }
    };

    /** INFO: a person holding no post at all. */
    static final PersonRule NO_POST = new PersonRule(RuleInfo.structural("t.no-post", "Không giữ chức danh",
            "Holds no post").withSeverity(Severity.INFO)) {
        @Override
        public void check(Person p, List<Tenure> inOffice, RuleContext ctx, Findings out) {
            if (inOffice.isEmpty()) {
                out.add(p.name() + " không giữ chức danh nào", p.name() + " holds no post", p);
            }
        }
    };

    /** ERROR: the staff quota of all units exceeds 25. */
    static final TotalRule TOTAL_QUOTA = new TotalRule(RuleInfo.of("t.total-quota", "Tổng biên chế tối đa 25",
            "At most 25 in quota in all", LegalBasis.of("40/2020/QĐ-UBND"), Period.ALWAYS)) {
        @Override
        public long contribution(Unit u, RuleContext ctx) {
            return u.staffQuota().orElse(0);
        }

        @Override
        public void check(long total, RuleContext ctx, Findings out) {
            if (total > 25) {
                out.add("Tổng biên chế " + total + ", vượt 25", "Total quota " + total + ", above 25");
            }
        }
    };

    /** WARNING: an office whose parent has no head in office (reads the parent). */
    static final UnitRule PARENT_HEAD = new UnitRule(RuleInfo.structural("t.parent-head", "Cơ quan cấp trên khuyết người đứng đầu",
            "The parent has no head").withSeverity(Severity.WARNING)) {
        @Override
        public Set<Reach> reads() {
            return EnumSet.of(Reach.PARENT);
        }

        @Override
        public boolean appliesTo(Unit u, RuleContext ctx) {
            return u.kind().equals(VnKinds.PHONG);
        }

        @Override
        public void check(Unit u, RuleContext ctx, Findings out) {
            Optional<Unit> p = ctx.structure().parent(u.id());
            if (p.isPresent() && ctx.heads(p.get().id()).isEmpty()) {
                out.add(u.name() + ": cơ quan cấp trên khuyết người đứng đầu", u.name() + ": the parent has no head", u.id(),
                        p.get().id());
            }
        }
    };

    /** WARNING: a unit of the snapshot whose validity does not contain the date. */
    static final UnitRule OUT_OF_VALIDITY = new UnitRule(RuleInfo.structural("t.out-of-validity", "Đơn vị hết hiệu lực",
            "Unit no longer in force").withSeverity(Severity.WARNING)) {
        @Override
        public boolean appliesTo(Unit u, RuleContext ctx) {
            return true;
        }

        @Override
        public void check(Unit u, RuleContext ctx, Findings out) {
            if (!u.validity().contains(ctx.date())) {
                out.add(u.name() + " không còn hiệu lực", u.name() + " is no longer in force", u.id());
            }
        }
    };

    /** INFO, in force from 1/5/2018: an office (VP) with fewer staff than its quota. */
    static final UnitRule UNDERSTAFFED_FROM_MAY = new UnitRule(RuleInfo.of("t.understaffed", "Thiếu người so với biên chế",
            "Fewer staff than the quota", LegalBasis.of("62/2020/NĐ-CP"), Period.from(MAY)).withSeverity(Severity.INFO)) {
        @Override
        public boolean appliesTo(Unit u, RuleContext ctx) {
            return u.staffQuota().isPresent() && u.actualStaff().isPresent();
        }

        @Override
        public void check(Unit u, RuleContext ctx, Findings out) {
            if (u.actualStaff().getAsInt() < u.staffQuota().getAsInt()) {
                out.add(u.name() + " thiếu người", u.name() + " is understaffed", u.id());
            }
        }
    };

    /** ERROR, in force until 1/5/2018 (then repealed): a unit with quota but no head post. */
    static final UnitRule HEAD_POST_UNTIL_MAY = new UnitRule(RuleInfo.of("t.head-post", "Có chức danh người đứng đầu",
            "Has a head post", LegalBasis.of("24/2014/NĐ-CP"), Period.until(MAY))) {
        @Override
        public boolean appliesTo(Unit u, RuleContext ctx) {
            return u.staffQuota().isPresent();
        }

        @Override
        public void check(Unit u, RuleContext ctx, Findings out) {
            if (ctx.structure().posts(u.id(), PostRole.HEAD).isEmpty()) {
                out.add(u.name() + " không có chức danh người đứng đầu", u.name() + " has no head post", u.id());
            }
        }
    };

    static RulePack allRules() {
        return RulePack.of("Thử nghiệm", DEPUTY_CAP, QUOTA_MIN, GROUP_DEPUTIES, MAX_POSTS, NO_POST, TOTAL_QUOTA, PARENT_HEAD,
                OUT_OF_VALIDITY, UNDERSTAFFED_FROM_MAY, HEAD_POST_UNTIL_MAY);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Revalidates after a change and checks the result against a full run of the new snapshot
     * with the same merger log; returns the incremental result.
     */
    static ValidationResult revalidateAndCompare(Validator v, ValidationResult before, Change change) {
        Applied a = change.applyTo(before.structure());
        ValidationResult inc = v.revalidate(before, a);
        ValidationResult full = v.validate(a.structure(), before.mergers().record(a.event(), before.structure()));
        assertEquals(full.violations(), inc.violations(), () -> "incremental vs full after " + change.summary());
        assertEquals(full.size(), inc.size(), "size after " + change.summary());
        assertEquals(inc.violations().size(), inc.size(), "size() counts the violations after " + change.summary());
        assertEquals(full.mergers(), inc.mergers(), "merger log after " + change.summary());
        assertEquals(full.rulesInForce(), inc.rulesInForce(), "rules in force after " + change.summary());
        return inc;
    }
}
