package org.bomay.examples.programme2030;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bomay.core.BomayException;
import org.bomay.core.change.Absorb;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Change;
import org.bomay.core.change.Compound;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Merge;
import org.bomay.core.change.ReduceStaff;
import org.bomay.core.change.Relieve;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnAttributes;
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
 * The action programme of seed 003 — a Ban Thường vụ Huyện ủy's programme for Resolution 18-NQ/TW,
 * with targets "từ nay tới năm 2021" and "từ năm 2021-2030" — as a {@link Scenario} over
 * {@link SeedDistrict#structure()}: ten dated steps, each with its responsible agency (cơ quan chủ
 * trì), coordinating agencies (phối hợp), status and legal basis, and seven targets (chỉ tiêu).
 * {@link #withoutCommuneMergers()} is the branch that leaves the communes as they are.
 *
 * <pre>{@code
 * Simulation sim = Simulation.of(VnRules.all()).within(ActionProgramme.DISTRICT);
 * SimulationResult plan = sim.run(ActionProgramme.scenario());                  // targets met 7/7
 * SimulationResult branch = sim.run(ActionProgramme.withoutCommuneMergers());   // targets met 5/7
 * System.out.println(plan.targetTable());
 * System.out.println(Comparison.of(plan, branch));
 * }</pre>
 *
 * <h2>The targets</h2>
 * All are measured within {@link #DISTRICT} and judged with the rules in force on their deadline.
 * <table>
 *   <caption>Targets of the programme (deadlines: the seed's "năm 2021" read as 31/12/2021, "2021-2030" as 31/12/2030)</caption>
 *   <tr><th>label</th><th>seed</th><th>measure</th></tr>
 *   <tr><td>{@value #TARGET_DEPUTIES_2021}</td><td>to 2021 (1): "giảm số lượng cấp phó ... đảm bảo số lượng theo quy
 *       định"</td><td>{@link Metrics#deputiesOverCap()} ≤ 0 on 2021-12-31</td></tr>
 *   <tr><td>{@value #TARGET_DEPUTIES_2030}</td><td>2021–2030 (1): the model of the Centre's resolutions and the law;
 *       KL 210-KL/TW: deputies within the rules by the end of 2030</td><td>{@link Metrics#deputiesOverCap()} ≤ 0 on
 *       2030-12-31</td></tr>
 *   <tr><td>{@value #TARGET_STAFF}</td><td>to 2021 (2): "tinh giản biên chế đạt tỷ lệ 10%"; NQ 18-NQ/TW: against
 *       2015</td><td>{@link Metrics#staffQuota()} −10% versus {@link SeedDistrict#STAFF_QUOTA_2015} on 2021-12-31</td></tr>
 *   <tr><td>{@value #TARGET_COMMUNES}</td><td>to 2021 (3): "sát nhập xã chưa đủ 50% tiêu chí"</td><td>violations of
 *       {@value #NQ653_RULE} (NQ 37-NQ/TW, NQ 653/2019/UBTVQH14) ≤ 0 on 2021-12-31</td></tr>
 *   <tr><td>{@value #TARGET_SCHOOLS}</td><td>to 2021 (4): "sát nhập một số trường THCS, tiểu học quy mô quá
 *       nhỏ"</td><td>{@link #smallSchools()} ≤ 0 on 2021-12-31</td></tr>
 *   <tr><td>{@value #TARGET_AGRICULTURE}</td><td>III.2.2: the stations and the extension centre into one "trung tâm
 *       cung ứng dịch vụ nông nghiệp"</td><td>{@link #organizationsIn(String)} of agricultural services = 1 on 2021-12-31</td></tr>
 *   <tr><td>{@value #TARGET_VOCATIONAL}</td><td>III.2.2: "2 trung tâm giáo dục thường xuyên với trung tâm dạy nghề" into
 *       one centre</td><td>{@link #organizationsIn(String)} of vocational education = 1 on 2021-12-31</td></tr>
 * </table>
 * The district level of local government ended on 1/7/2025 (Luật 72/2025/QH15), which a programme
 * of 2018 did not foresee; the scenario does not take that step, so the 2030 target judges the
 * district's units as they stand against the rules in force on 31/12/2030 (KL 187-KL/TW: deputies
 * at most 50% of the staff quota; NĐ 150/2025/NĐ-CP: a unit under a sở has no more deputies than the
 * sở). Without the consolidation of the merged centres ({@value #CENTRES_AFTER_MERGER}) the Trung
 * tâm Y tế would keep five deputies under a Sở Y tế with three, and miss it.
 *
 * <h2>The steps</h2>
 * <table>
 *   <caption>Steps (every date is ILLUSTRATIVE: the seed gives periods, not dates)</caption>
 *   <tr><th>date</th><th>id</th><th>task</th><th>chủ trì</th><th>status</th></tr>
 *   <tr><td>2018-07-01</td><td>{@value #TUYEN_GIAO_TTBDCT}</td><td>Trưởng ban Tuyên giáo đồng thời là Giám đốc
 *       TTBDCT</td><td>Ban Tổ chức Huyện ủy</td><td>APPROVED</td></tr>
 *   <tr><td>2018-10-01</td><td>{@value #HOSPITAL}</td><td>sáp nhập the Bệnh viện huyện into the Trung tâm Y tế
 *       huyện</td><td>Sở Y tế</td><td>APPROVED</td></tr>
 *   <tr><td>2019-01-01</td><td>{@value #VOCATIONAL}</td><td>hợp nhất the two Trung tâm GDTX and the Trung tâm Dạy
 *       nghề</td><td>Sở Giáo dục và Đào tạo</td><td>APPROVED</td></tr>
 *   <tr><td>2019-07-01</td><td>{@value #AGRICULTURE}</td><td>hợp nhất the Trạm Bảo vệ thực vật, the Trạm Thú y and
 *       the Trung tâm Khuyến nông</td><td>Sở Nông nghiệp và PTNT</td><td>APPROVED</td></tr>
 *   <tr><td>2019-07-01</td><td>{@value #DAN_VAN_MTTQ}</td><td>Trưởng ban Dân vận đồng thời là Chủ tịch UBMTTQ huyện
 *       ("khi có chỉ đạo của tỉnh")</td><td>Ban Tổ chức Huyện ủy</td><td>PLANNED</td></tr>
 *   <tr><td>2019-08-15</td><td>{@value #SMALL_SCHOOLS}</td><td>a "trường liên xã" and a "trường cấp 1, 2" from four
 *       small schools</td><td>UBND huyện</td><td>PLANNED</td></tr>
 *   <tr><td>2020-01-01</td><td>{@value #COMMUNE_MERGERS}</td><td>xã số 5 into xã số 4, xã số 9 into xã số 10, with
 *       their party committees, councils, committees and front committees</td><td>UBND huyện</td><td>PLANNED</td></tr>
 *   <tr><td>2021-06-30</td><td>{@value #DEPUTIES_2021}</td><td>the 2021–2026 term: one Phó Chủ tịch UBND huyện, one
 *       Phó Chủ tịch HĐND huyện and two Phó Trưởng phòng fewer</td><td>Ban Tổ chức Huyện ủy</td><td>PLANNED</td></tr>
 *   <tr><td>2021-06-30</td><td>{@value #COMMUNES_AFTER_MERGER}</td><td>the merged communes: surplus vice-chairs
 *       relieved, surplus cadres released</td><td>UBND huyện</td><td>PLANNED</td></tr>
 *   <tr><td>2021-09-01</td><td>{@value #CENTRES_AFTER_MERGER}</td><td>kiện toàn the merged centres and schools:
 *       deputies and staff</td><td>UBND huyện</td><td>PLANNED</td></tr>
 * </table>
 * The tasks, the targets and their periods are the seed's; so is the lead of the mergers of public
 * service units ("phối hợp với sở ...": the Sở leads, the district coordinates). The dates, the
 * statuses, the other agencies, which communes and schools merge, who is relieved and how many
 * staff leave are ILLUSTRATIVE, like the data of {@link SeedDistrict}.
 *
 * <p>This class holds constants and static factories; the scenarios are built once, on first use,
 * and are immutable and thread-safe.
 */
public final class ActionProgramme {

    // ------------------------------------------------------------------ names and legal bases

    /** The name of {@link #scenario()}. */
    public static final String NAME = "Chương trình hành động của Ban Thường vụ Huyện ủy thực hiện NQ 18-NQ/TW (seed 003)";

    /** The name of {@link #withoutCommuneMergers()}. */
    public static final String WITHOUT_COMMUNE_MERGERS_NAME = NAME + " – phương án không sáp nhập xã";

    /** Nghị quyết 18-NQ/TW (25/10/2017). */
    public static final LegalBasis NQ18 = VnRules.NQ_18;

    /** Nghị quyết 19-NQ/TW (25/10/2017) on public service units (đơn vị sự nghiệp công lập). */
    public static final LegalBasis NQ19 = LegalBasis.of("19-NQ/TW", "Về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao"
            + " chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập");

    /** Nghị quyết 653/2019/UBTVQH14 (12/3/2019), which carries out NQ 37-NQ/TW (24/12/2018) for 2019–2021. */
    public static final LegalBasis NQ653 = LegalBasis.of("653/2019/UBTVQH14",
            "Về việc sắp xếp các đơn vị hành chính cấp huyện và cấp xã trong giai đoạn 2019-2021");

    /**
     * Kết luận 210-KL/TW: deputies across the system within the rules by the end of 2030
     * (research/vn_rules.md), the source of the deadline of {@value #TARGET_DEPUTIES_2030} (a
     * {@link Target} has no field for it).
     */
    public static final LegalBasis KL210 = LegalBasis.of("210-KL/TW");

    /** The built-in rule of NQ 653/2019: districts and communes below 50% of both standards must be merged. */
    public static final String NQ653_RULE = "vn.nq653-2019.sap-xep-dvhc";

    /** The scope of the targets and of the timeline: every unit within the district ({@link SeedDistrict#HUYEN}). */
    public static final Selector DISTRICT = Selector.any().within(SeedDistrict.HUYEN);

    /** ILLUSTRATIVE: a school with fewer pupils than this is "quy mô quá nhỏ" (the seed gives no criterion). */
    public static final int SMALL_SCHOOL_PUPILS = 200;

    // ------------------------------------------------------------------ step ids

    /** Step id: Trưởng ban Tuyên giáo Huyện ủy đồng thời là Giám đốc Trung tâm Bồi dưỡng chính trị huyện. */
    public static final String TUYEN_GIAO_TTBDCT = "tuyen-giao-ttbdct";
    /** Step id: sáp nhập the Bệnh viện huyện into the Trung tâm Y tế huyện. */
    public static final String HOSPITAL = "hospital";
    /** Step id: hợp nhất the two continuing-education centres and the vocational centre. */
    public static final String VOCATIONAL = "vocational-centre";
    /** Step id: hợp nhất the two stations and the agricultural extension centre. */
    public static final String AGRICULTURE = "agricultural-centre";
    /** Step id: Trưởng ban Dân vận Huyện ủy đồng thời là Chủ tịch Ủy ban MTTQ huyện. */
    public static final String DAN_VAN_MTTQ = "dan-van-mttq";
    /** Step id: sáp nhập the small schools. */
    public static final String SMALL_SCHOOLS = "small-schools";
    /** Step id: sáp nhập the communes below 50% of both standards. */
    public static final String COMMUNE_MERGERS = "commune-mergers";
    /** Step id: fewer deputies from the 2021–2026 term. */
    public static final String DEPUTIES_2021 = "deputies-2021";
    /** Step id: consolidation of the merged communes. */
    public static final String COMMUNES_AFTER_MERGER = "communes-after-merger";
    /** Step id: consolidation of the merged centres and schools. */
    public static final String CENTRES_AFTER_MERGER = "centres-after-merger";

    // ------------------------------------------------------------------ dates (all ILLUSTRATIVE)

    /** ILLUSTRATIVE: 2018-07-01. */
    public static final LocalDate TTBDCT_DATE = LocalDate.of(2018, 7, 1);
    /** ILLUSTRATIVE: 2018-10-01. */
    public static final LocalDate HOSPITAL_DATE = LocalDate.of(2018, 10, 1);
    /** ILLUSTRATIVE: 2019-01-01. */
    public static final LocalDate VOCATIONAL_DATE = LocalDate.of(2019, 1, 1);
    /** ILLUSTRATIVE: 2019-07-01, the agricultural centre. */
    public static final LocalDate AGRICULTURE_DATE = LocalDate.of(2019, 7, 1);
    /** ILLUSTRATIVE: 2019-07-01, the Dân vận model, after the district front congress of 2019. */
    public static final LocalDate DAN_VAN_DATE = LocalDate.of(2019, 7, 1);
    /** ILLUSTRATIVE: 2019-08-15, the start of the 2019–2020 school year. */
    public static final LocalDate SCHOOLS_DATE = LocalDate.of(2019, 8, 15);
    /** ILLUSTRATIVE: 2020-01-01, when the communes merge. */
    public static final LocalDate COMMUNES_DATE = LocalDate.of(2020, 1, 1);
    /** ILLUSTRATIVE: 2021-06-30, after the councils of the 2021–2026 term are elected. */
    public static final LocalDate TERM_2021_DATE = LocalDate.of(2021, 6, 30);
    /** ILLUSTRATIVE: 2021-09-01. */
    public static final LocalDate CENTRES_DATE = LocalDate.of(2021, 9, 1);

    /** 2021-12-31: "từ nay tới năm 2021". */
    public static final LocalDate END_2021 = LocalDate.of(2021, 12, 31);
    /** 2030-12-31: "từ năm 2021-2030". */
    public static final LocalDate END_2030 = LocalDate.of(2030, 12, 31);

    // ------------------------------------------------------------------ units the programme forms

    /** Trung tâm Hướng nghiệp – Dạy nghề huyện, from the two Trung tâm GDTX and the Trung tâm Dạy nghề. */
    public static final UnitId TRUNG_TAM_HUONG_NGHIEP_DAY_NGHE = UnitId.of("h3.tt-hndn");
    /** Trung tâm Cung ứng dịch vụ nông nghiệp huyện, from the two stations and the Trung tâm Khuyến nông. */
    public static final UnitId TRUNG_TAM_DICH_VU_NONG_NGHIEP = UnitId.of("h3.tt-dvnn");
    /** Trường Trung học cơ sở liên xã số 4 – số 5 (a "trường liên xã"). */
    public static final UnitId THCS_LIEN_XA = UnitId.of("h3.xa.04.thcs-lien-xa");
    /** Trường Tiểu học và Trung học cơ sở xã số 9 (a "trường cấp 1, 2"). */
    public static final UnitId TH_THCS_XA_9 = UnitId.of("h3.xa.09.th-thcs");

    // ------------------------------------------------------------------ target labels

    /** Label: no deputy cap breached in the district on 2021-12-31. */
    public static final String TARGET_DEPUTIES_2021 = "Cấp phó trong khung quy định (2021)";
    /** Label: no deputy cap breached in the district on 2030-12-31. */
    public static final String TARGET_DEPUTIES_2030 = "Cấp phó trong khung quy định (2030)";
    /** Label: staff quota down 10% from 2015 by 2021-12-31. */
    public static final String TARGET_STAFF = "Tinh giản biên chế 10% so với năm 2015";
    /** Label: no commune below 50% of both standards on 2021-12-31. */
    public static final String TARGET_COMMUNES = "Sáp nhập xã chưa đạt 50% tiêu chuẩn";
    /** Label: no school under {@link #SMALL_SCHOOL_PUPILS} pupils on 2021-12-31. */
    public static final String TARGET_SCHOOLS = "Sáp nhập trường quy mô quá nhỏ";
    /** Label: one agricultural services unit on 2021-12-31. */
    public static final String TARGET_AGRICULTURE = "Một trung tâm dịch vụ nông nghiệp";
    /** Label: one vocational and continuing-education unit on 2021-12-31. */
    public static final String TARGET_VOCATIONAL = "Một trung tâm hướng nghiệp dạy nghề";

    // ------------------------------------------------------------------ agencies (as the steps name them)

    private static final String BAN_TO_CHUC = "Ban Tổ chức Huyện ủy";
    private static final String UBND_HUYEN = "UBND huyện";
    private static final String PHONG_NOI_VU = "Phòng Nội vụ";

    private ActionProgramme() {}

    /**
     * The programme as a scenario from {@link SeedDistrict#structure()}: the ten steps in date order
     * and the seven {@link #targets()}. Built once, on first use; the same instance on every call.
     *
     * <pre>{@code
     * Scenario p = ActionProgramme.scenario();
     * p.steps().size();                                            // 10
     * p.step(ActionProgramme.AGRICULTURE).lead();                  // "Sở Nông nghiệp và Phát triển nông thôn"
     * p.step(ActionProgramme.COMMUNE_MERGERS).changes().size();    // 2, one compound per merger
     * }</pre>
     */
    public static Scenario scenario() {
        return Holder.SCENARIO;
    }

    /**
     * The branch of {@link #scenario()} without the commune mergers: the steps
     * {@value #COMMUNE_MERGERS} and {@value #COMMUNES_AFTER_MERGER} are removed, so xã số 4, 5 and 9
     * stay below half of both standards and their cadres stay on the payroll. Named
     * {@link #WITHOUT_COMMUNE_MERGERS_NAME}; its parent is {@link #NAME}.
     *
     * <pre>{@code
     * Scenario b = ActionProgramme.withoutCommuneMergers();
     * b.steps().size();      // 8
     * b.parent();            // Optional[Chương trình hành động của Ban Thường vụ Huyện ủy ...]
     * }</pre>
     */
    public static Scenario withoutCommuneMergers() {
        return Holder.WITHOUT_COMMUNE_MERGERS;
    }

    /**
     * The seven targets, in the order of the class comment.
     *
     * <pre>{@code
     * ActionProgramme.targets().get(2).reference();    // OptionalDouble[870.0]: the 2015 staff quota
     * ActionProgramme.targets().get(1).deadline();     // 2030-12-31
     * }</pre>
     */
    public static List<Target> targets() {
        return List.of(
                Target.atMost(Metrics.deputiesOverCap(), 0, END_2021).within(DISTRICT).named(TARGET_DEPUTIES_2021),
                Target.atMost(Metrics.deputiesOverCap(), 0, END_2030).within(DISTRICT).named(TARGET_DEPUTIES_2030),
                Target.reduction(Metrics.staffQuota(), 10, END_2021).versus(SeedDistrict.STAFF_QUOTA_2015).within(DISTRICT)
                        .named(TARGET_STAFF),
                Target.atMost(Metrics.violationsOf(NQ653_RULE), 0, END_2021).within(DISTRICT).named(TARGET_COMMUNES),
                Target.atMost(smallSchools(), 0, END_2021).within(DISTRICT).named(TARGET_SCHOOLS),
                Target.exactly(organizationsIn(SeedDistrict.AGRICULTURAL_SERVICES), 1, END_2021).within(DISTRICT)
                        .named(TARGET_AGRICULTURE),
                Target.exactly(organizationsIn(SeedDistrict.VOCATIONAL_EDUCATION), 1, END_2021).within(DISTRICT)
                        .named(TARGET_VOCATIONAL));
    }

    /**
     * Schools (kind {@link VnKinds#TRUONG_HOC}) in scope with fewer than {@link #SMALL_SCHOOL_PUPILS}
     * pupils ({@link SeedDistrict#PUPILS}); key {@code schools.small}. A school without the attribute
     * does not count.
     *
     * <pre>{@code
     * ActionProgramme.smallSchools().value(MetricContext.of(SeedDistrict.structure()));   // 4.0
     * }</pre>
     *
     * @throws BomayException when measured, if a school's pupils are not a whole number
     */
    public static Metric smallSchools() {
        return Metric.of("schools.small", "Trường dưới " + SMALL_SCHOOL_PUPILS + " học sinh (small schools)",
                ctx -> ctx.organizations().stream().filter(u -> u.kind().equals(VnKinds.TRUONG_HOC))
                        .filter(u -> pupils(u) < SMALL_SCHOOL_PUPILS).count());
    }

    private static int pupils(Unit school) {
        String v = school.attribute(SeedDistrict.PUPILS).orElse(null);
        if (v == null) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BomayException("School " + school.id() + ": the attribute " + SeedDistrict.PUPILS
                    + " must be a whole number of pupils, was '" + v + "'");
        }
    }

    /**
     * Organizations in scope whose field ({@link VnAttributes#LINH_VUC}) is {@code field}; key
     * {@code units.linh-vuc.<field>}.
     *
     * <pre>{@code
     * ActionProgramme.organizationsIn(SeedDistrict.AGRICULTURAL_SERVICES)
     *         .value(MetricContext.of(SeedDistrict.structure()));                        // 3.0
     * }</pre>
     *
     * @throws BomayException if the field is blank or not a valid metric key part
     */
    public static Metric organizationsIn(String field) {
        if (field == null || field.isBlank()) {
            throw new BomayException("ActionProgramme.organizationsIn: the field must not be blank, e.g. "
                    + SeedDistrict.AGRICULTURAL_SERVICES);
        }
        return Metric.of("units.linh-vuc." + field, "Đầu mối lĩnh vực " + field + " (organizations of the field)",
                ctx -> ctx.organizations().stream().filter(u -> u.attribute(VnAttributes.LINH_VUC).filter(field::equals).isPresent())
                        .count());
    }

    // ------------------------------------------------------------------ building

    private static Scenario build() {
        OrgStructure base = SeedDistrict.structure();
        Scenario.Builder b = Scenario.builder(NAME, base)
                .step(tuyenGiaoTtbdct(base))
                .step(hospital())
                .step(vocational(base))
                .step(agriculture(base))
                .step(danVanMttq(base))
                .step(smallSchools(base))
                .step(communeMergers(base))
                .step(deputies2021(base))
                .step(communesAfterMerger(base))
                .step(centresAfterMerger(base));
        targets().forEach(b::target);
        return b.build();
    }

    private static UnitId id(UnitId base, String suffix) {
        return UnitId.of(base.value() + "." + suffix);
    }

    private static PostId post(UnitId unit, String suffix) {
        return PostId.of(unit.value() + "." + suffix);
    }

    /** The one person in office in {@code post} on {@code date} in the baseline's data. */
    private static PersonId holder(OrgStructure base, LocalDate date, PostId post) {
        List<Person> holders = base.withDate(date).holders(post);
        if (holders.size() != 1) {
            throw new IllegalStateException("ActionProgramme: expected one holder of " + post + " on " + date + ", found " + holders);
        }
        return holders.get(0).id();
    }

    /** The holder of {@code post} steps down and the holder of {@code newHoldersPost} takes it concurrently (kiêm nhiệm). */
    private static Compound handOver(OrgStructure base, LocalDate d, PostId post, PostId newHoldersPost, String name) {
        return Compound.of(d, name, Relieve.of(d, holder(base, d, post), post),
                Appoint.concurrent(d, holder(base, d, newHoldersPost), post)).basis(NQ18.number(), NQ18.title());
    }

    private static Step tuyenGiaoTtbdct(OrgStructure base) {
        String label = "Trưởng ban Tuyên giáo Huyện ủy đồng thời là Giám đốc Trung tâm Bồi dưỡng chính trị huyện";
        return Step.builder(TUYEN_GIAO_TTBDCT, TTBDCT_DATE, label)
                .change(handOver(base, TTBDCT_DATE, SeedDistrict.GIAM_DOC_TTBDCT, SeedDistrict.TRUONG_BAN_TUYEN_GIAO, label))
                .lead(BAN_TO_CHUC).partners("Ban Tuyên giáo Huyện ủy", "Trung tâm Bồi dưỡng chính trị huyện")
                .status(Step.Status.APPROVED).basis(NQ18).build();
    }

    private static Step danVanMttq(OrgStructure base) {
        String label = "Trưởng ban Dân vận Huyện ủy đồng thời là Chủ tịch Ủy ban MTTQ huyện (khi có chỉ đạo của tỉnh)";
        return Step.builder(DAN_VAN_MTTQ, DAN_VAN_DATE, label)
                .change(handOver(base, DAN_VAN_DATE, SeedDistrict.CHU_TICH_UBMTTQ, SeedDistrict.TRUONG_BAN_DAN_VAN,
                        "Trưởng ban Dân vận Huyện ủy đồng thời là Chủ tịch Ủy ban MTTQ huyện"))
                .lead(BAN_TO_CHUC).partners("Ban Dân vận Huyện ủy", "Ủy ban MTTQ Việt Nam huyện")
                .status(Step.Status.PLANNED).basis(NQ18).build();
    }

    private static Step hospital() {
        return Step.builder(HOSPITAL, HOSPITAL_DATE, "Sáp nhập Bệnh viện huyện với Trung tâm Y tế huyện")
                .change(Absorb.of(HOSPITAL_DATE, SeedDistrict.TRUNG_TAM_Y_TE, SeedDistrict.BENH_VIEN).basis(NQ19.number(), NQ19.title()))
                .lead("Sở Y tế").partners(UBND_HUYEN, PHONG_NOI_VU)
                .status(Step.Status.APPROVED).basis(NQ19).build();
    }

    private static Step vocational(OrgStructure base) {
        Unit centre = Unit.builder(TRUNG_TAM_HUONG_NGHIEP_DAY_NGHE, "Trung tâm Hướng nghiệp – Dạy nghề huyện",
                VnKinds.TRUNG_TAM_GDNN_GDTX, Level.DISTRICT).territory(SeedDistrict.HUYEN)
                .attribute(VnAttributes.LINH_VUC, SeedDistrict.VOCATIONAL_EDUCATION).build();
        Change merge = Merge.of(VOCATIONAL_DATE, List.of(SeedDistrict.GDTX_1, SeedDistrict.GDTX_2, SeedDistrict.TRUNG_TAM_DAY_NGHE), centre)
                .withParent(SeedDistrict.UBND).withHead(holder(base, VOCATIONAL_DATE, post(SeedDistrict.GDTX_1, "gd")))
                .basis(NQ19.number(), NQ19.title());
        return Step.builder(VOCATIONAL, VOCATIONAL_DATE,
                        "Sáp nhập 2 trung tâm giáo dục thường xuyên với trung tâm dạy nghề thành trung tâm hướng nghiệp dạy nghề")
                .change(merge).lead("Sở Giáo dục và Đào tạo").partners(UBND_HUYEN, "Phòng Lao động – Thương binh và Xã hội")
                .status(Step.Status.APPROVED).basis(NQ19).build();
    }

    private static Step agriculture(OrgStructure base) {
        Unit centre = Unit.builder(TRUNG_TAM_DICH_VU_NONG_NGHIEP, "Trung tâm Cung ứng dịch vụ nông nghiệp huyện",
                VnKinds.TRUNG_TAM_SU_NGHIEP, Level.DISTRICT).territory(SeedDistrict.HUYEN)
                .attribute(VnAttributes.LINH_VUC, SeedDistrict.AGRICULTURAL_SERVICES).build();
        Change merge = Merge.of(AGRICULTURE_DATE, List.of(SeedDistrict.TRAM_BAO_VE_THUC_VAT, SeedDistrict.TRAM_THU_Y,
                        SeedDistrict.TRUNG_TAM_KHUYEN_NONG), centre)
                .withParent(SeedDistrict.UBND).withHead(holder(base, AGRICULTURE_DATE, post(SeedDistrict.TRUNG_TAM_KHUYEN_NONG, "gd")))
                .basis(NQ19.number(), NQ19.title());
        return Step.builder(AGRICULTURE, AGRICULTURE_DATE, "Sáp nhập trạm bảo vệ thực vật, trạm thú y và trung tâm khuyến nông"
                        + " huyện thành trung tâm cung ứng dịch vụ nông nghiệp")
                .change(merge).lead("Sở Nông nghiệp và Phát triển nông thôn").partners(UBND_HUYEN, PHONG_NOI_VU)
                .status(Step.Status.APPROVED).basis(NQ19).build();
    }

    private static Step smallSchools(OrgStructure base) {
        Unit lienXa = Unit.builder(THCS_LIEN_XA, "Trường Trung học cơ sở liên xã số 4 – số 5", VnKinds.TRUONG_HOC, Level.COMMUNE)
                .territory(SeedDistrict.XA_4).attribute(SeedDistrict.PUPILS, Integer.toString(
                        pupils(base.unit(SeedDistrict.THCS_XA_4)) + pupils(base.unit(SeedDistrict.THCS_XA_5)))).build();
        Unit capMotHai = Unit.builder(TH_THCS_XA_9, "Trường Tiểu học và Trung học cơ sở xã số 9", VnKinds.TRUONG_HOC, Level.COMMUNE)
                .territory(SeedDistrict.XA_9).attribute(SeedDistrict.PUPILS, Integer.toString(
                        pupils(base.unit(SeedDistrict.TH_XA_9)) + pupils(base.unit(SeedDistrict.THCS_XA_9)))).build();
        return Step.builder(SMALL_SCHOOLS, SCHOOLS_DATE, "Sáp nhập một số trường tiểu học, THCS quy mô quá nhỏ theo mô hình"
                        + " trường cấp 1, 2 hoặc trường liên xã")
                .change(Merge.of(SCHOOLS_DATE, List.of(SeedDistrict.THCS_XA_4, SeedDistrict.THCS_XA_5), lienXa)
                        .withHead(holder(base, SCHOOLS_DATE, post(SeedDistrict.THCS_XA_4, "ht"))).basis(NQ19.number(), NQ19.title()))
                .change(Merge.of(SCHOOLS_DATE, List.of(SeedDistrict.TH_XA_9, SeedDistrict.THCS_XA_9), capMotHai)
                        .withHead(holder(base, SCHOOLS_DATE, post(SeedDistrict.TH_XA_9, "ht"))).basis(NQ19.number(), NQ19.title()))
                .lead(UBND_HUYEN).partners("Phòng Giáo dục và Đào tạo", "UBND xã số 4", "UBND xã số 5", "UBND xã số 9")
                .status(Step.Status.PLANNED).basis(NQ19).build();
    }

    private static Step communeMergers(OrgStructure base) {
        return Step.builder(COMMUNE_MERGERS, COMMUNES_DATE, "Sắp xếp đơn vị hành chính cấp xã chưa đạt 50% tiêu chuẩn diện tích"
                        + " và dân số theo Đề án của UBND tỉnh")
                .change(communeMerger(base, SeedDistrict.XA_4, SeedDistrict.XA_5))
                .change(communeMerger(base, SeedDistrict.XA_10, SeedDistrict.XA_9))
                .lead(UBND_HUYEN).partners(BAN_TO_CHUC, PHONG_NOI_VU, "Ủy ban MTTQ Việt Nam huyện")
                .status(Step.Status.PLANNED).basis(NQ653).build();
    }

    /** The class of a commune after a merger (ILLUSTRATIVE: both merged communes become loại II). */
    private static final UnitClass MERGED_CLASS = UnitClass.II;

    /**
     * The whole of {@code joining} goes into {@code seat}, which keeps its id and name: a hợp nhất
     * of the administrative units whose result carries the sum of their areas, populations and
     * households, then of their party committees, councils, committees and front committees, each
     * headed by the seat's head (the other head becomes a deputy).
     */
    private static Compound communeMerger(OrgStructure base, UnitId seat, UnitId joining) {
        Unit s = base.unit(seat);
        Unit j = base.unit(joining);
        Unit merged = s.toBuilder()
                .areaKm2(Math.round((s.areaKm2().orElseThrow() + j.areaKm2().orElseThrow()) * 10) / 10.0)
                .population(s.population().orElseThrow() + j.population().orElseThrow())
                .households(s.households().orElseThrow() + j.households().orElseThrow())
                .unitClass(MERGED_CLASS).build();
        List<Change> parts = new ArrayList<>();
        parts.add(Merge.of(COMMUNES_DATE, List.of(seat, joining), merged));
        for (String[] org : new String[][] {{"du", "bt"}, {"hdnd", "ct"}, {"ubnd", "ct"}, {"mttq", "ct"}}) {
            UnitId into = id(seat, org[0]);
            parts.add(Merge.of(COMMUNES_DATE, List.of(into, id(joining, org[0])), base.unit(into))
                    .withHead(holder(base, COMMUNES_DATE, post(into, org[1]))));
        }
        return Compound.of(COMMUNES_DATE, "Nhập toàn bộ " + j.name().toLowerCase(java.util.Locale.ROOT) + " vào "
                + s.name().toLowerCase(java.util.Locale.ROOT), parts.toArray(Change[]::new)).basis(NQ653.number(), NQ653.title());
    }

    private static Step deputies2021(OrgStructure base) {
        LocalDate d = TERM_2021_DATE;
        List<Change> changes = new ArrayList<>();
        for (PostId p : List.of(post(SeedDistrict.UBND, "pct3"), post(SeedDistrict.HDND, "pct2"),
                post(SeedDistrict.PHONG_NONG_NGHIEP, "ptp3"), post(SeedDistrict.PHONG_GIAO_DUC, "ptp3"))) {
            changes.add(Relieve.of(d, holder(base, d, p), p).basis(NQ18.number(), NQ18.title()));
        }
        // the two Phó Trưởng phòng retire and are not replaced
        changes.add(ReduceStaff.of(d, SeedDistrict.PHONG_NONG_NGHIEP, 1).andQuota().basis(NQ18.number(), NQ18.title()));
        changes.add(ReduceStaff.of(d, SeedDistrict.PHONG_GIAO_DUC, 1).andQuota().basis(NQ18.number(), NQ18.title()));
        return Step.builder(DEPUTIES_2021, d, "Giảm số lượng cấp phó từ nhiệm kỳ 2021-2026: Phó Chủ tịch UBND, Phó Chủ tịch HĐND"
                        + " huyện, Phó Trưởng phòng")
                .changes(changes).lead(BAN_TO_CHUC).partners(PHONG_NOI_VU)
                .status(Step.Status.PLANNED).basis(NQ18).build();
    }

    private static Step communesAfterMerger(OrgStructure base) {
        LocalDate d = TERM_2021_DATE;
        List<Change> changes = new ArrayList<>();
        for (UnitId[] pair : new UnitId[][] {{SeedDistrict.XA_4, SeedDistrict.XA_5}, {SeedDistrict.XA_10, SeedDistrict.XA_9}}) {
            UnitId seat = pair[0];
            UnitId joining = pair[1];
            // the joining commune's council chair (a Phó Chủ tịch since the merger) and vice-chairs leave
            for (PostId p : List.of(post(id(joining, "hdnd"), "ct"), post(id(joining, "hdnd"), "pct1"), post(id(joining, "ubnd"), "pct1"))) {
                changes.add(Relieve.of(d, holder(base, d, p), p));
            }
            int quota = base.unit(id(seat, "ubnd")).staffQuota().orElseThrow() + base.unit(id(joining, "ubnd")).staffQuota().orElseThrow();
            changes.add(ReduceStaff.of(d, id(seat, "ubnd"), quota - CommuneRow.staffQuota(MERGED_CLASS)).andQuota());
        }
        return Step.builder(COMMUNES_AFTER_MERGER, d, "Kiện toàn HĐND, UBND các xã sau sáp nhập; giải quyết cán bộ, công chức dôi dư")
                .changes(changes).lead(UBND_HUYEN).partners(PHONG_NOI_VU, "Đảng ủy xã số 4", "Đảng ủy xã số 10")
                .status(Step.Status.PLANNED).basis(NQ653).build();
    }

    private static Step centresAfterMerger(OrgStructure base) {
        LocalDate d = CENTRES_DATE;
        List<Change> changes = new ArrayList<>();
        List<PostId> relieved = List.of(post(SeedDistrict.BENH_VIEN, "pgd1"), post(SeedDistrict.BENH_VIEN, "pgd2"),
                post(SeedDistrict.TRAM_BAO_VE_THUC_VAT, "ptt1"), post(SeedDistrict.TRAM_THU_Y, "ptt1"),
                post(SeedDistrict.TRUNG_TAM_KHUYEN_NONG, "pgd1"), post(SeedDistrict.GDTX_1, "pgd1"), post(SeedDistrict.GDTX_2, "pgd1"),
                post(SeedDistrict.TRUNG_TAM_DAY_NGHE, "pgd1"), post(SeedDistrict.THCS_XA_5, "pht1"), post(SeedDistrict.THCS_XA_9, "pht1"));
        for (PostId p : relieved) {
            changes.add(Relieve.of(d, holder(base, d, p), p));
        }
        changes.add(ReduceStaff.of(d, SeedDistrict.TRUNG_TAM_Y_TE, 5).andQuota());
        changes.add(ReduceStaff.of(d, TRUNG_TAM_DICH_VU_NONG_NGHIEP, 3).andQuota());
        changes.add(ReduceStaff.of(d, TRUNG_TAM_HUONG_NGHIEP_DAY_NGHE, 6).andQuota());
        changes.add(ReduceStaff.of(d, THCS_LIEN_XA, 4).andQuota());
        changes.add(ReduceStaff.of(d, TH_THCS_XA_9, 4).andQuota());
        return Step.builder(CENTRES_AFTER_MERGER, d, "Kiện toàn tổ chức bộ máy các trung tâm, trường học sau sáp nhập")
                .changes(changes).lead(UBND_HUYEN).partners(PHONG_NOI_VU, "Sở Y tế", "Phòng Giáo dục và Đào tạo")
                .status(Step.Status.PLANNED).basis(NQ19).build();
    }

    /** Lazy, thread-safe initialization (the holder idiom). */
    private static final class Holder {
        static final Scenario SCENARIO = build();
        static final Scenario WITHOUT_COMMUNE_MERGERS = SCENARIO.branch(WITHOUT_COMMUNE_MERGERS_NAME)
                .remove(COMMUNE_MERGERS).remove(COMMUNES_AFTER_MERGER).build();
    }
}
