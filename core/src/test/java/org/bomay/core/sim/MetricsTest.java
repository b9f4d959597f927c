package org.bomay.core.sim;

import static org.bomay.core.sim.SimFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.types.ConcurrentPosts;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private final OrgStructure s = structure();
    private final Validator validator = Validator.of(pack());
    private final MetricContext plain = MetricContext.of(s);
    private final MetricContext validated = MetricContext.of(validator.validate(s));

    /** An ordered map from alternating keys and values. */
    private static Map<String, Double> map(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        }
        return m;
    }

    private static void assertMeasures(Map<String, Double> expected, Metric metric, MetricContext ctx) {
        Map<String, Double> got = metric.measure(ctx);
        assertEquals(expected, got);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(got.keySet()), "key order");
    }

    // ------------------------------------------------------------------ organizations

    @Test
    void organizations_countsOnlyNonTerritorialUnitsInForce() {
        // 8 party + 7 state + 2 front; the 8 administrative units, kb.tkn (ceased 2018) and kb.qd (from 2021) do not count
        assertEquals(Map.of("units", 17.0), Metrics.organizations().measure(plain));
        assertEquals(17.0, Metrics.organizations().value(plain));
        assertEquals("units", Metrics.organizations().key());
    }

    @Test
    void organizationsByPillar_countsOnlyNonTerritorialUnitsInForce() {
        // administrative units are STATE but are not organizations: STATE is kb.ubnd, nv, tc, vp and 3 HĐND
        assertMeasures(map("units.pillar.PARTY", 8, "units.pillar.STATE", 7, "units.pillar.FRONT", 2),
                Metrics.organizationsByPillar(), plain);
    }

    @Test
    void organizationsByLevel_listsEveryLevel() {
        // DISTRICT: kb.hu, btc, bdv, hu.vp, kb.ubnd, nv, tc, vp, kb.mttq; COMMUNE: 3 đảng ủy, 3 HĐND, x1.mttq; VILLAGE: the cell
        assertMeasures(map("units.level.CENTRAL", 0, "units.level.PROVINCE", 0, "units.level.DISTRICT", 9,
                "units.level.COMMUNE", 7, "units.level.VILLAGE", 1), Metrics.organizationsByLevel(), plain);
    }

    @Test
    void organizationsByKind_listsThePresentKindsInCodeOrder() {
        assertMeasures(map("units.kind.VN.BAN_DAN_VAN", 1, "units.kind.VN.BAN_TO_CHUC", 1, "units.kind.VN.CHI_BO", 1,
                "units.kind.VN.DANG_UY_XA", 3, "units.kind.VN.HDND", 3, "units.kind.VN.HUYEN_UY", 1, "units.kind.VN.PHONG", 2,
                "units.kind.VN.UBMTTQ", 2, "units.kind.VN.UBND", 1, "units.kind.VN.VAN_PHONG_CAP_UY", 1,
                "units.kind.VN.VAN_PHONG_HDND_UBND", 1), Metrics.organizationsByKind(), plain);
    }

    @Test
    void administrativeUnits_countsTotalAndByLevel() {
        // hn; kb; x1, x2, x3; x1.t1, x1.t2, x2.t1
        assertMeasures(map("admin-units", 8, "admin-units.CENTRAL", 0, "admin-units.PROVINCE", 1, "admin-units.DISTRICT", 1,
                "admin-units.COMMUNE", 3, "admin-units.VILLAGE", 3), Metrics.administrativeUnits(), plain);
    }

    @Test
    void unitsNotInForce_areLeftOut_andCountOnTheirDates() {
        // 1/1/2018: kb.tkn (2010 – 1/3/2018) is in force: one more organization, its quota 5 and staff 4 count
        MetricContext y2018 = MetricContext.of(s.withDate(LocalDate.of(2018, 1, 1)));
        assertEquals(18.0, Metrics.organizations().value(y2018));
        assertEquals(53.0, Metrics.staffQuota().value(y2018));
        assertEquals(50.0, Metrics.staffActual().value(y2018));
        // 30/6/2021: kb.qd (from 1/1/2021) is in force with its vacant director post
        MetricContext y2021 = MetricContext.of(s.withDate(LocalDate.of(2021, 6, 30)));
        assertEquals(18.0, Metrics.organizations().value(y2021));
        assertEquals(25.0, Metrics.posts().measure(y2021).get("posts"));
        assertEquals(4.0, Metrics.posts().measure(y2021).get("posts.vacant"));
        assertEquals(48.0, Metrics.staffQuota().value(y2021));
        // a scope never brings back a unit out of force
        assertFalse(plain.within(Selector.kinds(VnKinds.TRAM)).inScope(s.unit(TKN)));
        assertTrue(plain.inScope(s.unit(NV)));
    }

    // ------------------------------------------------------------------ posts and deputies

    @Test
    void posts_countsByRoleAndVacant_includingPostsOfAdministrativeUnits() {
        // 24 posts (kb.qd.gd not in force): 19 HEAD (2 of them trưởng thôn) and 5 DEPUTY;
        // vacant: x1.t1.cb.bt, x1.t2.tt, kb.mttq.pct
        assertMeasures(map("posts", 24, "posts.HEAD", 19, "posts.DEPUTY", 5, "posts.STANDING_MEMBER", 0, "posts.MEMBER", 0,
                "posts.STAFF", 0, "posts.vacant", 3), Metrics.posts(), plain);
    }

    @Test
    void deputies_countsPeopleInDeputyPosts() {
        // kb.ubnd 2 (Phúc, Quang), kb.nv 2 (Tâm, Uyên), kb.tc 1 (Xuân), kb.vp 3 (Bảo, Chung, Đạt); kb.mttq.pct vacant
        assertEquals(8.0, Metrics.deputies().value(plain));
    }

    @Test
    void deputiesOverCap_countsCapBreachesOfTheValidation() {
        // t.cap-pho: kb.vp has 3 deputies, above 2, and no merger on record: one ERROR
        assertEquals(Map.of("deputies.over-cap", 1.0), Metrics.deputiesOverCap().measure(validated));
        assertEquals(Map.of("deputies.in-grace", 0.0), Metrics.deputiesInGrace().measure(validated));
    }

    @Test
    void deputiesOverCap_givesNoValueWithoutValidation() {
        assertEquals(Map.of(), Metrics.deputiesOverCap().measure(plain));
        assertEquals(Map.of(), Metrics.deputiesInGrace().measure(plain));
        BomayException e = assertThrows(BomayException.class, () -> Metrics.deputiesOverCap().value(plain));
        assertTrue(e.getMessage().contains("deputies.over-cap gave no value"), e.getMessage());
    }

    @Test
    void deputiesInGrace_countsBreachesWithinFiveYearsOfAMerger() {
        // kb.vp formed by a merger on 1/1/2018: the grace runs to 1/1/2023, the breach is INFO
        MergerLog recent = MergerLog.empty().with(VP, LocalDate.of(2018, 1, 1), List.of(VP, UnitId.of("kb.vp.cu")));
        MetricContext inGrace = MetricContext.of(validator.validate(s, recent));
        assertEquals(0.0, Metrics.deputiesOverCap().value(inGrace));
        assertEquals(1.0, Metrics.deputiesInGrace().value(inGrace));
        // merged on 1/6/2013: the grace ended on 1/6/2018, before the snapshot: an ERROR again
        MergerLog old = MergerLog.empty().with(VP, LocalDate.of(2013, 6, 1), List.of(VP, UnitId.of("kb.vp.cu")));
        MetricContext afterGrace = MetricContext.of(validator.validate(s, old));
        assertEquals(1.0, Metrics.deputiesOverCap().value(afterGrace));
        assertEquals(0.0, Metrics.deputiesInGrace().value(afterGrace));
    }

    // ------------------------------------------------------------------ staff

    @Test
    void staff_sumsQuotaActualVacanciesAndOverQuotaUnits() {
        // quota 7+6+8+12+5+10 = 48 (x1, an administrative unit, counts; kb.tkn does not); actual 7+6+7+13+4+9 = 46;
        // vacancies kb.tc 1 + kb.mttq 1 + x1 1 = 3 (kb.vp's −1 does not offset); over quota: kb.vp
        assertMeasures(map("staff.quota", 48, "staff.actual", 46, "staff.vacancies", 3, "staff.over-quota-units", 1),
                Metrics.staff(), plain);
        assertEquals(48.0, Metrics.staffQuota().value(plain));
        assertEquals(46.0, Metrics.staffActual().value(plain));
    }

    // ------------------------------------------------------------------ concurrent posts and coverage

    @Test
    void concurrentPosts_countsTenuresAndPeople() {
        // Hải chairs x1.hdnd and Khoa x2.hdnd concurrently
        assertMeasures(map("concurrent.tenures", 2, "concurrent.people", 2), Metrics.concurrentPosts(), plain);
    }

    @Test
    void coverage_isTwoOfThreeCommunes() {
        // three commune secretaries, each with a HĐND chair in the same commune: x1 and x2 held by the same person, x3 not
        Metrics.Coverage c = Metrics.coverage(plain, model());
        assertEquals(new Metrics.Coverage(MODEL, 2, 3), c);
        assertEquals("2/3", c.toString());
        assertEquals(2.0 / 3, c.share(), 1e-12);
        assertMeasures(map("model." + MODEL, 2, "model." + MODEL + ".eligible", 3), Metrics.coverage(model()), plain);
        assertEquals("model." + MODEL, Metrics.coverage(model()).key());
    }

    @Test
    void coverage_record_validates() {
        assertThrows(BomayException.class, () -> new Metrics.Coverage("m", 3, 2));
        assertThrows(BomayException.class, () -> new Metrics.Coverage("m", -1, 2));
        assertThrows(BomayException.class, () -> new Metrics.Coverage(null, 0, 0));
        assertEquals(0.0, new Metrics.Coverage("m", 0, 0).share());
    }

    // ------------------------------------------------------------------ shape

    @Test
    void spans_meanMedianMaxAndBuckets() {
        // kb.hu 6 (btc, bdv, hu.vp, 3 đảng ủy xã), x1.du 1 (the cell), kb.ubnd 3 (nv, tc, vp: tkn and qd not in force),
        // kb.mttq 1 (x1.mttq): sorted 1, 1, 3, 6 — mean 11/4, median (1+3)/2
        assertMeasures(map("span.managers", 4, "span.mean", 2.75, "span.median", 2.0, "span.max", 6, "span.1", 2, "span.2-4", 1,
                "span.5-9", 1, "span.10-19", 0, "span.20+", 0), Metrics.spans(), plain);
    }

    @Test
    void layers_perPillar() {
        // kb.hu → x1.du → x1.t1.cb: 3; kb.ubnd → offices: 2; kb.mttq → x1.mttq: 2
        assertMeasures(map("layers", 3, "layers.PARTY", 3, "layers.STATE", 2, "layers.FRONT", 2), Metrics.layers(), plain);
    }

    @Test
    void layers_countOnlyAncestorsInScope() {
        // commune and village only: x1.du is a root of the scope (1), the cell under it 2; HĐND 1; x1.mttq 1
        assertMeasures(map("layers", 2, "layers.PARTY", 2, "layers.STATE", 1, "layers.FRONT", 1), Metrics.layers(),
                plain.within(Selector.atLevels(Level.COMMUNE, Level.VILLAGE)));
        // the front only: 0 for the other pillars
        assertMeasures(map("layers", 2, "layers.PARTY", 0, "layers.STATE", 0, "layers.FRONT", 2), Metrics.layers(),
                plain.within(Selector.any().pillars(Pillar.FRONT)));
    }

    // ------------------------------------------------------------------ violations

    @Test
    void violations_bySeverity() {
        // ERROR: t.cap-pho and t.bien-che on kb.vp; WARNING: no head in x1.t1.cb and x1.t2
        assertMeasures(map("violations.ERROR", 2, "violations.WARNING", 2, "violations.INFO", 0), Metrics.violations(), validated);
        assertEquals(Map.of(), Metrics.violations().measure(plain));
    }

    @Test
    void violationsOf_countsOneRule_andRejectsAnUnknownId() {
        assertEquals(Map.of("violations." + MOT_NGUOI, 2.0), Metrics.violationsOf(MOT_NGUOI).measure(validated));
        assertEquals(1.0, Metrics.violationsOf(CAP_PHO).value(validated));
        assertEquals(Map.of(), Metrics.violationsOf(CAP_PHO).measure(plain));
        BomayException e = assertThrows(BomayException.class, () -> Metrics.violationsOf("t.khong-co").measure(validated));
        assertTrue(e.getMessage().contains("t.khong-co") && e.getMessage().contains("Thử nghiệm"), e.getMessage());
        assertThrows(BomayException.class, () -> Metrics.violationsOf(" "));
        assertThrows(BomayException.class, () -> Metrics.violationsOf(null));
    }

    @Test
    void metricContext_violationsNeedAValidation() {
        BomayException e = assertThrows(BomayException.class, plain::violations);
        assertTrue(e.getMessage().contains("not validated"), e.getMessage());
        assertEquals(4, validated.violations().size());
        assertTrue(validated.validation().isPresent());
        assertFalse(plain.validation().isPresent());
    }

    // ------------------------------------------------------------------ scope

    @Test
    void within_countsOnlyTheCommuneAndWhatLiesInIt() {
        MetricContext x1 = validated.within(Selector.any().within(X1));
        // x1.du, the cell (territory x1.t1), x1.hdnd, x1.mttq
        assertEquals(List.of(X1_DU, X1_CB, X1_HDND, X1_MTTQ), x1.organizations().stream().map(Unit::id).toList());
        assertEquals(List.of(X1, X1_T1, X1_T2), x1.territories().stream().map(Unit::id).toList());
        assertEquals(4.0, Metrics.organizations().value(x1));
        // posts: x1.du.bt, x1.t1.cb.bt (vacant), x1.hdnd.ct, x1.t1.tt, x1.t2.tt (vacant), x1.mttq.ct
        assertEquals(6.0, Metrics.posts().measure(x1).get("posts"));
        assertEquals(2.0, Metrics.posts().measure(x1).get("posts.vacant"));
        // staff: x1 alone, 10 and 9
        assertMeasures(map("staff.quota", 10, "staff.actual", 9, "staff.vacancies", 1, "staff.over-quota-units", 0),
                Metrics.staff(), x1);
        // Hải's concurrent tenure; one secretary, covered
        assertMeasures(map("concurrent.tenures", 1, "concurrent.people", 1), Metrics.concurrentPosts(), x1);
        assertEquals(new Metrics.Coverage(MODEL, 1, 1), Metrics.coverage(x1, model()));
        // both vacancies lie in x1; kb.vp's errors do not
        assertMeasures(map("violations.ERROR", 0, "violations.WARNING", 2, "violations.INFO", 0), Metrics.violations(), x1);
        assertEquals(0.0, Metrics.deputiesOverCap().value(x1));
        assertEquals(0.0, Metrics.deputies().value(x1));
    }

    @Test
    void within_aPillar_keepsTheAdministrativeUnitsOfThatPillar() {
        MetricContext state = plain.within(Selector.any().pillars(Pillar.STATE));
        assertEquals(7.0, Metrics.organizations().value(state));
        assertEquals(8.0, Metrics.administrativeUnits().measure(state).get("admin-units"));
        // nv 6/6, tc 8/7, vp 12/13, x1 10/9
        assertEquals(36.0, Metrics.staffQuota().value(state));
        assertEquals(35.0, Metrics.staffActual().value(state));
        assertEquals(Selector.any().pillars(Pillar.STATE), state.scope());
        assertTrue(state.toString().contains("2019-01-01"), state.toString());
    }

    // ------------------------------------------------------------------ standard sets

    @Test
    void standard_hasFourteenMetrics_andStandardOfAPack_addsEachModelOnce() {
        assertEquals(List.of("units", "units.pillar", "units.level", "units.kind", "admin-units", "posts", "deputies",
                "deputies.over-cap", "deputies.in-grace", "staff", "concurrent", "span", "layers", "violations"),
                Metrics.standard().stream().map(Metric::key).toList());
        ConcurrentPosts again = ConcurrentPosts.of(RuleInfo.structural("t.kiem-nhiem", "Kiêm nhiệm", "Concurrent posts"),
                VnRules.concurrentPosts().models());
        RulePack withModels = pack().plus(VnRules.concurrentPosts(), again);
        List<Metric> std = Metrics.standard(withModels);
        assertEquals(14 + 11, std.size());
        assertEquals("model." + VnRules.MODEL_DAN_VAN_MTTQ, std.get(14).key());
        assertEquals(14, Metrics.standard(pack()).size());
        // the standard set measures the fixture without a clash of keys
        Measurements m = Measurements.of(std, MetricContext.of(Validator.of(withModels).validate(s)));
        assertEquals(2.0, m.get("model." + MODEL));
        assertEquals(3.0, m.get("model." + MODEL + ".eligible"));
        assertEquals(17.0, m.get("units"));
    }

    // ------------------------------------------------------------------ user metrics

    @Test
    void metricOf_measuresOneValue() {
        Metric communes = Metric.of("communes", "Số xã", ctx -> ctx.territories().stream().filter(u -> u.level() == Level.COMMUNE).count());
        assertEquals(Map.of("communes", 3.0), communes.measure(plain));
        assertEquals(3.0, communes.value(plain));
        assertEquals("Số xã", communes.title());
        assertEquals("Metric[communes]", communes.toString());
    }

    @Test
    void metricFamily_storesSubKeysUnderItsKey_andTheEmptySubKeyAsTheKeyItself() {
        Metric heads = Metric.family("heads", "Người đứng đầu", ctx -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            m.put("", 20);
            m.put("party", 7);
            return m;
        });
        assertMeasures(map("heads", 20, "heads.party", 7), heads, plain);
        assertEquals("Metric[heads.*]", heads.toString());
        BomayException e = assertThrows(BomayException.class, () -> heads.value(plain));
        assertTrue(e.getMessage().contains("Metric.select"), e.getMessage());
        assertEquals(20.0, heads.select("heads").value(plain));
        assertEquals(7.0, heads.select("heads.party").value(plain));
    }

    @Test
    void metricFamily_rejectsNullResults() {
        Metric nullMap = Metric.family("x", "X", ctx -> null);
        assertThrows(BomayException.class, () -> nullMap.measure(plain));
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put(null, 1);
        Metric nullKey = Metric.family("y", "Y", ctx -> withNull);
        assertThrows(BomayException.class, () -> nullKey.measure(plain));
    }

    @Test
    void select_picksOneValueOfAFamily() {
        Metric party = Metrics.organizationsByPillar().select("units.pillar.PARTY");
        assertEquals("units.pillar.PARTY", party.key());
        assertEquals(8.0, party.value(plain));
        assertTrue(party.title().endsWith("(units.pillar.PARTY)"), party.title());
        // a kind not present gives 0
        assertEquals(0.0, Metrics.organizationsByKind().select("units.kind.VN.SO").value(plain));
        BomayException e = assertThrows(BomayException.class, () -> Metrics.organizationsByPillar().select("units.pillarX"));
        assertTrue(e.getMessage().contains("units.pillar"), e.getMessage());
        assertThrows(BomayException.class, () -> Metrics.staff().select("posts"));
        assertThrows(BomayException.class, () -> Metrics.staff().select(null));
    }

    @Test
    void badKeysAndTitles_areRejected() {
        for (String bad : new String[] {null, "", "a b", "a/b", "đầu-mối", "x#"}) {
            assertThrows(BomayException.class, () -> Metric.of(bad, "T", ctx -> 1), "key '" + bad + "'");
            assertThrows(BomayException.class, () -> Metric.family(bad, "T", ctx -> Map.of()), "key '" + bad + "'");
        }
        assertEquals("a.b_c-d=e:f", Metric.of("a.b_c-d=e:f", "T", ctx -> 1).key());
        assertThrows(BomayException.class, () -> Metric.of("k", " ", ctx -> 1));
        assertThrows(BomayException.class, () -> Metric.of("k", null, ctx -> 1));
        assertThrows(BomayException.class, () -> Metric.of("k", "T", null));
        assertThrows(BomayException.class, () -> Metric.family("k", "", ctx -> Map.of()));
    }

    // ------------------------------------------------------------------ measurements

    @Test
    void measurementsOf_rejectsTwoMetricsGivingTheSameKey() {
        BomayException e = assertThrows(BomayException.class,
                () -> Measurements.of(List.of(Metrics.staff(), Metrics.staffQuota()), plain));
        assertTrue(e.getMessage().contains("staff.quota") && e.getMessage().contains("Metrics staff and staff.quota"), e.getMessage());
        assertThrows(BomayException.class,
                () -> Measurements.of(List.of(Metrics.organizations(), Metric.of("units", "Again", ctx -> 1)), plain));
    }

    @Test
    void measurementsOf_rejectsNonFiniteValues() {
        BomayException e = assertThrows(BomayException.class,
                () -> Measurements.of(List.of(Metric.of("ratio", "Tỉ lệ", ctx -> 0.0 / 0.0)), plain));
        assertTrue(e.getMessage().contains("ratio"), e.getMessage());
    }

    @Test
    void measurements_getFindAndKeysInOrder() {
        Measurements m = Measurements.of(List.of(Metrics.organizations(), Metrics.staff()), plain);
        assertEquals(BASE, m.date());
        assertEquals(List.of("units", "staff.quota", "staff.actual", "staff.vacancies", "staff.over-quota-units"), m.keys().asList());
        assertEquals(46.0, m.get("staff.actual"));
        assertEquals(17.0, m.find("units").getAsDouble());
        assertTrue(m.find("posts").isEmpty());
        BomayException e = assertThrows(BomayException.class, () -> m.get("posts"));
        assertTrue(e.getMessage().contains("posts") && e.getMessage().contains("staff.actual"), e.getMessage());
        assertEquals(m, Measurements.of(List.of(Metrics.organizations(), Metrics.staff()), MetricContext.of(structure())));
    }

    @Test
    void changesFrom_givesDeltas_andPercentIsNaNFromZero() {
        Measurements before = Measurements.of(List.of(Metrics.organizations(), Metrics.deputiesInGrace()), validated);
        Metric extra = Metric.of("extra", "Thêm", ctx -> 2);
        Measurements after = Measurements.of(List.of(Metric.of("units", "Đầu mối", ctx -> 16), Metric.of("deputies.in-grace", "x",
                ctx -> 1), extra), plain);
        List<Measurements.Delta> d = after.changesFrom(before);
        assertEquals(List.of(new Measurements.Delta("units", 17, 16), new Measurements.Delta("deputies.in-grace", 0, 1),
                new Measurements.Delta("extra", 0, 2)), d);
        assertEquals(-1.0, d.get(0).change());
        assertEquals(-100.0 / 17, d.get(0).percent(), 1e-9);
        assertTrue(Double.isNaN(d.get(1).percent()));
        assertEquals("units 17 → 16 (−1, −5.9%)", d.get(0).toString());
        assertEquals("deputies.in-grace 0 → 1 (+1, –)", d.get(1).toString());
        // keys only in the baseline come last, with 0 now
        List<Measurements.Delta> back = before.changesFrom(after);
        assertEquals(new Measurements.Delta("extra", 2, 0), back.get(2));
        String table = after.changeTable(before, true);
        assertTrue(table.contains("units") && table.contains("−5.9%"), table);
        assertFalse(after.changeTable(after, true).contains("units"));
    }

    @Test
    void toString_showsCoverageAsAppliedOverEligible() {
        Measurements m = Measurements.of(List.of(Metrics.organizations(), Metrics.coverage(model())), plain);
        String text = m.toString();
        assertTrue(text.contains("model." + MODEL + "  2/3") || text.matches("(?s).*model\\." + java.util.regex.Pattern.quote(MODEL)
                + " +2/3.*"), text);
        assertFalse(text.contains(".eligible"), text);
        assertTrue(text.startsWith("metric"), text);
        assertTrue(text.contains("2019-01-01"), text);
        assertTrue(text.matches("(?s).*units +17\n.*"), text);
    }

    @Test
    void validatedContext_usesTheValidationsStructure() {
        ValidationResult v = validator.validate(s);
        assertEquals(s, MetricContext.of(v).structure());
        assertEquals(BASE, MetricContext.of(v).date());
        assertThrows(BomayException.class, () -> MetricContext.of((OrgStructure) null));
        assertThrows(BomayException.class, () -> MetricContext.of((ValidationResult) null));
        assertThrows(BomayException.class, () -> plain.within(null));
    }
}
