package org.bomay.core.profile.vn;

import static org.bomay.core.profile.vn.VnRulesFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.UnitKind;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.rules.Violation;
import org.bomay.core.rules.types.ConcurrencyModel;
import org.bomay.core.rules.types.ConcurrentPosts;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Concurrent posts under Resolution 18 (the models, the 2022 pause of three of them, a province's
 * "do not spread"), the paused merged agencies (TB 16-TB/TW) and the party posts held by party
 * members (Điều lệ Đảng).
 *
 * <pre>
 * t  Tỉnh Hà Tĩnh ─┬ h  Huyện Đức Thọ ─ x Xã Tùng Ảnh ─ x.v Thôn 1
 *                  └ h2 Huyện Can Lộc
 * t2 Tỉnh Nghệ An ─ h3 Huyện Nam Đàn
 * for each district d: d.hu Huyện ủy ─ d.bdv Ban Dân vận, d.ubkt Ủy ban Kiểm tra, d.btc Ban Tổ chức;
 *                      d.mttq Ủy ban MTTQ; d.ubnd UBND ─ d.tt Thanh tra (THANH_TRA), d.nv Phòng Nội vụ (NOI_VU),
 *                      d.tc Phòng Tài chính – Kế hoạch (no field)
 * each unit has a HEAD post d.xxx.truong; people hold posts as the tests say
 * </pre>
 */
class VnRulesConcurrentPostsTest {
    static final LocalDate Y2021 = d(2021, 1, 1);
    static final LocalDate Y2023 = d(2023, 1, 1);
    static final LocalDate PAUSE = d(2022, 7, 7);
    static final LegalBasis KL55 = LegalBasis.of("55-KL/TU", "Kết luận của Ban Thường vụ Tỉnh ủy Hà Tĩnh");

    /** The districts of the fixture with the units and head posts of the picture. */
    static S districts(LocalDate date) {
        S s = at(date).add(unit("t", "Tỉnh Hà Tĩnh", VnKinds.TINH, Level.PROVINCE))
                .add(unit("t2", "Tỉnh Nghệ An", VnKinds.TINH, Level.PROVINCE));
        district(s, "h", "Huyện Đức Thọ", "t");
        district(s, "h2", "Huyện Can Lộc", "t");
        district(s, "h3", "Huyện Nam Đàn", "t2");
        return s;
    }

    static void district(S s, String h, String name, String province) {
        s.add(unit(h, name, VnKinds.HUYEN, Level.DISTRICT), province)
                .add(org(h + ".hu", "Huyện ủy " + name, VnKinds.HUYEN_UY, Level.DISTRICT, h), h)
                .add(org(h + ".ubnd", "UBND " + name, VnKinds.UBND, Level.DISTRICT, h), h)
                .add(org(h + ".mttq", "Ủy ban MTTQ " + name, VnKinds.UBMTTQ, Level.DISTRICT, h), h);
        child(s, h, "bdv", "Ban Dân vận", VnKinds.BAN_DAN_VAN, h + ".hu", null);
        child(s, h, "ubkt", "Ủy ban Kiểm tra", VnKinds.UY_BAN_KIEM_TRA, h + ".hu", null);
        child(s, h, "btc", "Ban Tổ chức", VnKinds.BAN_TO_CHUC, h + ".hu", null);
        child(s, h, "tt", "Thanh tra huyện", VnKinds.PHONG, h + ".ubnd", VnAttributes.THANH_TRA);
        child(s, h, "nv", "Phòng Nội vụ", VnKinds.PHONG, h + ".ubnd", VnAttributes.NOI_VU);
        child(s, h, "tc", "Phòng Tài chính – Kế hoạch", VnKinds.PHONG, h + ".ubnd", null);
        for (String u : List.of("hu", "ubnd", "mttq", "bdv", "ubkt", "btc", "tt", "nv", "tc")) {
            s.post(h + "." + u + ".truong", h + "." + u, PostRole.HEAD, "Người đứng đầu " + u);
        }
    }

    static void child(S s, String h, String id, String name, UnitKind kind, String parent, String field) {
        var b = org(h + "." + id, name, kind, Level.DISTRICT, h);
        if (field != null) {
            b.attribute(VnAttributes.LINH_VUC, field);
        }
        s.add(b, parent);
    }

    /** One person: head of {@code main} since 2015, and concurrently head of {@code other} since {@code since}. */
    static S both(S s, String person, String main, String other, LocalDate since) {
        return s.person(person, true).main(person, main + ".truong", SINCE).concurrent(person, other + ".truong", since);
    }

    static OrgStructure pair(LocalDate date, String main, String other) {
        return both(districts(date), "p", main, other, d(2018, 1, 1)).build();
    }

    // ------------------------------------------------------------------ the models

    @Test
    void danVanHeadIsDistrictFrontChair_isAnAllowedModel() {
        assertNone(validate(pair(Y2021, "h.bdv", "h.mttq")), KIEM_NHIEM);
        assertNone(validate(pair(Y2023, "h.bdv", "h.mttq")), KIEM_NHIEM);
    }

    @Test
    void danVanHeadChairingTheFrontOfAnotherDistrict_isNotTheModel() {
        Violation v = only(validate(pair(Y2021, "h.bdv", "h2.mttq")), KIEM_NHIEM, Severity.INFO);
        assertSays(v, "not a listed concurrent-post model");
    }

    @Test
    void ubktHeadIsChiefInspector_allowedIn2021_pausedFrom7July2022() {
        assertNone(validate(pair(Y2021, "h.ubkt", "h.tt")), KIEM_NHIEM);
        assertNone(validate(pair(PAUSE.minusDays(1), "h.ubkt", "h.tt")), KIEM_NHIEM);
        Violation v = only(validate(pair(PAUSE, "h.ubkt", "h.tt")), KIEM_NHIEM, Severity.ERROR);
        assertEquals(List.of(p("p")), v.people());
        assertEquals(List.of(post("h.ubkt.truong"), post("h.tt.truong")), v.posts());
        assertSays(v, "is paused", "16-TB/TW", "tạm dừng");
        Violation later = only(validate(pair(Y2023, "h.ubkt", "h.tt")), KIEM_NHIEM, Severity.ERROR);
        assertEquals(v, later, "the same violation on a later date");
    }

    @Test
    void organizationBoardHeadIsHomeAffairsHead_pausedFrom2022() {
        assertNone(validate(pair(Y2021, "h.btc", "h.nv")), KIEM_NHIEM);
        only(validate(pair(Y2023, "h.btc", "h.nv")), KIEM_NHIEM, Severity.ERROR);
    }

    @Test
    void ubktHeadHeadingAnOfficeOfAnotherField_isNotTheModel() {
        Violation v = only(validate(pair(Y2023, "h.ubkt", "h.tc")), KIEM_NHIEM, Severity.INFO);
        assertSays(v, "not a listed concurrent-post model");
    }

    @Test
    void unlistedPairOfHeadPosts_isInfo() {
        Violation v = only(validate(pair(Y2021, "h.nv", "h.tc")), KIEM_NHIEM, Severity.INFO);
        assertEquals(List.of(p("p")), v.people());
        assertTrue(v.units().contains(u("h.nv")), v::toString);
        assertSays(v, "kiêm nhiệm không thuộc mô hình nào đã quy định");
    }

    @Test
    void aNonLeadershipConcurrentPost_isNotAConcurrencyPair() {
        OrgStructure s = districts(Y2021).person("p", true).main("p", "h.nv.truong", SINCE)
                .post("h.tc.cv", "h.tc", PostRole.STAFF, "Chuyên viên").concurrent("p", "h.tc.cv", SINCE).build();
        assertNone(validate(s), KIEM_NHIEM);
    }

    @Test
    void theModelsAndTheirStanding_asVnRulesMdGivesThem() {
        ConcurrentPosts r = VnRules.concurrentPosts();
        assertEquals(Severity.ERROR, r.info().severity());
        assertEquals(List.of(VnRules.MODEL_DAN_VAN_MTTQ, VnRules.MODEL_TUYEN_GIAO_TTBDCT, VnRules.MODEL_BI_THU_XA_HDND,
                VnRules.MODEL_BI_THU_XA_UBND, VnRules.MODEL_BI_THU_HUYEN_HDND, VnRules.MODEL_UBKT_THANH_TRA,
                VnRules.MODEL_TO_CHUC_NOI_VU, VnRules.MODEL_VAN_PHONG, VnRules.MODEL_BI_THU_CHI_BO_TRUONG_THON,
                VnRules.MODEL_BI_THU_CHI_BO_MAT_TRAN, VnRules.MODEL_TRUONG_THON_MAT_TRAN),
                r.models().stream().map(ConcurrencyModel::id).toList());
        Set<String> paused = Set.of(VnRules.MODEL_UBKT_THANH_TRA, VnRules.MODEL_TO_CHUC_NOI_VU, VnRules.MODEL_VAN_PHONG);
        for (ConcurrencyModel m : r.models()) {
            ConcurrencyModel.Status first = m.statuses().get(0);
            assertEquals(ConcurrencyModel.Standing.ALLOWED, first.standing(), m.id());
            assertEquals(Period.from(d(2017, 10, 25)), first.period(), m.id());
            assertEquals(Optional.of(VnRules.NQ_18), first.source(), m.id());
            if (paused.contains(m.id())) {
                assertEquals(2, m.statuses().size(), m.id());
                ConcurrencyModel.Status p = m.statuses().get(1);
                assertEquals(ConcurrencyModel.Standing.PAUSED, p.standing(), m.id());
                assertEquals(Period.from(PAUSE), p.period(), m.id());
                assertEquals(Set.of(), p.scope(), m.id());
                assertEquals("16-TB/TW", p.source().orElseThrow().number(), m.id());
            } else {
                assertEquals(1, m.statuses().size(), m.id() + " is not paused (Dân vận = MTTQ continues, vn_rules.md)");
            }
        }
    }

    @Test
    void villageTriplePost_isAllowed() {
        OrgStructure s = at(Y2021).add(unit("x", "Xã Tùng Ảnh", VnKinds.XA, Level.COMMUNE))
                .add(unit("x.v", "Thôn 1", VnKinds.THON, Level.VILLAGE), "x")
                .add(org("x.v.cb", "Chi bộ Thôn 1", VnKinds.CHI_BO, Level.VILLAGE, "x.v"))
                .add(org("x.v.mt", "Ban công tác Mặt trận Thôn 1", VnKinds.BAN_CONG_TAC_MAT_TRAN, Level.VILLAGE, "x.v"))
                .post("x.v.tt", "x.v", PostRole.HEAD, "Trưởng thôn").post("x.v.cb.bt", "x.v.cb", PostRole.HEAD, "Bí thư chi bộ")
                .post("x.v.mt.tb", "x.v.mt", PostRole.HEAD, "Trưởng ban công tác Mặt trận").person("an", true)
                .main("an", "x.v.cb.bt", SINCE).concurrent("an", "x.v.tt", SINCE).concurrent("an", "x.v.mt.tb", SINCE).build();
        assertNone(validate(s), KIEM_NHIEM);
    }

    // ------------------------------------------------------------------ a province's "do not spread"

    static final Validator HA_TINH = Validator.of(VnRules.all().replace(
            VnRules.doNotSpread(VnRules.MODEL_DAN_VAN_MTTQ, Set.of(u("t")), d(2022, 8, 10), KL55)));

    /** Three Dân vận = MTTQ applications: new in Đức Thọ, old in Can Lộc, new in Nam Đàn (another province). */
    static OrgStructure threeApplications(LocalDate date) {
        S s = districts(date);
        both(s, "new-in-ha-tinh", "h.bdv", "h.mttq", d(2022, 9, 1));
        both(s, "old-in-ha-tinh", "h2.bdv", "h2.mttq", d(2018, 1, 1));
        both(s, "new-in-nghe-an", "h3.bdv", "h3.mttq", d(2022, 9, 1));
        return s.build();
    }

    @Test
    void doNotSpread_flagsOnlyANewApplicationInsideTheProvince() {
        ValidationResult r = HA_TINH.validate(threeApplications(Y2023));
        Violation v = only(r, KIEM_NHIEM, Severity.ERROR);
        assertEquals(List.of(p("new-in-ha-tinh")), v.people());
        assertSays(v, "not to be spread", "55-KL/TU", "2022-08-10");
    }

    @Test
    void doNotSpread_isOnlyWhereItIsUsed() {
        assertNone(validate(threeApplications(Y2023)), KIEM_NHIEM);
        assertEquals(VnRules.all().size(), HA_TINH.pack().size());
        ConcurrentPosts replaced = (ConcurrentPosts) HA_TINH.pack().rule(KIEM_NHIEM);
        ConcurrencyModel danVan = replaced.model(VnRules.MODEL_DAN_VAN_MTTQ);
        assertEquals(ConcurrencyModel.Standing.NOT_TO_SPREAD, danVan.statuses().get(danVan.statuses().size() - 1).standing());
        assertEquals(1, VnRules.concurrentPosts().model(VnRules.MODEL_DAN_VAN_MTTQ).statuses().size());
    }

    // ------------------------------------------------------------------ merged agencies (TB 16-TB/TW)

    static OrgStructure mergedAgency(LocalDate date, UnitKind kind) {
        return at(date).add(unit("h", "Huyện Đức Thọ", VnKinds.HUYEN, Level.DISTRICT))
                .add(org("h.hu", "Huyện ủy Đức Thọ", VnKinds.HUYEN_UY, Level.DISTRICT, "h"), "h")
                .add(org("h.tcnv", "Cơ quan hợp nhất", kind, Level.DISTRICT, "h"), "h.hu").build();
    }

    @Test
    void mergedAgenciesPaused_warningFrom7July2022() {
        Violation v = only(validate(mergedAgency(Y2023, VnKinds.TO_CHUC_NOI_VU)), TB16, Severity.WARNING);
        assertEquals(List.of(u("h.tcnv")), v.units());
        assertEquals("16-TB/TW", v.source().orElseThrow().number());
        assertNone(validate(mergedAgency(Y2021, VnKinds.TO_CHUC_NOI_VU)), TB16);
        assertNone(validate(mergedAgency(PAUSE.minusDays(1), VnKinds.TO_CHUC_NOI_VU)), TB16);
        only(validate(mergedAgency(PAUSE, VnKinds.TO_CHUC_NOI_VU)), TB16, Severity.WARNING);
        only(validate(mergedAgency(Y2023, VnKinds.UBKT_THANH_TRA)), TB16, Severity.WARNING);
        only(validate(mergedAgency(Y2023, VnKinds.VAN_PHONG_CAP_UY_CHINH_QUYEN)), TB16, Severity.WARNING);
        assertNone(validate(mergedAgency(Y2023, VnKinds.BAN_TO_CHUC)), TB16);
    }

    // ------------------------------------------------------------------ party posts (Điều lệ Đảng)

    static OrgStructure holder(String unitId, UnitKind kind, Level level, PostRole role, boolean member) {
        S s = at(Y2021).add(unit("x", "Xã Tùng Ảnh", VnKinds.XA, Level.COMMUNE))
                .add(unit("x.v", "Thôn 1", VnKinds.THON, Level.VILLAGE), "x")
                .add(org(unitId, "Đơn vị", kind, level, level == Level.VILLAGE ? "x.v" : "x"));
        return s.post(unitId + ".post", unitId, role, "Chức danh").person("an", member).main("an", unitId + ".post", SINCE)
                .build();
    }

    @Test
    void partyPosts_nonMemberHeadingAChiBo_isAViolation() {
        Violation v = only(validate(holder("x.v.cb", VnKinds.CHI_BO, Level.VILLAGE, PostRole.HEAD, false)), DANG_VIEN,
                Severity.ERROR);
        assertEquals(List.of(p("an")), v.people());
        assertEquals(List.of(post("x.v.cb.post")), v.posts());
        assertEquals(List.of(u("x.v.cb")), v.units());
        assertSays(v, "is not a party member");
        assertNone(validate(holder("x.v.cb", VnKinds.CHI_BO, Level.VILLAGE, PostRole.HEAD, true)), DANG_VIEN);
    }

    @Test
    void partyPosts_deputiesAndMembersOfPartyBodiesToo() {
        only(validate(holder("x.du", VnKinds.DANG_UY_XA, Level.COMMUNE, PostRole.DEPUTY, false)), DANG_VIEN, Severity.ERROR);
        only(validate(holder("x.du", VnKinds.DANG_UY_XA, Level.COMMUNE, PostRole.STANDING_MEMBER, false)), DANG_VIEN,
                Severity.ERROR);
        only(validate(holder("x.du", VnKinds.DANG_UY_XA, Level.COMMUNE, PostRole.MEMBER, false)), DANG_VIEN, Severity.ERROR);
        assertNone(validate(holder("x.du", VnKinds.DANG_UY_XA, Level.COMMUNE, PostRole.STAFF, false)), DANG_VIEN);
    }

    @Test
    void partyPosts_nonMemberHeadingAStateOrFrontUnit_isFine() {
        assertNone(validate(holder("x.ubnd", VnKinds.UBND, Level.COMMUNE, PostRole.HEAD, false)), DANG_VIEN);
        assertNone(validate(holder("x.hnd", VnKinds.HOI_NONG_DAN, Level.COMMUNE, PostRole.HEAD, false)), DANG_VIEN);
        assertNone(validate(holder("x.v.tt", VnKinds.BAN_CONG_TAC_MAT_TRAN, Level.VILLAGE, PostRole.HEAD, false)), DANG_VIEN);
    }

    @Test
    void partyPosts_politicalTrainingCentre_isExcepted() {
        OrgStructure s = at(Y2021).add(unit("h", "Huyện Đức Thọ", VnKinds.HUYEN, Level.DISTRICT))
                .add(org("h.ttbdct", "Trung tâm Bồi dưỡng chính trị", VnKinds.TTBDCT, Level.DISTRICT, "h"), "h")
                .head("h.ttbdct", "giam-doc", false).build();
        assertNone(validate(s), DANG_VIEN);
    }
}
