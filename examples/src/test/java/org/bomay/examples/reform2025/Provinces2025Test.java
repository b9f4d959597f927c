package org.bomay.examples.reform2025;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bomay.core.BomayException;
import org.bomay.core.change.Merge;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.junit.jupiter.api.Test;

/** The 63 → 34 table of NQ 202/2025/QH15 against research/vn_rules.md, section 6. */
class Provinces2025Test {

    private static String name(UnitId id) {
        return Provinces2025.formerUnit(id).name();
    }

    @Test
    void formerUnits_are63_57ProvincesAnd6Cities() {
        List<Unit> units = Provinces2025.formerUnits();
        assertEquals(63, units.size());
        assertEquals(57, units.stream().filter(u -> u.kind().equals(VnKinds.TINH)).count());
        assertEquals(Set.of("Thành phố Hà Nội", "Thành phố Huế", "Thành phố Hải Phòng", "Thành phố Đà Nẵng",
                "Thành phố Hồ Chí Minh", "Thành phố Cần Thơ"), units.stream()
                .filter(u -> u.kind().equals(VnKinds.THANH_PHO_TRUC_THUOC_TW)).map(Unit::name).collect(Collectors.toSet()));
        assertEquals(63, units.stream().map(Unit::name).distinct().count(), "names are distinct");
    }

    @Test
    void newUnits_are34_28ProvincesAnd6Cities() {
        List<NewProvince> units = Provinces2025.newUnits();
        assertEquals(34, units.size());
        assertEquals(28, units.stream().filter(p -> p.kind().equals(VnKinds.TINH)).count());
        assertEquals(6, units.stream().filter(p -> p.kind().equals(VnKinds.THANH_PHO_TRUC_THUOC_TW)).count());
        assertEquals(34, units.stream().map(NewProvince::id).distinct().count(), "ids are distinct");
    }

    @Test
    void unchanged_are11_asTheResearchLists() {
        List<NewProvince> unchanged = Provinces2025.unchanged();
        assertEquals(11, unchanged.size());
        assertEquals(List.of("Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
                "Nghệ An", "Hà Tĩnh", "Cao Bằng"), unchanged.stream()
                .map(p -> p.name().replaceFirst("^(Tỉnh|Thành phố) ", "")).toList());
        for (NewProvince p : unchanged) {
            assertEquals(List.of(p.id()), p.from());
            assertEquals(name(p.id()), p.name(), "an unchanged unit keeps its name");
        }
    }

    @Test
    void merged_are23_formedFromTheOther52() {
        List<NewProvince> merged = Provinces2025.merged();
        assertEquals(23, merged.size());
        List<UnitId> formers = merged.stream().flatMap(p -> p.from().stream()).toList();
        assertEquals(52, formers.size());
        assertEquals(52, new HashSet<>(formers).size(), "each former unit goes into one new unit");
        Set<UnitId> all = new HashSet<>(formers);
        Provinces2025.unchanged().forEach(p -> all.add(p.id()));
        assertEquals(Provinces2025.formerUnits().stream().map(Unit::id).collect(Collectors.toSet()), all);
        assertEquals(6, merged.stream().filter(p -> p.from().size() == 3).count(), "six are formed from three");
        assertEquals(17, merged.stream().filter(p -> p.from().size() == 2).count());
        assertEquals(4, merged.stream().filter(p -> p.kind().equals(VnKinds.THANH_PHO_TRUC_THUOC_TW)).count(),
                "Hải Phòng, Đà Nẵng, TP.HCM and Cần Thơ");
    }

    @Test
    void successor_ofBenTre_isVinhLong_theTwentiethOfTheList() {
        NewProvince vl = Provinces2025.successor(Provinces2025.BEN_TRE);
        assertEquals("Tỉnh Vĩnh Long", vl.name());
        assertEquals(20, vl.number());
        assertEquals(List.of(Provinces2025.BEN_TRE, Provinces2025.TRA_VINH, Provinces2025.VINH_LONG), vl.from());
        assertEquals(Provinces2025.VINH_LONG, vl.id());
        assertEquals("20. Tỉnh Vĩnh Long = vn.ben-tre + vn.tra-vinh + vn.vinh-long (seat vn.vinh-long)", vl.toString());
        assertEquals(vl, Provinces2025.successor(Provinces2025.TRA_VINH));
        assertEquals("10. Tỉnh Hà Tĩnh (unchanged)", Provinces2025.successor(Provinces2025.HA_TINH).toString());
    }

    @Test
    void seats_inSevenUnitsTheNameAndTheSeatComeFromDifferentFormerUnits() {
        Map<String, String> nameToSeat = new TreeMap<>();
        for (NewProvince p : Provinces2025.merged()) {
            if (!name(p.seat()).equals(p.name())) {
                nameToSeat.put(p.name(), name(p.seat()));
            }
        }
        assertEquals(Map.of("Tỉnh Lào Cai", "Tỉnh Yên Bái", "Tỉnh Bắc Ninh", "Tỉnh Bắc Giang", "Tỉnh Quảng Trị", "Tỉnh Quảng Bình",
                "Tỉnh Gia Lai", "Tỉnh Bình Định", "Tỉnh Tây Ninh", "Tỉnh Long An", "Tỉnh Đồng Tháp", "Tỉnh Tiền Giang",
                "Tỉnh An Giang", "Tỉnh Kiên Giang"), nameToSeat);
        NewProvince laoCai = Provinces2025.successor(Provinces2025.LAO_CAI);
        assertEquals(Provinces2025.YEN_BAI, laoCai.id());
        assertEquals("Tỉnh Lào Cai", laoCai.name());
        assertEquals("Thành phố Hồ Chí Minh", Provinces2025.successor(UnitId.of("vn.binh-duong")).name());
    }

    @Test
    void merges_are23_effective1July_decided12June_onNq202() {
        List<Merge> merges = Provinces2025.merges();
        assertEquals(23, merges.size());
        for (Merge m : merges) {
            assertEquals(Provinces2025.EFFECTIVE, m.effective());
            assertEquals(Provinces2025.NQ_202_ADOPTED, m.info().decided().orElseThrow());
            assertEquals("202/2025/QH15", m.info().basis().orElseThrow().number());
            assertTrue(m.sources().contains(m.result().id()), "the seat's id continues: " + m.summary());
        }
        assertEquals("[vn.yen-bai, vn.lao-cai] → vn.yen-bai (Tỉnh Lào Cai)", merges.get(1).summary());
        assertEquals("Hợp nhất tỉnh Bến Tre, tỉnh Trà Vinh và tỉnh Vĩnh Long thành tỉnh Vĩnh Long; trung tâm chính trị – hành chính"
                + " đặt tại tỉnh Vĩnh Long hiện nay", merges.get(19).info().note());
    }

    @Test
    void formerUnit_rejectsAnIdNotAmongThe63() {
        BomayException e = assertThrows(BomayException.class, () -> Provinces2025.formerUnit(UnitId.of("vn.ben-tr")));
        assertTrue(e.getMessage().contains("vn.ben-tr is not one of the 63"), e.getMessage());
        assertTrue(e.getMessage().contains("e.g. vn.ben-tre"), e.getMessage());
        assertThrows(BomayException.class, () -> Provinces2025.successor(null));
        assertThrows(BomayException.class, () -> Provinces2025.provincialUnits(null));
    }

    @Test
    void newProvince_rejectsASeatOutsideItsFormerUnits_andAMismatchedList() {
        UnitId a = UnitId.of("vn.a");
        UnitId b = UnitId.of("vn.b");
        BomayException seat = assertThrows(BomayException.class,
                () -> new NewProvince(true, 1, VnKinds.TINH, "Tỉnh A", UnitId.of("vn.c"), List.of(a, b)));
        assertTrue(seat.getMessage().contains("the seat vn.c must be one of the former units [vn.a, vn.b]"), seat.getMessage());
        assertThrows(BomayException.class, () -> new NewProvince(false, 1, VnKinds.TINH, "Tỉnh A", a, List.of(a, b)));
        assertThrows(BomayException.class, () -> new NewProvince(true, 1, VnKinds.TINH, "Tỉnh A", a, List.of(a)));
        BomayException kind = assertThrows(BomayException.class,
                () -> new NewProvince(false, 1, VnKinds.HUYEN, "Huyện A", a, List.of(a)));
        assertTrue(kind.getMessage().contains("VN.HUYEN is not a provincial-level administrative unit"), kind.getMessage());
    }
}
