package org.bomay.examples.programme2030;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.bomay.core.change.Absorb;
import org.bomay.core.model.Unit;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * What the core does not do yet, found while building this example; each test states the expected
 * behaviour and is disabled until the core provides it.
 */
class ProgrammeCoreGapTest {

    /**
     * sáp nhập of communes: "nhập toàn bộ diện tích tự nhiên và quy mô dân số của xã số 5 vào xã số
     * 4". {@link Absorb} sums staff quota and actual staff into the continuing unit, but leaves its
     * area, population and households as they were, and no {@code Change} can set them afterwards
     * (only {@code StructureEditor.replaceUnit}, which is not a step of a scenario). So a commune that
     * absorbs a neighbour still reads as below the standards, and NQ 653/2019 and NQ 1211/2016 judge
     * stale figures. This example works around it with a {@code Merge} whose result keeps the seat's
     * id and carries the sums ({@code ActionProgramme.communeMerger}).
     */
    @Test
    @Disabled("core gap: Absorb of administrative units does not add the absorbed units' area, population and households")
    void absorbOfCommunes_addsAreaPopulationAndHouseholds() {
        OrgStructure d = SeedDistrict.structure();
        LocalDate day = LocalDate.of(2020, 1, 1);
        Unit x4 = d.unit(SeedDistrict.XA_4);
        Unit x5 = d.unit(SeedDistrict.XA_5);
        Unit after = Absorb.of(day, SeedDistrict.XA_4, SeedDistrict.XA_5).applyTo(d).structure().unit(SeedDistrict.XA_4);
        assertEquals(x4.population().getAsInt() + x5.population().getAsInt(), after.population().getAsInt());   // 6,000; is 3,100
        assertEquals(x4.areaKm2().getAsDouble() + x5.areaKm2().getAsDouble(), after.areaKm2().getAsDouble(), 1e-9);
        assertEquals(x4.households().getAsInt() + x5.households().getAsInt(), after.households().getAsInt());
    }
}
