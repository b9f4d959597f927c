package org.bomay.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.bomay.core.model.Unit;
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.StructureShape.Commune;
import org.bomay.testkit.StructureShape.District;
import org.bomay.testkit.StructureShape.Land;
import org.bomay.testkit.StructureShape.Org;
import org.bomay.testkit.StructureShape.Person;
import org.bomay.testkit.StructureShape.Place;
import org.bomay.testkit.StructureShape.Province;
import org.bomay.testkit.StructureShape.Seat;
import org.bomay.testkit.StructureShape.Village;
import org.bomay.testkit.VnNames.Syllable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid, realistic random {@link OrgStructure}s of Vietnam's political
 * system, and of Vietnamese names.
 *
 * <p>A generated structure holds administrative units (tỉnh; huyện or thị xã; xã, thị trấn or
 * phường; thôn, xóm, ấp, bản or tổ dân phố) and, for each of them, the organizations of the three
 * pillars at its level:
 * <ul>
 *   <li>province: Tỉnh ủy, HĐND, UBND (with some Sở), Ủy ban MTTQ and the four socio-political
 *       organizations (Hội Nông dân, Hội LHPN, Đoàn Thanh niên, Hội Cựu chiến binh);</li>
 *   <li>district: Huyện ủy (Thị ủy) with some of its boards (Ban Tổ chức, Ban Tuyên giáo, Ban Dân vận,
 *       Ủy ban Kiểm tra, Văn phòng), HĐND, UBND with some Phòng, Ủy ban MTTQ, some socio-political
 *       organizations;</li>
 *   <li>commune: Đảng ủy, HĐND, UBND, Ủy ban MTTQ, some socio-political organizations;</li>
 *   <li>village: Chi bộ and Ban công tác Mặt trận, and the village head's post on the village itself.</li>
 * </ul>
 * Subordination follows the pillars (a Huyện ủy under the Tỉnh ủy, a UBND xã under the UBND
 * huyện, a Hội Nông dân xã under the nearest Hội Nông dân above it; in three-tier mode the commune
 * bodies hang directly under the province's). Each party committee LEADS the HĐND, UBND and
 * Ủy ban MTTQ of its territory, each chi bộ its Ban công tác Mặt trận; socio-political
 * organizations are MEMBER_OF their territory's Ủy ban MTTQ; a district's Văn phòng SERVES the
 * Huyện ủy; a Sở GUIDES the Phòng of the same field. Every unit has a HEAD post and organizations
 * have 0 to 3 DEPUTY posts; most posts are held (MAIN tenures, some with a previous holder whose
 * tenure ended), some are vacant, and some head posts are held CONCURRENTLY: the party secretary
 * chairs the HĐND, the Trưởng Ban Dân vận chairs the Ủy ban MTTQ, the chi bộ secretary is the
 * village head. Names use real place-name syllables with both tone-mark placements ("Hòa"/"Hoà",
 * "Thủy"/"Thuỷ") and sometimes abbreviations (HĐND, UBND, UBMTTQ).
 *
 * <p>Ids are derived from the position in the tree and are stable for a given shape: provinces
 * {@code p1}, districts {@code p1.d2}, communes {@code p1.d2.c3} ({@code p1.c3} in three-tier mode),
 * villages {@code p1.d2.c3.v1}; organizations add a suffix to their territory's id
 * ({@code .tu .hu .du .cb .hdnd .ubnd .mttq .so1 .ph2 .btc .btg .bdv .ubkt .vp .hnd .hpn .dtn .ccb .mt});
 * posts add {@code .head} or {@code .dep1}, {@code .dep2}...; people add {@code /holder} or
 * {@code /prev} to their post's id.
 *
 * <p>Generators are composed from QuickTheories' combinators only: a failing property shrinks
 * towards fewer units, fewer deputies, absent optional bodies, vacant posts (fewer people), no
 * concurrent post, and the first names of the lists ("Hòa Bình", "Nguyễn Văn An"). A property over
 * {@link #shapes(Config)} prints the failing {@link StructureShape}; one over {@link #structures(Config)}
 * prints the failing structure as a text tree.
 *
 * <p><b>Shrinking cost.</b> QuickTheories 0.26 shrinks one randomly chosen draw per cycle, runs
 * 100,000 cycles by default (100 × its default 1,000 examples, whatever {@code withExamples} says)
 * and keeps every counterexample it meets until it reports. A structure of the default size is
 * about 100 units, 1,500 draws and 200 KB (its shape about 40 KB), so a failing property over
 * large configurations can run for minutes and exhaust the heap. Keep structures small (the
 * default {@link #config()} is), bound the cycles ({@code qt().withShrinkCycles(5_000)}), and for
 * larger configurations quantify over {@link #shapes(Config)} and build inside the property.
 *
 * <pre>{@code
 * import static org.quicktheories.QuickTheory.qt;
 *
 * qt().forAll(StructureGen.structures())
 *     .check(s -> s.counts().units() == s.units().size());
 *
 * qt().forAll(StructureGen.structures(StructureGen.config().withThreeTiers(true).withVillagesPerCommune(0, 1)))
 *     .checkAssert(StructureInvariants::checkAll);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class StructureGen {
    private static final Config DEFAULT = new Config();

    private StructureGen() {}

    /**
     * The default configuration: 1 province, 1–3 districts per province, 1–4 communes per district
     * (1–6 per province in three-tier mode), 0–3 villages per commune, 0–3 deputies per
     * organization, 15% vacant posts, 30% chance of each concurrent post, two-tier (with districts),
     * dated 2020-01-01 (2026-01-01 in three-tier mode). Structures hold 25 to 220 units, about 100
     * on average (three-tier: 15 to 100, about 50), with about 4 concurrent posts.
     *
     * <pre>{@code
     * StructureGen.Config big = StructureGen.config().withProvinces(2, 3).withVillagesPerCommune(2, 5);
     * }</pre>
     */
    public static Config config() {
        return DEFAULT;
    }

    /**
     * Structures with the default configuration.
     *
     * <pre>{@code
     * qt().forAll(StructureGen.structures())
     *     .check(s -> s.counts().units() == s.units().size());
     * }</pre>
     */
    public static Gen<OrgStructure> structures() {
        return structures(DEFAULT);
    }

    /**
     * Structures with the given configuration. A failing property prints the structure's summary
     * and its text tree. For large configurations prefer {@link #shapes(Config)}: see the class
     * comment on shrinking cost.
     *
     * <pre>{@code
     * qt().forAll(StructureGen.structures(StructureGen.config().withThreeTiers(true)))
     *     .checkAssert(StructureInvariants::checkAll);
     * }</pre>
     */
    public static Gen<OrgStructure> structures(Config config) {
        return shapes(config).map(StructureShape::toStructure).describedAs(StructureGen::describe);
    }

    /**
     * The shapes behind {@link #structures(Config)}: a property over shapes prints the small
     * {@link StructureShape} of its counterexample, and also reports a structure that fails to build.
     *
     * <pre>{@code
     * qt().forAll(StructureGen.shapes(StructureGen.config()))
     *     .checkAssert(shape -> StructureInvariants.checkAll(shape.toStructure()));
     * }</pre>
     */
    public static Gen<StructureShape> shapes(Config config) {
        Objects.requireNonNull(config, "config");
        if (config.threeTiers && config.date().isBefore(ShapeAssembler.REFORM)) {
            throw new IllegalArgumentException("StructureGen: a three-tier structure exists from " + ShapeAssembler.REFORM
                    + " (Law 72/2025/QH15); its date " + config.date() + " would leave every post vacant");
        }
        return lists().of(province(config)).ofSizeBetween(config.provinces.min, config.provinces.max)
                .map(ps -> new StructureShape(config.date(), config.threeTiers, ps));
    }

    /**
     * Vietnamese names for text properties: one to five real syllables with diacritics, each in
     * one of the two tone-mark placements ("Hòa"/"Hoà", "Thủy"/"Thuỷ", "Họa"/"Hoạ", "Túy"/"Tuý"),
     * in title, lower or upper case, sometimes abbreviations (HĐND, UBND), and about one in four
     * in decomposed form (NFD) instead of NFC.
     *
     * <pre>{@code
     * qt().forAll(StructureGen.vietnameseNames())
     *     .check(n -> VnText.key(VnText.key(n)).equals(VnText.key(n)));
     * }</pre>
     */
    public static Gen<String> vietnameseNames() {
        Gen<String> word = Generate.pick(VnNames.ALL).zip(chance(50), integers().between(0, 2), (s, modern, casing) -> {
            String w = s.form(modern);
            return switch (casing) {
                case 1 -> w.toLowerCase(Locale.ROOT);
                case 2 -> w.toUpperCase(Locale.ROOT);
                default -> w;
            };
        });
        return lists().of(word).ofSizeBetween(1, 5).zip(chance(25),
                (ws, nfd) -> Normalizer.normalize(String.join(" ", ws), nfd ? Normalizer.Form.NFD : Normalizer.Form.NFC));
    }

    /** Returns the structure's summary line and its text tree, shortened to 200 lines. */
    static String describe(OrgStructure s) {
        StringBuilder b = new StringBuilder(s.toString());
        int lines = 0;
        for (Unit root : s.roots()) {
            for (String line : s.tree(root.id()).split("\n")) {
                if (++lines > 200) {
                    return b.append("\n... (").append(s.units().size()).append(" units in all)").toString();
                }
                b.append('\n').append(line);
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ the shape generators

    /** True with the given percent probability; shrinks to false. */
    private static Gen<Boolean> chance(int percent) {
        return integers().between(0, 99).map(x -> x >= 100 - percent);
    }

    /** A full name (one draw: shrinks to "Nguyễn Văn An"), party membership, age (23: unknown). */
    private static Gen<Person> person() {
        int f = VnNames.FAMILY.size();
        int m = VnNames.MIDDLE.size();
        int g = VnNames.GIVEN.size();
        Gen<String> name = integers().between(0, 2 * f * m * g - 1).map(i -> {
            boolean modern = i % 2 == 1;
            int k = i / 2;
            return VnNames.FAMILY.get(k % f).form(modern) + " " + VnNames.MIDDLE.get(k / f % m).form(modern) + " "
                    + VnNames.GIVEN.get(k / f / m % g).form(modern);
        });
        return name.zip(chance(80), integers().between(23, 64), (n, party, age) -> new Person(n, party, age == 23 ? -1 : age));
    }

    private record Predecessor(Person person, int months) {}

    private static Gen<Seat> seat(Config c) {
        Gen<Optional<Person>> holder = c.vacancyPercent == 100 ? Generate.constant(Optional.empty())
                : person().toOptionals(c.vacancyPercent);
        Gen<Optional<Predecessor>> predecessor = person().zip(integers().between(6, 60), Predecessor::new).toOptionals(70);
        return holder.zip(integers().between(0, 59), predecessor, (h, months, prev) -> new Seat(h.orElse(null), months,
                prev.map(Predecessor::person).orElse(null), prev.map(Predecessor::months).orElse(0)));
    }

    private static Gen<Org> org(Config c, int maxQuota) {
        Gen<Integer> quota = maxQuota <= 0 ? Generate.constant(-1)
                : integers().between(0, maxQuota).toOptionals(10).map(q -> q.orElse(-1));
        Gen<Integer> shortfall = integers().between(-2, 8);
        return seat(c).zip(lists().of(seat(c)).ofSizeBetween(c.deputies.min, c.deputies.max), quota, shortfall,
                (head, deputies, q, s) -> new Org(head, deputies, q, q < 0 ? -1 : Math.max(0, q - s)));
    }

    private static Gen<List<Org>> core(Config c, int maxQuota) {
        return lists().of(org(c, maxQuota)).ofSize(4);
    }

    private static Gen<List<Optional<Org>>> some(Config c, int maxQuota, int count, int percentAbsent) {
        return lists().of(org(c, maxQuota).toOptionals(percentAbsent)).ofSize(count);
    }

    private static Gen<Place> place(boolean mayBeUrban) {
        return Generate.pick(VnNames.PLACE_FIRST).zip(Generate.pick(VnNames.PLACE_SECOND), chance(50), chance(30),
                mayBeUrban ? chance(25) : Generate.constant(false),
                (a, b, modern, abbr, urban) -> new Place(placeName(a, b, modern), modern, abbr, urban));
    }

    private static String placeName(Syllable a, Syllable b, boolean modern) {
        return a.equals(b) ? a.form(modern) : a.form(modern) + " " + b.form(modern);
    }

    /** Area in tenths of km², population, households, class; each sometimes unknown. */
    private static Gen<Land> land(int maxAreaTenths, int maxPopulation) {
        return integers().between(1, maxAreaTenths).zip(integers().between(0, maxPopulation), integers().between(20, 30),
                integers().between(-1, 2), chance(10),
                (area, pop, householdPercent, cls, unknown) -> unknown
                        ? new Land(-1, -1, -1, cls)
                        : new Land(area, pop, pop * householdPercent / 100, cls));
    }

    private record VillageHead(Place place, boolean numbered, int prefix, Land land) {}

    private static Gen<Village> village(Config c) {
        Gen<VillageHead> head = place(false).zip(chance(30), integers().between(0, 3), land(500, 3_000), VillageHead::new);
        return head.zip(seat(c), org(c, 0), org(c, 0), chance(c.concurrentPercent),
                (h, s, cell, front, concurrent) -> new Village(h.place(), h.numbered(), h.prefix(), h.land(), s, cell, front,
                        concurrent));
    }

    private record CommuneHead(Place place, Land land, List<Org> core, List<Optional<Org>> socials) {}

    private static Gen<Commune> commune(Config c) {
        Gen<CommuneHead> head = place(true).zip(land(5_000, 40_000), core(c, 25), some(c, 3, 4, 50), CommuneHead::new);
        return head.zip(chance(c.concurrentPercent), lists().of(village(c)).ofSizeBetween(c.villages.min, c.villages.max),
                (h, concurrent, villages) -> new Commune(h.place(), h.land(), h.core(), h.socials(), concurrent, villages));
    }

    private record DistrictHead(Place place, Land land, List<Org> core, List<Optional<Org>> boards,
            List<Optional<Org>> offices) {}

    private static Gen<District> district(Config c) {
        Gen<DistrictHead> head = place(true).zip(land(20_000, 300_000), core(c, 80),
                some(c, 20, ShapeAssembler.BOARDS.size(), 30), some(c, 25, ShapeAssembler.FIELDS, 50), DistrictHead::new);
        return head.zip(some(c, 10, ShapeAssembler.SOCIALS.size(), 30), chance(c.concurrentPercent),
                chance(c.concurrentPercent), lists().of(commune(c)).ofSizeBetween(c.communes.min, c.communes.max),
                (h, socials, chairs, mobilization, communes) -> new District(h.place(), h.land(), h.core(), h.boards(),
                        h.offices(), socials, chairs, mobilization, communes));
    }

    private record ProvinceHead(Place place, Land land, List<Org> core, List<Optional<Org>> departments) {}

    private static Gen<Province> province(Config c) {
        Gen<ProvinceHead> head = place(false).zip(land(160_000, 3_000_000), core(c, 200),
                some(c, 120, ShapeAssembler.FIELDS, 60), ProvinceHead::new);
        Gen<List<District>> districts = c.threeTiers ? Generate.constant(List.of())
                : lists().of(district(c)).ofSizeBetween(c.districts.min, c.districts.max);
        Gen<List<Commune>> communes = c.threeTiers
                ? lists().of(commune(c)).ofSizeBetween(c.communesPerProvince.min, c.communesPerProvince.max)
                : Generate.constant(List.of());
        return head.zip(lists().of(org(c, 30)).ofSize(ShapeAssembler.SOCIALS.size()), chance(c.concurrentPercent),
                districts, communes,
                (h, socials, chairs, ds, cs) -> new Province(h.place(), h.land(), h.core(), h.departments(), socials, chairs,
                        ds, cs));
    }

    // ------------------------------------------------------------------ configuration

    /** An inclusive range of counts. */
    private record Range(int min, int max) {
        static Range of(String what, int min, int max) {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException(what + ": need 0 <= min <= max, was min " + min + ", max " + max);
            }
            if (max > 1_000) {
                throw new IllegalArgumentException(what + ": max " + max + " is too large for a generator (at most 1000)");
            }
            return new Range(min, max);
        }

        @Override
        public String toString() {
            return min == max ? Integer.toString(min) : min + ".." + max;
        }
    }

    /**
     * The size knobs and rates of generated structures. Each {@code with…} returns a copy; bounds
     * are inclusive and validated ({@code 0 <= min <= max}, rates 0–100).
     *
     * <pre>{@code
     * StructureGen.Config c = StructureGen.config()
     *         .withProvinces(1, 2)
     *         .withDistrictsPerProvince(2, 2)
     *         .withVillagesPerCommune(0, 0)
     *         .withVacancyRate(0)
     *         .withConcurrentRate(100);
     * qt().forAll(StructureGen.structures(c)).checkAssert(StructureInvariants::checkAll);
     * }</pre>
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Config {
        private final Range provinces;
        private final Range districts;
        private final Range communes;
        private final Range communesPerProvince;
        private final Range villages;
        private final Range deputies;
        private final boolean threeTiers;
        private final int vacancyPercent;
        private final int concurrentPercent;
        private final LocalDate date;

        private Config() {
            this(new Range(1, 1), new Range(1, 3), new Range(1, 4), new Range(1, 6), new Range(0, 3), new Range(0, 3), false,
                    15, 30, null);
        }

        private Config(Range provinces, Range districts, Range communes, Range communesPerProvince, Range villages,
                Range deputies, boolean threeTiers, int vacancyPercent, int concurrentPercent, LocalDate date) {
            this.provinces = provinces;
            this.districts = districts;
            this.communes = communes;
            this.communesPerProvince = communesPerProvince;
            this.villages = villages;
            this.deputies = deputies;
            this.threeTiers = threeTiers;
            this.vacancyPercent = vacancyPercent;
            this.concurrentPercent = concurrentPercent;
            this.date = date;
        }

        private static int percent(String what, int p) {
            if (p < 0 || p > 100) {
                throw new IllegalArgumentException(what + " must be a percentage from 0 to 100, was " + p);
            }
            return p;
        }

        /** Sets how many provinces a structure has (default 1..1). */
        public Config withProvinces(int min, int max) {
            return new Config(Range.of("withProvinces", min, max), districts, communes, communesPerProvince, villages, deputies,
                    threeTiers, vacancyPercent, concurrentPercent, date);
        }

        /** Sets how many districts each province has in two-tier mode (default 1..3). */
        public Config withDistrictsPerProvince(int min, int max) {
            return new Config(provinces, Range.of("withDistrictsPerProvince", min, max), communes, communesPerProvince, villages,
                    deputies, threeTiers, vacancyPercent, concurrentPercent, date);
        }

        /** Sets how many communes each district has in two-tier mode (default 1..4). */
        public Config withCommunesPerDistrict(int min, int max) {
            return new Config(provinces, districts, Range.of("withCommunesPerDistrict", min, max), communesPerProvince, villages,
                    deputies, threeTiers, vacancyPercent, concurrentPercent, date);
        }

        /** Sets how many communes each province has in three-tier mode (default 1..6). */
        public Config withCommunesPerProvince(int min, int max) {
            return new Config(provinces, districts, communes, Range.of("withCommunesPerProvince", min, max), villages, deputies,
                    threeTiers, vacancyPercent, concurrentPercent, date);
        }

        /** Sets how many villages (thôn, tổ dân phố) each commune has (default 0..3). */
        public Config withVillagesPerCommune(int min, int max) {
            return new Config(provinces, districts, communes, communesPerProvince, Range.of("withVillagesPerCommune", min, max),
                    deputies, threeTiers, vacancyPercent, concurrentPercent, date);
        }

        /** Sets how many deputy posts each organization has (default 0..3). */
        public Config withDeputies(int min, int max) {
            return new Config(provinces, districts, communes, communesPerProvince, villages, Range.of("withDeputies", min, max),
                    threeTiers, vacancyPercent, concurrentPercent, date);
        }

        /**
         * Chooses the three-tier system of 1/7/2025 (province, commune, village: no district level;
         * communes are xã or phường, and provinces and communes are valid from 2025-07-01) or the
         * two-tier-below-province system before it (default false).
         */
        public Config withThreeTiers(boolean threeTiers) {
            return new Config(provinces, districts, communes, communesPerProvince, villages, deputies, threeTiers,
                    vacancyPercent, concurrentPercent, date);
        }

        /** Sets the percentage of posts left vacant (default 15). */
        public Config withVacancyRate(int percent) {
            return new Config(provinces, districts, communes, communesPerProvince, villages, deputies, threeTiers,
                    percent("withVacancyRate", percent), concurrentPercent, date);
        }

        /**
         * Sets the percentage chance of each concurrent post (default 30): per territory, the party
         * secretary chairs the HĐND; per district, the Trưởng Ban Dân vận chairs the Ủy ban MTTQ;
         * per village, the chi bộ secretary is the village head. A concurrent post needs its
         * holder's main post to be filled.
         */
        public Config withConcurrentRate(int percent) {
            return new Config(provinces, districts, communes, communesPerProvince, villages, deputies, threeTiers,
                    vacancyPercent, percent("withConcurrentRate", percent), date);
        }

        /** Sets the snapshot date (default 2020-01-01, or 2026-01-01 in three-tier mode). */
        public Config withDate(LocalDate date) {
            return new Config(provinces, districts, communes, communesPerProvince, villages, deputies, threeTiers,
                    vacancyPercent, concurrentPercent, Objects.requireNonNull(date, "date"));
        }

        /** The snapshot date of generated structures. */
        public LocalDate date() {
            return date != null ? date : threeTiers ? LocalDate.of(2026, 1, 1) : LocalDate.of(2020, 1, 1);
        }

        /** Whether generated structures have no district level. */
        public boolean threeTiers() {
            return threeTiers;
        }

        @Override
        public String toString() {
            return "StructureGen.Config[provinces " + provinces
                    + (threeTiers ? ", three-tier, communes/province " + communesPerProvince
                            : ", districts/province " + districts + ", communes/district " + communes)
                    + ", villages/commune " + villages + ", deputies " + deputies + ", vacancy " + vacancyPercent
                    + "%, concurrent " + concurrentPercent + "%, date " + date() + "]";
        }
    }
}
