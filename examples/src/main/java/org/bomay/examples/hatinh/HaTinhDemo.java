package org.bomay.examples.hatinh;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.bomay.core.change.ChangeEvent;
import org.bomay.core.change.ChangeEvent.UnitMove;
import org.bomay.core.history.History;
import org.bomay.core.history.LineageStep;
import org.bomay.core.model.Person;
import org.bomay.core.model.PostId;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.rules.Language;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.sim.Step;
import org.bomay.core.rules.Violation;
import org.bomay.core.sim.MetricContext;
import org.bomay.core.sim.Metrics;
import org.bomay.core.sim.Simulation;
import org.bomay.core.sim.SimulationResult;
import org.bomay.core.structure.OrgStructure;

/**
 * Hà Tĩnh 2022 (seed 004) end to end: the splits of the merged agencies of Đức Thọ and Kỳ Anh with
 * their lineage, the transfer of enterprise party organizations to the district party committees,
 * the simulation of Kết luận 55-KL/TU with its targets, and the province's "do not spread the
 * Dân vận = Front chair model" rule flagging a new application in Kỳ Anh but not the existing one
 * in Đức Thọ.
 *
 * <pre>{@code
 * mvn -q -pl examples exec:java -Dbomay.main=org.bomay.examples.hatinh.HaTinhDemo
 * }</pre>
 */
public final class HaTinhDemo {
    private HaTinhDemo() {}

    /**
     * Prints the summary to standard output in UTF-8.
     *
     * <pre>{@code
     * HaTinhDemo.main(new String[0]);
     * }</pre>
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        out.print(report());
        out.flush();
    }

    /**
     * The summary {@link #main} prints.
     *
     * <pre>{@code
     * String text = HaTinhDemo.report();   // "Hà Tĩnh 2022 — Kết luận 55-KL/TU ..."
     * }</pre>
     */
    public static String report() {
        StringBuilder b = new StringBuilder();
        OrgStructure base = HaTinh.structure();
        Simulation sim = Simulation.of(HaTinh2022.rules());
        SimulationResult r = sim.run(HaTinh2022.scenario());
        History h = r.history();

        b.append("Hà Tĩnh 2022 — Kết luận 55-KL/TU của Ban Thường vụ Tỉnh ủy (seed 004), on Thông báo kết luận 16-TB/TW\n");
        b.append(String.format("Baseline %s: %d organizations (đầu mối); Đức Thọ %d, Kỳ Anh %d; under the Đảng bộ Khối %d%n",
                base.date(), base.counts().organizations(), organizationsIn(base, HaTinh.DUC_THO),
                organizationsIn(base, HaTinh.KY_ANH), base.children(HaTinh.DANG_BO_KHOI).size()));

        ValidationResult paused = Validator.of(HaTinh2022.rules()).validate(HaTinh.structure(HaTinh2022.KL55_DATE));
        List<Violation> tb16 = paused.violationsOf("vn.tb16-2022.co-quan-hop-nhat");
        b.append(String.format("On %s, after TB 16-TB/TW (2022-07-07) paused the party–government mergers: %d %s%n",
                HaTinh2022.KL55_DATE, tb16.size(), tb16.size() == 1 ? "warning" : "warnings"));
        for (Violation v : tb16) {
            b.append("  ").append(v.severity()).append(' ').append(base.unit(v.units().get(0)).name()).append('\n');
        }

        b.append("\nSteps\n");
        for (Step s : HaTinh2022.scenario().steps()) {
            b.append(String.format("  %s %-20s %-8s chủ trì: %s; phối hợp: %s; %s%n", s.date(), s.id(), s.status(), s.lead(),
                    String.join(", ", s.partners()), s.basis().map(LegalBasis::number).orElse("")));
        }

        b.append("\nSplits (chia tách), effective ").append(HaTinh2022.SPLIT_DATE).append(", decided ")
                .append(HaTinh2022.KL55_DATE).append(", basis ").append(HaTinh2022.KL55.number()).append('\n');
        for (UnitId merged : List.of(HaTinh.TO_CHUC_NOI_VU, HaTinh.UBKT_THANH_TRA, HaTinh.VAN_PHONG_CAP_UY_CHINH_QUYEN,
                HaTinh.BAN_TUYEN_GIAO_DAN_VAN)) {
            Unit u = base.unit(merged);
            b.append(String.format("  %s (staff %d/%d)%n", u.name(), u.staffQuota().orElse(0), u.actualStaff().orElse(0)));
            OrgStructure after = h.asOf(HaTinh2022.SPLIT_DATE);
            for (LineageStep s : h.successors(merged)) {
                Unit part = after.unit(s.to());
                b.append(String.format("    %s %s → %-42s under %-26s staff %d/%d%n", s.kind(), s.date(), part.name(),
                        after.parent(part.id()).map(Unit::name).orElse("–"), part.staffQuota().orElse(0),
                        part.actualStaff().orElse(0)));
            }
        }
        b.append("  predecessors of Phòng Nội vụ huyện Đức Thọ: ").append(h.predecessors(HaTinh2022.DT_PHONG_NOI_VU).stream()
                .map(s -> base.unit(s.from()).name() + " (" + s.kind() + ", " + s.date() + ")").collect(Collectors.joining(", ")))
                .append('\n');
        b.append("  organizations: Đức Thọ ").append(organizationsIn(base, HaTinh.DUC_THO)).append(" → ")
                .append(organizationsIn(r.finalStructure(), HaTinh.DUC_THO)).append(", Kỳ Anh ")
                .append(organizationsIn(base, HaTinh.KY_ANH)).append(" → ").append(organizationsIn(r.finalStructure(), HaTinh.KY_ANH))
                .append('\n');

        long pausedPairs = r.entry(HaTinh2022.DUC_THO_SPLIT).caused().stream().filter(v -> v.severity() == Severity.ERROR).count();
        b.append("\nHeads (kiện toàn), ").append(HaTinh2022.HEADS_DATE).append(": after the split ").append(pausedPairs)
                .append(" heads held concurrent posts of models paused by TB 16-TB/TW (ERROR); the deputies take over\n");
        OrgStructure heads = h.asOf(HaTinh2022.HEADS_DATE);
        for (PostId p : List.of(HaTinh.TCNV_TRUONG_PHONG, HaTinh.UBKT_CHANH_THANH_TRA, HaTinh.VP_CHANH_VP_HDND_UBND,
                HaTinh.TGDV_TRUONG_BAN_DAN_VAN)) {
            b.append(String.format("  %s (%s): %s → %s%n", base.post(p).title(), heads.unit(heads.post(p).unit()).name(),
                    holder(h.asOf(HaTinh2022.SPLIT_DATE), p), holder(heads, p)));
        }

        b.append("\nTransfers (chuyển giao), ").append(HaTinh2022.TRANSFER_DATE).append(", item 2.5\n");
        for (ChangeEvent e : r.entry(HaTinh2022.ENTERPRISE_TRANSFER).events()) {
            for (ChangeEvent part : e.parts()) {
                for (UnitMove m : part.children()) {
                    OrgStructure s = r.finalStructure();
                    b.append(String.format("  %s: %s → %s, level %s → %s, party cells %d%n", s.unit(m.unit()).name(),
                            base.unit(m.from().orElseThrow()).name(), s.unit(m.to().orElseThrow()).name(),
                            base.unit(m.unit()).level(), s.unit(m.unit()).level(), s.children(m.unit()).size()));
                }
            }
        }
        for (Unit stays : r.finalStructure().children(HaTinh.DANG_BO_KHOI)) {
            b.append("  stays under the Đảng bộ Khối: ").append(stays.name()).append(" (địa bàn: ")
                    .append(base.unit(UnitId.of(stays.attribute(HaTinh.DIA_BAN).orElseThrow())).name())
                    .append(")\n");
        }

        b.append('\n').append(r);

        SimulationResult spread = sim.run(HaTinh2022.withDanVanSpread());
        var model = HaTinh2022.doNotSpread().model(VnRules.MODEL_DAN_VAN_MTTQ);
        b.append("\nDo not spread (không nhân rộng) \"").append(model.nameVi()).append("\": scope Tỉnh Hà Tĩnh, from ")
                .append(HaTinh2022.KL55_DATE).append(", ").append(HaTinh2022.KL55.number()).append('\n');
        b.append("  branch: ").append(HaTinh2022.SPREAD_NAME).append('\n');
        List<Violation> found = spread.finalValidation().violationsOf("vn.nq18-2017.kiem-nhiem");
        for (Violation v : found) {
            b.append("  ").append(v.severity()).append(' ').append(v.message(Language.VIETNAMESE)).append('\n');
        }
        b.append("  caused by step ").append(HaTinh2022.KY_ANH_DAN_VAN_MTTQ).append(" (").append(HaTinh2022.SPREAD_DATE)
                .append("): ").append(spread.entry(HaTinh2022.KY_ANH_DAN_VAN_MTTQ).caused().size()).append(" violation\n");
        OrgStructure end = spread.finalStructure();
        Person dt = end.holders(HaTinh.DUC_THO_CHU_TICH_MTTQ).get(0);
        Tenure since = end.postsOf(dt.id()).stream().filter(Tenure::isConcurrent).findFirst().orElseThrow();
        b.append("  not flagged: ").append(dt.name()).append(", Trưởng Ban Dân vận and Chủ tịch Ủy ban MTTQ huyện Đức Thọ since ")
                .append(since.period().start().orElseThrow()).append(" (an existing application continues)\n");
        b.append("  coverage of the model: ").append(Metrics.coverage(MetricContext.of(base), model)).append(" → ")
                .append(Metrics.coverage(MetricContext.of(end), model)).append("; ").append(HaTinh2022.TARGET_NOT_SPREAD)
                .append(": ").append(spread.target(HaTinh2022.TARGET_NOT_SPREAD).status()).append('\n');
        return b.toString();
    }

    private static long organizationsIn(OrgStructure s, UnitId district) {
        return s.unitsIn(district).stream().filter(u -> !u.isTerritorial()).count();
    }

    private static String holder(OrgStructure s, PostId post) {
        return s.holders(post).stream().map(Person::name).collect(Collectors.joining(", "));
    }
}
