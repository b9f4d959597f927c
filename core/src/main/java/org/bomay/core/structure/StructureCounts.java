package org.bomay.core.structure;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.bomay.core.model.Level;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.PostRole;

/**
 * The headline counts of a snapshot. Organizations ("đầu mối") and administrative units are
 * counted apart: {@link #organizations()} excludes territorial units, {@link #territories()}
 * counts them. Holders and concurrent posts are those in office on the snapshot's date.
 *
 * <pre>{@code
 * StructureCounts c = structure.counts();
 * c.organizationsByPillar().get(Pillar.PARTY);
 * System.out.println(c);   // a small table
 * }</pre>
 *
 * @param organizations units that are not administrative units
 * @param territories administrative units
 * @param organizationsByPillar organizations by pillar (every pillar present, maybe 0)
 * @param organizationsByLevel organizations by level (every level present, maybe 0)
 * @param posts all posts
 * @param postsByRole posts by role (every role present, maybe 0)
 * @param holdersByRole people in office on the date, by the role of the post (a person counts once per post)
 * @param people all people
 * @param concurrentTenures concurrent tenures (kiêm nhiệm) in force on the date
 * @param staffQuota the sum of the units' authorized staff quotas (units without one count 0)
 * @param actualStaff the sum of the units' actual staff (units without one count 0)
 */
public record StructureCounts(
        int organizations,
        int territories,
        Map<Pillar, Integer> organizationsByPillar,
        Map<Level, Integer> organizationsByLevel,
        int posts,
        Map<PostRole, Integer> postsByRole,
        Map<PostRole, Integer> holdersByRole,
        int people,
        int concurrentTenures,
        long staffQuota,
        long actualStaff) {

    /** Copies the maps. */
    public StructureCounts {
        organizationsByPillar = ImmutableMap.copyOf(organizationsByPillar);
        organizationsByLevel = ImmutableMap.copyOf(organizationsByLevel);
        postsByRole = ImmutableMap.copyOf(postsByRole);
        holdersByRole = ImmutableMap.copyOf(holdersByRole);
    }

    /** All units: organizations plus administrative units. */
    public int units() {
        return organizations + territories;
    }

    /** Returns a small table, one fact per line; zero entries are left out. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("units          %7d  (organizations %d, administrative units %d)%n", units(), organizations, territories));
        b.append("  by pillar   ");
        append(b, organizationsByPillar);
        b.append(String.format("%n  by level    "));
        append(b, organizationsByLevel);
        b.append(String.format("%nposts          %7d ", posts));
        append(b, postsByRole);
        b.append(String.format("%n  in office   "));
        append(b, holdersByRole);
        b.append(String.format("%npeople         %7d%n", people));
        b.append(String.format("concurrent     %7d  (kiêm nhiệm in force)%n", concurrentTenures));
        b.append(String.format("staff quota    %7d  actual %d", staffQuota, actualStaff));
        return b.toString();
    }

    /** Appends the non-zero entries, or " 0" when all are zero. */
    private static void append(StringBuilder b, Map<?, Integer> counts) {
        int before = b.length();
        counts.forEach((k, v) -> {
            if (v != 0) {
                b.append(String.format("  %s %d", k, v));
            }
        });
        if (b.length() == before) {
            b.append("  0");
        }
    }
}
