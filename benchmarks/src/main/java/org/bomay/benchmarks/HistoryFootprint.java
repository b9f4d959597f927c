package org.bomay.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.bomay.core.change.Appoint;
import org.bomay.core.change.Change;
import org.bomay.core.change.Relieve;
import org.bomay.core.change.Rename;
import org.bomay.core.change.SetStaffQuota;
import org.bomay.core.history.History;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.PostId;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.SyntheticCountry;

/**
 * Retained heap of one national snapshot ({@link SyntheticCountry#ladder()} size 2, ~375 000
 * units) and of a {@link History} of 10^4 versions on top of it (issue 3, item 5: "keeping 10^4
 * versions does not multiply memory"). The changes are small ones on units all over the country
 * (staff quota, rename, relieve and appoint, in turn) and some commune merges (one compound of five
 * absorbs each, see {@link ChangeBenchmark#communeMerge}). Nothing here asks a version for its
 * whole-structure lists ({@code units()} and the like), which a snapshot derives and keeps once
 * asked. Memory is not a JMH metric, so this is a plain program:
 *
 * <pre>
 * java -Xmx12g -cp benchmarks/target/benchmarks.jar org.bomay.benchmarks.HistoryFootprint [versions] [merges]
 * </pre>
 */
public final class HistoryFootprint {
    private static final String[] ORGS = {".du", ".hdnd", ".ubnd", ".mttq"};

    private HistoryFootprint() {
    }

    public static void main(String[] args) {
        int versions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int merges = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        SyntheticCountry country = SyntheticCountry.ladder().get(2);
        long base = used();

        long t0 = System.nanoTime();
        OrgStructure s = country.builderOfStructure().build();
        long tBuild = System.nanoTime() - t0;
        long snapshot = used() - base;
        System.out.printf("%s, built in %.1f s%n", country, tBuild / 1e9);
        System.out.printf("one snapshot (%,d units): %,d bytes (%.1f MB)%n", s.unitCount(), snapshot, mb(snapshot));

        int ids = s.unitIds().size(); // what History.start asks for: derives (and keeps) the snapshot's ordered lists
        long derived = used() - base;
        System.out.printf("the same snapshot once asked for unitIds() (%,d): %,d bytes (%.1f MB), +%.1f MB of derived lists%n",
                ids, derived, mb(derived), mb(derived - snapshot));

        History h = History.start(s); // derives the snapshot's ordered lists (unitIds()) and keeps every id ever used
        long started = used() - base;
        System.out.printf("History.start (1 version): %,d bytes (%.1f MB), +%.1f MB over the snapshot with its lists "
                + "(the set of ids ever used)%n", started, mb(started), mb(started - derived));

        int small = versions - 1 - merges;
        SplittableRandom r = new SplittableRandom(7);
        LocalDate day = s.date();
        PostId relieved = null;
        t0 = System.nanoTime();
        for (int i = 0; i < small; i++) {
            if (i % 4 == 0) {
                day = day.plusDays(1);
            }
            int p = 1 + r.nextInt(63);
            int d = 1 + r.nextInt(11);
            int c = 1 + r.nextInt(14); // communes 15 and 16 are kept for the merges
            String commune = "p" + p + ".d" + d + ".c" + c;
            Change change;
            switch (i % 4) {
                case 0 -> change = SetStaffQuota.of(day, UnitId.of(commune + ORGS[r.nextInt(4)]), 3 + r.nextInt(20));
                case 1 -> {
                    UnitId u = r.nextBoolean() ? UnitId.of(commune) : UnitId.of(commune + ".v" + (1 + r.nextInt(9)));
                    change = Rename.of(day, u, "Đổi tên " + i);
                }
                case 2 -> {
                    relieved = PostId.of(commune + ".ubnd.pho" + (1 + r.nextInt(2)));
                    PersonId holder = h.current().holders(relieved).get(0).id();
                    change = Relieve.of(day, holder, relieved);
                }
                default -> {
                    PersonId pid = PersonId.of("x" + i);
                    change = Appoint.of(day, pid, relieved)
                            .newPerson(new Person(pid, "Người mới " + i, true, LocalDate.of(1980, 1, 1 + i % 28)));
                }
            }
            h = h.apply(change);
        }
        long tSmall = System.nanoTime() - t0;
        long afterSmall = used() - base;
        System.out.printf("+ %,d small changes (%.1f µs each to apply): %,d bytes (%.1f MB), %,.0f bytes per version%n", small,
                tSmall / 1e3 / small, afterSmall, mb(afterSmall), (double) (afterSmall - started) / small);

        t0 = System.nanoTime();
        for (int k = 0; k < merges; k++) {
            day = day.plusDays(1);
            String district = "p" + (1 + k % 63) + ".d" + (1 + (k / 63) % 11);
            h = h.apply(ChangeBenchmark.communeMerge(day, district, 15, 16));
        }
        long tMerges = System.nanoTime() - t0;
        long all = used() - base;
        System.out.printf("+ %,d commune merges (%.1f µs each to apply): %,d bytes (%.1f MB), %,.0f bytes per merge%n", merges,
                merges == 0 ? 0.0 : tMerges / 1e3 / merges, all, mb(all), merges == 0 ? 0.0 : (double) (all - afterSmall) / merges);

        System.out.printf("history of %,d versions: %,d bytes (%.1f MB) = %.3f × one snapshot; %.3f × History.start%n", h.size(),
                all, mb(all), (double) all / snapshot, (double) all / started);
        System.out.printf("  growth over History.start: %.1f MB for %,d versions = %,.0f bytes per version%n", mb(all - started),
                h.size() - 1, (double) (all - started) / (h.size() - 1));

        Reference.reachabilityFence(s);
        Reference.reachabilityFence(h);
        Reference.reachabilityFence(country);
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
