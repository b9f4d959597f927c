package org.bomay.examples.reform2025;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bomay.core.history.History;
import org.bomay.core.model.Level;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.rules.Language;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Validator;
import org.bomay.core.structure.OrgStructure;

/**
 * Prints the 2025 national reform: the provincial-level units before and after 1/7/2025 (63 →
 * 34), the 23 new units and what they were formed from, a few lineage answers from the history
 * ("which province is Bến Tre part of now?"), the end of the district level and the
 * socio-political organizations coming under the Front.
 *
 * <pre>{@code
 * mvn -B -q -ntp -pl examples exec:java -Dbomay.main=org.bomay.examples.reform2025.Reform2025Demo
 * }</pre>
 */
public final class Reform2025Demo {
    private Reform2025Demo() {}

    /**
     * Prints the summary to standard output, in UTF-8 whatever the platform's default encoding.
     *
     * <pre>{@code
     * Reform2025Demo.main(new String[0]);
     * }</pre>
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(out);
        print(out);
        out.flush();
    }

    /** Prints the summary to {@code out}. */
    static void print(PrintStream out) {
        History h = Reform2025.history();
        OrgStructure before = h.asOf(Provinces2025.BEFORE);
        OrgStructure after = h.asOf(Provinces2025.EFFECTIVE);
        out.println("The 2025 reform of Vietnam's local government, " + Provinces2025.BEFORE + " → " + Provinces2025.EFFECTIVE);
        out.println(Reform2025.ILLUSTRATIVE);
        out.println();

        out.println("Provincial-level units (" + Provinces2025.NQ_202.number() + ", adopted " + Provinces2025.NQ_202_ADOPTED + ")");
        out.printf("  %-36s%12s%12s%n", "", Provinces2025.BEFORE, Provinces2025.EFFECTIVE);
        count(out, "tỉnh (province)", before, after, VnKinds.TINH);
        count(out, "thành phố trực thuộc TW (city)", before, after, VnKinds.THANH_PHO_TRUC_THUOC_TW);
        out.printf("  %-36s%12d%12d%n", "total", Provinces2025.provincialUnits(before).size(),
                Provinces2025.provincialUnits(after).size());
        out.println("  unchanged: " + Provinces2025.unchanged().size() + " (" + String.join(", ",
                Provinces2025.unchanged().stream().map(p -> shortName(p.name())).toList()) + ")");
        int formers = Provinces2025.merged().stream().mapToInt(p -> p.from().size()).sum();
        out.println("  merged (hợp nhất): " + formers + " units into " + Provinces2025.merged().size()
                + "; the id of the former unit keeping the seat continues");
        for (NewProvince p : Provinces2025.merged()) {
            out.printf("    %2d. %-40s = %-46s seat: %s%n", p.number(), p.name() + " [" + p.id() + "]",
                    String.join(" + ", p.from().stream().map(id -> shortName(before.unit(id).name())).toList()),
                    shortName(before.unit(p.seat()).name()));
        }
        out.println();

        out.println("Lineage (History)");
        UnitId benTre = Provinces2025.BEN_TRE;
        out.println("  Which province is " + shortName(before.unit(benTre).name()) + " part of now? "
                + names(after, h.currentSuccessors(benTre)));
        out.println("  " + after.unit(Provinces2025.VINH_LONG).name() + " was formed on " + Provinces2025.EFFECTIVE + " from "
                + names(before, Reform2025.formedFrom(Provinces2025.VINH_LONG)));
        out.println("  " + h.successors(Provinces2025.LAO_CAI).get(0) + ": the new "
                + after.unit(Provinces2025.YEN_BAI).name() + " keeps the id of Yên Bái, its seat");
        out.println("  " + shortName(before.unit(Provinces2025.HA_TINH).name()) + " now: "
                + names(after, h.currentSuccessors(Provinces2025.HA_TINH)) + " (not rearranged)");
        out.println("  " + after.unit(Provinces2025.HO_CHI_MINH).name() + " was formed from "
                + names(before, Reform2025.formedFrom(Provinces2025.HO_CHI_MINH)));
        out.println("  " + before.unit(Reform2025.CHAU_THANH).name() + " now: "
                + (h.currentSuccessors(Reform2025.CHAU_THANH).isEmpty() ? "nothing (dissolved, no successor)"
                : names(after, h.currentSuccessors(Reform2025.CHAU_THANH))));
        out.println();

        out.println("The end of the district level (" + Reform2025.LUAT_72.number() + ")");
        out.println("  district-level units: " + before.unitsAt(Level.DISTRICT).size() + " modelled on " + Provinces2025.BEFORE
                + " (" + Reform2025.DISTRICTS_NATIONWIDE + " nationwide), " + after.unitsAt(Level.DISTRICT).size() + " on "
                + Provinces2025.EFFECTIVE);
        for (UnitId d : Reform2025.DISTRICTS) {
            out.println("  " + before.unit(d).name() + " (" + shortName(before.parent(d).orElseThrow().name()) + "): giải thể; "
                    + (before.children(d).isEmpty() ? "no commune modelled"
                    : names(before, before.children(d).stream().map(Unit::id).toList()) + " now under "
                    + after.parent(before.children(d).get(0).id()).orElseThrow().name()));
        }
        out.printf("  communes: %,d → %,d nationwide (the commune rearrangement is not modelled)%n", Reform2025.COMMUNES_BEFORE,
                Reform2025.COMMUNES_AFTER);
        Validator districts = Validator.of(RulePack.of("Luật 72/2025/QH15", Reform2025.noDistrictLevel()));
        out.println("  " + districts.validate(after).overview(Language.ENGLISH).lines().findFirst().orElse(""));
        out.println();

        out.println("The Front (" + Reform2025.LUAT_97.number() + ", adopted " + Reform2025.LUAT_97_ADOPTED + ")");
        UnitId mttq = Reform2025.UBMTTQ_HA_TINH;
        out.println("  " + Provinces2025.BEFORE + ": " + before.children(mttq).size() + " organizations under "
                + before.unit(mttq).name() + ", " + before.relatedTo(mttq, RelationType.MEMBER_OF).size() + " members");
        out.println("  " + Provinces2025.EFFECTIVE + ": " + after.children(mttq).size() + " under it (trực thuộc), "
                + after.relatedTo(mttq, RelationType.MEMBER_OF).size() + " members");
        out.print(indent(after.tree(mttq, 1)));
        out.println();
        out.println(h);
    }

    private static void count(PrintStream out, String label, OrgStructure before, OrgStructure after, UnitKind kind) {
        out.printf("  %-36s%12d%12d%n", label, before.unitsOf(kind).size(), after.unitsOf(kind).size());
    }

    /** "Tỉnh Bến Tre" → "Bến Tre"; "Thành phố Huế" → "Huế". */
    private static String shortName(String name) {
        return name.replaceFirst("^(Tỉnh|Thành phố) ", "");
    }

    private static String names(OrgStructure s, List<UnitId> ids) {
        return String.join(", ", ids.stream().map(id -> s.unit(id).name() + " [" + id + "]").toList());
    }

    private static String indent(String text) {
        return text.lines().map(l -> "  " + l + System.lineSeparator()).reduce("", String::concat);
    }
}
