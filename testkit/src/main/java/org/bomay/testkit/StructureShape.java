package org.bomay.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bomay.core.structure.OrgStructure;

/**
 * The shape of a generated structure: a small tree of counts, names and choices (which boards
 * exist, which posts are vacant, who holds a post concurrently) that {@link #toStructure()} maps
 * deterministically into an {@link OrgStructure}. {@link StructureGen#shapes(StructureGen.Config)}
 * generates shapes; a property over shapes prints the shape of its smallest counterexample, one
 * line per administrative unit:
 *
 * <pre>
 * StructureShape[2020-01-01, two-tier, 1 province]
 * p1 Tỉnh Hòa Bình  tu[HD] hdnd[=] ubnd[H] mttq[h] so2[H] hnd[H] hpn[H] dtn[H] ccb[H]
 *   p1.d1 Huyện Kim Bảng  hu[H] btc[Hd] bdv[H] hdnd[H] ubnd[H] ph1[H] mttq[=bdv]
 *     p1.d1.c1 Xã Nhật Tân  du[H] hdnd[=] ubnd[Hd] mttq[H]
 *       p1.d1.c1.v1 Thôn Đông Hoà  head[=] cb[H] mt[h]
 * </pre>
 *
 * <p>In {@code ubnd[Hd]}, {@code H} is a filled head post and {@code h} a vacant one, then one
 * letter per deputy post ({@code D} filled, {@code d} vacant); {@code [=]} is a head post held
 * concurrently by the head of the party committee of the same territory, {@code [=bdv]} by the
 * head of the Ban Dân vận.
 *
 * <pre>{@code
 * qt().forAll(StructureGen.shapes(StructureGen.config()))
 *     .checkAssert(shape -> StructureInvariants.checkAll(shape.toStructure()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StructureShape {
    private final LocalDate date;
    private final boolean threeTiers;
    private final List<Province> provinces;

    StructureShape(LocalDate date, boolean threeTiers, List<Province> provinces) {
        this.date = Objects.requireNonNull(date, "date");
        this.threeTiers = threeTiers;
        this.provinces = List.copyOf(provinces);
    }

    /** Builds the structure (through {@link OrgStructure#builder}, so core validation runs). Same shape, equal structure. */
    public OrgStructure toStructure() {
        return new ShapeAssembler(this).assemble();
    }

    /** The date of the snapshot. */
    public LocalDate date() {
        return date;
    }

    /** Whether the shape has no district level (communes directly under provinces, as from 1/7/2025). */
    public boolean threeTiers() {
        return threeTiers;
    }

    /** The number of provinces. */
    public int provinceCount() {
        return provinces.size();
    }

    List<Province> provinces() {
        return provinces;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructureShape s && date.equals(s.date) && threeTiers == s.threeTiers
                && provinces.equals(s.provinces);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, threeTiers, provinces);
    }

    /** One line per administrative unit; see the class comment. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append("StructureShape[").append(date).append(", ").append(threeTiers ? "three-tier" : "two-tier")
                .append(", ").append(provinces.size()).append(provinces.size() == 1 ? " province]" : " provinces]");
        for (int i = 0; i < provinces.size(); i++) {
            Province p = provinces.get(i);
            String id = "p" + (i + 1);
            b.append('\n').append(id).append(" Tỉnh ").append(p.place().name()).append(' ');
            org(b, "tu", p.party(), false);
            org(b, "hdnd", p.council(), p.secretaryChairsCouncil() && p.party().head().filled());
            org(b, "ubnd", p.committee(), false);
            org(b, "mttq", p.front(), false);
            optionals(b, "so", p.departments(), true);
            for (int k = 0; k < p.socials().size(); k++) {
                org(b, ShapeAssembler.SOCIALS.get(k).suffix(), p.socials().get(k), false);
            }
            for (int j = 0; j < p.districts().size(); j++) {
                district(b, id + ".d" + (j + 1), p.districts().get(j));
            }
            for (int j = 0; j < p.communes().size(); j++) {
                commune(b, "  ", id + ".c" + (j + 1), p.communes().get(j));
            }
        }
        return b.toString();
    }

    private void district(StringBuilder b, String id, District d) {
        b.append("\n  ").append(id).append(d.place().urban() ? " Thị xã " : " Huyện ").append(d.place().name()).append(' ');
        org(b, "hu", d.party(), false);
        for (int k = 0; k < d.boards().size(); k++) {
            if (d.boards().get(k).isPresent()) {
                org(b, ShapeAssembler.BOARDS.get(k).suffix(), d.boards().get(k).get(), false);
            }
        }
        org(b, "hdnd", d.council(), d.secretaryChairsCouncil() && d.party().head().filled());
        org(b, "ubnd", d.committee(), false);
        optionals(b, "ph", d.offices(), true);
        boolean bdv = d.mobilizationHeadsFront() && d.boards().get(ShapeAssembler.BDV).map(o -> o.head().filled()).orElse(false);
        b.append(" mttq[").append(bdv ? "=bdv" : seats(d.front())).append(']');
        for (int k = 0; k < d.socials().size(); k++) {
            if (d.socials().get(k).isPresent()) {
                org(b, ShapeAssembler.SOCIALS.get(k).suffix(), d.socials().get(k).get(), false);
            }
        }
        for (int j = 0; j < d.communes().size(); j++) {
            commune(b, "    ", id + ".c" + (j + 1), d.communes().get(j));
        }
    }

    private void commune(StringBuilder b, String indent, String id, Commune c) {
        b.append('\n').append(indent).append(id).append(' ')
                .append(c.place().urban() ? (threeTiers ? "Phường " : "Thị trấn ") : "Xã ")
                .append(c.place().name()).append(' ');
        org(b, "du", c.party(), false);
        org(b, "hdnd", c.council(), c.secretaryChairsCouncil() && c.party().head().filled());
        org(b, "ubnd", c.committee(), false);
        org(b, "mttq", c.front(), false);
        for (int k = 0; k < c.socials().size(); k++) {
            if (c.socials().get(k).isPresent()) {
                org(b, ShapeAssembler.SOCIALS.get(k).suffix(), c.socials().get(k).get(), false);
            }
        }
        for (int j = 0; j < c.villages().size(); j++) {
            Village v = c.villages().get(j);
            b.append('\n').append(indent).append("  ").append(id).append(".v").append(j + 1).append(' ')
                    .append(ShapeAssembler.villageName(v, j + 1, c.place().urban())).append("  head[")
                    .append(v.secretaryIsHead() && v.cell().head().filled() ? "=" : v.head().filled() ? "H" : "h")
                    .append(']');
            org(b, "cb", v.cell(), false);
            org(b, "mt", v.front(), false);
        }
    }

    private static void optionals(StringBuilder b, String prefix, List<Optional<Org>> orgs, boolean numbered) {
        for (int k = 0; k < orgs.size(); k++) {
            if (orgs.get(k).isPresent()) {
                org(b, numbered ? prefix + (k + 1) : prefix, orgs.get(k).get(), false);
            }
        }
    }

    private static void org(StringBuilder b, String name, Org o, boolean concurrentHead) {
        b.append(' ').append(name).append('[').append(concurrentHead ? "=" : seats(o)).append(']');
    }

    private static String seats(Org o) {
        StringBuilder s = new StringBuilder(o.head().filled() ? "H" : "h");
        for (Seat d : o.deputies()) {
            s.append(d.filled() ? 'D' : 'd');
        }
        return s.toString();
    }

    // ------------------------------------------------------------------ the shape tree

    /** A person: a full name, party membership and age in years ({@code -1}: birth date unknown). */
    record Person(String name, boolean partyMember, int age) {}

    /**
     * A post's seat: its holder ({@code null}: vacant), how many months before the snapshot date the
     * holder took office (or the post fell vacant), and the previous holder ({@code null}: none)
     * who held it for {@code predecessorMonths} before that.
     */
    record Seat(Person holder, int monthsAgo, Person predecessor, int predecessorMonths) {
        boolean filled() {
            return holder != null;
        }
    }

    /** An organization: its head's seat, one seat per deputy post, staff quota and actual staff ({@code -1}: unknown). */
    record Org(Seat head, List<Seat> deputies, int quota, int actual) {
        Org {
            deputies = List.copyOf(deputies);
        }
    }

    /**
     * A name and its styles: {@code modernTones} writes {@code hoà}, {@code uỷ} rather than {@code hòa},
     * {@code ủy}; {@code abbreviations} writes HĐND, UBND, UBMTTQ; {@code urban} picks thị xã, thị
     * trấn, phường and tổ dân phố over huyện, xã and thôn.
     */
    record Place(String name, boolean modernTones, boolean abbreviations, boolean urban) {}

    /** Attributes of an administrative unit; {@code -1} is unknown. {@code unitClass} 0..2 is loại I..III. */
    record Land(int areaTenthsKm2, int population, int households, int unitClass) {}

    /** A village (thôn, tổ dân phố): its head's seat, its party cell and its front work board. */
    record Village(Place place, boolean numbered, int prefix, Land land, Seat head, Org cell, Org front,
            boolean secretaryIsHead) {}

    /** A commune: party committee, council, committee, front, optional socio-political organizations, villages. */
    record Commune(Place place, Land land, List<Org> core, List<Optional<Org>> socials, boolean secretaryChairsCouncil,
            List<Village> villages) implements WithCoreBodies {
        Commune {
            core = List.copyOf(core);
            socials = List.copyOf(socials);
            villages = List.copyOf(villages);
        }
    }

    /** A territory's four core bodies, in order: party committee, council, committee, front. */
    interface WithCoreBodies {
        List<Org> core();

        default Org party() {
            return core().get(0);
        }

        default Org council() {
            return core().get(1);
        }

        default Org committee() {
            return core().get(2);
        }

        default Org front() {
            return core().get(3);
        }
    }

    /** A district: the four core bodies, optional party boards, UBND offices and socio-political organizations, communes. */
    record District(Place place, Land land, List<Org> core, List<Optional<Org>> boards, List<Optional<Org>> offices,
            List<Optional<Org>> socials, boolean secretaryChairsCouncil, boolean mobilizationHeadsFront,
            List<Commune> communes) implements WithCoreBodies {
        District {
            core = List.copyOf(core);
            boards = List.copyOf(boards);
            offices = List.copyOf(offices);
            socials = List.copyOf(socials);
            communes = List.copyOf(communes);
        }
    }

    /**
     * A province: the four core bodies, optional departments, the four socio-political
     * organizations, districts or (three-tier) communes.
     */
    record Province(Place place, Land land, List<Org> core, List<Optional<Org>> departments, List<Org> socials,
            boolean secretaryChairsCouncil, List<District> districts, List<Commune> communes) implements WithCoreBodies {
        Province {
            core = List.copyOf(core);
            departments = List.copyOf(departments);
            socials = List.copyOf(socials);
            districts = List.copyOf(districts);
            communes = List.copyOf(communes);
        }
    }
}
