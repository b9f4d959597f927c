package org.bomay.examples.hatinh;

import static org.bomay.core.model.Level.DISTRICT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.BomayException;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Change;
import org.bomay.core.change.Compound;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.change.Relieve;
import org.bomay.core.change.Split;
import org.bomay.core.change.SplitPart;
import org.bomay.core.change.Transfer;
import org.bomay.core.history.History;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnAttributes;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.types.ConcurrentPosts;
import org.bomay.core.sim.Metric;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.Scenario;
import org.bomay.core.sim.Step;
import org.bomay.core.sim.Target;
import org.bomay.core.structure.OrgStructure;

/**
 * What Hà Tĩnh decided in 2022 for the pilot models of Resolution 18 — Kết luận 55-KL/TU of the Ban
 * Thường vụ Tỉnh ủy on Thông báo kết luận 16-TB/TW of the Politburo (7/7/2022), seed 004 — as a
 * {@link Scenario} from {@link HaTinh#structure()}: the splits (chia tách) of the merged agencies
 * of Đức Thọ and Kỳ Anh "theo mô hình chung của hệ thống chính trị", the end of the concurrent
 * head posts those agencies combined, the transfer (chuyển giao) of enterprise party organizations
 * to the district party committees, and the province's "do not spread" decision on the model
 * "Trưởng ban Dân vận đồng thời là Chủ tịch Ủy ban MTTQ cấp huyện" as a scoped, dated rule.
 *
 * <pre>{@code
 * Scenario kl55 = HaTinh2022.scenario();
 * SimulationResult r = Simulation.of(HaTinh2022.rules()).run(kl55);
 * r.history().predecessors(HaTinh2022.DT_PHONG_NOI_VU);         // the Cơ quan Tổ chức – Nội vụ, split on 2022-10-31
 * r.target(HaTinh2022.TARGET_MERGED_AGENCIES).met();            // true
 * Simulation.of(HaTinh2022.rules()).run(HaTinh2022.withDanVanSpread())
 *         .target(HaTinh2022.TARGET_NOT_SPREAD).met();          // false: a new application in Kỳ Anh
 * }</pre>
 *
 * <h2>The steps</h2>
 * <table>
 *   <caption>Steps (dates the seed does not give are ILLUSTRATIVE)</caption>
 *   <tr><th>date</th><th>id</th><th>what</th><th>status</th></tr>
 *   <tr><td>2022-10-31</td><td>{@value #DUC_THO_SPLIT}</td><td>item 2.3: the Cơ quan Tổ chức – Nội vụ, the Cơ quan
 *       Ủy ban Kiểm tra – Thanh tra and the Văn phòng Cấp ủy – Chính quyền split into a party agency under the Huyện
 *       ủy and a state office under the UBND</td><td>APPROVED</td></tr>
 *   <tr><td>2022-10-31</td><td>{@value #KY_ANH_SPLIT}</td><td>item 2.4: the Ban Tuyên giáo – Dân vận splits into the
 *       Ban Tuyên giáo and the Ban Dân vận Huyện ủy</td><td>APPROVED</td></tr>
 *   <tr><td>2022-11-01</td><td>{@value #DUC_THO_HEADS}</td><td>the heads of the party agencies give up the state
 *       offices' head posts (the models paused by TB 16-TB/TW); each office's deputy heads it</td><td>PLANNED</td></tr>
 *   <tr><td>2022-11-01</td><td>{@value #KY_ANH_HEADS}</td><td>the head of the Ban Tuyên giáo gives up the Ban Dân
 *       vận; one of its deputies heads it</td><td>PLANNED</td></tr>
 *   <tr><td>2022-12-01</td><td>{@value #ENTERPRISE_TRANSFER}</td><td>item 2.5: the enterprise party organizations
 *       working in one district move from the Đảng bộ Khối to that district's Huyện ủy
 *       ({@link #enterpriseTransfers})</td><td>PLANNED</td></tr>
 * </table>
 * The branch {@link #withDanVanSpread()} adds {@value #KY_ANH_DAN_VAN_MTTQ} on 2022-11-15: the new
 * Trưởng Ban Dân vận of Kỳ Anh also becomes Chủ tịch Ủy ban MTTQ huyện — the spread KL 55-KL/TU
 * forbids, which {@link #rules()} reports, while Đức Thọ's application of the model since 2020 is
 * not reported.
 *
 * <h2>What is the seed's and what is not</h2>
 * The seed's: the document (55-KL/TU, on TB 16 of 7/7/2022), the conference of 10/8/2022, the four
 * agencies to split and the deadline "hoàn thành trong tháng 10/2022", the lead bodies (the Ban
 * Thường vụ of each Huyện ủy; the Đảng bộ Khối for item 2.5; the Ban Tổ chức Tỉnh ủy guiding and
 * monitoring, item 4), the criterion of item 2.5 (enterprises "có địa bàn hoạt động hẹp" whose
 * business serves one district) and the "không nhân rộng mô hình này ở những địa phương chưa thực
 * hiện" of item 2.2. ILLUSTRATIVE: the day of each step (the splits on the last day of October);
 * the conclusion's own date, which the seed does not give — its decisions are dated from the
 * conference, {@link #KL55_DATE}; the statuses; the allocation of posts and staff in the splits;
 * who takes over each head post; the date of the transfers (item 2.5 says "xem xét", consider);
 * the target deadlines other than October 2022; and the whole branch {@link #withDanVanSpread()},
 * which is a what-if, not an event.
 *
 * <p>This class is a holder of constants and static factories; the scenarios are built once, on
 * first use, and are immutable and thread-safe.
 */
public final class HaTinh2022 {

    // ------------------------------------------------------------------ documents and dates

    /** The name of {@link #scenario()}. */
    public static final String NAME = "Hà Tĩnh thực hiện Kết luận 55-KL/TU (2022)";
    /** The name of {@link #withDanVanSpread()}. */
    public static final String SPREAD_NAME = "Hà Tĩnh 2022 – phương án Kỳ Anh áp dụng mô hình Trưởng Ban Dân vận đồng thời là"
            + " Chủ tịch Ủy ban MTTQ huyện";

    /** The name of {@link #rules()}. */
    public static final String RULES_NAME = "Việt Nam, Hà Tĩnh (KL 55-KL/TU)";

    /** Kết luận 55-KL/TU of the Ban Thường vụ Tỉnh ủy Hà Tĩnh (2022), the seed's document. */
    public static final LegalBasis KL55 = LegalBasis.of("55-KL/TU", "Kết luận của Ban Thường vụ Tỉnh ủy Hà Tĩnh về thực hiện"
            + " Thông báo kết luận số 16-TB/TW ngày 7/7/2022 của Bộ Chính trị về thực hiện một số mô hình thí điểm theo Nghị"
            + " quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII");

    /**
     * 2022-08-10, the day of the conference (hội nghị sơ kết 5 năm Nghị quyết 18) the seed dates;
     * the conclusion's own date is not in the seed, so its decisions (the decision date of the
     * changes, and the start of "do not spread") are dated from the conference (ASSUMED).
     */
    public static final LocalDate KL55_DATE = LocalDate.of(2022, 8, 10);
    /** ILLUSTRATIVE: 2022-10-31, the last day of "hoàn thành trong tháng 10/2022" (items 2.3 and 2.4). */
    public static final LocalDate SPLIT_DATE = LocalDate.of(2022, 10, 31);
    /** ILLUSTRATIVE: 2022-11-01, the day the new heads take office. */
    public static final LocalDate HEADS_DATE = LocalDate.of(2022, 11, 1);
    /** ILLUSTRATIVE: 2022-12-01, the transfers of item 2.5, which sets no date. */
    public static final LocalDate TRANSFER_DATE = LocalDate.of(2022, 12, 1);
    /** ILLUSTRATIVE: 2022-11-15, the what-if of {@link #withDanVanSpread()}. */
    public static final LocalDate SPREAD_DATE = LocalDate.of(2022, 11, 15);
    /** ILLUSTRATIVE: 2022-12-31, the deadline of the targets other than the splits'. */
    public static final LocalDate YEAR_END = LocalDate.of(2022, 12, 31);

    // ------------------------------------------------------------------ step ids

    /** Step id: Đức Thọ splits its three merged agencies (item 2.3). */
    public static final String DUC_THO_SPLIT = "duc-tho-split";
    /** Step id: Đức Thọ ends the concurrent head posts of the former merged agencies. */
    public static final String DUC_THO_HEADS = "duc-tho-heads";
    /** Step id: Kỳ Anh splits its Ban Tuyên giáo – Dân vận (item 2.4). */
    public static final String KY_ANH_SPLIT = "ky-anh-split";
    /** Step id: Kỳ Anh gives the Ban Dân vận its own head. */
    public static final String KY_ANH_HEADS = "ky-anh-heads";
    /** Step id: enterprise party organizations move to the district party committees (item 2.5). */
    public static final String ENTERPRISE_TRANSFER = "enterprise-transfer";
    /** Step id of the branch {@link #withDanVanSpread()}: the Trưởng Ban Dân vận of Kỳ Anh becomes Front chair too. */
    public static final String KY_ANH_DAN_VAN_MTTQ = "ky-anh-dan-van-mttq";

    // ------------------------------------------------------------------ units the splits form

    /** Ban Tổ chức Huyện ủy Đức Thọ (from the Cơ quan Tổ chức – Nội vụ). */
    public static final UnitId DT_BAN_TO_CHUC = UnitId.of("ht.dt.hu.btc");
    /** Phòng Nội vụ huyện Đức Thọ (from the Cơ quan Tổ chức – Nội vụ), under the UBND. */
    public static final UnitId DT_PHONG_NOI_VU = UnitId.of("ht.dt.ubnd.noi-vu");
    /** Ủy ban Kiểm tra Huyện ủy Đức Thọ (from the Cơ quan Ủy ban Kiểm tra – Thanh tra). */
    public static final UnitId DT_UBKT = UnitId.of("ht.dt.hu.ubkt");
    /** Thanh tra huyện Đức Thọ (from the Cơ quan Ủy ban Kiểm tra – Thanh tra), under the UBND. */
    public static final UnitId DT_THANH_TRA = UnitId.of("ht.dt.ubnd.thanh-tra");
    /** Văn phòng Huyện ủy Đức Thọ (from the Văn phòng Cấp ủy – Chính quyền). */
    public static final UnitId DT_VP_HUYEN_UY = UnitId.of("ht.dt.hu.vp");
    /** Văn phòng HĐND và UBND huyện Đức Thọ (from the Văn phòng Cấp ủy – Chính quyền), under the UBND. */
    public static final UnitId DT_VP_HDND_UBND = UnitId.of("ht.dt.ubnd.vp");
    /** Ban Tuyên giáo Huyện ủy Kỳ Anh (from the Ban Tuyên giáo – Dân vận). */
    public static final UnitId KA_BAN_TUYEN_GIAO = UnitId.of("ht.ka.hu.btg");
    /** Ban Dân vận Huyện ủy Kỳ Anh (from the Ban Tuyên giáo – Dân vận). */
    public static final UnitId KA_BAN_DAN_VAN = UnitId.of("ht.ka.hu.bdv");

    // ------------------------------------------------------------------ targets

    /** Label: no party–government merged agency left (TB 16-TB/TW) by 2022-10-31, the seed's deadline. */
    public static final String TARGET_MERGED_AGENCIES = "Chia tách các cơ quan hợp nhất đảng – chính quyền (TB 16-TB/TW)";
    /** Label: no concurrent post outside the models in force (paused by TB 16, not to be spread by KL 55) by 2022-12-31. */
    public static final String TARGET_CONCURRENT = "Kiêm nhiệm đúng quy định (TB 16-TB/TW, KL 55-KL/TU)";
    /** Label: the Dân vận = Front model applied in no more districts than on the baseline, by 2022-12-31. */
    public static final String TARGET_NOT_SPREAD = "Không nhân rộng mô hình Trưởng Ban Dân vận đồng thời là Chủ tịch Ủy ban MTTQ";
    /** Label: no enterprise party organization working in one district left under the Đảng bộ Khối, by 2022-12-31. */
    public static final String TARGET_ENTERPRISES = "Chuyển tổ chức cơ sở đảng doanh nghiệp có địa bàn hẹp về đảng bộ huyện";

    private static final String BTV_DUC_THO = "Ban Thường vụ Huyện ủy Đức Thọ";
    private static final String BTV_KY_ANH = "Ban Thường vụ Huyện ủy Kỳ Anh";
    private static final String BAN_TO_CHUC_TINH_UY = "Ban Tổ chức Tỉnh ủy";

    private HaTinh2022() {}

    // ------------------------------------------------------------------ public factories

    /**
     * The Vietnam rules with Hà Tĩnh's "do not spread" decision on the model {@value
     * VnRules#MODEL_DAN_VAN_MTTQ}: within {@link HaTinh#TINH}, from {@link #KL55_DATE}, source
     * {@link #KL55}. A Trưởng Ban Dân vận who becomes Front chair (or the reverse) on or after that
     * date is an ERROR; an application begun before it continues unreported.
     *
     * <pre>{@code
     * Validator.of(HaTinh2022.rules()).validate(HaTinh.structure(LocalDate.of(2023, 1, 1)));   // Đức Thọ's model: no finding
     * }</pre>
     */
    public static RulePack rules() {
        return Holder.RULES;
    }

    /**
     * The concurrent-post rule of {@link #rules()} (id {@code vn.nq18-2017.kiem-nhiem}).
     *
     * <pre>{@code
     * HaTinh2022.doNotSpread().model(VnRules.MODEL_DAN_VAN_MTTQ).statuses();   // allowed since 2017, not to spread since 2022-08-10
     * }</pre>
     */
    public static ConcurrentPosts doNotSpread() {
        return Holder.DO_NOT_SPREAD;
    }

    /**
     * The conclusion as a scenario from {@link HaTinh#structure()}: the five steps of the class
     * comment and the four {@link #targets()}. The same instance on every call.
     *
     * <pre>{@code
     * HaTinh2022.scenario().steps().stream().map(Step::id).toList();
     * // [duc-tho-split, ky-anh-split, duc-tho-heads, ky-anh-heads, enterprise-transfer]
     * HaTinh2022.scenario().step(HaTinh2022.DUC_THO_SPLIT).lead();   // "Ban Thường vụ Huyện ủy Đức Thọ"
     * }</pre>
     */
    public static Scenario scenario() {
        return Holder.SCENARIO;
    }

    /**
     * The branch of {@link #scenario()} with the what-if step {@value #KY_ANH_DAN_VAN_MTTQ}: on
     * {@link #SPREAD_DATE} the Front chair of Kỳ Anh steps down and the new Trưởng Ban Dân vận
     * takes the post concurrently. Named {@link #SPREAD_NAME}.
     *
     * <pre>{@code
     * Simulation.of(HaTinh2022.rules()).run(HaTinh2022.withDanVanSpread()).finalValidation()
     *         .violationsOf("vn.nq18-2017.kiem-nhiem");   // one ERROR: "không được nhân rộng ở nơi chưa thực hiện"
     * }</pre>
     */
    public static Scenario withDanVanSpread() {
        return Holder.SPREAD;
    }

    /**
     * The history of {@link #scenario()}: its baseline with every step's changes applied in order
     * (seven versions: the initial one and six changes, two of them the transfers of the last step).
     *
     * <pre>{@code
     * History h = HaTinh2022.history();
     * h.successors(HaTinh.TO_CHUC_NOI_VU);                           // Ban Tổ chức Huyện ủy, Phòng Nội vụ huyện
     * h.asOf(LocalDate.of(2022, 10, 30)).contains(HaTinh.TO_CHUC_NOI_VU);   // true
     * }</pre>
     */
    public static History history() {
        return Holder.HISTORY;
    }

    /**
     * The targets of {@link #scenario()}, in this order: {@value #TARGET_MERGED_AGENCIES} (by
     * {@link #SPLIT_DATE}), {@value #TARGET_CONCURRENT}, {@value #TARGET_NOT_SPREAD} and {@value
     * #TARGET_ENTERPRISES} (by {@link #YEAR_END}).
     *
     * <pre>{@code
     * HaTinh2022.targets().get(0).deadline();   // 2022-10-31
     * }</pre>
     */
    public static List<Target> targets() {
        Metric spread = Metrics.coverage(VnRules.concurrentPosts().model(VnRules.MODEL_DAN_VAN_MTTQ))
                .select("model." + VnRules.MODEL_DAN_VAN_MTTQ);
        Metric enterprises = Metric.of("ht.dn.dia-ban-huyen", "Tổ chức cơ sở đảng doanh nghiệp có địa bàn hoạt động ở một"
                + " huyện còn thuộc Đảng bộ Khối", ctx -> movable(ctx.structure()).size());
        return List.of(
                Target.atMost(Metrics.violationsOf("vn.tb16-2022.co-quan-hop-nhat"), 0, SPLIT_DATE).named(TARGET_MERGED_AGENCIES),
                Target.atMost(Metrics.violationsOf("vn.nq18-2017.kiem-nhiem"), 0, YEAR_END).named(TARGET_CONCURRENT),
                Target.change(spread, Target.Comparator.AT_MOST, 0, Target.Basis.CHANGE, YEAR_END).named(TARGET_NOT_SPREAD),
                Target.atMost(enterprises, 0, YEAR_END).named(TARGET_ENTERPRISES));
    }

    /**
     * Item 2.5 as code: for every grassroots party organization directly under the {@link
     * HaTinh#DANG_BO_KHOI} whose operating area ({@link HaTinh#DIA_BAN}) is a district with a Huyện
     * ủy, one compound that moves it with its party cells under that Huyện ủy, to district level and
     * the district's territory (the cells first, deepest first, so no unit ever sits above its
     * parent's level). Organizations working across the province stay.
     *
     * <pre>{@code
     * HaTinh2022.enterpriseTransfers(HaTinh.structure(), LocalDate.of(2022, 12, 1));   // Công ty A → Đức Thọ, B → Kỳ Anh
     * }</pre>
     *
     * @throws BomayException if an argument is null or the structure has no {@link HaTinh#DANG_BO_KHOI}
     */
    public static List<Change> enterpriseTransfers(OrgStructure structure, LocalDate date) {
        if (structure == null || date == null) {
            throw new BomayException("HaTinh2022.enterpriseTransfers: give the structure and the date");
        }
        if (!structure.contains(HaTinh.DANG_BO_KHOI)) {
            throw new BomayException("HaTinh2022.enterpriseTransfers: the structure has no " + HaTinh.DANG_BO_KHOI
                    + " (Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh); start from HaTinh.structure()");
        }
        OrgStructure s = structure.withDate(date);
        List<Change> out = new ArrayList<>();
        for (Unit org : movable(s)) {
            UnitId district = UnitId.of(org.attribute(HaTinh.DIA_BAN).orElseThrow());
            Unit huyenUy = huyenUy(s, district).orElseThrow();
            List<Change> parts = new ArrayList<>();
            List<Unit> subtree = new ArrayList<>(s.subtree(org.id()));
            subtree.sort((a, b) -> Integer.compare(s.depth(b.id()), s.depth(a.id())));   // deepest first
            for (Unit u : subtree) {
                if (!u.id().equals(org.id())) {
                    parts.add(Transfer.of(date, u.id(), s.parent(u.id()).orElseThrow().id()).toLevel(DISTRICT)
                            .toTerritory(district));
                }
            }
            parts.add(Transfer.of(date, org.id(), huyenUy.id()).toLevel(DISTRICT).toTerritory(district));
            out.add(Compound.of(date, "Chuyển giao " + org.name() + " về trực thuộc " + huyenUy.name(),
                    parts.toArray(Change[]::new)).basis(KL55.number(), KL55.title()).decided(KL55_DATE));
        }
        return out;
    }

    // ------------------------------------------------------------------ building

    /** The organizations directly under the bloc whose operating area is a district with a Huyện ủy. */
    private static List<Unit> movable(OrgStructure s) {
        if (!s.contains(HaTinh.DANG_BO_KHOI)) {
            return List.of();
        }
        List<Unit> out = new ArrayList<>();
        for (Unit c : s.children(HaTinh.DANG_BO_KHOI)) {
            Optional<String> area = c.attribute(HaTinh.DIA_BAN);
            if (c.kind().equals(VnKinds.TO_CHUC_CO_SO_DANG) && area.isPresent()
                    && huyenUy(s, UnitId.of(area.get())).isPresent()) {
                out.add(c);
            }
        }
        return out;
    }

    private static Optional<Unit> huyenUy(OrgStructure s, UnitId district) {
        if (!s.contains(district) || s.unit(district).level() != DISTRICT) {
            return Optional.empty();
        }
        return s.unitsOf(VnKinds.HUYEN_UY).stream().filter(u -> u.territory().equals(Optional.of(district))).findFirst();
    }

    private static Scenario build() {
        OrgStructure base = HaTinh.structure();
        Scenario.Builder b = Scenario.builder(NAME, base)
                .step(ducThoSplit())
                .step(kyAnhSplit())
                .step(ducThoHeads(base))
                .step(kyAnhHeads(base))
                .step(Step.builder(ENTERPRISE_TRANSFER, TRANSFER_DATE, "Chuyển giao các đảng bộ, chi bộ cơ sở trong doanh"
                                + " nghiệp có địa bàn hoạt động hẹp về trực thuộc đảng bộ cấp huyện")
                        .changes(enterpriseTransfers(base, TRANSFER_DATE))
                        .lead("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh")
                        .partners("Huyện ủy Đức Thọ", "Huyện ủy Kỳ Anh", BAN_TO_CHUC_TINH_UY)
                        .status(Step.Status.PLANNED)
                        .basis(KL55)
                        .build());
        for (Target t : targets()) {
            b.target(t);
        }
        return b.build();
    }

    private static Scenario buildSpread(Scenario main) {
        OrgStructure base = main.baseline();
        PersonId newHead = only(base, HaTinh.TGDV_PHO_TRUONG_BAN_2);
        String label = "Trưởng Ban Dân vận Huyện ủy Kỳ Anh đồng thời là Chủ tịch Ủy ban MTTQ huyện Kỳ Anh";
        Change c = Compound.of(SPREAD_DATE, label,
                        Relieve.of(SPREAD_DATE, only(base, HaTinh.KY_ANH_CHU_TICH_MTTQ), HaTinh.KY_ANH_CHU_TICH_MTTQ),
                        Appoint.concurrent(SPREAD_DATE, newHead, HaTinh.KY_ANH_CHU_TICH_MTTQ))
                .basis(VnRules.NQ_18.number(), VnRules.NQ_18.title());
        return main.branch(SPREAD_NAME)
                .step(Step.builder(KY_ANH_DAN_VAN_MTTQ, SPREAD_DATE, label)
                        .change(c)
                        .lead(BTV_KY_ANH)
                        .partners("Ủy ban MTTQ huyện Kỳ Anh")
                        .status(Step.Status.PLANNED)
                        .basis(VnRules.NQ_18)
                        .build())
                .build();
    }

    private static Unit part(UnitId id, String name, UnitKind kind, UnitId district) {
        return Unit.builder(id, name, kind, DISTRICT).territory(district).build();
    }

    private static Unit office(UnitId id, String name, String field) {
        return Unit.builder(id, name, VnKinds.PHONG, DISTRICT).territory(HaTinh.DUC_THO)
                .attribute(VnAttributes.LINH_VUC, field).build();
    }

    private static Step ducThoSplit() {
        UnitId dt = HaTinh.DUC_THO;
        Change toChucNoiVu = Split.ceasing(SPLIT_DATE, HaTinh.TO_CHUC_NOI_VU,
                SplitPart.of(part(DT_BAN_TO_CHUC, "Ban Tổ chức Huyện ủy Đức Thọ", VnKinds.BAN_TO_CHUC, dt))
                        .posts(HaTinh.TCNV_TRUONG_BAN, HaTinh.TCNV_PHO_TRUONG_BAN)
                        .staff(6, 6),                                      // ILLUSTRATIVE shares of 12 / 11
                SplitPart.of(office(DT_PHONG_NOI_VU, "Phòng Nội vụ huyện Đức Thọ", VnAttributes.NOI_VU))
                        .under(HaTinh.DUC_THO_UBND)
                        .posts(HaTinh.TCNV_TRUONG_PHONG, HaTinh.TCNV_PHO_TRUONG_PHONG)
                        .staff(6, 5));
        Change ubktThanhTra = Split.ceasing(SPLIT_DATE, HaTinh.UBKT_THANH_TRA,
                SplitPart.of(part(DT_UBKT, "Ủy ban Kiểm tra Huyện ủy Đức Thọ", VnKinds.UY_BAN_KIEM_TRA, dt))
                        .posts(HaTinh.UBKT_CHU_NHIEM, HaTinh.UBKT_PHO_CHU_NHIEM)
                        .staff(5, 5),                                      // ILLUSTRATIVE shares of 10 / 9
                SplitPart.of(office(DT_THANH_TRA, "Thanh tra huyện Đức Thọ", VnAttributes.THANH_TRA))
                        .under(HaTinh.DUC_THO_UBND)
                        .posts(HaTinh.UBKT_CHANH_THANH_TRA, HaTinh.UBKT_PHO_CHANH_THANH_TRA)
                        .staff(5, 4));
        Change vanPhong = Split.ceasing(SPLIT_DATE, HaTinh.VAN_PHONG_CAP_UY_CHINH_QUYEN,
                SplitPart.of(part(DT_VP_HUYEN_UY, "Văn phòng Huyện ủy Đức Thọ", VnKinds.VAN_PHONG_CAP_UY, dt))
                        .posts(HaTinh.VP_CHANH_VP_HUYEN_UY, HaTinh.VP_PHO_VP_HUYEN_UY)
                        .staff(9, 8)                                       // ILLUSTRATIVE shares of 24 / 22
                        .relations(Relation.of(RelationType.SERVES, DT_VP_HUYEN_UY, HaTinh.DUC_THO_HUYEN_UY)),
                SplitPart.of(part(DT_VP_HDND_UBND, "Văn phòng HĐND và UBND huyện Đức Thọ", VnKinds.VAN_PHONG_HDND_UBND, dt))
                        .under(HaTinh.DUC_THO_UBND)
                        .posts(HaTinh.VP_CHANH_VP_HDND_UBND, HaTinh.VP_PHO_VP_HDND_UBND_1, HaTinh.VP_PHO_VP_HDND_UBND_2)
                        .staff(15, 14)
                        .relations(Relation.of(RelationType.SERVES, DT_VP_HDND_UBND, HaTinh.DUC_THO_HDND),
                                Relation.of(RelationType.SERVES, DT_VP_HDND_UBND, HaTinh.DUC_THO_UBND)));
        Change all = Compound.of(SPLIT_DATE, "Chia tách Cơ quan Tổ chức – Nội vụ, Cơ quan Ủy ban Kiểm tra – Thanh tra, Văn"
                        + " phòng Cấp ủy – Chính quyền huyện Đức Thọ theo mô hình chung của hệ thống chính trị",
                toChucNoiVu, ubktThanhTra, vanPhong)
                .basis(KL55.number(), KL55.title()).decided(KL55_DATE);
        return Step.builder(DUC_THO_SPLIT, SPLIT_DATE, "Chia tách các tổ chức Cơ quan Tổ chức – Nội vụ huyện, Cơ quan Ủy ban"
                        + " Kiểm tra – Thanh tra huyện, Văn phòng Cấp ủy – Chính quyền huyện (hoàn thành trong tháng 10/2022)")
                .change(all)
                .lead(BTV_DUC_THO)
                .partners(BAN_TO_CHUC_TINH_UY)
                .status(Step.Status.APPROVED)
                .basis(KL55)
                .build();
    }

    private static Step kyAnhSplit() {
        UnitId ka = HaTinh.KY_ANH;
        Change split = Split.ceasing(SPLIT_DATE, HaTinh.BAN_TUYEN_GIAO_DAN_VAN,
                        SplitPart.of(part(KA_BAN_TUYEN_GIAO, "Ban Tuyên giáo Huyện ủy Kỳ Anh", VnKinds.BAN_TUYEN_GIAO, ka))
                                .posts(HaTinh.TGDV_TRUONG_BAN_TUYEN_GIAO, HaTinh.TGDV_PHO_TRUONG_BAN_1)
                                .staff(5, 4),                              // ILLUSTRATIVE shares of 9 / 8
                        SplitPart.of(part(KA_BAN_DAN_VAN, "Ban Dân vận Huyện ủy Kỳ Anh", VnKinds.BAN_DAN_VAN, ka))
                                .posts(HaTinh.TGDV_TRUONG_BAN_DAN_VAN, HaTinh.TGDV_PHO_TRUONG_BAN_2,
                                        HaTinh.TGDV_PHO_TRUONG_BAN_3)
                                .staff(4, 4))
                .basis(KL55.number(), KL55.title()).decided(KL55_DATE);
        return Step.builder(KY_ANH_SPLIT, SPLIT_DATE, "Chia tách cơ quan Ban Tuyên giáo – Dân vận Huyện ủy Kỳ Anh theo mô hình"
                        + " chung của hệ thống chính trị (hoàn thành trong tháng 10/2022)")
                .change(split)
                .lead(BTV_KY_ANH)
                .partners(BAN_TO_CHUC_TINH_UY)
                .status(Step.Status.APPROVED)
                .basis(KL55)
                .build();
    }

    /** The head of the party agency leaves the state office's head post, the office's deputy takes it. */
    private static List<Change> handOver(OrgStructure base, LocalDate date, PostId headPost, PostId deputyPost) {
        PersonId deputy = only(base, deputyPost);
        return List.of(Relieve.of(date, only(base, headPost), headPost), Relieve.of(date, deputy, deputyPost),
                Appoint.of(date, deputy, headPost));
    }

    private static Step ducThoHeads(OrgStructure base) {
        List<Change> parts = new ArrayList<>();
        parts.addAll(handOver(base, HEADS_DATE, HaTinh.TCNV_TRUONG_PHONG, HaTinh.TCNV_PHO_TRUONG_PHONG));
        parts.addAll(handOver(base, HEADS_DATE, HaTinh.UBKT_CHANH_THANH_TRA, HaTinh.UBKT_PHO_CHANH_THANH_TRA));
        parts.addAll(handOver(base, HEADS_DATE, HaTinh.VP_CHANH_VP_HDND_UBND, HaTinh.VP_PHO_VP_HDND_UBND_1));
        String label = "Kiện toàn Trưởng phòng Nội vụ, Chánh Thanh tra, Chánh Văn phòng HĐND và UBND huyện Đức Thọ";
        return Step.builder(DUC_THO_HEADS, HEADS_DATE, label)
                .change(Compound.of(HEADS_DATE, label, parts.toArray(Change[]::new))
                        .basis(VnRules.TB_16_2022.number(), VnRules.TB_16_2022.title()).decided(KL55_DATE))
                .lead(BTV_DUC_THO)
                .partners("UBND huyện Đức Thọ", BAN_TO_CHUC_TINH_UY)
                .status(Step.Status.PLANNED)
                .basis(VnRules.TB_16_2022)
                .build();
    }

    private static Step kyAnhHeads(OrgStructure base) {
        String label = "Kiện toàn Trưởng Ban Dân vận Huyện ủy Kỳ Anh";
        return Step.builder(KY_ANH_HEADS, HEADS_DATE, label)
                .change(Compound.of(HEADS_DATE, label, handOver(base, HEADS_DATE, HaTinh.TGDV_TRUONG_BAN_DAN_VAN,
                                HaTinh.TGDV_PHO_TRUONG_BAN_2).toArray(Change[]::new))
                        .basis(KL55.number(), KL55.title()).decided(KL55_DATE))
                .lead(BTV_KY_ANH)
                .partners(BAN_TO_CHUC_TINH_UY)
                .status(Step.Status.PLANNED)
                .basis(KL55)
                .build();
    }

    /** The one person in office in {@code post} on the snapshot's date. */
    private static PersonId only(OrgStructure s, PostId post) {
        List<Person> holders = s.holders(post);
        if (holders.size() != 1) {
            throw new IllegalStateException("HaTinh2022: expected one holder of " + post + " on " + s.date() + ", found "
                    + holders);
        }
        return holders.get(0).id();
    }

    private static History buildHistory(Scenario s) {
        History h = History.start(s.baseline());
        for (Step step : s.steps()) {
            h = h.applyAll(step.changes());
        }
        return h;
    }

    /** Lazy, thread-safe initialization (the holder idiom). */
    private static final class Holder {
        static final ConcurrentPosts DO_NOT_SPREAD =
                VnRules.doNotSpread(VnRules.MODEL_DAN_VAN_MTTQ, Set.of(HaTinh.TINH), KL55_DATE, KL55);
        static final RulePack RULES = RulePack.of(RULES_NAME, VnRules.all().replace(DO_NOT_SPREAD).rules());
        static final Scenario SCENARIO = build();
        static final Scenario SPREAD = buildSpread(SCENARIO);
        static final History HISTORY = buildHistory(SCENARIO);
    }
}
