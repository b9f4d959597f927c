package org.bomay.examples.chauthanh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.bomay.core.change.Absorb;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * A gap found in core while building the Châu Thành example, shown as disabled tests: an
 * {@link Absorb} (sáp nhập) of an administrative unit moves the absorbed unit's hamlets, organizations,
 * posts and staff to the continuing unit but keeps the continuing unit's own area, population and
 * households, and no {@code Change} can set them afterwards (there is no change of a unit's
 * attributes), so a scenario cannot record the merged commune's size. Rules that read them
 * ({@code vn.nq1211-2016.tieu-chuan-dvhc}, {@code vn.nq653-2019.sap-xep-dvhc}, {@code
 * vn.tt14-2018.so-ho-thon-to-dan-pho}) then judge the merged commune or hamlet by its size before the
 * merger. A {@code Merge} that keeps an id takes the caller's result unit, attributes included, so
 * it can carry the sums — but it is a hợp nhất, not the sáp nhập the sources describe.
 */
class AbsorbAdminUnitTest {
    private static final LocalDate D = LocalDate.of(2019, 12, 1);

    @Test
    @Disabled("core gap: Absorb of an administrative unit does not add the absorbed unit's area, population and households")
    void absorbingACommune_addsItsAreaPopulationAndHouseholds() {
        OrgStructure ct = ChauThanh.structure();
        Unit giaoLong = ct.unit(ChauThanh.XA_GIAO_LONG);
        Unit giaoHoa = ct.unit(ChauThanh.XA_GIAO_HOA);
        OrgStructure after = Absorb.of(D, ChauThanh.XA_GIAO_LONG, ChauThanh.XA_GIAO_HOA).applyTo(ct).structure();
        Unit merged = after.unit(ChauThanh.XA_GIAO_LONG);
        assertEquals(giaoLong.areaKm2().getAsDouble() + giaoHoa.areaKm2().getAsDouble(), merged.areaKm2().getAsDouble(), 1e-9);
        assertEquals(giaoLong.population().getAsInt() + giaoHoa.population().getAsInt(), merged.population().getAsInt());
        assertEquals(giaoLong.households().getAsInt() + giaoHoa.households().getAsInt(), merged.households().getAsInt());
    }

    @Test
    @Disabled("core gap: Absorb of a hamlet does not add the absorbed hamlet's households")
    void absorbingAHamlet_addsItsHouseholds() {
        OrgStructure ct = ChauThanh.structure();
        UnitId kp3 = UnitId.of("ct.tt.chau-thanh.kp-3");
        UnitId kp4 = UnitId.of("ct.tt.chau-thanh.kp-4");
        OrgStructure after = Absorb.of(D, kp3, kp4).applyTo(ct).structure();
        assertEquals(430 + 170, after.unit(kp3).households().getAsInt());
    }

    @Test
    void today_theContinuingUnitKeepsItsOwnSize() {
        OrgStructure ct = ChauThanh.structure();
        OrgStructure after = Absorb.of(D, ChauThanh.XA_GIAO_LONG, ChauThanh.XA_GIAO_HOA).applyTo(ct).structure();
        assertEquals(ct.unit(ChauThanh.XA_GIAO_LONG).areaKm2(), after.unit(ChauThanh.XA_GIAO_LONG).areaKm2());
        assertEquals(ct.unit(ChauThanh.XA_GIAO_LONG).population(), after.unit(ChauThanh.XA_GIAO_LONG).population());
    }
}
