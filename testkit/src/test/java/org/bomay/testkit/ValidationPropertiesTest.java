package org.bomay.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeType;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.history.History;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnAttributes;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRegion;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.Rule;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.rules.types.AdminUnitStandards;
import org.bomay.core.rules.types.BaselineLimit;
import org.bomay.core.rules.types.Cap;
import org.bomay.core.rules.types.ConcurrencyModel;
import org.bomay.core.rules.types.ConcurrentPosts;
import org.bomay.core.rules.types.DeputyCap;
import org.bomay.core.rules.types.DeputyShareCap;
import org.bomay.core.rules.types.GroupDeputyCap;
import org.bomay.core.rules.types.MandatoryMerger;
import org.bomay.core.rules.types.MaxConcurrentPosts;
import org.bomay.core.rules.types.Minimum;
import org.bomay.core.rules.types.MinimumStaff;
import org.bomay.core.rules.types.PartyMembership;
import org.bomay.core.rules.types.PostPattern;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.rules.types.SingleHead;
import org.bomay.core.rules.types.StaffCap;
import org.bomay.core.rules.types.StaffWithinQuota;
import org.bomay.core.rules.types.Standard;
import org.bomay.core.rules.types.StructuralIntegrity;
import org.bomay.core.rules.types.SubordinateDeputies;
import org.bomay.core.rules.types.UnitsNotAllowed;
import org.bomay.core.rules.types.VillageHouseholds;
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.PlanGen.Plan;
import org.bomay.testkit.PlanGen.PlannedStep;
import org.bomay.testkit.PlanGen.StepKind;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * "Incremental validation equals full validation" over random plans ({@link PlanGen}): after
 * every change, {@link Validator#revalidate} finds exactly the violations a full run finds
 * ({@link ValidationInvariants#checkIncrementalEqualsFull}). Run with the Vietnam packs
 * ({@link VnRules#all()}, plus the baseline rules) and with a test pack of every generic rule
 * type whose rules are in force on the plans' dates (most always, some from or until the middle
 * of a plan), on two-tier and three-tier structures; structures get the attributes the rules
 * select on (region, mountains, border, island, field of an office). A last property views each
 * snapshot on a later date than its change's (so that the date moves forward and back), on
 * structures with tenures and units that end or begin after the start, so that the date-dependent
 * paths (tenures and units starting or ending, grace periods ending, rules and model standings
 * coming into or out of force) are crossed. Every property also counts the violations it meets,
 * so that it is not vacuous. A failure prints the shortest failing plan ({@link PlanGen#check}).
 */
class ValidationPropertiesTest {
    /** Examples per property (half for three-tier structures); {@code -Dbomay.validation.examples=400} for a longer search. */
    private static final int EXAMPLES = Integer.getInteger("bomay.validation.examples", 40);
    private static final LegalBasis BASIS = LegalBasis.of("01/2020/TT-TEST", "Văn bản kiểm thử");

    // ------------------------------------------------------------------ the Vietnam packs

    /** The Vietnam packs (both regimes, structural checks, baselines) over the default plans, dated 2020. */
    @Test
    void vnRules_incrementalEqualsFull_onTwoTierPlans() {
        Counter count = new Counter();
        PlanGen.check(PlanGen.plans(), EXAMPLES, plan -> count.add(
                ValidationInvariants.checkIncrementalEqualsFull(Validator.of(vnPack(plan.initial())), plan.history())));
        count.assertNotVacuous("VnRules, two-tier", 1);
    }

    /** The same on three-tier structures (dated 2026, the rules after the reform), with attributes. */
    @Test
    void vnRules_incrementalEqualsFull_onThreeTierPlansWithAttributes() {
        Counter count = new Counter();
        PlanGen.check(plans(threeTier(), false), EXAMPLES / 2, plan -> count.add(
                ValidationInvariants.checkIncrementalEqualsFull(Validator.of(vnPack(plan.initial())), plan.history())));
        count.assertNotVacuous("VnRules, three-tier", 1);
    }

    // ------------------------------------------------------------------ every rule type

    /** The test pack of every rule type over two-tier plans with attributes. */
    @Test
    void everyRuleType_incrementalEqualsFull_onTwoTierPlans() {
        Counter count = new Counter();
        PlanGen.check(plans(PlanGen.structureConfig(), false), EXAMPLES, plan -> count.add(
                ValidationInvariants.checkIncrementalEqualsFull(Validator.of(testPack(plan.initial())), plan.history())));
        count.assertNotVacuous("test pack, two-tier", 15);
    }

    /** The test pack over three-tier plans with attributes. */
    @Test
    void everyRuleType_incrementalEqualsFull_onThreeTierPlans() {
        Counter count = new Counter();
        PlanGen.check(plans(threeTier(), false), EXAMPLES / 2, plan -> count.add(
                ValidationInvariants.checkIncrementalEqualsFull(Validator.of(testPack(plan.initial())), plan.history())));
        count.assertNotVacuous("test pack, three-tier", 10);
    }

    /**
     * The test pack over two-tier histories where some changes are undone right after they take
     * effect, and some undos undone in turn (a redo): the merger log goes back and forth.
     */
    @Test
    void everyRuleType_incrementalEqualsFull_withUndoAndRedo() {
        Counter count = new Counter();
        AtomicLong undos = new AtomicLong();
        PlanGen.check(plans(PlanGen.structureConfig(), false), EXAMPLES / 2, plan -> {
            History h = withUndos(plan);
            undos.addAndGet(h.events().stream().filter(e -> e.type() == ChangeType.UNDO).count());
            count.add(ValidationInvariants.checkIncrementalEqualsFull(Validator.of(testPack(plan.initial())), h));
        });
        count.assertNotVacuous("test pack, undo and redo", 10);
        assertTrue(undos.get() > 0, "no change was undone");
    }

    // ------------------------------------------------------------------ moving dates

    /**
     * Snapshots seen on later dates than their changes' effective dates (up to 14 months later,
     * so that the date also moves back between steps), on structures where tenures end, people
     * take office and units end or begin after the start: both packs, incremental equals full at
     * every step.
     */
    @Test
    void bothPacks_incrementalEqualsFull_whenTheDateMoves() {
        Counter vn = new Counter();
        Counter test = new Counter();
        PlanGen.check(plans(PlanGen.structureConfig(), true), EXAMPLES, plan -> {
            List<ValidationInvariants.Step> steps = datedSteps(plan);
            test.add(ValidationInvariants.checkIncrementalEqualsFull(Validator.of(testPack(plan.initial())), plan.initial(),
                    steps));
            vn.add(ValidationInvariants.checkIncrementalEqualsFull(Validator.of(vnPack(plan.initial())), plan.initial(),
                    steps));
        });
        test.assertNotVacuous("test pack, moving dates", 15);
        vn.assertNotVacuous("VnRules, moving dates", 1);
    }

    // ------------------------------------------------------------------ a fixed plan

    /**
     * One deterministic plan on a synthetic country: the property holds, the runs find
     * violations, and some of them name the change that caused them.
     */
    @Test
    void aFixedPlan_findsViolations_someCausedByItsChanges() {
        OrgStructure s = decorate(SyntheticCountry.builder().build().structure(), 3, true);
        List<PlannedStep> steps = List.of(
                new PlannedStep(StepKind.MERGE, 10, false, List.of(40, 1, 0, 0, 0, 0, 0, 0)),
                new PlannedStep(StepKind.SET_QUOTA, 20, false, List.of(7, 55, 0, 0, 0, 0, 0, 0)),
                new PlannedStep(StepKind.APPOINT_CONCURRENT, 40, false, List.of(3, 5, 0, 0, 0, 0, 0, 0)),
                new PlannedStep(StepKind.ESTABLISH, 30, false, List.of(12, 2, 0, 0, 0, 0, 0, 0)),
                new PlannedStep(StepKind.TRANSFER, 90, false, List.of(21, 4, 0, 0, 0, 0, 0, 0)));
        Plan plan = PlanGen.plan(s, steps);
        History h = plan.history();
        assertTrue(h.size() >= 4, () -> "most changes of the fixed plan apply:\n" + plan);
        List<ValidationResult> results = ValidationInvariants.checkIncrementalEqualsFull(
                Validator.of(testPack(plan.initial())), h);
        for (ValidationResult r : results) {
            assertFalse(r.violations().isEmpty(), () -> "no violation on " + r.date());
        }
        assertTrue(results.stream().flatMap(r -> r.violations().stream()).anyMatch(v -> v.cause().isPresent()),
                "some violation names the change that caused it");
        List<ValidationResult> dated = ValidationInvariants.checkIncrementalEqualsFull(Validator.of(testPack(plan.initial())),
                plan.initial(), datedSteps(plan));
        assertFalse(dated.get(dated.size() - 1).violations().isEmpty());
    }

    // ------------------------------------------------------------------ packs

    private static RulePack vnPack(OrgStructure initial) {
        return VnRules.all().plus(VnRules.noNewOrganizations(initial), VnRules.noNewStaffQuota(initial),
                VnRules.staffCutNq18(initial));
    }

    private static RuleInfo info(String id, Period validity) {
        return RuleInfo.of("t." + id, "Quy tắc kiểm thử " + id, "Test rule " + id, BASIS, validity);
    }

    private static RuleInfo info(String id) {
        return info(id, Period.ALWAYS);
    }

    private static PostPattern head(Selector s) {
        return PostPattern.of(s, PostRole.HEAD);
    }

    /**
     * Every generic rule type, with selectors on the kinds, levels, classes, territories,
     * parents, areas, mergers and attributes that generated structures have. Most rules are
     * always in force; some come into force (or go out of it) 45 to 270 days after the plan's
     * start, and a model is paused, another not to be spread, from the middle of the plan.
     */
    static RulePack testPack(OrgStructure initial) {
        LocalDate start = initial.date();
        UnitId area = initial.units().stream()
                .filter(u -> u.isTerritorial() && u.level().compareTo(Level.PROVINCE) > 0 && u.level().compareTo(Level.VILLAGE) < 0)
                .map(Unit::id).findFirst().orElse(UnitId.of("p1"));
        Selector xa = Selector.kinds(VnKinds.XA);
        Selector thon = Selector.kinds(VnKinds.THON);
        Selector tdp = Selector.kinds(VnKinds.TO_DAN_PHO);
        List<Standard> standards = List.of(
                Standard.of(xa.attribute(VnAttributes.MIEN_NUI, VnAttributes.YES), 5_000, 50),
                Standard.of(xa, 8_000, 30),
                Standard.of(Selector.kinds(VnKinds.THI_TRAN, VnKinds.PHUONG).parentKinds(VnKinds.THI_XA), 5_000, 5.5),
                Standard.of(Selector.kinds(VnKinds.THI_TRAN, VnKinds.PHUONG), 7_000, 5.5),
                Standard.of(Selector.kinds(VnKinds.HUYEN).attribute(VnAttributes.MIEN_NUI, VnAttributes.YES), 80_000, 850),
                Standard.of(Selector.kinds(VnKinds.HUYEN, VnKinds.THI_XA), 120_000, 450),
                Standard.of(Selector.kinds(VnKinds.TINH), 900_000, 8_000),
                Standard.of(Selector.kinds(VnKinds.THON, VnKinds.TO_DAN_PHO).classes(UnitClass.I), 2_000, 2),
                Standard.of(Selector.kinds(VnKinds.THON, VnKinds.TO_DAN_PHO), 1_500, 3));
        String dbsh = VnRegion.DONG_BANG_SONG_HONG.name();
        ConcurrencyModel secretaryCouncil = ConcurrencyModel.of("secretary=council", "Bí thư đồng thời là Chủ tịch HĐND",
                "Party secretary also chairs the council",
                head(Selector.kinds(VnKinds.TINH_UY, VnKinds.HUYEN_UY, VnKinds.DANG_UY_XA)), head(Selector.kinds(VnKinds.HDND)))
                .allowed(Period.ALWAYS, BASIS);
        ConcurrencyModel mobilizationFront = ConcurrencyModel.of("dan-van=mttq", "Trưởng ban Dân vận đồng thời là Chủ tịch UBMTTQ",
                "Mobilization head also chairs the Front", head(Selector.kinds(VnKinds.BAN_DAN_VAN)), head(Selector.kinds(VnKinds.UBMTTQ)))
                .allowed(Period.ALWAYS, BASIS).paused(Period.from(start.plusDays(60)), BASIS);
        ConcurrencyModel cellVillage = ConcurrencyModel.of("chi-bo=thon", "Bí thư chi bộ đồng thời là Trưởng thôn",
                "Cell secretary is also village head", head(Selector.kinds(VnKinds.CHI_BO)),
                head(Selector.kinds(VnKinds.THON, VnKinds.TO_DAN_PHO)))
                .allowed(Period.ALWAYS, BASIS).notToSpread(Period.from(start.plusDays(120)), Set.of(area), BASIS);
        ConcurrencyModel homeAffairs = ConcurrencyModel.of("to-chuc=noi-vu", "Trưởng ban Tổ chức đồng thời là Trưởng phòng Nội vụ",
                "Organization head also heads home affairs", head(Selector.kinds(VnKinds.BAN_TO_CHUC)),
                head(Selector.kinds(VnKinds.PHONG, VnKinds.SO).attribute(VnAttributes.LINH_VUC, VnAttributes.NOI_VU)))
                .allowed(Period.until(start.plusDays(200)), BASIS);
        List<Rule> rules = new ArrayList<>();
        rules.add(DeputyCap.of(info("deputy-cap"), List.of(
                        Cap.of(Selector.kinds(VnKinds.UBND).classes(UnitClass.III), 1),
                        Cap.of(Selector.kinds(VnKinds.UBND, VnKinds.HDND, VnKinds.UBMTTQ).formedFrom(2, 3), 3),
                        Cap.of(Selector.kinds(VnKinds.UBND, VnKinds.HDND, VnKinds.UBMTTQ), 2),
                        Cap.of(Selector.kinds(VnKinds.PHONG, VnKinds.SO).parentKinds(VnKinds.UBND), 1),
                        Cap.of(Selector.atLevels(Level.VILLAGE), 1)))
                .withGrace(java.time.Period.ofDays(30)));
        rules.add(DeputyCap.of(info("deputy-cap-party", Period.of(start.plusDays(90), start.plusDays(270))),
                Selector.any().pillars(Pillar.PARTY).except(Selector.atLevels(Level.VILLAGE)), 1)
                .withGrace(java.time.Period.ofMonths(6)));
        rules.add(GroupDeputyCap.average(info("group-average"), Selector.kinds(VnKinds.UBND),
                Selector.kinds(VnKinds.PHONG, VnKinds.SO), 1.0).withAllowance(Map.of(2, 1, 3, 2))
                .withGrace(java.time.Period.ofDays(60)));
        rules.add(GroupDeputyCap.total(info("group-total", Period.from(start.plusDays(45))),
                Selector.kinds(VnKinds.TINH_UY, VnKinds.HUYEN_UY, VnKinds.DANG_UY_XA).except(
                        Selector.any().classes(UnitClass.I)),
                Selector.any().pillars(Pillar.PARTY), 3));
        rules.add(SubordinateDeputies.of(info("subordinate"), Selector.any().except(Selector.atLevels(Level.VILLAGE)),
                Selector.kinds(VnKinds.UBND, VnKinds.HDND, VnKinds.UBMTTQ, VnKinds.TINH_UY, VnKinds.HUYEN_UY)));
        rules.add(DeputyShareCap.of(info("deputy-share"),
                Selector.any().except(Selector.kinds(VnKinds.UBMTTQ).levels(Level.COMMUNE)), 0.2));
        rules.add(SingleHead.of(info("single-head"),
                Selector.any().except(Selector.atLevels(Level.VILLAGE).attribute(VnAttributes.BIEN_GIOI, VnAttributes.YES))));
        rules.add(StaffWithinQuota.of(info("within-quota"), Selector.any()));
        rules.add(StaffCap.of(info("staff-cap"), List.of(
                Cap.of(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).territoryKinds(VnKinds.XA).classes(UnitClass.I), 22),
                Cap.of(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).territoryKinds(VnKinds.XA, VnKinds.THI_TRAN,
                        VnKinds.PHUONG), 18),
                Cap.of(Selector.kinds(VnKinds.PHONG), 15))));
        rules.add(StaffCap.of(info("staff-cap-quota", Period.until(start.plusDays(180))), List.of(
                Cap.of(Selector.atLevels(Level.DISTRICT, Level.PROVINCE).pillars(Pillar.STATE)
                        .attribute(VnAttributes.MIEN_NUI, VnAttributes.YES), 30),
                Cap.of(Selector.atLevels(Level.DISTRICT, Level.PROVINCE).pillars(Pillar.STATE), 50))).onQuota());
        rules.add(MinimumStaff.of(info("minimum-staff"), List.of(Minimum.of(Selector.kinds(VnKinds.PHONG), 5),
                Minimum.of(Selector.any().parentKinds(VnKinds.HUYEN_UY), 4))));
        rules.add(MinimumStaff.of(info("minimum-quota"), List.of(Minimum.of(Selector.kinds(VnKinds.SO)
                .formedFrom(1), 10))).onQuota());
        rules.add(AdminUnitStandards.of(info("standards").withSeverity(Severity.INFO), standards));
        rules.add(MandatoryMerger.of(info("mandatory-merger").withSeverity(Severity.WARNING), standards,
                List.of(new MandatoryMerger.Condition(Selector.any(), 0.5, 0.5),
                        new MandatoryMerger.Condition(Selector.kinds(VnKinds.XA, VnKinds.THI_TRAN, VnKinds.PHUONG), 0.2, 3.0))));
        rules.add(VillageHouseholds.of(info("villages").withSeverity(Severity.WARNING), List.of(
                Minimum.of(thon.attribute(VnAttributes.BIEN_GIOI, VnAttributes.YES), 100),
                Minimum.of(thon.attribute(VnAttributes.HAI_DAO, VnAttributes.YES), 100),
                Minimum.of(thon.attribute(VnAttributes.VUNG, dbsh), 300),
                Minimum.of(thon.attribute(VnAttributes.VUNG, VnRegion.MIEN_NAM.name()), 350),
                Minimum.of(thon.attribute(VnAttributes.VUNG, VnRegion.MIEN_TRUNG.name()), 250),
                Minimum.of(tdp.attribute(VnAttributes.VUNG, dbsh).attribute(VnAttributes.HA_NOI, VnAttributes.YES), 450),
                Minimum.of(tdp.attribute(VnAttributes.VUNG, dbsh), 350),
                Minimum.of(tdp.within(area), 280),
                Minimum.of(Selector.kinds(VnKinds.THON, VnKinds.TO_DAN_PHO).attribute(VnAttributes.MIEN_NUI, VnAttributes.YES),
                        150)), 0.5));
        rules.add(ConcurrentPosts.of(info("concurrent"), List.of(secretaryCouncil, mobilizationFront, cellVillage, homeAffairs),
                Severity.INFO));
        rules.add(MaxConcurrentPosts.of(info("max-concurrent", Period.from(start.plusDays(30))), 0));
        rules.add(PartyMembership.of(info("party").withSeverity(Severity.WARNING), List.of(
                PostPattern.of(Selector.any().pillars(Pillar.PARTY), PostRole.HEAD, PostRole.DEPUTY),
                head(Selector.kinds(VnKinds.THON, VnKinds.TO_DAN_PHO)),
                head(Selector.kinds(VnKinds.UBND).levels(Level.COMMUNE).classes(UnitClass.I)),
                head(Selector.any().pillars(Pillar.FRONT).attribute(VnAttributes.VUNG, dbsh)))));
        rules.add(BaselineLimit.of(info("baseline-organizations"), BaselineLimit.Measure.ORGANIZATIONS, Selector.any(),
                initial, 1.0));
        rules.add(BaselineLimit.of(info("baseline-quota"), BaselineLimit.Measure.STAFF_QUOTA,
                Selector.kinds(VnKinds.UBND, VnKinds.PHONG, VnKinds.SO).except(Selector.any().classes(UnitClass.III)),
                initial, 1.0));
        rules.add(BaselineLimit.of(info("baseline-staff-mountains", Period.from(start.plusDays(75))),
                BaselineLimit.Measure.ACTUAL_STAFF, Selector.any().attribute(VnAttributes.MIEN_NUI, VnAttributes.YES),
                initial, 1.0));
        rules.addAll(StructuralIntegrity.all());
        rules.add(UnitsNotAllowed.of(info("not-allowed").withSeverity(Severity.WARNING),
                Selector.kinds(VnKinds.VAN_PHONG_CAP_UY)));
        rules.add(UnitsNotAllowed.of(info("not-allowed-in-area", Period.from(start.plusDays(100))),
                Selector.kinds(VnKinds.HOI_CUU_CHIEN_BINH, VnKinds.HOI_NONG_DAN).within(area)));
        return RulePack.of("Gói kiểm thử", rules);
    }

    // ------------------------------------------------------------------ generators

    private static StructureGen.Config threeTier() {
        return StructureGen.config().withThreeTiers(true).withCommunesPerProvince(1, 4).withVillagesPerCommune(0, 2);
    }

    /**
     * Plans of 1 to 8 steps (10% mistakes) over structures of a configuration with attributes
     * (and, if {@code dated}, with tenures and units that end or begin after the start).
     */
    private static Gen<Plan> plans(StructureGen.Config config, boolean dated) {
        return StructureGen.structures(config).zip(integers().between(0, 9_999), (s, seed) -> decorate(s, seed, dated))
                .zip(lists().of(PlanGen.steps()).ofSizeBetween(1, 8), PlanGen::plan).describedAs(Plan::toString);
    }

    /**
     * The structure with the attributes the rules select on: a region for each province (Hà Nội
     * for some), mountains for some districts, border for some communes, island for some villages,
     * the field of the first and third offices and departments. If {@code dated}: some tenures in
     * office end 1 to 400 days after the date, some vacant posts are taken 1 to 300 days after it,
     * and a few organizations end, or begin, 1 to 300 days after it (their tenures clipped).
     */
    static OrgStructure decorate(OrgStructure s, int seed, boolean dated) {
        OrgStructure.Builder b = s.toBuilder();
        LocalDate d = s.date();
        VnRegion[] regions = VnRegion.values();
        Map<UnitId, Period> validity = new java.util.HashMap<>();
        for (Unit u : s.units()) {
            int h = hash(u.id().value(), seed);
            Unit.Builder ub = u.toBuilder();
            boolean changed = false;
            if (u.isTerritorial() && u.level() == Level.PROVINCE) {
                ub.attribute(VnAttributes.VUNG, regions[(seed + h) % regions.length].name());
                if (seed % 4 == 0) {
                    ub.attribute(VnAttributes.HA_NOI, VnAttributes.YES);
                }
                changed = true;
            } else if (u.isTerritorial() && u.level() == Level.DISTRICT && h % 3 == 0) {
                ub.attribute(VnAttributes.MIEN_NUI, VnAttributes.YES);
                changed = true;
            } else if (u.isTerritorial() && u.level() == Level.COMMUNE && h % 4 == 0) {
                ub.attribute(h % 8 == 0 ? VnAttributes.BIEN_GIOI : VnAttributes.MIEN_NUI, VnAttributes.YES);
                changed = true;
            } else if (u.isTerritorial() && u.level() == Level.VILLAGE && h % 5 == 0) {
                ub.attribute(VnAttributes.HAI_DAO, VnAttributes.YES);
                changed = true;
            } else if (u.kind().equals(VnKinds.PHONG) || u.kind().equals(VnKinds.SO)) {
                String id = u.id().value();
                if (id.endsWith("1")) {
                    ub.attribute(VnAttributes.LINH_VUC, VnAttributes.NOI_VU);
                    changed = true;
                } else if (id.endsWith("3")) {
                    ub.attribute(VnAttributes.LINH_VUC, VnAttributes.THANH_TRA);
                    changed = true;
                }
            }
            if (dated && !u.isTerritorial() && s.children(u.id()).isEmpty() && h % 23 == 0) {
                LocalDate when = d.plusDays(1 + h % 300);
                Period p = h % 2 == 0 ? u.validity().withEnd(when) : u.validity().withStart(when);
                if (p.start().isEmpty() || p.end().isEmpty() || p.end().get().isAfter(p.start().get())) {
                    ub.validity(p);
                    validity.put(u.id(), p);
                    changed = true;
                }
            }
            if (changed) {
                b.replace(ub.build());
            }
        }
        if (!dated) {
            return b.build();
        }
        for (Tenure t : s.tenures()) {
            UnitId unit = s.post(t.post()).unit();
            Period v = validity.get(unit);
            int h = hash(t.post().value() + t.person().value(), seed);
            Period p = t.period();
            if (v != null) {
                // clip to the unit's new validity, or drop it if nothing is left
                LocalDate from = later(p.start().orElse(null), v.start().orElse(null));
                LocalDate to = earlier(p.end().orElse(null), v.end().orElse(null));
                b.remove(t);
                if (from == null || to == null || to.isAfter(from)) {
                    b.add(t.withPeriod(from == null && to == null ? Period.ALWAYS : Period.of(from, to)));
                }
            } else if (p.end().isEmpty() && p.contains(d) && h % 4 == 0) {
                b.remove(t);
                b.add(t.withPeriod(p.withEnd(d.plusDays(1 + h % 400))));
            }
        }
        for (Post p : s.posts()) {
            int h = hash(p.id().value(), seed);
            if (s.holders(p.id()).isEmpty() && !validity.containsKey(p.unit()) && h % 3 == 0
                    && s.tenures(p.id()).stream().allMatch(t -> t.period().end().isPresent())) {
                PersonId who = PersonId.of(p.id().value() + "/next");
                b.add(Person.of(who, "Nguyễn Văn Tới", h % 2 == 0));
                b.add(Tenure.main(who, p.id(), Period.from(d.plusDays(1 + h % 300))));
            }
        }
        return b.build();
    }

    private static int hash(String s, int seed) {
        return Math.floorMod(s.hashCode() * 31 + seed * 7_919, 10_007);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /**
     * The accepted changes of a plan as steps whose snapshots are seen on a later date than the
     * change's effective date: the last choice of the step that produced it decides how many days
     * later (0 to 419; a shrunk choice of 0 keeps the effective date). As the effective dates of
     * the next changes may come before, the date moves back as well as forward between steps; a
     * snapshot is never seen before its own change takes effect.
     */
    static List<ValidationInvariants.Step> datedSteps(Plan plan) {
        History h = History.start(plan.initial());
        List<ValidationInvariants.Step> out = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            if (plan.produced().get(i).isEmpty()) {
                continue;
            }
            Change c = plan.produced().get(i).get();
            try {
                h = h.apply(c);
            } catch (RuntimeException e) {
                continue;
            }
            List<Integer> choices = plan.steps().get(i).choices();
            int x = choices.get(choices.size() - 1);
            int days = x % 420;
            OrgStructure after = h.current();
            out.add(new ValidationInvariants.Step(after.withDate(after.date().plusDays(days)),
                    h.version(h.size() - 1).event().orElseThrow()));
        }
        return out;
    }

    /**
     * The plan's history with undos: after a change, the seventh choice of the step that produced
     * it decides whether the change is undone on its own date (one time in four) and the undo
     * undone as well (one time in eight). Changes that no longer apply afterwards are skipped.
     */
    static History withUndos(Plan plan) {
        History h = History.start(plan.initial());
        for (int i = 0; i < plan.steps().size(); i++) {
            if (plan.produced().get(i).isEmpty()) {
                continue;
            }
            try {
                h = h.apply(plan.produced().get(i).get());
            } catch (RuntimeException e) {
                continue;
            }
            int x = plan.steps().get(i).choices().get(6);
            if (x % 4 == 1) {
                h = h.undo(h.current().date());
                if (x % 8 == 5) {
                    h = h.undo(h.current().date());
                }
            }
        }
        return h;
    }

    // ------------------------------------------------------------------ counting

    /** Counts the violations a property meets, in all and by rule. */
    private static final class Counter {
        private final AtomicLong total = new AtomicLong();
        private final Map<String, LongAdder> byRule = new ConcurrentHashMap<>();

        void add(List<ValidationResult> results) {
            for (ValidationResult r : results) {
                total.addAndGet(r.violations().size());
                for (Violation v : r.violations()) {
                    byRule.computeIfAbsent(v.ruleId(), k -> new LongAdder()).increment();
                }
            }
        }

        /** Asserts that violations were found, of at least {@code rules} rules; prints the counts. */
        void assertNotVacuous(String what, int rules) {
            Map<String, Long> counts = new TreeMap<>();
            byRule.forEach((k, v) -> counts.put(k, v.sum()));
            System.out.println(what + ": " + total.get() + " violations met, by rule " + counts);
            assertTrue(total.get() > 0, what + ": no violation was met: the property is vacuous");
            assertTrue(counts.size() >= rules, () -> what + ": only " + counts.size() + " rules found violations, "
                    + counts.keySet() + "; expected at least " + rules);
        }
    }
}
