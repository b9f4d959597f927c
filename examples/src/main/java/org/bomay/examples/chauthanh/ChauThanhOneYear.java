package org.bomay.examples.chauthanh;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bomay.core.BomayException;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Change;
import org.bomay.core.change.Compound;
import org.bomay.core.change.Convert;
import org.bomay.core.change.Disposition;
import org.bomay.core.change.Dissolve;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Relieve;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.types.ConcurrencyModel;
import org.bomay.core.sim.Metric;
import org.bomay.core.sim.MetricContext;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.Target;
import org.bomay.core.structure.OrgStructure;

/**
 * The first year of Resolution 18-NQ/TW in Châu Thành district (Bến Tre) as a {@link Scenario}
 * from {@link ChauThanh#structure()} (2018-01-01): what seed 001 — "Kết quả 1 năm thực hiện Nghị
 * quyết Trung ương 6, khóa XII", an interview of 11/02/2019 — reports as done, and what it reports
 * as planned "trong năm 2019", as ten dated steps with their responsible agency, status and legal
 * basis, and three targets.
 *
 * <pre>{@code
 * Scenario year = ChauThanhOneYear.scenario();
 * SimulationResult r = Simulation.of(VnRules.all()).within(ChauThanh.DISTRICT).run(year);
 * ChauThanhOneYear.secretaryChairsCouncil(r.history().asOf(ChauThanhOneYear.SEED_DATE));   // 16/22
 * r.history().predecessors(ChauThanh.XA_GIAO_LONG);   // [ct.xa.giao-hoa ABSORBED_INTO ct.xa.giao-long on 2019-12-01 ...]
 * r.target(ChauThanhOneYear.TARGET_COMMUNES).met();   // true: 22 → 19 communes
 * }</pre>
 *
 * <h2>The steps</h2>
 * <table>
 *   <caption>Steps (dates the seed does not give are ILLUSTRATIVE)</caption>
 *   <tr><th>date</th><th>id</th><th>what (seed 001)</th><th>status</th></tr>
 *   <tr><td>2018-03-01</td><td>{@value #TUYEN_GIAO_TTBDCT}</td><td>Trưởng ban Tuyên giáo Huyện ủy kiêm Giám đốc Trung tâm
 *       Bồi dưỡng chính trị</td><td>DONE</td></tr>
 *   <tr><td>2018-03-01</td><td>{@value #DAN_VAN_MTTQ}</td><td>Trưởng ban Dân vận Huyện ủy đồng thời là Chủ tịch Ủy ban
 *       MTTQ Việt Nam huyện</td><td>DONE</td></tr>
 *   <tr><td>2018-07-01</td><td>{@value #BI_THU_HDND}</td><td>bí thư đồng thời là chủ tịch HĐND xã Quới Sơn, Phú Đức
 *       (then 16/22)</td><td>DONE</td></tr>
 *   <tr><td>2018-10-01</td><td>{@value #DAN_SO_Y_TE}</td><td>sáp nhập Trung tâm Dân số – KHHGĐ vào Trung tâm Y tế</td>
 *       <td>DONE</td></tr>
 *   <tr><td>2018-11-01</td><td>{@value #NUOC_CO_PHAN}</td><td>chuyển đổi Ban Quản lý khai thác và cung cấp nước sinh hoạt
 *       huyện sang công ty cổ phần</td><td>DONE</td></tr>
 *   <tr><td>2019-01-01</td><td>{@value #AP_KHU_PHO}</td><td>sáp nhập 6 ấp, khu phố của 5 xã, thị trấn</td><td>DONE</td></tr>
 *   <tr><td>2019-07-01</td><td>{@value #GIAI_THE_CTGT}</td><td>giải thể Ban Quản lý công trình giao thông và đô thị huyện
 *       (the seed: "xây dựng Đề án giải thể")</td><td>PLANNED</td></tr>
 *   <tr><td>2019-12-01</td><td>{@value #GIAO_LONG_GIAO_HOA}, {@value #AN_HOA_AN_PHUOC}, {@value #SON_HOA_AN_HIEP}</td>
 *       <td>sáp nhập 6 xã: Giao Long – Giao Hòa, An Hóa – An Phước, Sơn Hòa – An Hiệp "trong năm 2019"</td>
 *       <td>PLANNED</td></tr>
 * </table>
 *
 * <h2>What is the seed's and what is not</h2>
 * The seed's: every task above and its status on 11/02/2019 ({@link #SEED_DATE}); the two
 * district models; Quới Sơn and Phú Đức; "16/22 xã bí thư đảng ủy đồng thời là chủ tịch HĐND"
 * ({@link #REPORTED_COVERAGE}); "66 mô hình kiêm nhiệm theo NQ số 02 của Tỉnh ủy" ({@link
 * #REPORTED_MODELS}); 6 hamlets of 5 communes; the three pairs of communes; that the Ban Thường vụ
 * Huyện ủy directed the restructuring (Kế hoạch số 114 of 24/11/2017). ILLUSTRATIVE: the day of
 * every step; the responsible agency of the steps on state units ("UBND huyện", "Sở Y tế tỉnh Bến
 * Tre"; the seed names only the Ban Thường vụ Huyện ủy, for the whole plan) and every coordinating
 * agency; which commune of each pair continues (Giao Long, as happened in 2020; An Phước; An Hiệp);
 * which hamlets merged ({@link #HAMLET_MERGERS}); the disposition of the dissolved board (its
 * deputy and its staff to the Ban Quản lý dự án đầu tư xây dựng, its head's and accountant's
 * posts released).
 *
 * <h2>The 66 models</h2>
 * The data holds the concurrent-post models the seed names: 2 at district level and the
 * secretary = HĐND chair in 16 communes, 18 in all on {@link #SEED_DATE} ({@link #models}). The
 * seed's 66 are counted under Nghị quyết số 02 of the Tỉnh ủy Bến Tre, whose list of models is
 * not in the seed nor in the research: the other 48 are <b>not modelled</b>, and nothing here
 * pretends they are.
 *
 * <h2>Legal bases</h2>
 * NQ 18-NQ/TW for the concurrent posts; NQ 19-NQ/TW for the public service units; TT
 * 14/2018/TT-BNV for the hamlets; NQ 653/2019/UBTVQH14 (the 2019–2021 frame) for the communes.
 * <b>To be confirmed:</b> the Ủy ban Thường vụ Quốc hội resolution that merged Bến Tre's communes
 * is not in {@code research/vn_rules.md}, so the changes cite the frame and carry the note
 * {@link #COMMUNE_BASIS_TO_CONFIRM}. A news report (vov.vn, 2/2020) names it Nghị quyết
 * 855/NQ-UBTVQH14, in force 1/2/2020, and gives for this district only Giao Hòa – Giao Long, 22 → 21;
 * An Hóa and Sơn Hòa merged only in 2024 (NQ 1237/NQ-UBTVQH15, into An Phước and Tường Đa). Until
 * the research confirms them these numbers are not used as a basis; the scenario models the seed's
 * plan of 2/2019, not what was enacted.
 *
 * <p>This class is a holder of constants and static factories; the scenario is built once, on
 * first use, and is immutable and thread-safe.
 */
public final class ChauThanhOneYear {

    /** The name of {@link #scenario()}. */
    public static final String NAME = "Kết quả 1 năm thực hiện Nghị quyết Trung ương 6, khóa XII – huyện Châu Thành";

    /** 2019-02-11: the date of seed 001, whose figures describe the district on that day. */
    public static final LocalDate SEED_DATE = LocalDate.of(2019, 2, 11);
    /** 2019-12-31: the end of the year the seed plans the commune mergers for ("trong năm 2019"). */
    public static final LocalDate END = LocalDate.of(2019, 12, 31);

    /** "16/22": the communes where the party secretary is at the same time chair of the HĐND (seed 001). */
    public static final String REPORTED_COVERAGE = "16/22";
    /** 66: the concurrent-post models the district reports under NQ số 02 of the Tỉnh ủy (seed 001); see the class comment. */
    public static final int REPORTED_MODELS = 66;

    // ------------------------------------------------------------------ legal bases

    /** Nghị quyết 18-NQ/TW (25/10/2017). */
    public static final LegalBasis NQ18 = VnRules.NQ_18;
    /** Nghị quyết 19-NQ/TW (25/10/2017) on public service units (đơn vị sự nghiệp công lập). */
    public static final LegalBasis NQ19 = LegalBasis.of("19-NQ/TW", "Về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao"
            + " chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập");
    /** Thông tư 14/2018/TT-BNV (3/12/2018) on villages and residential groups. */
    public static final LegalBasis TT14 = LegalBasis.of("14/2018/TT-BNV",
            "Sửa đổi, bổ sung Thông tư 04/2012/TT-BNV hướng dẫn về tổ chức và hoạt động của thôn, tổ dân phố");
    /** Nghị quyết 653/2019/UBTVQH14 (12/3/2019): the frame of the 2019–2021 mergers of districts and communes. */
    public static final LegalBasis NQ653 = LegalBasis.of("653/2019/UBTVQH14",
            "Về việc sắp xếp các đơn vị hành chính cấp huyện và cấp xã trong giai đoạn 2019-2021");
    /** The resolution of the Tỉnh ủy Bến Tre the seed cites for the concurrent-post models, by the seed's words only. */
    public static final LegalBasis NQ02_TINH_UY = LegalBasis.of("NQ số 02 của Tỉnh ủy Bến Tre",
            "Mô hình kiêm nhiệm chức danh (số hiệu đầy đủ, ngày và trích yếu chưa xác định)");
    /** The note on each commune merger: the enacting resolution is to be confirmed. */
    public static final String COMMUNE_BASIS_TO_CONFIRM = "Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính"
            + " cấp xã thuộc tỉnh Bến Tre: số hiệu chưa xác định (to be confirmed)";

    // ------------------------------------------------------------------ step ids

    /** Step id: Trưởng ban Tuyên giáo Huyện ủy kiêm Giám đốc Trung tâm Bồi dưỡng chính trị. */
    public static final String TUYEN_GIAO_TTBDCT = "tuyen-giao-ttbdct";
    /** Step id: Trưởng ban Dân vận Huyện ủy đồng thời là Chủ tịch Ủy ban MTTQ Việt Nam huyện. */
    public static final String DAN_VAN_MTTQ = "dan-van-mttq";
    /** Step id: bí thư đảng ủy đồng thời là chủ tịch HĐND xã Quới Sơn, Phú Đức. */
    public static final String BI_THU_HDND = "bi-thu-hdnd-quoi-son-phu-duc";
    /** Step id: sáp nhập Trung tâm Dân số – Kế hoạch hóa gia đình vào Trung tâm Y tế. */
    public static final String DAN_SO_Y_TE = "dan-so-vao-y-te";
    /** Step id: chuyển đổi Ban Quản lý khai thác và cung cấp nước sinh hoạt huyện sang công ty cổ phần. */
    public static final String NUOC_CO_PHAN = "nuoc-sinh-hoat-co-phan";
    /** Step id: sáp nhập 6 ấp, khu phố của 5 xã, thị trấn. */
    public static final String AP_KHU_PHO = "sap-nhap-ap-khu-pho";
    /** Step id: giải thể Ban Quản lý công trình giao thông và đô thị huyện. */
    public static final String GIAI_THE_CTGT = "giai-the-ban-ctgt";
    /** Step id: sáp nhập xã Giao Hòa vào xã Giao Long. */
    public static final String GIAO_LONG_GIAO_HOA = "sap-nhap-giao-long-giao-hoa";
    /** Step id: sáp nhập xã An Hóa vào xã An Phước. */
    public static final String AN_HOA_AN_PHUOC = "sap-nhap-an-hoa-an-phuoc";
    /** Step id: sáp nhập xã Sơn Hòa vào xã An Hiệp. */
    public static final String SON_HOA_AN_HIEP = "sap-nhap-son-hoa-an-hiep";

    /** The step ids in date order. */
    static final ImmutableList<String> STEP_IDS = ImmutableList.of(TUYEN_GIAO_TTBDCT, DAN_VAN_MTTQ, BI_THU_HDND, DAN_SO_Y_TE,
            NUOC_CO_PHAN, AP_KHU_PHO, GIAI_THE_CTGT, GIAO_LONG_GIAO_HOA, AN_HOA_AN_PHUOC, SON_HOA_AN_HIEP);

    // ------------------------------------------------------------------ dates (ILLUSTRATIVE unless said)

    /** ILLUSTRATIVE: 2018-03-01, the two district models (the seed: done "sau hơn 1 năm"). */
    public static final LocalDate MODELS_DATE = LocalDate.of(2018, 3, 1);
    /** ILLUSTRATIVE: 2018-07-01, secretary = HĐND chair in Quới Sơn and Phú Đức. */
    public static final LocalDate COMMUNE_MODEL_DATE = LocalDate.of(2018, 7, 1);
    /** ILLUSTRATIVE: 2018-10-01, the population centre absorbed into the health centre. */
    public static final LocalDate DAN_SO_DATE = LocalDate.of(2018, 10, 1);
    /** ILLUSTRATIVE: 2018-11-01, the water-supply board converted. */
    public static final LocalDate NUOC_DATE = LocalDate.of(2018, 11, 1);
    /** ILLUSTRATIVE: 2019-01-01, the six hamlets merged (the seed: done by 11/02/2019). */
    public static final LocalDate HAMLETS_DATE = LocalDate.of(2019, 1, 1);
    /** ILLUSTRATIVE: 2019-07-01, the traffic works board dissolved (the seed: the plan was being drafted). */
    public static final LocalDate DISSOLVE_DATE = LocalDate.of(2019, 7, 1);
    /** ILLUSTRATIVE: 2019-12-01, the three commune mergers (the seed: "trong năm 2019"). */
    public static final LocalDate COMMUNES_DATE = LocalDate.of(2019, 12, 1);

    // ------------------------------------------------------------------ what merges into what

    /** The three commune mergers: absorbed commune → the commune that continues (which continues: see the class comment). */
    public static final ImmutableMap<UnitId, UnitId> COMMUNE_MERGERS = ImmutableMap.of(
            ChauThanh.XA_GIAO_HOA, ChauThanh.XA_GIAO_LONG,
            ChauThanh.XA_AN_HOA, ChauThanh.XA_AN_PHUOC,
            ChauThanh.XA_SON_HOA, ChauThanh.XA_AN_HIEP);

    /** The six hamlet mergers (ILLUSTRATIVE which): absorbed hamlet → the hamlet of the same commune that continues. */
    public static final ImmutableMap<UnitId, UnitId> HAMLET_MERGERS = hamletMergers();

    /** What the water-supply board becomes, in the seed's words ("sang công ty cổ phần"; the company's name is not given). */
    public static final String COMPANY = "Công ty cổ phần";

    // ------------------------------------------------------------------ targets

    /** Label of the target: secretary = HĐND chair in at least 16 communes by {@link #SEED_DATE}. */
    public static final String TARGET_COVERAGE = "Bí thư đảng ủy đồng thời là Chủ tịch HĐND ở 16/22 xã, thị trấn";
    /** Label of the target: six hamlets fewer by {@link #SEED_DATE}. */
    public static final String TARGET_HAMLETS = "Sáp nhập 6 ấp, khu phố của 5 xã, thị trấn";
    /** Label of the target: at most 19 communes by {@link #END}. */
    public static final String TARGET_COMMUNES = "Sáp nhập 6 xã thành 3 xã trong năm 2019 (22 → 19)";

    // ------------------------------------------------------------------ agencies

    private static final String BTV_HUYEN_UY = "Ban Thường vụ Huyện ủy";
    private static final String BAN_TO_CHUC = "Ban Tổ chức Huyện ủy";
    private static final String UBND_HUYEN = "UBND huyện";
    private static final String PHONG_NOI_VU = "Phòng Nội vụ";

    private ChauThanhOneYear() {}

    /**
     * The year as a scenario from {@link ChauThanh#structure()}: the ten steps in date order (see
     * the class comment) and the three {@link #targets()}. Built once, on first use; the same
     * instance on every call.
     *
     * <pre>{@code
     * Scenario year = ChauThanhOneYear.scenario();
     * year.steps().size();                                               // 10
     * year.step(ChauThanhOneYear.GIAI_THE_CTGT).status();                // PLANNED
     * year.step(ChauThanhOneYear.DAN_VAN_MTTQ).lead();                   // "Ban Thường vụ Huyện ủy"
     * }</pre>
     */
    public static Scenario scenario() {
        return Holder.SCENARIO;
    }

    /**
     * The targets, in this order: {@value #TARGET_COVERAGE}, {@value #TARGET_HAMLETS} (both by
     * {@link #SEED_DATE}) and {@value #TARGET_COMMUNES} (by {@link #END}); all within
     * {@link ChauThanh#DISTRICT}. Only the seed's own figures are targets.
     *
     * <pre>{@code
     * ChauThanhOneYear.targets().get(2).deadline();   // 2019-12-31
     * }</pre>
     */
    public static List<Target> targets() {
        Metric coverage = Metrics.coverage(secretaryCouncilModel()).select("model." + VnRules.MODEL_BI_THU_XA_HDND);
        Metric villages = Metrics.administrativeUnits().select("admin-units.VILLAGE");
        Metric communes = Metrics.administrativeUnits().select("admin-units.COMMUNE");
        return List.of(
                Target.atLeast(coverage, 16, SEED_DATE).within(ChauThanh.DISTRICT).named(TARGET_COVERAGE),
                Target.change(villages, Target.Comparator.AT_MOST, -6, Target.Basis.CHANGE, SEED_DATE)
                        .within(ChauThanh.DISTRICT).named(TARGET_HAMLETS),
                Target.atMost(communes, 19, END).within(ChauThanh.DISTRICT).named(TARGET_COMMUNES));
    }

    /**
     * In how many of the district's communes the party secretary is at the same time chair of the
     * HĐND ({@link VnRules#MODEL_BI_THU_XA_HDND}), e.g. {@code 16/22}.
     *
     * <pre>{@code
     * ChauThanhOneYear.secretaryChairsCouncil(ChauThanh.structure());   // 14/22
     * }</pre>
     *
     * @throws BomayException if the structure is null
     */
    public static Metrics.Coverage secretaryChairsCouncil(OrgStructure structure) {
        return Metrics.coverage(context(structure), secretaryCouncilModel());
    }

    /**
     * The concurrent-post models applied in the district on the structure's date, counted with
     * {@link Metrics#coverage(MetricContext, ConcurrencyModel)} for every model of
     * {@link VnRules#concurrentPosts()}: model id → how many times it is applied, models applied at
     * least once, in the rule's order. The sum is the number of models in the data; the seed
     * reports {@value #REPORTED_MODELS}.
     *
     * <pre>{@code
     * ChauThanhOneYear.models(history.asOf(ChauThanhOneYear.SEED_DATE));
     * // {dan-van=mttq=1, tuyen-giao=ttbdct=1, bi-thu-xa=chu-tich-hdnd=16}
     * }</pre>
     *
     * @throws BomayException if the structure is null
     */
    public static ImmutableMap<String, Integer> models(OrgStructure structure) {
        MetricContext ctx = context(structure);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (ConcurrencyModel m : VnRules.concurrentPosts().models()) {
            int n = Metrics.coverage(ctx, m).applied();
            if (n > 0) {
                out.put(m.id(), n);
            }
        }
        return ImmutableMap.copyOf(out);
    }

    private static MetricContext context(OrgStructure structure) {
        if (structure == null) {
            throw new BomayException("ChauThanhOneYear: the structure must not be null (e.g. ChauThanh.structure())");
        }
        return MetricContext.of(structure).within(ChauThanh.DISTRICT);
    }

    private static ConcurrencyModel secretaryCouncilModel() {
        return VnRules.concurrentPosts().model(VnRules.MODEL_BI_THU_XA_HDND);
    }

    // ------------------------------------------------------------------ building

    private static Scenario build() {
        OrgStructure base = ChauThanh.structure();
        Scenario.Builder b = Scenario.builder(NAME, base)
                .step(tuyenGiaoTtbdct(base))
                .step(danVanMttq(base))
                .step(biThuHdnd(base))
                .step(danSoYTe())
                .step(nuocCoPhan())
                .step(hamlets())
                .step(dissolveTrafficBoard())
                .step(communeMerger(GIAO_LONG_GIAO_HOA, ChauThanh.XA_GIAO_HOA))
                .step(communeMerger(AN_HOA_AN_PHUOC, ChauThanh.XA_AN_HOA))
                .step(communeMerger(SON_HOA_AN_HIEP, ChauThanh.XA_SON_HOA));
        targets().forEach(b::target);
        return b.build();
    }

    private static Step tuyenGiaoTtbdct(OrgStructure base) {
        String label = "Trưởng ban Tuyên giáo Huyện ủy kiêm Giám đốc Trung tâm Bồi dưỡng chính trị huyện";
        return Step.builder(TUYEN_GIAO_TTBDCT, MODELS_DATE, label)
                .change(handOver(base, MODELS_DATE, ChauThanh.GIAM_DOC_TTBDCT, ChauThanh.TRUONG_BAN_TUYEN_GIAO, label))
                .lead(BTV_HUYEN_UY)
                .partners(BAN_TO_CHUC, "Ban Tuyên giáo Huyện ủy")
                .status(Step.Status.DONE)
                .basis(NQ18)
                .build();
    }

    private static Step danVanMttq(OrgStructure base) {
        String label = "Trưởng ban Dân vận Huyện ủy đồng thời là Chủ tịch Ủy ban MTTQ Việt Nam huyện";
        return Step.builder(DAN_VAN_MTTQ, MODELS_DATE, label)
                .change(handOver(base, MODELS_DATE, ChauThanh.CHU_TICH_UBMTTQ, ChauThanh.TRUONG_BAN_DAN_VAN, label))
                .lead(BTV_HUYEN_UY)
                .partners(BAN_TO_CHUC, "Ủy ban MTTQ Việt Nam huyện")
                .status(Step.Status.DONE)
                .basis(NQ18)
                .build();
    }

    private static Step biThuHdnd(OrgStructure base) {
        List<Change> communes = new ArrayList<>();
        for (UnitId x : List.of(ChauThanh.XA_QUOI_SON, ChauThanh.XA_PHU_DUC)) {
            String name = base.unit(x).name();
            communes.add(handOver(base, COMMUNE_MODEL_DATE, PostId.of(ChauThanh.of(x, "hdnd").value() + ".ct"),
                    PostId.of(ChauThanh.of(x, "du").value() + ".bt"),
                    "Bí thư Đảng ủy đồng thời là Chủ tịch HĐND " + name.substring(0, 1).toLowerCase() + name.substring(1)));
        }
        return Step.builder(BI_THU_HDND, COMMUNE_MODEL_DATE, "Bí thư đảng ủy đồng thời là chủ tịch HĐND xã Quới Sơn, Phú Đức")
                .changes(communes)
                .lead(BTV_HUYEN_UY)
                .partners("Đảng ủy xã Quới Sơn", "Đảng ủy xã Phú Đức")
                .status(Step.Status.DONE)
                .basis(NQ02_TINH_UY)
                .build();
    }

    /** The holder of {@code post} steps down and the holder of {@code newHoldersPost} takes it concurrently. */
    private static Compound handOver(OrgStructure base, LocalDate date, PostId post, PostId newHoldersPost, String name) {
        OrgStructure on = base.withDate(date);
        return (Compound) Compound.of(date, name,
                        Relieve.of(date, only(on, post), post),
                        Appoint.concurrent(date, only(on, newHoldersPost), post))
                .basis(NQ18.number(), NQ18.title());
    }

    private static Step danSoYTe() {
        Change absorb = Absorb.of(DAN_SO_DATE, ChauThanh.TRUNG_TAM_Y_TE, ChauThanh.TRUNG_TAM_DAN_SO)
                .basis(NQ19.number(), NQ19.title())
                .note("Sáp nhập Trung tâm Dân số - Kế hoạch hóa gia đình vào Trung tâm Y tế (seed 001)");
        return Step.builder(DAN_SO_Y_TE, DAN_SO_DATE, "Sáp nhập Trung tâm Dân số – Kế hoạch hóa gia đình vào Trung tâm Y tế huyện")
                .change(absorb)
                .lead("Sở Y tế tỉnh Bến Tre")
                .partners(UBND_HUYEN)
                .status(Step.Status.DONE)
                .basis(NQ19)
                .build();
    }

    private static Step nuocCoPhan() {
        Change convert = Convert.of(NUOC_DATE, ChauThanh.BAN_QL_NUOC_SINH_HOAT,
                        COMPANY,
                        Disposition.none().releaseAllOtherPosts().releaseStaff())
                .basis(NQ19.number(), NQ19.title());
        return Step.builder(NUOC_CO_PHAN, NUOC_DATE,
                        "Chuyển đổi Ban Quản lý khai thác và cung cấp nước sinh hoạt huyện sang công ty cổ phần")
                .change(convert)
                .lead(UBND_HUYEN)
                .partners("Phòng Tài chính – Kế hoạch", PHONG_NOI_VU)
                .status(Step.Status.DONE)
                .basis(NQ19)
                .build();
    }

    private static Step hamlets() {
        List<Change> mergers = new ArrayList<>();
        HAMLET_MERGERS.forEach((absorbed, into) -> mergers.add(Absorb.of(HAMLETS_DATE, into, absorbed)
                .basis(TT14.number(), TT14.title())));
        return Step.builder(AP_KHU_PHO, HAMLETS_DATE, "Sáp nhập 6 ấp, khu phố chưa đạt chuẩn của 5 xã, thị trấn")
                .changes(mergers)
                .lead(UBND_HUYEN)
                .partners(PHONG_NOI_VU, "UBND các xã, thị trấn")
                .status(Step.Status.DONE)
                .basis(TT14)
                .build();
    }

    private static Step dissolveTrafficBoard() {
        Change dissolve = Dissolve.of(DISSOLVE_DATE, ChauThanh.BAN_QL_CONG_TRINH_GIAO_THONG, Disposition.none()
                        .movePost(ChauThanh.PHO_TRUONG_BAN_CTGT, ChauThanh.BAN_QLDA)
                        .releasePosts(ChauThanh.TRUONG_BAN_CTGT)
                        .releaseAllOtherPosts()
                        .staffTo(ChauThanh.BAN_QLDA))
                .basis(NQ19.number(), NQ19.title())
                .note("Đề án giải thể Ban Quản lý công trình giao thông và đô thị huyện (seed 001)");
        return Step.builder(GIAI_THE_CTGT, DISSOLVE_DATE, "Giải thể Ban Quản lý công trình giao thông và đô thị huyện")
                .change(dissolve)
                .lead(UBND_HUYEN)
                .partners(PHONG_NOI_VU, "Phòng Kinh tế và Hạ tầng")
                .status(Step.Status.PLANNED)
                .basis(NQ19)
                .build();
    }

    /**
     * sáp nhập of one commune into another: its Đảng ủy, HĐND, UBND and Ủy ban MTTQ into those of
     * the continuing commune, then the administrative unit itself (its hamlets and remaining units
     * follow).
     */
    private static Step communeMerger(String id, UnitId absorbed) {
        UnitId into = COMMUNE_MERGERS.get(absorbed);
        OrgStructure base = ChauThanh.structure();
        String a = base.unit(absorbed).name();
        String b = base.unit(into).name();
        String label = "Sáp nhập " + lower(a) + " vào " + lower(b);
        List<Change> parts = new ArrayList<>();
        for (String part : List.of("du", "hdnd", "ubnd", "mttq")) {
            parts.add(Absorb.of(COMMUNES_DATE, ChauThanh.of(into, part), ChauThanh.of(absorbed, part)));
        }
        parts.add(Absorb.of(COMMUNES_DATE, into, absorbed));
        Change merger = Compound.of(COMMUNES_DATE, label, parts.toArray(Change[]::new))
                .basis(NQ653.number(), NQ653.title())
                .note(COMMUNE_BASIS_TO_CONFIRM);
        return Step.builder(id, COMMUNES_DATE, label)
                .change(merger)
                .lead(UBND_HUYEN)
                .partners(BAN_TO_CHUC, PHONG_NOI_VU, "UBND " + lower(a), "UBND " + lower(b))
                .status(Step.Status.PLANNED)
                .basis(NQ653)
                .build();
    }

    private static String lower(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static ImmutableMap<UnitId, UnitId> hamletMergers() {
        ImmutableMap.Builder<UnitId, UnitId> m = ImmutableMap.builder();
        for (CommuneRow.Hamlet h : CommuneRow.Hamlet.ALL) {
            if (h.into() != 0) {
                m.put(ChauThanhBuilder.hamletId(h.commune(), h.number()), ChauThanhBuilder.hamletId(h.commune(), h.into()));
            }
        }
        return m.build();
    }

    /** The one person in office in {@code post} on the snapshot's date. */
    private static PersonId only(OrgStructure s, PostId post) {
        List<Person> holders = s.holders(post);
        if (holders.size() != 1) {
            throw new IllegalStateException("ChauThanhOneYear: expected one holder of " + post + " on " + s.date()
                    + ", found " + holders);
        }
        return holders.get(0).id();
    }

    /** Lazy, thread-safe initialization (the holder idiom). */
    private static final class Holder {
        static final Scenario SCENARIO = build();
    }
}
