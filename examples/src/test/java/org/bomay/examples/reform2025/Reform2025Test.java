package org.bomay.examples.reform2025;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bomay.core.BomayException;
import org.bomay.core.change.Change;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeType;
import org.bomay.core.history.History;
import org.bomay.core.model.Level;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.MergerLog;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/** The history of 1/7/2025: provinces 63 → 34, the district level gone, the organizations under the Front. */
class Reform2025Test {
    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final History H = Reform2025.history();

    private static int provinces(OrgStructure s) {
        return Provinces2025.provincialUnits(s).size();
    }

    @Test
    void asOf_provincialUnitsGoFrom63To34OnFirstJuly() {
        assertEquals(JULY_1, VnRules.REFORM_2025);
        assertEquals(63, provinces(H.asOf(JUNE_30)));
        assertEquals(34, provinces(H.asOf(JULY_1)));
        assertEquals(34, provinces(H.current()));
        assertEquals(28, H.current().unitsOf(VnKinds.TINH).size());
        assertEquals(6, H.current().unitsOf(VnKinds.THANH_PHO_TRUC_THUOC_TW).size());
        assertThrows(BomayException.class, () -> H.asOf(LocalDate.of(2025, 6, 29)), "the history starts on 30/6/2025");
    }

    @Test
    void history_hasOneVersionPerChange_allEffectiveFirstJuly() {
        List<Change> changes = Reform2025.changes();
        assertEquals(31, changes.size());
        assertEquals(32, H.size());
        assertEquals(Map.of(ChangeType.MERGE, 23L, ChangeType.DISSOLVE, 3L, ChangeType.TRANSFER, 5L),
                changes.stream().collect(Collectors.groupingBy(Change::type, Collectors.counting())));
        for (Change c : changes) {
            assertEquals(JULY_1, c.effective(), c.summary());
            assertTrue(c.info().basis().isPresent(), "every change cites its document: " + c.summary());
        }
    }

    @Test
    void currentSuccessors_benTreIsNowPartOfVinhLong() {
        assertEquals(List.of(Provinces2025.VINH_LONG), H.currentSuccessors(Provinces2025.BEN_TRE));
        assertEquals(List.of(Provinces2025.VINH_LONG), H.currentSuccessors(Provinces2025.TRA_VINH));
        assertEquals("Tỉnh Vĩnh Long", H.current().unit(H.currentSuccessors(Provinces2025.BEN_TRE).get(0)).name());
        assertFalse(H.current().contains(Provinces2025.BEN_TRE));
        assertTrue(H.asOf(JUNE_30).contains(Provinces2025.BEN_TRE));
    }

    @Test
    void currentSuccessors_laoCaiIsNowTheProvinceThatKeepsYenBaisId() {
        assertEquals(List.of(Provinces2025.YEN_BAI), H.currentSuccessors(Provinces2025.LAO_CAI));
        assertEquals("Tỉnh Yên Bái", H.asOf(JUNE_30).unit(Provinces2025.YEN_BAI).name());
        assertEquals("Tỉnh Lào Cai", H.current().unit(Provinces2025.YEN_BAI).name());
        assertFalse(H.current().contains(Provinces2025.LAO_CAI));
        assertEquals(List.of(Provinces2025.YEN_BAI), H.current().find("Lào Cai").stream().map(Unit::id).toList());
    }

    @Test
    void currentSuccessors_ofEveryFormerUnitIsItsNewUnitByTheTable() {
        for (Unit former : Provinces2025.formerUnits()) {
            NewProvince p = Provinces2025.successor(former.id());
            assertEquals(List.of(p.id()), H.currentSuccessors(former.id()), former.name());
            assertEquals(p.name(), H.current().unit(p.id()).name());
            assertEquals(p.kind(), H.current().unit(p.id()).kind());
        }
    }

    @Test
    void predecessors_ofVinhLongAreTheThreeProvinces() {
        assertEquals(List.of(Provinces2025.BEN_TRE, Provinces2025.TRA_VINH, Provinces2025.VINH_LONG),
                Reform2025.formedFrom(Provinces2025.VINH_LONG));
        assertEquals(List.of(Provinces2025.BEN_TRE, Provinces2025.TRA_VINH, Provinces2025.VINH_LONG),
                H.predecessors(Provinces2025.VINH_LONG).stream().map(s -> s.from()).toList());
        assertTrue(H.predecessors(Provinces2025.VINH_LONG).stream()
                .allMatch(s -> s.type() == ChangeType.MERGE && s.date().equals(JULY_1)));
        assertEquals(List.of(Provinces2025.HA_TINH), Reform2025.formedFrom(Provinces2025.HA_TINH));
        assertEquals(3, MergerLog.of(H).latest(Provinces2025.VINH_LONG).orElseThrow().formedFrom());
        assertThrows(BomayException.class, () -> Reform2025.formedFrom(Provinces2025.BEN_TRE));
    }

    @Test
    void mergers_twentyNineFormerUnitsCeaseAndTheElevenUnchangedAreUntouched() {
        OrgStructure before = H.asOf(JUNE_30);
        OrgStructure after = H.current();
        long ceased = Provinces2025.formerUnits().stream().filter(u -> !after.contains(u.id())).count();
        assertEquals(52 - 23, ceased);
        for (NewProvince p : Provinces2025.unchanged()) {
            assertEquals(before.unit(p.id()), after.unit(p.id()), p.name());
            if (!p.id().equals(Provinces2025.HA_TINH)) {
                assertEquals(List.of(), H.eventsOf(p.id()), p.name());
            }
        }
        assertEquals(23, H.events().stream().filter(e -> e.type() == ChangeType.MERGE).count());
        assertEquals(52, H.events().stream().filter(e -> e.type() == ChangeType.MERGE).mapToInt(e -> e.originals().size()).sum());
        assertTrue(H.hasUsed(Provinces2025.BEN_TRE), "a ceased province's id is never reused");
    }

    @Test
    void districtLevel_isGoneOnFirstJuly_andItsCommunesAreUnderTheProvince() {
        OrgStructure before = H.asOf(JUNE_30);
        OrgStructure after = H.asOf(JULY_1);
        assertEquals(Set.copyOf(Reform2025.DISTRICTS), before.unitsAt(Level.DISTRICT).stream().map(Unit::id).collect(Collectors.toSet()));
        assertEquals(List.of(), after.unitsAt(Level.DISTRICT));
        for (UnitId d : Reform2025.DISTRICTS) {
            assertFalse(after.contains(d));
            assertEquals(List.of(), H.currentSuccessors(d), "dissolved without successor");
        }
        for (UnitId c : Reform2025.COMMUNES) {
            assertEquals(Reform2025.CHAU_THANH, before.parent(c).orElseThrow().id());
            assertEquals(Provinces2025.VINH_LONG, after.parent(c).orElseThrow().id(), "under the province Bến Tre went into");
            assertEquals(Level.COMMUNE, after.unit(c).level());
        }
        assertEquals(Provinces2025.HA_TINH, before.parent(Reform2025.DUC_THO).orElseThrow().id());
        ChangeEvent chauThanh = H.eventsOf(Reform2025.CHAU_THANH).get(H.eventsOf(Reform2025.CHAU_THANH).size() - 1);
        assertEquals(ChangeType.DISSOLVE, chauThanh.type());
        assertEquals(List.of(Reform2025.CHAU_THANH), chauThanh.ceased());
        assertEquals(2, chauThanh.children().size());
        assertEquals("72/2025/QH15", chauThanh.info().basis().orElseThrow().number());
        assertEquals(696, Reform2025.DISTRICTS_NATIONWIDE);
    }

    @Test
    void noDistrictLevel_holdsAfterTheReform_andFlagsDistrictsLeftInPlace() {
        Validator v = Validator.of(RulePack.of("Luật 72/2025/QH15", Reform2025.noDistrictLevel()));
        assertTrue(v.validate(H.current()).isValid());
        assertEquals(0, v.validate(H.asOf(JUNE_30)).rulesInForce().size(), "not in force before 1/7/2025");
        History mergesOnly = History.start(Reform2025.before()).applyAll(Provinces2025.merges());
        ValidationResult r = v.validate(mergesOnly.current());
        assertEquals(3, r.size());
        assertEquals(Reform2025.DISTRICTS.stream().sorted().toList(),
                r.violations().stream().flatMap(x -> x.units().stream()).sorted().toList());
    }

    @Test
    void front_theFiveOrganizationsComeUnderTheFrontCommittee_andStayMembers() {
        OrgStructure before = H.asOf(JUNE_30);
        OrgStructure after = H.current();
        UnitId mttq = Reform2025.UBMTTQ_HA_TINH;
        assertEquals(List.of(), before.children(mttq));
        assertEquals(5, before.relatedTo(mttq, RelationType.MEMBER_OF).size());
        for (UnitId org : Reform2025.SOCIO_POLITICAL_ORGANIZATIONS) {
            assertTrue(before.parent(org).isEmpty());
            assertEquals(mttq, after.parent(org).orElseThrow().id());
        }
        assertEquals(Reform2025.SOCIO_POLITICAL_ORGANIZATIONS, after.children(mttq).stream().map(Unit::id).toList());
        assertEquals(5, after.relatedTo(mttq, RelationType.MEMBER_OF).size());
        assertEquals(6, after.unitsOf(org.bomay.core.model.Pillar.FRONT).size());
        for (UnitId org : Reform2025.SOCIO_POLITICAL_ORGANIZATIONS) {
            ChangeEvent e = H.eventsOf(org).get(0);
            assertEquals(ChangeType.TRANSFER, e.type());
            assertEquals(LocalDate.of(2025, 6, 27), e.info().decided().orElseThrow());
            assertEquals("97/2025/QH15", e.info().basis().orElseThrow().number());
        }
    }

    @Test
    void vietnamRules_findNothingToFlagOnEitherSideOfTheReform() {
        Validator vn = Validator.of(VnRules.all());
        assertTrue(vn.validate(H.asOf(JUNE_30)).isValid());
        assertTrue(vn.validate(H).isValid());
    }
}
