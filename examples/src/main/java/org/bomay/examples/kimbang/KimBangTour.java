package org.bomay.examples.kimbang;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bomay.core.model.Level;
import org.bomay.core.model.Person;
import org.bomay.core.model.Pillar;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.profile.vn.VnRules;
import org.bomay.core.rules.Language;
import org.bomay.core.rules.Validator;
import org.bomay.core.structure.OrgStructure;

/**
 * Prints the Kim Bảng example as of 2018-03-01, when the concurrent-post models of the
 * district's action programme are in force: the headline counts, organizations by pillar and
 * level, deputies, the concurrent posts and the coverage of each model, the seats of the Ban
 * Thường vụ Huyện ủy, the district-level trees of the three pillars, what the Vietnam rules in
 * force on that date find, and a search.
 *
 * <pre>{@code
 * mvn -B -q -ntp -DskipTests install && mvn -B -q -ntp -pl examples exec:java -Dbomay.main=org.bomay.examples.kimbang.KimBangTour
 * }</pre>
 */
public final class KimBangTour {
    /** The date shown: one month after the models took effect. */
    static final LocalDate DATE = LocalDate.of(2018, 3, 1);

    private KimBangTour() {}

    /**
     * Prints the tour to standard output, in UTF-8 whatever the platform's default encoding.
     *
     * <pre>{@code
     * KimBangTour.main(new String[0]);
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

    /** Prints the tour to {@code out}. */
    static void print(PrintStream out) {
        OrgStructure s = KimBang.structure(DATE);
        out.println("Kim Bảng district (huyện Kim Bảng, tỉnh Hà Nam) on " + s.date() + ": the apparatus after the 2/2018 models");
        out.println(KimBang.ILLUSTRATIVE);
        out.println();
        out.println(s.counts());
        out.println();
        byPillarAndLevel(s, out);
        out.println();
        deputies(s, out);
        out.println();
        concurrentPosts(s, out);
        for (var root : List.of(KimBang.HUYEN_UY, KimBang.UBND, KimBang.UBMTTQ)) {
            out.println();
            out.print(s.tree(root, 1));
        }
        out.println("members of the Front (MEMBER_OF " + KimBang.UBMTTQ + "): " + String.join(", ",
                s.relatedTo(KimBang.UBMTTQ, RelationType.MEMBER_OF).stream().map(Unit::name).toList()));
        out.println();
        out.println(Validator.of(VnRules.all()).validate(s).overview(Language.VIETNAMESE));
        String query = "huyen uy kim bang";
        List<Unit> hits = s.find(query);
        out.println("find(\"" + query + "\"): " + hits.size() + " hits, first "
                + (hits.isEmpty() ? "none" : hits.get(0).name() + " [" + hits.get(0).id() + "]"));
    }

    private static void byPillarAndLevel(OrgStructure s, PrintStream out) {
        Level[] levels = {Level.PROVINCE, Level.DISTRICT, Level.COMMUNE, Level.VILLAGE};
        StringBuilder header = new StringBuilder(String.format("%-14s", "organizations"));
        for (Level l : levels) {
            header.append(String.format("%10s", l));
        }
        out.println(header.append(String.format("%8s", "total")));
        for (Pillar p : Pillar.values()) {
            StringBuilder row = new StringBuilder(String.format("%-14s", p));
            int total = 0;
            for (Level l : levels) {
                int n = (int) s.unitsOf(p).stream().filter(u -> !u.isTerritorial() && u.level() == l).count();
                total += n;
                row.append(String.format("%10d", n));
            }
            out.println(row.append(String.format("%8d", total)));
        }
    }

    private static void deputies(OrgStructure s, PrintStream out) {
        List<Post> deputyPosts = s.posts().stream().filter(p -> p.role() == PostRole.DEPUTY).toList();
        List<Post> vacant = deputyPosts.stream().filter(p -> s.holders(p.id()).isEmpty()).toList();
        out.println("Deputies (cấp phó): " + (deputyPosts.size() - vacant.size()) + " of " + deputyPosts.size()
                + " deputy posts held" + (vacant.isEmpty() ? "" : "; vacant: "
                + String.join(", ", vacant.stream().map(p -> p.title() + " [" + p.id() + "]").toList())));
    }

    private static void concurrentPosts(OrgStructure s, PrintStream out) {
        out.println("Concurrent posts (kiêm nhiệm) in force: " + s.concurrentTenures().size());
        out.println("  district level:");
        for (Tenure t : s.concurrentTenures()) {
            Post post = s.post(t.post());
            if (s.unit(post.unit()).level() != Level.DISTRICT || post.role() == PostRole.STANDING_MEMBER) {
                continue;   // the standing-board seats are shown below
            }
            Person who = s.person(t.person());
            out.println("    " + who.name() + ": " + mainTitle(s, who) + " → " + post.title() + " (since "
                    + t.period().start().map(Object::toString).orElse("?") + ")");
        }
        standingBoard(s, out);

        List<Unit> partyCommittees = s.unitsOf(VnKinds.DANG_UY_XA);
        long secretaryChairsCouncil = partyCommittees.stream().filter(du -> s.related(du.id(), RelationType.LEADS).stream()
                .filter(u -> u.kind().equals(VnKinds.HDND)).anyMatch(hdnd -> sameHead(s, du, hdnd))).count();
        out.println("  commune level: bí thư đảng ủy = chủ tịch HĐND: " + secretaryChairsCouncil + "/"
                + partyCommittees.size() + " xã, thị trấn");

        List<Unit> villages = new ArrayList<>(s.unitsOf(VnKinds.THON));
        villages.addAll(s.unitsOf(VnKinds.TO_DAN_PHO));
        int head = 0;
        int board = 0;
        for (Unit village : villages) {
            Unit cell = only(s, village, VnKinds.CHI_BO);
            if (sameHead(s, cell, village)) {
                head++;
            }
            if (sameHead(s, cell, only(s, village, VnKinds.BAN_CONG_TAC_MAT_TRAN))) {
                board++;
            }
        }
        out.println("  village level: bí thư chi bộ = trưởng thôn: " + head + "/" + villages.size()
                + " thôn, tổ dân phố; = trưởng ban công tác Mặt trận: " + board + "/" + villages.size());
    }

    /**
     * The Ban Thường vụ Huyện ủy, a body of the Huyện ủy rather than a unit: the Huyện ủy's leaders
     * by their posts, and the holders of its standing-member seats by their main posts.
     */
    private static void standingBoard(OrgStructure s, PrintStream out) {
        List<Post> posts = s.posts(KimBang.HUYEN_UY);
        long members = posts.stream().flatMap(p -> s.holders(p.id()).stream()).distinct().count();
        out.println("    Ban Thường vụ Huyện ủy (a body of the Huyện ủy, not a unit): " + members + " members");
        out.println("      by their posts: " + String.join(", ", posts.stream()
                .filter(p -> p.role() != PostRole.STANDING_MEMBER && !s.holders(p.id()).isEmpty()).map(Post::title)
                .toList()));
        List<Post> seats = s.posts(KimBang.HUYEN_UY, PostRole.STANDING_MEMBER);
        out.println("      " + seats.size() + " seats \"" + seats.get(0).title() + "\", held concurrently:");
        for (Post seat : seats) {
            for (Tenure t : s.tenures(seat.id())) {
                if (s.postsOf(t.person()).contains(t)) {
                    Person who = s.person(t.person());
                    out.println("        " + who.name() + ": " + mainTitle(s, who) + " (since "
                            + t.period().start().map(Object::toString).orElse("?") + ")");
                }
            }
        }
    }

    /** The title of a person's main post on the snapshot's date. */
    private static String mainTitle(OrgStructure s, Person who) {
        return s.postsOf(who.id()).stream().filter(m -> !m.isConcurrent()).findFirst()
                .map(m -> s.post(m.post()).title()).orElse("(no main post)");
    }

    /** Whether the two units are headed by the same person on the snapshot's date. */
    private static boolean sameHead(OrgStructure s, Unit a, Unit b) {
        List<Person> ha = s.heads(a.id());
        return !ha.isEmpty() && ha.equals(s.heads(b.id()));
    }

    /** The one unit of a kind that belongs to a village. */
    private static Unit only(OrgStructure s, Unit village, UnitKind kind) {
        List<Unit> found = s.unitsIn(village.id()).stream().filter(u -> u.kind().equals(kind)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(village.id() + " has " + found.size() + " units of kind " + kind.code());
        }
        return found.get(0);
    }
}
