package org.bomay.core.rules;

import static org.bomay.core.rules.EngineFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bomay.core.change.Applied;
import org.bomay.core.change.Establish;
import org.bomay.core.change.Merge;
import org.bomay.core.change.Rename;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/** Incremental runs re-check the neighbours a rule declares it reads, and then equal a full run. */
class ReachTest {
    static final UnitId X1_TYT = UnitId.of("x1.tyt");
    static final UnitId X2_TYT = UnitId.of("x2.tyt");
    static final UnitId X12 = UnitId.of("x12");

    /** The fixture plus a health station in each commune. */
    private final OrgStructure s = structure().toBuilder()
            .add(Unit.builder(X1_TYT, "Trạm y tế xã Nhật Tân", VnKinds.TRAM_Y_TE, Level.COMMUNE).territory(X1).staffQuota(5).build())
            .add(Unit.builder(X2_TYT, "Trạm y tế xã Đồng Hóa", VnKinds.TRAM_Y_TE, Level.COMMUNE).territory(X2).staffQuota(4).build())
            .build();

    private static ValidationResult check(Rule rule, OrgStructure s, org.bomay.core.change.Change... plan) {
        Validator v = Validator.of(RulePack.of("A", rule));
        ValidationResult r = v.validate(s);
        for (org.bomay.core.change.Change c : plan) {
            r = revalidateAndCompare(v, r, c);
        }
        return r;
    }

    private static List<String> messages(ValidationResult r) {
        return r.violations().stream().map(Violation::messageVi).toList();
    }

    /** ERROR on a UBND whose children have more than 25 in quota; reads its children, if declared. */
    private static UnitRule childrenQuota(boolean declare) {
        return new UnitRule(RuleInfo.structural("t.children-quota", "Biên chế các đơn vị trực thuộc", "Quota of the children")) {
            @Override
            public Set<Reach> reads() {
                return declare ? EnumSet.of(Reach.CHILDREN) : Set.of();
            }

            @Override
            public boolean appliesTo(Unit u, RuleContext ctx) {
                return u.kind().equals(VnKinds.UBND);
            }

            @Override
            public void check(Unit u, RuleContext ctx, Findings out) {
                int sum = ctx.structure().children(u.id()).stream().mapToInt(c -> c.staffQuota().orElse(0)).sum();
                if (sum > 25) {
                    out.add("Các đơn vị trực thuộc có " + sum + " biên chế", "The children have " + sum + " in quota", u);
                }
            }
        };
    }

    @Test
    void children_aChildsChange_rechecksTheParent() {
        ValidationResult r = check(childrenQuota(true), s, SetStaffQuota.of(JULY, VP, 15));
        assertEquals(List.of("Các đơn vị trực thuộc có 26 biên chế"), messages(r));
        // the control: undeclared, the incremental run misses it
        Validator undeclared = Validator.of(RulePack.of("A", childrenQuota(false)));
        Applied a = SetStaffQuota.of(JULY, VP, 15).applyTo(s);
        assertTrue(undeclared.revalidate(undeclared.validate(s), a).violations().isEmpty());
        assertEquals(1, undeclared.validate(a.structure()).size());
    }

    @Test
    void children_aChildTransferredAway_rechecksBothParents() {
        OrgStructure big = s.toBuilder().replace(s.unit(VP).toBuilder().staffQuota(15).build()).build();
        ValidationResult r = check(childrenQuota(true), big, Transfer.of(JULY, TC, VP));
        assertTrue(r.violations().isEmpty(), r.violations().toString());
    }

    /** INFO on a commune for the organizations in its territory; reads them. */
    private static final UnitRule TERRITORY_COUNT = new UnitRule(RuleInfo.structural("t.territory-count",
            "Số cơ quan trên địa bàn", "Organizations in the territory")) {
        @Override
        public Set<Reach> reads() {
            return EnumSet.of(Reach.TERRITORY_UNITS);
        }

        @Override
        public boolean appliesTo(Unit u, RuleContext ctx) {
            return u.kind().equals(VnKinds.XA);
        }

        @Override
        public void check(Unit u, RuleContext ctx, Findings out) {
            int q = ctx.structure().unitsOfTerritory(u.id()).stream().filter(x -> !x.id().equals(u.id()))
                    .mapToInt(x -> x.staffQuota().orElse(0)).sum();
            out.add(Severity.INFO, u.name() + ": " + q + " biên chế trên địa bàn", u.name() + ": " + q + " in quota", u);
        }
    };

    @Test
    void territoryUnits_aChangeOfAUnitInTheTerritory_rechecksTheTerritory() {
        Unit school = Unit.builder(UnitId.of("x1.th"), "Trường Tiểu học Nhật Tân", VnKinds.TRUONG_HOC, Level.COMMUNE).territory(X1)
                .staffQuota(20).build();
        ValidationResult r = check(TERRITORY_COUNT, s, SetStaffQuota.of(JULY, X1_TYT, 7), Establish.of(JULY, school, UBND));
        assertEquals(List.of("Xã Nhật Tân: 27 biên chế trên địa bàn", "Xã Đồng Hóa: 4 biên chế trên địa bàn"), messages(r));
    }

    /** INFO on a health station, naming its territory and how many communes it was formed from. */
    private static final UnitRule OWN_TERRITORY = new UnitRule(RuleInfo.structural("t.own-territory", "Địa bàn của trạm",
            "The station's territory")) {
        @Override
        public Set<Reach> reads() {
            return EnumSet.of(Reach.OWN_TERRITORY);
        }

        @Override
        public boolean appliesTo(Unit u, RuleContext ctx) {
            return u.kind().equals(VnKinds.TRAM_Y_TE);
        }

        @Override
        public void check(Unit u, RuleContext ctx, Findings out) {
            String t = ctx.territoryOf(u).map(Unit::name).orElse("?");
            out.add(Severity.INFO, u.name() + " ở " + t + " (hợp từ " + ctx.territoryFormedFrom(u) + ", " + ctx.classOf(u) + ")",
                    u.name() + " in " + t, u);
        }
    };

    @Test
    void ownTerritory_aMergerAndARenameOfTheTerritory_rechecksItsUnits() {
        Unit x12 = Unit.builder(X12, "Xã Nhật Tân Đồng", VnKinds.XA, Level.COMMUNE).build();
        ValidationResult r = check(OWN_TERRITORY, s, Merge.of(JULY, List.of(X1, X2), x12),
                Rename.of(LocalDate.of(2018, 9, 1), X12, "Xã Tân Đồng"));
        assertEquals(2, r.size());
        assertTrue(messages(r).stream().allMatch(m -> m.contains("ở Xã Tân Đồng (hợp từ 2")), messages(r).toString());
    }

    /** INFO on an office, naming the province it lies in through its territory's ancestors. */
    private static final UnitRule PROVINCE_NAME = new UnitRule(RuleInfo.structural("t.province", "Tỉnh của phòng",
            "The office's province")) {
        @Override
        public Set<Reach> reads() {
            return EnumSet.of(Reach.ANCESTORS);
        }

        @Override
        public boolean appliesTo(Unit u, RuleContext ctx) {
            return u.kind().equals(VnKinds.PHONG);
        }

        @Override
        public void check(Unit u, RuleContext ctx, Findings out) {
            String p = ctx.territoryOf(u).map(t -> ctx.structure().ancestors(t.id())).filter(a -> !a.isEmpty())
                    .map(a -> a.get(a.size() - 1).name()).orElse("?");
            out.add(Severity.INFO, u.name() + " thuộc " + p, u.name() + " in " + p, u);
        }
    };

    @Test
    void ancestors_aRenameOfTheProvince_rechecksEverythingBelowAndInIt() {
        ValidationResult r = check(PROVINCE_NAME, s, Rename.of(JULY, HN, "Tỉnh Nam Hà"));
        assertEquals(List.of("Phòng Nội vụ thuộc Tỉnh Nam Hà", "Phòng Tài chính – Kế hoạch thuộc Tỉnh Nam Hà"), messages(r));
    }

    /** INFO on a health station, naming the zone it inherits through its commune; counts its checks. */
    private static UnitRule zone(java.util.concurrent.atomic.AtomicInteger checks) {
        return new UnitRule(RuleInfo.structural("t.zone", "Vùng của trạm", "The station's zone")) {
            @Override
            public Set<Reach> reads() {
                return EnumSet.of(Reach.INHERITED);
            }

            @Override
            public boolean appliesTo(Unit u, RuleContext ctx) {
                return u.kind().equals(VnKinds.TRAM_Y_TE);
            }

            @Override
            public void check(Unit u, RuleContext ctx, Findings out) {
                checks.incrementAndGet();
                String z = ctx.inherited(u, "t.zone").orElse("-");
                out.add(Severity.INFO, u.name() + ": vùng " + z, u.name() + ": zone " + z, u);
            }
        };
    }

    @Test
    void inherited_aCommuneMovedUnderAnotherZone_rechecksItsUnits_andOnlyWhenTheZoneDiffers() {
        UnitId kbA = UnitId.of("kb-a");
        UnitId kbB = UnitId.of("kb-b");
        OrgStructure zoned = s.toBuilder()
                .replace(s.unit(HN).toBuilder().attribute("t.zone", "A").build())
                .add(Unit.builder(kbA, "Huyện A", VnKinds.HUYEN, Level.DISTRICT).build(), HN)
                .add(Unit.builder(kbB, "Huyện B", VnKinds.HUYEN, Level.DISTRICT).attribute("t.zone", "B").build(), HN)
                .build();
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        Validator v = Validator.of(RulePack.of("A", zone(checks)));
        ValidationResult r = v.validate(zoned);
        assertEquals(List.of("Trạm y tế xã Nhật Tân: vùng A", "Trạm y tế xã Đồng Hóa: vùng A"), messages(r));

        checks.set(0);   // the same zone under Huyện A: nothing the station inherits changed
        r = revalidateAndCompare(v, r, Transfer.of(JULY, X1, kbA));
        assertEquals(0, checks.get() - 2, "only the full run of the comparison checks the two stations");
        checks.set(0);   // zone B under Huyện B: the station of the moved commune is re-checked
        r = revalidateAndCompare(v, r, Transfer.of(JULY, X2, kbB));
        assertEquals(List.of("Trạm y tế xã Nhật Tân: vùng A", "Trạm y tế xã Đồng Hóa: vùng B"), messages(r));
        assertEquals(3, checks.get(), "the full run's two checks and the incremental run's one");
    }

    /** INFO on a person, naming the unit of their main post (a person rule may read it without declaring). */
    private static final PersonRule WORKPLACE = new PersonRule(RuleInfo.structural("t.workplace", "Nơi làm việc", "Workplace")) {
        @Override
        public void check(Person p, List<Tenure> inOffice, RuleContext ctx, Findings out) {
            if (!inOffice.isEmpty()) {
                Unit u = ctx.structure().unit(ctx.structure().post(inOffice.get(0).post()).unit());
                out.add(Severity.INFO, p.name() + " làm việc tại " + u.name(), p.name() + " works at " + u.name(), p);
            }
        }
    };

    @Test
    void personRule_aRenameOfTheirUnit_rechecksTheHolders() {
        ValidationResult r = check(WORKPLACE, s, Rename.of(JULY, NV, "Phòng Nội vụ – Lao động"));
        assertTrue(messages(r).contains("Trần Thị Bình làm việc tại Phòng Nội vụ – Lao động"), messages(r).toString());
        assertTrue(messages(r).contains("Lê Văn Chi làm việc tại Phòng Nội vụ – Lao động"), messages(r).toString());
    }

    @Test
    void totalRule_establishingAndMerging_keepsTheTotal() {
        Unit school = Unit.builder(UnitId.of("x1.th"), "Trường Tiểu học Nhật Tân", VnKinds.TRUONG_HOC, Level.COMMUNE).territory(X1)
                .staffQuota(3).build();
        Unit x12 = Unit.builder(X12, "Xã Nhật Tân Đồng", VnKinds.XA, Level.COMMUNE).build();
        ValidationResult r = check(TOTAL_QUOTA, s, Establish.of(JULY, school, UBND), Merge.of(JULY, List.of(X1, X2), x12),
                SetStaffQuota.of(JULY, NV, 2));
        assertEquals(List.of("Tổng biên chế 31, vượt 25"), messages(r));
        assertNotEquals(0, r.size());
    }
}
