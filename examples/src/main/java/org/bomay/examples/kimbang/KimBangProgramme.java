package org.bomay.examples.kimbang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Change;
import org.bomay.core.change.Compound;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Merge;
import org.bomay.core.change.Relieve;
import org.bomay.core.change.Transfer;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.sim.Metric;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.Target;
import org.bomay.core.structure.OrgStructure;

/**
 * The action programme of the Huyện ủy Kim Bảng for Resolution 18-NQ/TW (seed 000) as a
 * {@link Scenario}: the dated tasks of the programme, each with its responsible agency (cơ quan
 * chủ trì), its coordinating agencies (cơ quan phối hợp), a status and its legal basis, applied to
 * {@link KimBang#beforeProgramme()} — Kim Bảng on 2018-01-01 without the programme's
 * concurrent-post models, which the first three steps apply.
 *
 * <pre>{@code
 * Scenario programme = KimBangProgramme.scenario();
 * programme.steps().size();                                        // 8
 * programme.step(KimBangProgramme.OFFICE_MERGER).lead();           // "Ban Tổ chức Huyện ủy"
 * History h = History.start(programme.baseline());
 * for (Step s : programme.steps()) {
 *     h = h.applyAll(s.changes());
 * }
 * h.current().contains(KimBangProgramme.TRUNG_TAM_DICH_VU_NONG_NGHIEP);   // true, from 2019-07-01
 * Scenario noMerger = KimBangProgramme.withoutOfficeMerger();      // the branch without the office merger
 * Simulation.of(VnRules.all()).run(programme).targetTable();       // the four targets, met or missed
 * }</pre>
 *
 * <h2>The steps</h2>
 * <table>
 *   <caption>Steps of the programme (the dates the seed does not give are ILLUSTRATIVE)</caption>
 *   <tr><th>date</th><th>id</th><th>task</th><th>status</th></tr>
 *   <tr><td>2018-02-01</td><td>{@value #DAN_VAN_MTTQ}</td><td>Trưởng ban Dân vận Huyện ủy đồng thời là Chủ tịch Ủy ban
 *       MTTQ huyện</td><td>DONE</td></tr>
 *   <tr><td>2018-02-01</td><td>{@value #TUYEN_GIAO_TTBDCT}</td><td>Trưởng ban Tuyên giáo Huyện ủy đồng thời là Giám đốc
 *       Trung tâm Bồi dưỡng chính trị huyện</td><td>DONE</td></tr>
 *   <tr><td>2018-02-01</td><td>{@value #VILLAGE_TRIPLE_POST}</td><td>Bí thư chi bộ đồng thời là trưởng thôn, tổ phố và
 *       trưởng ban công tác Mặt trận (40 of the 46 villages modelled)</td><td>DONE</td></tr>
 *   <tr><td>2018-06-30</td><td>{@value #AGRI_STATIONS}</td><td>tiếp nhận the three stations and the Hạt Quản lý đê điều
 *       from the Sở Nông nghiệp và PTNT</td><td>APPROVED</td></tr>
 *   <tr><td>2018-07-01</td><td>{@value #OFFICE_MERGER}</td><td>hợp nhất Văn phòng Huyện ủy and Văn phòng HĐND và UBND
 *       huyện</td><td>APPROVED</td></tr>
 *   <tr><td>2019-01-01</td><td>{@value #HEALTH_TRANSFER}</td><td>tiếp nhận the Trung tâm Y tế huyện with its 18 Trạm Y
 *       tế from the Sở Y tế</td><td>APPROVED</td></tr>
 *   <tr><td>2019-01-01</td><td>{@value #LAND_REGISTRY}</td><td>tiếp nhận the Văn phòng Đăng ký đất đai from the Sở Tài
 *       nguyên và Môi trường</td><td>APPROVED</td></tr>
 *   <tr><td>2019-07-01</td><td>{@value #PILOT_MERGER}</td><td>thí điểm hợp nhất: the three stations become the Trung
 *       tâm Dịch vụ nông nghiệp huyện</td><td>PLANNED</td></tr>
 * </table>
 *
 * <h2>The targets</h2>
 * See {@link #targets()}: deputies within the caps and at least one đầu mối fewer in the district by
 * 2019-12-31, the village triple post in at least 40 villages by 2018-03-01, and actual staff down
 * by 10% by 2021-12-31 (Resolution 18), all within {@link #DISTRICT}.
 *
 * <h2>What is the seed's and what is not</h2>
 * The tasks, the responsible agencies of the first tasks (Ban Tổ chức Huyện ủy, UBND huyện), the
 * month of the concurrent-post models ("tháng 2/2018") and the deadline of the transfers from the
 * Sở Nông nghiệp và PTNT ("hoàn thành trước 30/6/2018") are the seed's. The day of each date, the
 * dates of the tasks of "6 tháng cuối năm 2018 và năm 2019", the coordinating agencies, the
 * statuses and the target deadlines are ILLUSTRATIVE; so is the data of {@link KimBang}. The seed
 * files every task here under Resolution 18; the steps on public service units (đơn vị sự nghiệp
 * công lập: the stations, the dyke unit, the health centre, the land registration office) cite
 * Resolution 19-NQ/TW, which governs those units.
 *
 * <p>This class is a holder of constants and static factories; the scenario is built once, on
 * first use, and is immutable and thread-safe.
 */
public final class KimBangProgramme {

    // ------------------------------------------------------------------ names and legal bases

    /** The name of {@link #scenario()}. */
    public static final String NAME = "Chương trình hành động Huyện ủy Kim Bảng thực hiện NQ 18-NQ/TW (2018)";

    /** The name of {@link #withoutOfficeMerger()}. */
    public static final String WITHOUT_OFFICE_MERGER_NAME =
            "Chương trình hành động Huyện ủy Kim Bảng thực hiện NQ 18-NQ/TW (2018) – phương án không hợp nhất văn phòng";

    /** Nghị quyết 18-NQ/TW (25/10/2017) on streamlining the apparatus of the political system. */
    public static final LegalBasis NQ18 = LegalBasis.of("18-NQ/TW", "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy"
            + " của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả");

    /** Nghị quyết 19-NQ/TW (25/10/2017) on public service units (đơn vị sự nghiệp công lập). */
    public static final LegalBasis NQ19 = LegalBasis.of("19-NQ/TW", "Về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao"
            + " chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập");

    /** The scope of the district: every unit within Huyện Kim Bảng ({@link KimBang#HUYEN}). */
    public static final Selector DISTRICT = Selector.any().within(KimBang.HUYEN);

    // ------------------------------------------------------------------ step ids

    /** Step id: Trưởng ban Dân vận Huyện ủy đồng thời là Chủ tịch Ủy ban MTTQ huyện. */
    public static final String DAN_VAN_MTTQ = "dan-van-mttq";
    /** Step id: Trưởng ban Tuyên giáo Huyện ủy đồng thời là Giám đốc Trung tâm Bồi dưỡng chính trị huyện. */
    public static final String TUYEN_GIAO_TTBDCT = "tuyen-giao-ttbdct";
    /** Step id: bí thư chi bộ đồng thời là trưởng thôn, tổ phố và trưởng ban công tác Mặt trận. */
    public static final String VILLAGE_TRIPLE_POST = "village-triple-post";
    /** Step id: tiếp nhận the three agricultural stations and the dyke management unit. */
    public static final String AGRI_STATIONS = "agri-stations";
    /** Step id: hợp nhất Văn phòng Huyện ủy with the Văn phòng HĐND và UBND huyện. */
    public static final String OFFICE_MERGER = "office-merger";
    /** Step id: tiếp nhận the Trung tâm Y tế huyện and the 18 Trạm Y tế. */
    public static final String HEALTH_TRANSFER = "health-transfer";
    /** Step id: tiếp nhận the Văn phòng Đăng ký đất đai. */
    public static final String LAND_REGISTRY = "land-registry";
    /** Step id: thí điểm hợp nhất the three stations into one agricultural services centre. */
    public static final String PILOT_MERGER = "pilot-merger";

    // ------------------------------------------------------------------ dates

    /** The concurrent-post models: 2018-02-01 ({@link KimBang#MODELS_FROM}); the seed says "tháng 2/2018", the day is ILLUSTRATIVE. */
    public static final LocalDate MODELS_DATE = KimBang.MODELS_FROM;
    /** The stations and the dyke unit: 2018-06-30; the seed says "hoàn thành trước 30/6/2018", so the day is ILLUSTRATIVE. */
    public static final LocalDate AGRI_STATIONS_DATE = LocalDate.of(2018, 6, 30);
    /** ILLUSTRATIVE: 2018-07-01; the seed schedules the office merger (hợp nhất) without a date. */
    public static final LocalDate OFFICE_MERGER_DATE = LocalDate.of(2018, 7, 1);
    /** ILLUSTRATIVE: 2019-01-01; the seed lists the health centre among the tasks of "6 tháng cuối năm 2018 và năm 2019". */
    public static final LocalDate HEALTH_TRANSFER_DATE = LocalDate.of(2019, 1, 1);
    /** ILLUSTRATIVE: 2019-01-01; the seed lists the land registration office with the health centre. */
    public static final LocalDate LAND_REGISTRY_DATE = LocalDate.of(2019, 1, 1);
    /** ILLUSTRATIVE: 2019-07-01; the seed asks for a pilot ("thí điểm") in the same period, without a date. */
    public static final LocalDate PILOT_MERGER_DATE = LocalDate.of(2019, 7, 1);

    // ------------------------------------------------------------------ units the programme forms

    /** The merged office "Văn phòng Huyện ủy – HĐND – UBND huyện Kim Bảng" (a new unit, so a new id). */
    public static final UnitId VAN_PHONG_CHUNG = UnitId.of("kb.vp-hu-hdnd-ubnd");
    /** The "Trung tâm Dịch vụ nông nghiệp huyện Kim Bảng" formed from the three stations. */
    public static final UnitId TRUNG_TAM_DICH_VU_NONG_NGHIEP = UnitId.of("kb.ttdvnn");

    // ------------------------------------------------------------------ targets

    /** Label of the target: no deputy cap breached in the district by 2019-12-31 (ILLUSTRATIVE deadline). */
    public static final String TARGET_DEPUTIES = "Cấp phó trong khung quy định";
    /** Label of the target: at least one organization (đầu mối) fewer in the district by 2019-12-31 (ILLUSTRATIVE deadline). */
    public static final String TARGET_ORGANIZATIONS = "Giảm đầu mối";
    /** Label of the target: the village triple-post model in at least 40 villages by 2018-03-01. */
    public static final String TARGET_VILLAGE_MODEL = "Bí thư chi bộ đồng thời là trưởng thôn, tổ dân phố ở ít nhất 40 thôn, tổ dân phố";
    /** Label of the target: actual staff in the district down by at least 10% by 2021-12-31 (NQ 18). */
    public static final String TARGET_STAFF = "Tinh giản biên chế 10% (NQ 18)";

    /** ILLUSTRATIVE: 2019-12-31, the end of the period the programme plans for ("6 tháng cuối năm 2018 và năm 2019"). */
    public static final LocalDate PROGRAMME_DEADLINE = LocalDate.of(2019, 12, 31);
    /** 2018-03-01: the day after "tháng 2/2018", the month the seed sets for the concurrent-post models. */
    public static final LocalDate MODELS_DEADLINE = LocalDate.of(2018, 3, 1);
    /** 2021-12-31: Resolution 18's deadline for cutting staff by at least 10% ("đến năm 2021"). */
    public static final LocalDate STAFF_DEADLINE = LocalDate.of(2021, 12, 31);

    // ------------------------------------------------------------------ agencies (as the steps name them)

    private static final String BAN_TO_CHUC = "Ban Tổ chức Huyện ủy";
    private static final String UBND_HUYEN = "UBND huyện";
    private static final String UBMTTQ_HUYEN = "Ủy ban MTTQ Việt Nam huyện";
    private static final String PHONG_NOI_VU = "Phòng Nội vụ";

    private static final PostId CHANH_VAN_PHONG_HUYEN_UY = PostId.of("kb.hu.vp.cvp");
    private static final PostId TRAM_TRUONG_KHUYEN_NONG = PostId.of("kb.tram-kn.tt");

    private KimBangProgramme() {}

    /**
     * The programme as a scenario from {@link KimBang#beforeProgramme()}: the eight steps in date
     * order (see the class comment) and the four {@link #targets()}. Built once, on first use; the
     * same instance on every call.
     *
     * <pre>{@code
     * Scenario programme = KimBangProgramme.scenario();
     * programme.name();                                                  // "Chương trình hành động Huyện ủy Kim Bảng ..."
     * programme.steps().stream().map(Step::id).toList();                 // [dan-van-mttq, tuyen-giao-ttbdct, ...]
     * programme.step(KimBangProgramme.AGRI_STATIONS).status();           // APPROVED
     * programme.step(KimBangProgramme.VILLAGE_TRIPLE_POST).changes().size();  // 40, one compound per village
     * }</pre>
     */
    public static Scenario scenario() {
        return Holder.SCENARIO;
    }

    /**
     * The branch of {@link #scenario()} without the office merger ({@value #OFFICE_MERGER}): the
     * party office and the HĐND-UBND office stay apart. Named {@link #WITHOUT_OFFICE_MERGER_NAME};
     * its {@link Scenario#parent()} is {@link #NAME}. Built once, on first use.
     *
     * <pre>{@code
     * Scenario noMerger = KimBangProgramme.withoutOfficeMerger();
     * noMerger.parent();                                   // Optional["Chương trình hành động Huyện ủy Kim Bảng ..."]
     * noMerger.steps().size();                             // 7
     * }</pre>
     */
    public static Scenario withoutOfficeMerger() {
        return Holder.WITHOUT_OFFICE_MERGER;
    }

    private static Scenario build() {
        OrgStructure base = KimBang.beforeProgramme();
        Scenario.Builder b = Scenario.builder(NAME, base)
                .step(danVanMttq(base))
                .step(tuyenGiaoTtbdct(base))
                .step(villageTriplePost(base))
                .step(agriStations())
                .step(officeMerger(base))
                .step(healthTransfer())
                .step(landRegistry())
                .step(pilotMerger(base));
        // TARGETS
        for (Target t : targets()) {
            b.target(t);
        }
        return b.build();
    }

    /**
     * The targets (chỉ tiêu) of the programme, in this order: {@value #TARGET_DEPUTIES},
     * {@value #TARGET_ORGANIZATIONS}, {@value #TARGET_VILLAGE_MODEL} and {@value #TARGET_STAFF}; all
     * measured within {@link #DISTRICT}. The staff target compares with the scenario's baseline
     * (2018), not with 2015 as Resolution 18 does: the example has no 2015 figures.
     *
     * <pre>{@code
     * KimBangProgramme.targets().get(3).label();      // "Tinh giản biên chế 10% (NQ 18)"
     * KimBangProgramme.targets().get(2).deadline();   // 2018-03-01
     * }</pre>
     */
    public static List<Target> targets() {
        Metric villageModel = Metrics.coverage(VnRules.concurrentPosts().model(VnRules.MODEL_BI_THU_CHI_BO_TRUONG_THON))
                .select("model." + VnRules.MODEL_BI_THU_CHI_BO_TRUONG_THON);
        return List.of(
                Target.atMost(Metrics.deputiesOverCap(), 0, PROGRAMME_DEADLINE).within(DISTRICT).named(TARGET_DEPUTIES),
                Target.change(Metrics.organizations(), Target.Comparator.AT_MOST, -1, Target.Basis.CHANGE, PROGRAMME_DEADLINE)
                        .within(DISTRICT).named(TARGET_ORGANIZATIONS),
                Target.atLeast(villageModel, 40, MODELS_DEADLINE).within(DISTRICT).named(TARGET_VILLAGE_MODEL),
                Target.reduction(Metrics.staffActual(), 10, STAFF_DEADLINE).within(DISTRICT).named(TARGET_STAFF));
    }

    // ------------------------------------------------------------------ the concurrent-post models

    private static Step danVanMttq(OrgStructure base) {
        return Step.builder(DAN_VAN_MTTQ, MODELS_DATE, "Trưởng ban Dân vận Huyện ủy đồng thời là Chủ tịch Ủy ban MTTQ huyện")
                .change(handOver(base, KimBang.CHU_TICH_UBMTTQ, KimBang.TRUONG_BAN_DAN_VAN,
                        "Trưởng ban Dân vận Huyện ủy đồng thời là Chủ tịch Ủy ban MTTQ huyện"))
                .lead(BAN_TO_CHUC)
                .partners("Ban Dân vận Huyện ủy", UBMTTQ_HUYEN)
                .status(Step.Status.DONE)
                .basis(NQ18)
                .build();
    }

    private static Step tuyenGiaoTtbdct(OrgStructure base) {
        String label = "Trưởng ban Tuyên giáo Huyện ủy đồng thời là Giám đốc Trung tâm Bồi dưỡng chính trị huyện";
        return Step.builder(TUYEN_GIAO_TTBDCT, MODELS_DATE, label)
                .change(handOver(base, KimBang.GIAM_DOC_TTBDCT, KimBang.TRUONG_BAN_TUYEN_GIAO, label))
                .lead(BAN_TO_CHUC)
                .partners("Ban Tuyên giáo Huyện ủy", "Trung tâm Bồi dưỡng chính trị huyện")
                .status(Step.Status.DONE)
                .basis(NQ18)
                .build();
    }

    /** The holder of {@code post} steps down and the holder of {@code newHoldersPost} takes it concurrently. */
    private static Compound handOver(OrgStructure base, PostId post, PostId newHoldersPost, String name) {
        OrgStructure on = base.withDate(MODELS_DATE);
        return Compound.of(MODELS_DATE, name,
                        Relieve.of(MODELS_DATE, only(on, post), post),
                        Appoint.concurrent(MODELS_DATE, only(on, newHoldersPost), post))
                .basis(NQ18.number(), NQ18.title());
    }

    /**
     * One compound per village: the previous village head and head of the front work board step
     * down and the party-cell secretary takes both posts concurrently. The villages and people are
     * those of the built-in data ({@link KimBang#structure()}): its concurrent tenures from
     * {@link KimBang#MODELS_FROM} on posts of village-level units.
     */
    private static Step villageTriplePost(OrgStructure base) {
        Map<PersonId, List<PostId>> bySecretary = new LinkedHashMap<>();
        OrgStructure builtIn = KimBang.structure();
        for (Tenure t : builtIn.tenures()) {
            if (t.isConcurrent() && t.period().start().orElseThrow().equals(KimBang.MODELS_FROM)
                    && builtIn.unit(builtIn.post(t.post()).unit()).level() == Level.VILLAGE) {
                bySecretary.computeIfAbsent(t.person(), p -> new ArrayList<>()).add(t.post());
            }
        }
        OrgStructure on = base.withDate(MODELS_DATE);
        List<Change> villages = new ArrayList<>();
        for (Map.Entry<PersonId, List<PostId>> e : bySecretary.entrySet()) {
            List<Change> parts = new ArrayList<>();
            for (PostId post : e.getValue()) {
                parts.add(Relieve.of(MODELS_DATE, only(on, post), post));
            }
            for (PostId post : e.getValue()) {
                parts.add(Appoint.concurrent(MODELS_DATE, e.getKey(), post));
            }
            UnitId village = on.post(e.getValue().get(0)).unit();
            villages.add(Compound.of(MODELS_DATE, "Bí thư chi bộ đồng thời là trưởng thôn, tổ phố và trưởng ban công tác"
                    + " Mặt trận – " + on.unit(village).name(), parts.toArray(Change[]::new))
                    .basis(NQ18.number(), NQ18.title()));
        }
        return Step.builder(VILLAGE_TRIPLE_POST, MODELS_DATE,
                        "Bí thư chi bộ đồng thời là trưởng thôn, xóm, tổ phố và trưởng ban công tác Mặt trận")
                .changes(villages)
                .lead(BAN_TO_CHUC)
                .partners("Đảng ủy các xã, thị trấn", UBMTTQ_HUYEN)
                .status(Step.Status.DONE)
                .basis(NQ18)
                .build();
    }

    // ------------------------------------------------------------------ transfers and mergers

    private static Step agriStations() {
        List<Change> transfers = new ArrayList<>();
        for (UnitId u : List.of(KimBang.TRAM_TRONG_TROT, KimBang.TRAM_CHAN_NUOI, KimBang.TRAM_KHUYEN_NONG,
                KimBang.HAT_QUAN_LY_DE_DIEU)) {
            transfers.add(Transfer.of(AGRI_STATIONS_DATE, u, KimBang.UBND).basis(NQ19.number(), NQ19.title()));
        }
        return Step.builder(AGRI_STATIONS, AGRI_STATIONS_DATE, "Tiếp nhận Trạm Trồng trọt và Bảo vệ thực vật, Trạm Chăn nuôi"
                        + " và Thú y, Trạm Khuyến nông thuộc Sở Nông nghiệp và Phát triển nông thôn; Hạt Quản lý đê điều"
                        + " (hoàn thành trước 30/6/2018)")
                .changes(transfers)
                .lead(UBND_HUYEN)
                .partners("Sở Nông nghiệp và Phát triển nông thôn", PHONG_NOI_VU)
                .status(Step.Status.APPROVED)
                .basis(NQ19)
                .build();
    }

    private static Step officeMerger(OrgStructure base) {
        Unit office = Unit.builder(VAN_PHONG_CHUNG, "Văn phòng Huyện ủy – HĐND – UBND huyện Kim Bảng",
                VnKinds.VAN_PHONG_CAP_UY_CHINH_QUYEN, Level.DISTRICT).territory(KimBang.HUYEN).build();
        Change merge = Merge.of(OFFICE_MERGER_DATE, List.of(KimBang.VAN_PHONG_HUYEN_UY, KimBang.VAN_PHONG_HDND_UBND), office)
                .withHead(only(base.withDate(OFFICE_MERGER_DATE), CHANH_VAN_PHONG_HUYEN_UY))
                .basis(NQ18.number(), NQ18.title());
        return Step.builder(OFFICE_MERGER, OFFICE_MERGER_DATE, "Hợp nhất Văn phòng Huyện ủy với Văn phòng HĐND và UBND huyện")
                .change(merge)
                .lead(BAN_TO_CHUC)
                .partners("Văn phòng Huyện ủy", "Văn phòng HĐND và UBND huyện")
                .status(Step.Status.APPROVED)
                .basis(NQ18)
                .build();
    }

    private static Step healthTransfer() {
        return takeOver(HEALTH_TRANSFER, HEALTH_TRANSFER_DATE,
                "Tiếp nhận, quản lý Trung tâm Y tế huyện và Trạm Y tế 18 xã, thị trấn (thuộc Sở Y tế)",
                KimBang.TRUNG_TAM_Y_TE, "Sở Y tế", PHONG_NOI_VU);
    }

    private static Step landRegistry() {
        return takeOver(LAND_REGISTRY, LAND_REGISTRY_DATE, "Tiếp nhận Văn phòng Đăng ký đất đai (thuộc Sở Tài nguyên và Môi trường)",
                KimBang.VAN_PHONG_DANG_KY_DAT_DAI, "Sở Tài nguyên và Môi trường");
    }

    /** tiếp nhận: a public service unit moves from its Sở to the UBND huyện (NQ 19), an approved step led by the UBND. */
    private static Step takeOver(String id, LocalDate date, String label, UnitId unit, String... partners) {
        return Step.builder(id, date, label)
                .change(Transfer.of(date, unit, KimBang.UBND).basis(NQ19.number(), NQ19.title()))
                .lead(UBND_HUYEN)
                .partners(partners)
                .status(Step.Status.APPROVED)
                .basis(NQ19)
                .build();
    }

    private static Step pilotMerger(OrgStructure base) {
        Unit centre = Unit.builder(TRUNG_TAM_DICH_VU_NONG_NGHIEP, "Trung tâm Dịch vụ nông nghiệp huyện Kim Bảng",
                VnKinds.TRUNG_TAM_SU_NGHIEP, Level.DISTRICT).territory(KimBang.HUYEN).build();
        Change merge = Merge.of(PILOT_MERGER_DATE, List.of(KimBang.TRAM_TRONG_TROT, KimBang.TRAM_CHAN_NUOI,
                        KimBang.TRAM_KHUYEN_NONG), centre)
                .withParent(KimBang.UBND)
                .withHead(only(base.withDate(PILOT_MERGER_DATE), TRAM_TRUONG_KHUYEN_NONG))
                .basis(NQ19.number(), NQ19.title());
        return Step.builder(PILOT_MERGER, PILOT_MERGER_DATE, "Thí điểm hợp nhất một số cơ quan chuyên môn có nhiệm vụ tương"
                        + " đồng: hợp nhất ba trạm thành Trung tâm Dịch vụ nông nghiệp huyện")
                .change(merge)
                .lead(UBND_HUYEN)
                .partners(PHONG_NOI_VU, "Phòng Nông nghiệp và PTNT")
                .status(Step.Status.PLANNED)
                .basis(NQ19)
                .build();
    }

    /** The one person in office in {@code post} on the snapshot's date. */
    private static PersonId only(OrgStructure s, PostId post) {
        List<Person> holders = s.holders(post);
        if (holders.size() != 1) {
            throw new IllegalStateException("KimBangProgramme: expected one holder of " + post + " on " + s.date()
                    + ", found " + holders);
        }
        return holders.get(0).id();
    }

    /** Lazy, thread-safe initialization (the holder idiom). */
    private static final class Holder {
        static final Scenario SCENARIO = build();
        static final Scenario WITHOUT_OFFICE_MERGER =
                SCENARIO.branch(WITHOUT_OFFICE_MERGER_NAME).remove(OFFICE_MERGER).build();
    }
}
