package org.bomay.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.List;
import org.bomay.core.change.Change;
import org.bomay.core.history.History;
import org.bomay.core.history.Version;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.ValidationResult;
import org.bomay.core.rules.Validator;
import org.bomay.core.structure.OrgStructure;
import org.bomay.io.Documents;
import org.bomay.testkit.NationalGenerator;
import org.bomay.testkit.NationalReform;

/**
 * Retained heap (after full GCs, as {@link HistoryFootprint} measures it) of a {@link
 * NationalGenerator} structure of 10^6 units (or the size given) and of the whole {@link
 * NationalReform} replay on it: the snapshot as generated; the same once its ordered lists are
 * derived (what {@code units()} and the like build, and {@code History.start} asks for); the
 * history of the whole plan (8,516 versions at 10^6); the incremental validation result at the end
 * of the replay; and, separately, the snapshot read back from its JSON file ({@link NationalFiles}),
 * whose strings are no longer shared with the generator's. Memory is not a JMH metric, so this is
 * a plain program; it prints MB and the times of each step.
 *
 * <pre>
 * java -Xms4g -Xmx16g -cp benchmarks/target/benchmarks.jar org.bomay.benchmarks.NationalFootprint [units] [skip-json]
 * </pre>
 */
public final class NationalFootprint {

    private NationalFootprint() {
    }

    public static void main(String[] args) {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : NationalGenerator.NATIONAL;
        boolean json = args.length < 2 || !args[1].equals("skip-json");
        NationalGenerator g = NationalGenerator.of(units, NationalFiles.SEED);
        long zero = used();

        long t0 = System.nanoTime();
        OrgStructure s = g.structure().withDate(NationalReform.DATE);
        long tBuild = System.nanoTime() - t0;
        long snapshot = used() - zero;
        System.out.printf("%s: generated and built in %.1f s%n", g.shape(), tBuild / 1e9);
        System.out.printf("one snapshot: %.1f MB (%,.0f bytes per unit)%n", mb(snapshot), (double) snapshot / s.unitCount());

        t0 = System.nanoTime();
        int n = s.units().size() + s.posts().size() + s.people().size() + s.tenures().size() + s.relations().size();
        long derived = used() - zero;
        System.out.printf("the same with its ordered lists derived (%,d entries, %.1f s): %.1f MB%n", n,
                (System.nanoTime() - t0) / 1e9, mb(derived));

        NationalReform plan = NationalReform.of(s, NationalReform.DATE, NationalFiles.SEED);
        History h = History.start(s);
        long tReplay = 0;
        long previous = derived;
        String[] phases = {"commune merges", "district dissolutions", "province merges"};
        List<List<Change>> parts = List.of(plan.communeMerges(), plan.districtDissolutions(), plan.provinceMerges());
        for (int i = 0; i < phases.length; i++) {
            if (parts.get(i).isEmpty()) {
                continue;
            }
            t0 = System.nanoTime();
            for (Change c : parts.get(i)) {
                h = h.apply(c);
            }
            long t = System.nanoTime() - t0;
            tReplay += t;
            long now = used() - zero;
            System.out.printf("+ %,d %s (%.1f s): +%.1f MB, %,.0f bytes per change%n", parts.get(i).size(), phases[i], t / 1e9,
                    mb(now - previous), (double) (now - previous) / parts.get(i).size());
            previous = now;
        }
        long history = previous;
        System.out.printf("the replay of %s (%.1f s): a history of %,d versions, %.1f MB = %.3f × the snapshot with its lists%n",
                plan, tReplay / 1e9, h.size(), mb(history), (double) history / derived);
        System.out.printf("  the final version alone has %,d units; growth %.1f MB, %,.0f bytes per change%n",
                h.current().unitCount(), mb(history - derived), (double) (history - derived) / plan.size());

        Validator v = Validator.of(VnRules.all());
        t0 = System.nanoTime();
        ValidationResult r = v.validate(s);
        long tFull = System.nanoTime() - t0;
        long withResult = used() - zero;
        System.out.printf("+ a full validation result of the base (%.1f s, %,d violations): %.1f MB%n", tFull / 1e9, r.size(),
                mb(withResult - history));
        t0 = System.nanoTime();
        for (Version ver : h.versions()) {
            if (ver.event().isPresent()) {
                r = v.revalidate(r, ver.structure(), ver.event().get());
            }
        }
        long tInc = System.nanoTime() - t0;
        long afterInc = used() - zero;
        System.out.printf("  the incremental result after the replay instead (%.1f s, %,d violations): %.1f MB%n", tInc / 1e9, r.size(),
                mb(afterInc - history));
        Reference.reachabilityFence(r);
        Reference.reachabilityFence(h);
        Reference.reachabilityFence(s);
        r = null;
        h = null;
        s = null;

        if (json) {
            Path file = NationalFiles.structure(units, NationalFiles.SEED);
            long before = used();
            t0 = System.nanoTime();
            OrgStructure read = Documents.json().readStructure(file);
            long tRead = System.nanoTime() - t0;
            long loaded = used() - before;
            System.out.printf("one snapshot read from %s (%.1f s): %.1f MB%n", file, tRead / 1e9, mb(loaded));
            Reference.reachabilityFence(read);
        }
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static long used() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
