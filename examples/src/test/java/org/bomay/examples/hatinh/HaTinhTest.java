package org.bomay.examples.hatinh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.TenureType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/** The Hà Tĩnh slice before the 2022 changes: what the seed names, and the illustrative data around it. */
class HaTinhTest {
    private final OrgStructure ht = HaTinh.structure();

    private static List<UnitId> ids(List<Unit> units) {
        return units.stream().map(Unit::id).toList();
    }

    private static long organizationsIn(OrgStructure s, UnitId district) {
        return s.unitsIn(district).stream().filter(u -> !u.isTerritorial()).count();
    }

    @Test
    void structure_isDatedBeforeThePauseOf7July2022_andBuiltOnce() {
        assertEquals(LocalDate.of(2022, 7, 1), ht.date());
        assertTrue(HaTinh.DATE.isBefore(LocalDate.of(2022, 7, 7)));
        assertSame(ht, HaTinh.structure());
        assertEquals(22, ht.counts().organizations());
        assertEquals(9, organizationsIn(ht, HaTinh.DUC_THO));
        assertEquals(4, organizationsIn(ht, HaTinh.KY_ANH));
        assertEquals(55, ht.counts().staffQuota());
        assertEquals(50, ht.counts().actualStaff());
    }

    @Test
    void ducTho_hasTheThreeMergedAgenciesOfItem23_underTheHuyenUy() {
        assertEquals(List.of(HaTinh.DUC_THO_BAN_TUYEN_GIAO, HaTinh.DUC_THO_BAN_DAN_VAN, HaTinh.TO_CHUC_NOI_VU,
                HaTinh.UBKT_THANH_TRA, HaTinh.VAN_PHONG_CAP_UY_CHINH_QUYEN), ids(ht.children(HaTinh.DUC_THO_HUYEN_UY)));
        assertEquals("Cơ quan Tổ chức – Nội vụ huyện Đức Thọ", ht.unit(HaTinh.TO_CHUC_NOI_VU).name());
        assertEquals("Cơ quan Ủy ban Kiểm tra – Thanh tra huyện Đức Thọ", ht.unit(HaTinh.UBKT_THANH_TRA).name());
        assertEquals("Văn phòng Cấp ủy – Chính quyền huyện Đức Thọ", ht.unit(HaTinh.VAN_PHONG_CAP_UY_CHINH_QUYEN).name());
        assertEquals(VnKinds.TO_CHUC_NOI_VU, ht.unit(HaTinh.TO_CHUC_NOI_VU).kind());
        assertEquals(VnKinds.UBKT_THANH_TRA, ht.unit(HaTinh.UBKT_THANH_TRA).kind());
        assertEquals(VnKinds.VAN_PHONG_CAP_UY_CHINH_QUYEN, ht.unit(HaTinh.VAN_PHONG_CAP_UY_CHINH_QUYEN).kind());
        assertEquals(Set.of(HaTinh.DUC_THO_HUYEN_UY, HaTinh.DUC_THO_HDND, HaTinh.DUC_THO_UBND),
                Set.copyOf(ids(ht.related(HaTinh.VAN_PHONG_CAP_UY_CHINH_QUYEN, RelationType.SERVES))));
    }

    @Test
    void mergedAgencies_oneHeadHoldsBothSidesHeadPosts_mainAndConcurrent() {
        List<List<PostId>> pairs = List.of(List.of(HaTinh.TCNV_TRUONG_BAN, HaTinh.TCNV_TRUONG_PHONG),
                List.of(HaTinh.UBKT_CHU_NHIEM, HaTinh.UBKT_CHANH_THANH_TRA),
                List.of(HaTinh.VP_CHANH_VP_HUYEN_UY, HaTinh.VP_CHANH_VP_HDND_UBND),
                List.of(HaTinh.TGDV_TRUONG_BAN_TUYEN_GIAO, HaTinh.TGDV_TRUONG_BAN_DAN_VAN));
        for (List<PostId> pair : pairs) {
            UnitId unit = ht.post(pair.get(0)).unit();
            assertEquals(2, ht.posts(unit, PostRole.HEAD).size(), unit.value());
            assertEquals(1, ht.heads(unit).stream().distinct().count(), unit.value());
            PersonId head = ht.holders(pair.get(0)).get(0).id();
            assertEquals(List.of(head), ht.holders(pair.get(1)).stream().map(Person::id).toList());
            assertEquals(List.of(TenureType.MAIN, TenureType.CONCURRENT), ht.postsOf(head).stream().map(Tenure::type).toList());
        }
        assertEquals(List.of(12, 10, 24, 9), List.of(HaTinh.TO_CHUC_NOI_VU, HaTinh.UBKT_THANH_TRA,
                HaTinh.VAN_PHONG_CAP_UY_CHINH_QUYEN, HaTinh.BAN_TUYEN_GIAO_DAN_VAN).stream()
                .map(u -> ht.unit(u).staffQuota().getAsInt()).toList());
    }

    @Test
    void kyAnh_hasTheMergedBanTuyenGiaoDanVanOfItem24_andASeparateFrontChair() {
        assertEquals(List.of(HaTinh.BAN_TUYEN_GIAO_DAN_VAN), ids(ht.children(HaTinh.KY_ANH_HUYEN_UY)));
        assertEquals("Ban Tuyên giáo – Dân vận Huyện ủy Kỳ Anh", ht.unit(HaTinh.BAN_TUYEN_GIAO_DAN_VAN).name());
        assertEquals(3, ht.holders(HaTinh.BAN_TUYEN_GIAO_DAN_VAN, PostRole.DEPUTY).size());
        PersonId chair = ht.holders(HaTinh.KY_ANH_CHU_TICH_MTTQ).get(0).id();
        assertEquals(1, ht.postsOf(chair).size());
        assertEquals(Pillar.FRONT, ht.unit(HaTinh.KY_ANH_UBMTTQ).pillar());
        assertEquals(Optional.of(HaTinh.UBMTTQ_TINH), ht.parent(HaTinh.KY_ANH_UBMTTQ).map(Unit::id));
    }

    @Test
    void ducTho_danVanHeadIsFrontChairSince2020_theFormerChairBefore() {
        PersonId danVan = ht.holders(HaTinh.DUC_THO_TRUONG_BAN_DAN_VAN).get(0).id();
        assertEquals(List.of(danVan), ht.holders(HaTinh.DUC_THO_CHU_TICH_MTTQ).stream().map(Person::id).toList());
        Tenure chair = ht.tenures(HaTinh.DUC_THO_CHU_TICH_MTTQ).stream().filter(t -> t.person().equals(danVan)).findFirst()
                .orElseThrow();
        assertEquals(TenureType.CONCURRENT, chair.type());
        assertEquals(Optional.of(HaTinh.DAN_VAN_MTTQ_SINCE), chair.period().start());
        OrgStructure before = HaTinh.structure(HaTinh.DAN_VAN_MTTQ_SINCE.minusDays(1));
        assertEquals("Dương Văn Lực", before.holders(HaTinh.DUC_THO_CHU_TICH_MTTQ).get(0).name());
    }

    @Test
    void enterprises_underTheBloc_atProvinceLevel_withTheirOperatingArea() {
        assertEquals("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh", ht.unit(HaTinh.DANG_BO_KHOI).name());
        assertEquals(Optional.of(HaTinh.TINH_UY), ht.parent(HaTinh.DANG_BO_KHOI).map(Unit::id));
        assertEquals(List.of(HaTinh.DANG_BO_CONG_TY_A, HaTinh.CHI_BO_CONG_TY_B, HaTinh.DANG_BO_CONG_TY_C),
                ids(ht.children(HaTinh.DANG_BO_KHOI)));
        for (Unit u : ht.children(HaTinh.DANG_BO_KHOI)) {
            assertEquals(VnKinds.TO_CHUC_CO_SO_DANG, u.kind(), u.id().value());
            assertEquals(Level.PROVINCE, u.level(), u.id().value());
            assertEquals(1, ht.heads(u.id()).size(), u.id().value());
        }
        assertEquals(List.of("ht.dt", "ht.ka", "ht"), ht.children(HaTinh.DANG_BO_KHOI).stream()
                .map(u -> u.attribute(HaTinh.DIA_BAN).orElseThrow()).toList());
        assertEquals(List.of(HaTinh.CHI_BO_CONG_TY_A), ids(ht.children(HaTinh.DANG_BO_CONG_TY_A)));
    }

    @Test
    void people_areFictitiousPartyMembers_withDistinctNames_andOneMainPostEach() {
        List<Person> people = ht.people();
        assertEquals(people.size(), people.stream().map(Person::name).collect(Collectors.toSet()).size());
        assertTrue(people.stream().allMatch(Person::partyMember));
        for (Person p : people) {
            assertTrue(ht.withDate(LocalDate.of(2019, 1, 1)).tenures(p.id()).stream().filter(t -> t.type() == TenureType.MAIN)
                    .count() <= 1, p.name());
        }
        assertEquals(5, ht.concurrentTenures().size());
        assertTrue(HaTinh.ILLUSTRATIVE.startsWith("ILLUSTRATIVE"));
    }

    @Test
    void validation_noFindingBeforeThePause_threeWarningsAfter() {
        Validator v = Validator.of(HaTinh2022.rules());
        ValidationResult before = v.validate(ht);
        assertEquals(0, before.count(Severity.ERROR));
        assertEquals(0, before.count(Severity.WARNING));
        // the merged agencies' heads hold two head posts of one unit: not a listed model (INFO)
        assertEquals(4, before.violationsOf("vn.nq18-2017.kiem-nhiem").size());
        assertTrue(before.violationsOf("vn.nq18-2017.kiem-nhiem").stream().allMatch(x -> x.severity() == Severity.INFO));

        ValidationResult after = v.validate(HaTinh.structure(HaTinh2022.KL55_DATE));
        assertEquals(0, after.count(Severity.ERROR));
        assertEquals(3, after.count(Severity.WARNING));
        assertEquals(Set.of(HaTinh.TO_CHUC_NOI_VU, HaTinh.UBKT_THANH_TRA, HaTinh.VAN_PHONG_CAP_UY_CHINH_QUYEN),
                after.violationsOf("vn.tb16-2022.co-quan-hop-nhat").stream().map(x -> x.units().get(0)).collect(Collectors.toSet()));
        // the party–party merger of Kỳ Anh is not one TB 16 paused
        assertTrue(after.violationsAbout(HaTinh.BAN_TUYEN_GIAO_DAN_VAN).stream()
                .noneMatch(x -> x.ruleId().equals("vn.tb16-2022.co-quan-hop-nhat")));
    }

    @Test
    void structureOnADate_rejectsNull() {
        BomayException e = assertThrows(BomayException.class, () -> HaTinh.structure(null));
        assertTrue(e.getMessage().contains("HaTinh.DATE"), e.getMessage());
    }
}
