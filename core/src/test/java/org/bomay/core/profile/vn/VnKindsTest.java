package org.bomay.core.profile.vn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bomay.core.model.Level;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.UnitKind;
import org.bomay.core.text.VnText;
import org.junit.jupiter.api.Test;

class VnKindsTest {

    private static List<UnitKind> publicKindFields() throws IllegalAccessException {
        List<UnitKind> out = new ArrayList<>();
        for (Field f : VnKinds.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == UnitKind.class) {
                assertTrue(Modifier.isFinal(m), f.getName() + " must be final");
                out.add((UnitKind) f.get(null));
            }
        }
        return out;
    }

    @Test
    void catalog_holdsEveryPublicKindField() throws IllegalAccessException {
        List<UnitKind> fields = publicKindFields();
        assertEquals(62, fields.size());
        assertEquals(fields.size(), VnKinds.CATALOG.size());
        for (UnitKind k : fields) {
            assertSame(k, VnKinds.CATALOG.get(k.code()), k.code());
        }
    }

    @Test
    void catalog_fieldNameIsTheCodeWithoutPrefix() throws IllegalAccessException {
        for (Field f : VnKinds.class.getDeclaredFields()) {
            if (f.getType() == UnitKind.class && Modifier.isPublic(f.getModifiers())) {
                assertEquals("VN." + f.getName(), ((UnitKind) f.get(null)).code());
            }
        }
    }

    @Test
    void catalog_isNamedVn() {
        assertEquals("vn", VnKinds.CATALOG.name());
        assertEquals("KindCatalog[vn: 62 kinds]", VnKinds.CATALOG.toString());
    }

    @Test
    void codes_areUniqueAndStartWithVn() {
        Set<String> codes = new HashSet<>();
        for (UnitKind k : VnKinds.CATALOG.kinds()) {
            assertTrue(k.code().startsWith("VN."), k.code());
            assertTrue(codes.add(k.code()), "duplicate " + k.code());
        }
    }

    @Test
    void everyKind_hasVietnameseAndEnglishNames() {
        for (UnitKind k : VnKinds.CATALOG.kinds()) {
            assertFalse(k.vietnamese().isBlank(), k.code());
            assertFalse(k.english().isBlank(), k.code());
            assertEquals(VnText.name(k.vietnamese()), k.vietnamese(), k.code());
            assertFalse(k.levels().isEmpty(), k.code());
        }
    }

    @Test
    void vietnameseNames_areDistinctEvenLoosely() {
        Map<String, String> byLoose = new LinkedHashMap<>();
        for (UnitKind k : VnKinds.CATALOG.kinds()) {
            String old = byLoose.put(VnText.looseKey(k.vietnamese()), k.code());
            assertEquals(null, old, k.code() + " and " + old + " share a Vietnamese name");
        }
    }

    @Test
    void territorialKinds_areStatePillar_atOneLevel() {
        List<String> territorial = new ArrayList<>();
        for (UnitKind k : VnKinds.CATALOG.kinds()) {
            if (k.isTerritorial()) {
                territorial.add(k.code());
                assertEquals(Pillar.STATE, k.pillar(), k.code());
                assertEquals(1, k.levels().size(), k.code());
            }
        }
        assertEquals(List.of("VN.TINH", "VN.THANH_PHO_TRUC_THUOC_TW", "VN.HUYEN", "VN.QUAN", "VN.THI_XA",
                "VN.THANH_PHO_THUOC_TINH", "VN.XA", "VN.PHUONG", "VN.THI_TRAN", "VN.DAC_KHU", "VN.THON",
                "VN.TO_DAN_PHO"), territorial);
    }

    @Test
    void kindsByPillar_countsAddUp() {
        assertEquals(21, VnKinds.CATALOG.kinds(Pillar.PARTY).size());
        assertEquals(32, VnKinds.CATALOG.kinds(Pillar.STATE).size()); // 12 administrative + 20 organizational
        assertEquals(9, VnKinds.CATALOG.kinds(Pillar.FRONT).size());
    }

    @Test
    void huyenUy_isPartyAtDistrictOnly() {
        assertEquals(Pillar.PARTY, VnKinds.HUYEN_UY.pillar());
        assertEquals(ImmutableSet.of(Level.DISTRICT), VnKinds.HUYEN_UY.levels());
        assertFalse(VnKinds.HUYEN_UY.isTerritorial());
        assertEquals("Huyện ủy", VnKinds.HUYEN_UY.vietnamese());
        assertEquals("district party committee", VnKinds.HUYEN_UY.english());
        assertSame(VnKinds.HUYEN_UY, VnKinds.CATALOG.get("VN.HUYEN_UY"));
    }

    @Test
    void banCongTacMatTran_isFrontAtVillage() {
        assertEquals(Pillar.FRONT, VnKinds.BAN_CONG_TAC_MAT_TRAN.pillar());
        assertEquals(ImmutableSet.of(Level.VILLAGE), VnKinds.BAN_CONG_TAC_MAT_TRAN.levels());
    }

    @Test
    void xa_isTerritorialCommune() {
        assertTrue(VnKinds.XA.isTerritorial());
        assertEquals(Pillar.STATE, VnKinds.XA.pillar());
        assertEquals(ImmutableSet.of(Level.COMMUNE), VnKinds.XA.levels());
    }

    @Test
    void villagesAndCommunes_existAtTheirLevels() {
        assertEquals(ImmutableSet.of(Level.VILLAGE), VnKinds.THON.levels());
        assertEquals(ImmutableSet.of(Level.COMMUNE), VnKinds.DAC_KHU.levels());
        assertEquals(ImmutableSet.of(Level.PROVINCE), VnKinds.TINH.levels());
        assertEquals(ImmutableSet.of(Level.DISTRICT), VnKinds.HUYEN.levels());
        assertTrue(VnKinds.CHI_BO.allows(Level.VILLAGE));
        assertEquals(ImmutableSet.of(Level.COMMUNE), VnKinds.DANG_UY_XA.levels());
    }

    /** One row of DOMAIN.md's district-level table: the term, the expected kind, the pillar. */
    private record Row(String term, UnitKind kind, Pillar pillar) {}

    @Test
    void domainTable_everyDistrictLevelKindExists() {
        List<Row> rows = List.of(
                new Row("Huyện ủy", VnKinds.HUYEN_UY, Pillar.PARTY),
                new Row("Ban Thường vụ", VnKinds.BAN_THUONG_VU, Pillar.PARTY),
                new Row("Ban Tổ chức", VnKinds.BAN_TO_CHUC, Pillar.PARTY),
                new Row("Ban Tuyên giáo", VnKinds.BAN_TUYEN_GIAO, Pillar.PARTY),
                new Row("Ban Dân vận", VnKinds.BAN_DAN_VAN, Pillar.PARTY),
                new Row("Ủy ban Kiểm tra", VnKinds.UY_BAN_KIEM_TRA, Pillar.PARTY),
                new Row("Văn phòng cấp ủy", VnKinds.VAN_PHONG_CAP_UY, Pillar.PARTY),
                new Row("TTBDCT", VnKinds.TTBDCT, Pillar.PARTY),
                new Row("HĐND", VnKinds.HDND, Pillar.STATE),
                new Row("UBND", VnKinds.UBND, Pillar.STATE),
                new Row("Phòng", VnKinds.PHONG, Pillar.STATE),
                new Row("Trung tâm", VnKinds.TRUNG_TAM_SU_NGHIEP, Pillar.STATE),
                new Row("Trạm", VnKinds.TRAM, Pillar.STATE),
                new Row("Trường", VnKinds.TRUONG_HOC, Pillar.STATE),
                new Row("Bệnh viện", VnKinds.BENH_VIEN, Pillar.STATE),
                new Row("UBMTTQ", VnKinds.UBMTTQ, Pillar.FRONT),
                new Row("Hội Nông dân", VnKinds.HOI_NONG_DAN, Pillar.FRONT),
                new Row("Hội Liên hiệp Phụ nữ", VnKinds.HOI_LHPN, Pillar.FRONT),
                new Row("Đoàn Thanh niên", VnKinds.DOAN_THANH_NIEN, Pillar.FRONT),
                new Row("Hội Cựu chiến binh", VnKinds.HOI_CUU_CHIEN_BINH, Pillar.FRONT),
                new Row("Hội quần chúng", VnKinds.HOI_QUAN_CHUNG, Pillar.FRONT));
        for (Row r : rows) {
            assertSame(r.kind(), VnKinds.CATALOG.get(r.kind().code()), r.term());
            assertEquals(r.pillar(), r.kind().pillar(), r.term());
            assertTrue(r.kind().allows(Level.DISTRICT), r.term() + " must exist at district level");
            // the term (or its abbreviation) is the start of the kind's Vietnamese name, loosely
            String name = " " + VnText.looseKey(r.kind().vietnamese()) + " ";
            assertTrue(name.startsWith(" " + VnText.looseKey(r.term()) + " "), r.term() + " vs " + r.kind().vietnamese());
        }
    }

    @Test
    void domainTable_tradeUnionIsTheLabourFederation() {
        // DOMAIN.md: "Công đoàn (trade union)"; the kind is named after the district body, Liên đoàn Lao động
        assertEquals(Pillar.FRONT, VnKinds.CONG_DOAN.pillar());
        assertTrue(VnKinds.CONG_DOAN.allows(Level.DISTRICT));
        assertEquals("Liên đoàn Lao động", VnKinds.CONG_DOAN.vietnamese());
    }

    @Test
    void domainTable_partyCellsAndGrassrootsOrganizationsExist() {
        assertEquals(Pillar.PARTY, VnKinds.CHI_BO.pillar());
        assertEquals(ImmutableSet.of(Level.PROVINCE, Level.DISTRICT, Level.COMMUNE, Level.VILLAGE), VnKinds.CHI_BO.levels());
        assertEquals(Pillar.PARTY, VnKinds.TO_CHUC_CO_SO_DANG.pillar());
        assertEquals("Tổ chức cơ sở đảng", VnKinds.TO_CHUC_CO_SO_DANG.vietnamese());
        // grassroots (cơ sở) is the commune level; it fits under a district committee
        assertEquals(ImmutableSet.of(Level.PROVINCE, Level.DISTRICT, Level.COMMUNE), VnKinds.TO_CHUC_CO_SO_DANG.levels());
        assertTrue(Level.COMMUNE.fitsUnder(Level.DISTRICT));
    }

    @Test
    void domainTable_villageFrontWorkBoardExists() {
        assertSame(VnKinds.BAN_CONG_TAC_MAT_TRAN, VnKinds.CATALOG.get("VN.BAN_CONG_TAC_MAT_TRAN"));
        assertEquals("Ban công tác Mặt trận", VnKinds.BAN_CONG_TAC_MAT_TRAN.vietnamese());
    }

    @Test
    void domainTable_concurrentPostModelUnitsShareATerritoryLevel() {
        // Dân vận head = UBMTTQ chair, Tuyên giáo head = TTBDCT director: both pairs exist at district level
        assertTrue(VnKinds.BAN_DAN_VAN.allows(Level.DISTRICT) && VnKinds.UBMTTQ.allows(Level.DISTRICT));
        assertTrue(VnKinds.BAN_TUYEN_GIAO.allows(Level.DISTRICT) && VnKinds.TTBDCT.allows(Level.DISTRICT));
        // commune secretary = commune HĐND chair
        assertTrue(VnKinds.DANG_UY_XA.allows(Level.COMMUNE) && VnKinds.HDND.allows(Level.COMMUNE));
    }
}
