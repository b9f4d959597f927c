package org.bomay.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.bomay.core.BomayException;
import org.bomay.core.change.LegalBasis;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.model.Period;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.rules.Rule;
import org.bomay.core.rules.RuleInfo;
import org.bomay.core.rules.RulePack;
import org.bomay.core.rules.Severity;
import org.bomay.core.rules.types.AdminUnitStandards;
import org.bomay.core.rules.types.BaselineLimit;
import org.bomay.core.rules.types.Cap;
import org.bomay.core.rules.types.ConcurrencyModel;
import org.bomay.core.rules.types.ConcurrentPosts;
import org.bomay.core.rules.types.DeputyCap;
import org.bomay.core.rules.types.DeputyShareCap;
import org.bomay.core.rules.types.GroupDeputyCap;
import org.bomay.core.rules.types.MandatoryMerger;
import org.bomay.core.rules.types.MaxConcurrentPosts;
import org.bomay.core.rules.types.Minimum;
import org.bomay.core.rules.types.MinimumStaff;
import org.bomay.core.rules.types.PartyMembership;
import org.bomay.core.rules.types.PostPattern;
import org.bomay.core.rules.types.Selector;
import org.bomay.core.rules.types.SingleHead;
import org.bomay.core.rules.types.StaffCap;
import org.bomay.core.rules.types.StaffWithinQuota;
import org.bomay.core.rules.types.Standard;
import org.bomay.core.rules.types.StructuralIntegrity;
import org.bomay.core.rules.types.SubordinateDeputies;
import org.bomay.core.rules.types.UnitsNotAllowed;
import org.bomay.core.rules.types.VillageHouseholds;

/**
 * The rule-pack document ({@code "type": "rules"}): a pack's name and every rule with its type,
 * id, titles, source, validity, severity and parameters, so that an analyst can export a pack,
 * edit a number and read it back. Not public API: {@link org.bomay.io.Documents} is the entry point.
 *
 * <pre>{@code
 * {"format": "bomay/1", "type": "rules", "name": "Việt Nam",
 *  "rules": [
 *    {"type": "DeputyCap", "id": "vn.tt09-2017.pho-truong-thon",
 *     "titleVi": "Thôn, tổ dân phố có 01 Phó Trưởng thôn, Tổ phó", "titleEn": "One deputy per village or residential group",
 *     "source": {"number": "09/2017/TT-BNV", "title": "Sửa đổi, bổ sung Thông tư 04/2012/TT-BNV"},
 *     "from": "2018-03-01", "severity": "ERROR",
 *     "caps": [{"where": {"kinds": ["VN.THON", "VN.TO_DAN_PHO"], "levels": ["VILLAGE"]}, "max": 1}]}
 *  ]}
 * }</pre>
 *
 * <p>Every rule has {@code type} (the simple name of its class in
 * {@code org.bomay.core.rules.types}; there is no default typing), {@code id}, {@code titleVi},
 * {@code titleEn}, {@code source} ({@code {"number", "title"}}, absent for a structural check),
 * {@code from} and {@code to} (the validity, {@code to} being the first day out of force; absent:
 * open) and {@code severity} (default ERROR), then the parameters of its type:
 *
 * <table>
 *   <caption>Parameters by rule type</caption>
 *   <tr><th>type</th><th>parameters</th></tr>
 *   <tr><td>DeputyCap</td><td>{@code caps} [{@code {where, max}}], {@code grace} (ISO period, e.g. "P5Y")</td></tr>
 *   <tr><td>StaffCap</td><td>{@code caps}, {@code onQuota} (default false: the actual staff)</td></tr>
 *   <tr><td>MinimumStaff</td><td>{@code minimums} [{@code {where, min}}], {@code onQuota}</td></tr>
 *   <tr><td>AdminUnitStandards</td><td>{@code standards} [{@code {where, population, areaKm2}}]</td></tr>
 *   <tr><td>MandatoryMerger</td><td>{@code standards}, {@code conditions} [{@code {where, areaBelow, populationBelow}}]</td></tr>
 *   <tr><td>VillageHouseholds</td><td>{@code thresholds} [{@code {where, min}}], {@code mustMergeBelow}</td></tr>
 *   <tr><td>GroupDeputyCap</td><td>{@code group}, {@code members}, {@code average} or {@code total},
 *       {@code allowance} ({@code {"2": 1, "3": 2}}: extra deputies by how many units the territory was
 *       formed from), {@code grace}</td></tr>
 *   <tr><td>SubordinateDeputies</td><td>{@code child}, {@code parent}</td></tr>
 *   <tr><td>DeputyShareCap</td><td>{@code where}, {@code share}</td></tr>
 *   <tr><td>SingleHead, StaffWithinQuota, UnitsNotAllowed</td><td>{@code where}</td></tr>
 *   <tr><td>ConcurrentPosts</td><td>{@code models} [{@code {id, nameVi, nameEn, first, second, sameTerritory,
 *       statuses: [{standing, from, to, scope, source}]}}] with posts as {@code {unit, roles}},
 *       {@code unlisted} (the severity of pairs outside the models; absent: accepted)</td></tr>
 *   <tr><td>MaxConcurrentPosts</td><td>{@code max}</td></tr>
 *   <tr><td>PartyMembership</td><td>{@code posts} [{@code {unit, roles}}]</td></tr>
 *   <tr><td>BaselineLimit</td><td>{@code measure}, {@code where}, {@code baseline} (the baseline's total),
 *       {@code baselineDate}, {@code share}</td></tr>
 *   <tr><td>StructuralIntegrity</td><td>none: the id names the check, and its titles, validity and
 *       severity are fixed by core</td></tr>
 * </table>
 *
 * <p>Selectors ({@code where}, {@code group}, ...) are written as by {@link SelectorCodec}; unit
 * kinds by code, and a kind that is not in the catalog is declared in a top-level {@code "kinds"}
 * array as in a structure document. Every parameter is written in full, so write then read gives
 * rules of the same types with the same info and parameters; rules are rebuilt through their
 * factories, so an edited value that core rejects (a negative cap) is a problem at its field.
 *
 * <p>Only the rule types of {@code org.bomay.core.rules.types} can be written: a custom rule
 * (a subclass of {@code UnitRule}, ... holding code) has no data to write, and writing a pack that
 * holds one fails before anything is written, naming the rule.
 */
public final class RulePackCodec {
    /** The document type. */
    public static final String TYPE = "rules";

    private static final Map<String, TypeReader> READERS = readers();

    private RulePackCodec() {}

    /** The rule type names a document may use, sorted. */
    static ImmutableList<String> types() {
        return ImmutableList.copyOf(new TreeSet<>(READERS.keySet()));
    }

    // ------------------------------------------------------------------ writing

    /**
     * The body of a rule-pack document, checked before anything is written.
     *
     * @throws BomayException naming the rule if one is not of a type of {@code org.bomay.core.rules.types}
     */
    public static Engine.Body body(RulePack pack, KindCatalog catalog) {
        Map<String, UnitKind> own = new LinkedHashMap<>();
        for (Rule r : pack.rules()) {
            if (typeOf(r) == null) {
                throw new BomayException("Rule " + r.id() + " of pack " + pack.name() + " cannot be written: it is a "
                        + (r.getClass().isAnonymousClass() ? "custom rule (an anonymous " + r.getClass().getSuperclass().getSimpleName() + ")"
                                : "custom rule (" + r.getClass().getName() + ")")
                        + " whose check is code, not data; only the rule types of org.bomay.core.rules.types can be written ("
                        + String.join(", ", types()) + "). Write the pack without it: pack.without(\"" + r.id() + "\")");
            }
            for (Selector s : selectors(r)) {
                SelectorCodec.kinds(s, k -> {
                    if (catalog.find(k.code()).filter(c -> c.sameDefinition(k)).isEmpty()) {
                        own.putIfAbsent(k.code(), k);
                    }
                });
            }
        }
        return g -> {
            g.writeStringField("name", pack.name());
            if (!own.isEmpty()) {
                g.writeArrayFieldStart("kinds");
                for (UnitKind k : own.values()) {
                    StructureCodec.writeKind(k, g);
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("rules");
            for (Rule r : pack.rules()) {
                writeRule(r, g);
            }
            g.writeEndArray();
        };
    }

    /** The type name of a rule, or {@code null} for a rule that cannot be written. */
    static String typeOf(Rule r) {
        if (r instanceof DeputyCap || r instanceof StaffCap || r instanceof MinimumStaff || r instanceof AdminUnitStandards
                || r instanceof MandatoryMerger || r instanceof VillageHouseholds || r instanceof GroupDeputyCap
                || r instanceof SubordinateDeputies || r instanceof DeputyShareCap || r instanceof SingleHead
                || r instanceof StaffWithinQuota || r instanceof UnitsNotAllowed || r instanceof ConcurrentPosts
                || r instanceof MaxConcurrentPosts || r instanceof PartyMembership || r instanceof BaselineLimit
                || r instanceof StructuralIntegrity) {
            return r.getClass().getSimpleName();
        }
        return null;
    }

    /** Every selector a rule holds. */
    private static List<Selector> selectors(Rule r) {
        List<Selector> out = new ArrayList<>();
        if (r instanceof DeputyCap x) {
            x.caps().forEach(c -> out.add(c.where()));
        } else if (r instanceof StaffCap x) {
            x.caps().forEach(c -> out.add(c.where()));
        } else if (r instanceof MinimumStaff x) {
            x.minimums().forEach(c -> out.add(c.where()));
        } else if (r instanceof AdminUnitStandards x) {
            x.standards().forEach(c -> out.add(c.where()));
        } else if (r instanceof MandatoryMerger x) {
            x.standards().forEach(c -> out.add(c.where()));
            x.conditions().forEach(c -> out.add(c.where()));
        } else if (r instanceof VillageHouseholds x) {
            x.thresholds().forEach(c -> out.add(c.where()));
        } else if (r instanceof GroupDeputyCap x) {
            out.add(x.group());
            out.add(x.members());
        } else if (r instanceof SubordinateDeputies x) {
            out.add(x.child());
            out.add(x.parent());
        } else if (r instanceof DeputyShareCap x) {
            out.add(x.selector());
        } else if (r instanceof SingleHead x) {
            out.add(x.selector());
        } else if (r instanceof StaffWithinQuota x) {
            out.add(x.selector());
        } else if (r instanceof UnitsNotAllowed x) {
            out.add(x.selector());
        } else if (r instanceof ConcurrentPosts x) {
            for (ConcurrencyModel m : x.models()) {
                out.add(m.first().unit());
                out.add(m.second().unit());
            }
        } else if (r instanceof PartyMembership x) {
            x.posts().forEach(p -> out.add(p.unit()));
        } else if (r instanceof BaselineLimit x) {
            out.add(x.selector());
        }
        return out;
    }

    private static void writeRule(Rule r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", typeOf(r));
        RuleInfo info = r.info();
        g.writeStringField("id", info.id());
        g.writeStringField("titleVi", info.titleVi());
        g.writeStringField("titleEn", info.titleEn());
        if (info.source().isPresent()) {
            g.writeFieldName("source");
            writeSource(info.source().get(), g);
        }
        StructureCodec.writePeriod(info.validity(), g);
        g.writeStringField("severity", info.severity().name());
        if (r instanceof DeputyCap x) {
            writeCaps("caps", x.caps(), g);
            writeGrace(x.mergerGrace(), g);
        } else if (r instanceof StaffCap x) {
            writeCaps("caps", x.caps(), g);
            g.writeBooleanField("onQuota", x.checksQuota());
        } else if (r instanceof MinimumStaff x) {
            writeMinimums("minimums", x.minimums(), g);
            g.writeBooleanField("onQuota", x.checksQuota());
        } else if (r instanceof AdminUnitStandards x) {
            writeStandards(x.standards(), g);
        } else if (r instanceof MandatoryMerger x) {
            writeStandards(x.standards(), g);
            g.writeArrayFieldStart("conditions");
            for (MandatoryMerger.Condition c : x.conditions()) {
                g.writeStartObject();
                g.writeFieldName("where");
                SelectorCodec.write(c.where(), g);
                number("areaBelow", c.areaBelow(), g);
                number("populationBelow", c.populationBelow(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
        } else if (r instanceof VillageHouseholds x) {
            writeMinimums("thresholds", x.thresholds(), g);
            number("mustMergeBelow", x.mustMergeBelow(), g);
        } else if (r instanceof GroupDeputyCap x) {
            selector("group", x.group(), g);
            selector("members", x.members(), g);
            if (x.isAverage()) {
                number("average", x.limit(), g);
            } else {
                g.writeNumberField("total", (long) x.limit());
            }
            if (!x.allowance().isEmpty()) {
                g.writeObjectFieldStart("allowance");
                for (Map.Entry<Integer, Integer> e : new TreeMap<>(x.allowance()).entrySet()) {
                    g.writeNumberField(e.getKey().toString(), e.getValue());
                }
                g.writeEndObject();
            }
            writeGrace(x.mergerGrace(), g);
        } else if (r instanceof SubordinateDeputies x) {
            selector("child", x.child(), g);
            selector("parent", x.parent(), g);
        } else if (r instanceof DeputyShareCap x) {
            selector("where", x.selector(), g);
            number("share", x.share(), g);
        } else if (r instanceof SingleHead x) {
            selector("where", x.selector(), g);
        } else if (r instanceof StaffWithinQuota x) {
            selector("where", x.selector(), g);
        } else if (r instanceof UnitsNotAllowed x) {
            selector("where", x.selector(), g);
        } else if (r instanceof ConcurrentPosts x) {
            g.writeArrayFieldStart("models");
            for (ConcurrencyModel m : x.models()) {
                writeModel(m, g);
            }
            g.writeEndArray();
            if (x.unlisted().isPresent()) {
                g.writeStringField("unlisted", x.unlisted().get().name());
            }
        } else if (r instanceof MaxConcurrentPosts x) {
            g.writeNumberField("max", x.max());
        } else if (r instanceof PartyMembership x) {
            g.writeArrayFieldStart("posts");
            for (PostPattern p : x.posts()) {
                writePattern(p, g);
            }
            g.writeEndArray();
        } else if (r instanceof BaselineLimit x) {
            g.writeStringField("measure", x.measure().name());
            selector("where", x.selector(), g);
            g.writeNumberField("baseline", x.baseline());
            g.writeStringField("baselineDate", x.baselineDate().toString());
            number("share", x.share(), g);
        }
        g.writeEndObject();
    }

    static void writeSource(LegalBasis b, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("number", b.number());
        if (!b.title().isEmpty()) {
            g.writeStringField("title", b.title());
        }
        g.writeEndObject();
    }

    private static void selector(String field, Selector s, JsonGenerator g) throws IOException {
        g.writeFieldName(field);
        SelectorCodec.write(s, g);
    }

    /** A number, written without a fraction when it is a whole number (2 rather than 2.0). */
    static void number(String field, double v, JsonGenerator g) throws IOException {
        g.writeFieldName(field);
        number(v, g);
    }

    /** A number value, written without a fraction when it is a whole number. */
    static void number(double v, JsonGenerator g) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }

    private static void writeGrace(Optional<java.time.Period> grace, JsonGenerator g) throws IOException {
        if (grace.isPresent()) {
            g.writeStringField("grace", grace.get().toString());
        }
    }

    private static void writeCaps(String field, List<Cap> caps, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(field);
        for (Cap c : caps) {
            g.writeStartObject();
            selector("where", c.where(), g);
            g.writeNumberField("max", c.max());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeMinimums(String field, List<Minimum> rows, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(field);
        for (Minimum m : rows) {
            g.writeStartObject();
            selector("where", m.where(), g);
            g.writeNumberField("min", m.min());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeStandards(List<Standard> rows, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("standards");
        for (Standard s : rows) {
            g.writeStartObject();
            selector("where", s.where(), g);
            if (s.population().isPresent()) {
                g.writeNumberField("population", s.population().getAsInt());
            }
            if (s.areaKm2().isPresent()) {
                number("areaKm2", s.areaKm2().getAsDouble(), g);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writePattern(PostPattern p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        selector("unit", p.unit(), g);
        g.writeArrayFieldStart("roles");
        for (PostRole r : p.roles()) {
            g.writeString(r.name());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeModel(ConcurrencyModel m, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("nameVi", m.nameVi());
        g.writeStringField("nameEn", m.nameEn());
        g.writeFieldName("first");
        writePattern(m.first(), g);
        g.writeFieldName("second");
        writePattern(m.second(), g);
        g.writeBooleanField("sameTerritory", m.sameTerritory());
        g.writeArrayFieldStart("statuses");
        for (ConcurrencyModel.Status s : m.statuses()) {
            g.writeStartObject();
            g.writeStringField("standing", s.standing().name());
            StructureCodec.writePeriod(s.period(), g);
            if (!s.scope().isEmpty()) {
                g.writeArrayFieldStart("scope");
                for (UnitId id : s.scope()) {
                    g.writeString(id.toString());
                }
                g.writeEndArray();
            }
            if (s.source().isPresent()) {
                g.writeFieldName("source");
                writeSource(s.source().get(), g);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ reading

    /** Reads a rule-pack document, throwing every problem at once. */
    public static RulePack read(Engine engine, Reader in, String name, KindCatalog catalog) {
        Problems problems = new Problems(name);
        Decoder d = new Decoder(problems, catalog);
        return engine.read(in, TYPE, problems, Map.of(), d::decode);
    }

    /** Reads the parameters of one rule type; the function builds the rule from its info once all is read. */
    @FunctionalInterface
    private interface TypeReader {
        Function<RuleInfo, Rule> read(Decoder d, Obj o);
    }

    private static Map<String, TypeReader> readers() {
        Map<String, TypeReader> m = new HashMap<>();
        m.put("DeputyCap", (d, o) -> {
            List<Cap> caps = d.caps(o, "caps");
            java.time.Period grace = d.grace(o);
            return info -> {
                DeputyCap r = DeputyCap.of(info, caps);
                return grace == null ? r : r.withGrace(grace);
            };
        });
        m.put("StaffCap", (d, o) -> {
            List<Cap> caps = d.caps(o, "caps");
            boolean quota = Boolean.TRUE.equals(o.bool("onQuota", false));
            return info -> quota ? StaffCap.of(info, caps).onQuota() : StaffCap.of(info, caps);
        });
        m.put("MinimumStaff", (d, o) -> {
            List<Minimum> rows = d.minimums(o, "minimums");
            boolean quota = Boolean.TRUE.equals(o.bool("onQuota", false));
            return info -> quota ? MinimumStaff.of(info, rows).onQuota() : MinimumStaff.of(info, rows);
        });
        m.put("AdminUnitStandards", (d, o) -> {
            List<Standard> rows = d.standards(o);
            return info -> AdminUnitStandards.of(info, rows);
        });
        m.put("MandatoryMerger", (d, o) -> {
            List<Standard> rows = d.standards(o);
            List<MandatoryMerger.Condition> conditions = d.rows(o, "conditions", "a merger condition", (x, at) -> {
                Selector where = d.selector(x, "where", true);
                Double area = x.decimal("areaBelow", true);
                Double population = x.decimal("populationBelow", true);
                return x.failed() ? null : () -> new MandatoryMerger.Condition(where, area, population);
            });
            return info -> MandatoryMerger.of(info, rows, conditions);
        });
        m.put("VillageHouseholds", (d, o) -> {
            List<Minimum> rows = d.minimums(o, "thresholds");
            Double share = o.decimal("mustMergeBelow", true);
            return info -> VillageHouseholds.of(info, rows, share);
        });
        m.put("GroupDeputyCap", (d, o) -> {
            Selector group = d.selector(o, "group", true);
            Selector members = d.selector(o, "members", true);
            Node avgAt = o.get("average", false);
            Node totalAt = o.get("total", false);
            Double average = avgAt == null ? null : o.decimal("average", false);
            Integer total = totalAt == null ? null : o.integer("total", false);
            if (avgAt == null && totalAt == null) {
                o.problems.missing(o.node, "average", "a GroupDeputyCap needs 'average' (deputies per member) or 'total'");
            } else if (avgAt != null && totalAt != null) {
                o.problems.add(totalAt, "a GroupDeputyCap has either 'average' or 'total', not both");
            }
            Map<Integer, Integer> allowance = d.allowance(o);
            java.time.Period grace = d.grace(o);
            return info -> {
                GroupDeputyCap r = average != null ? GroupDeputyCap.average(info, group, members, average)
                        : GroupDeputyCap.total(info, group, members, total);
                if (!allowance.isEmpty()) {
                    r = r.withAllowance(allowance);
                }
                return grace == null ? r : r.withGrace(grace);
            };
        });
        m.put("SubordinateDeputies", (d, o) -> {
            Selector child = d.selector(o, "child", true);
            Selector parent = d.selector(o, "parent", true);
            return info -> SubordinateDeputies.of(info, child, parent);
        });
        m.put("DeputyShareCap", (d, o) -> {
            Selector where = d.selector(o, "where", true);
            Double share = o.decimal("share", true);
            return info -> DeputyShareCap.of(info, where, share);
        });
        m.put("SingleHead", (d, o) -> {
            Selector where = d.selector(o, "where", true);
            return info -> SingleHead.of(info, where);
        });
        m.put("StaffWithinQuota", (d, o) -> {
            Selector where = d.selector(o, "where", true);
            return info -> StaffWithinQuota.of(info, where);
        });
        m.put("UnitsNotAllowed", (d, o) -> {
            Selector where = d.selector(o, "where", true);
            return info -> UnitsNotAllowed.of(info, where);
        });
        m.put("ConcurrentPosts", (d, o) -> {
            Map<String, Node> ids = new HashMap<>();
            List<ConcurrencyModel> models = d.rows(o, "models", "a concurrency model", (x, at) -> d.model(x, ids));
            Severity unlisted = o.enumeration("unlisted", false, Severity.class);
            return info -> unlisted == null ? ConcurrentPosts.of(info, models) : ConcurrentPosts.of(info, models, unlisted);
        });
        m.put("MaxConcurrentPosts", (d, o) -> {
            Integer max = o.integer("max", true);
            return info -> MaxConcurrentPosts.of(info, max);
        });
        m.put("PartyMembership", (d, o) -> {
            List<PostPattern> posts = d.rows(o, "posts", "a post pattern", d::pattern);
            return info -> PartyMembership.of(info, posts);
        });
        m.put("BaselineLimit", (d, o) -> {
            BaselineLimit.Measure measure = o.enumeration("measure", true, BaselineLimit.Measure.class);
            Selector where = d.selector(o, "where", true);
            Long baseline = d.longValue(o, "baseline");
            LocalDate date = o.date("baselineDate", true);
            Double share = o.decimal("share", true);
            return info -> BaselineLimit.of(info, measure, where, baseline, date, share);
        });
        m.put("StructuralIntegrity", (d, o) -> info -> d.structural(o, info));
        return Map.copyOf(m);
    }

    /** Decodes one document. */
    private static final class Decoder {
        private final Problems problems;
        private KindCatalog catalog;

        Decoder(Problems problems, KindCatalog catalog) {
            this.problems = problems;
            this.catalog = catalog;
        }

        RulePack decode(Obj root) {
            String name = root.str("name");
            catalog = DocKinds.read(root, problems, catalog); // the kinds the document declares, as a structure document does
            List<Node> ruleNodes = root.array("rules", true);
            root.end();
            List<Rule> rules = new ArrayList<>();
            if (ruleNodes != null) {
                Map<String, Node> ids = new HashMap<>();
                for (Node n : ruleNodes) {
                    Node idAt = n.type == Node.Type.OBJECT ? n.fields.get("id") : null;
                    if (idAt != null && idAt.type == Node.Type.STRING) {
                        Node first = ids.putIfAbsent(idAt.text(), idAt);
                        if (first != null) {
                            problems.add(idAt, "duplicate rule id '" + idAt.text() + "' (first at " + first.parent.pointer() + ", line "
                                    + first.line + "): rule ids are unique within a pack");
                            continue;
                        }
                    }
                    Rule r = rule(n);
                    if (r != null) {
                        rules.add(r);
                    }
                }
            }
            if (!problems.isEmpty() || name == null) {
                return null;
            }
            try {
                return RulePack.of(name, rules);
            } catch (BomayException e) {
                problems.add(root.node.fields.get("name"), e.getMessage());
                return null;
            }
        }

        UnitKind kind(String code) {
            return catalog.find(code).orElse(null);
        }

        private Rule rule(Node n) {
            Node idAt = n.type == Node.Type.OBJECT ? n.fields.get("id") : null;
            String what = idAt != null && idAt.type == Node.Type.STRING ? "rule " + idAt.text() : "a rule";
            Obj o = Obj.of(n, problems, what);
            if (o == null) {
                return null;
            }
            Node typeAt = o.get("type", true);
            if (typeAt == null) {
                return null;
            }
            TypeReader reader = typeAt.type == Node.Type.STRING ? READERS.get(typeAt.text()) : null;
            if (reader == null) {
                problems.add(typeAt, (typeAt.type == Node.Type.STRING ? "unknown rule type '" + typeAt.text() + "'"
                        : "'type' of " + what + " must be a rule type name, not " + typeAt.describe())
                        + " (known: " + String.join(", ", types()) + ")");
                return null;
            }
            RuleInfo info = info(o);
            Function<RuleInfo, Rule> build = reader.read(this, o);
            o.end();
            if (o.failed() || info == null) {
                return null;
            }
            try {
                return build.apply(info);
            } catch (BomayException e) {
                problems.add(n, e.getMessage());
                return null;
            }
        }

        private RuleInfo info(Obj o) {
            String id = o.str("id");
            String vi = o.str("titleVi");
            String en = o.str("titleEn");
            LegalBasis source = source(o, "source");
            Period validity = period(o);
            Severity severity = o.enumeration("severity", false, Severity.class);
            if (id == null || vi == null || en == null || o.failed()) {
                return null;
            }
            try {
                return new RuleInfo(id, vi, en, Optional.ofNullable(source), validity, severity == null ? Severity.ERROR : severity);
            } catch (BomayException e) {
                Node at = e.getMessage().startsWith("A rule id") ? o.node.fields.get("id") : o.node;
                problems.add(at, e.getMessage());
                return null;
            }
        }

        LegalBasis source(Obj o, String field) {
            Obj s = o.object(field, false, "a source document");
            if (s == null) {
                return null;
            }
            String number = s.str("number");
            String title = s.optStr("title");
            s.end();
            if (s.failed()) {
                return null;
            }
            try {
                return LegalBasis.of(number, title);
            } catch (BomayException e) {
                problems.add(s.node, e.getMessage());
                return null;
            }
        }

        Period period(Obj o) {
            LocalDate from = o.date("from", false);
            LocalDate to = o.date("to", false);
            if (from != null && to != null && !to.isAfter(from)) {
                problems.add(o.node.fields.get("to"), "'to' " + to + " must be after 'from' " + from
                        + " (it is the first day outside the period)");
                return Period.ALWAYS;
            }
            return Period.of(from, to);
        }

        Selector selector(Obj o, String field, boolean required) {
            Node n = o.get(field, required);
            return n == null ? null : SelectorCodec.read(n, problems, this::kind);
        }

        java.time.Period grace(Obj o) {
            Node n = o.get("grace", false);
            if (n == null) {
                return null;
            }
            if (n.type != Node.Type.STRING) {
                problems.add(n, "'grace' must be an ISO-8601 period string such as \"P5Y\", not " + n.describe());
                return null;
            }
            try {
                return java.time.Period.parse(n.text());
            } catch (DateTimeParseException e) {
                problems.add(n, "'" + n.text() + "' is not an ISO-8601 period such as \"P5Y\" (five years) or \"P18M\"");
                return null;
            }
        }

        Long longValue(Obj o, String field) {
            Node n = o.get(field, true);
            if (n == null) {
                return null;
            }
            if (n.type != Node.Type.NUMBER) {
                problems.add(n, "'" + field + "' must be an integer, not " + n.describe());
                return null;
            }
            try {
                return Long.parseLong(n.text());
            } catch (NumberFormatException e) {
                problems.add(n, "'" + field + "' must be an integer, not " + n.text());
                return null;
            }
        }

        Map<Integer, Integer> allowance(Obj o) {
            Node n = o.get("allowance", false);
            Map<Integer, Integer> out = new LinkedHashMap<>();
            if (n == null) {
                return out;
            }
            if (n.type != Node.Type.OBJECT) {
                problems.add(n, "'allowance' must be an object such as {\"2\": 1, \"3\": 2} (extra deputies by how many units the "
                        + "territory was formed from), not " + n.describe());
                return out;
            }
            for (Map.Entry<String, Node> e : n.fields.entrySet()) {
                Integer extra = SelectorCodec.integer(e.getValue(), problems, "the allowance for '" + e.getKey() + "'");
                int count;
                try {
                    count = Integer.parseInt(e.getKey());
                } catch (NumberFormatException x) {
                    problems.add(e.getValue(), "a key of 'allowance' must be a number of merged units such as \"2\", not '"
                            + e.getKey() + "'");
                    continue;
                }
                if (extra != null) {
                    out.put(count, extra);
                }
            }
            return out;
        }

        /** Reads one row of a table; returns what builds it, or {@code null} if it had problems. */
        @FunctionalInterface
        interface RowReader<T> {
            java.util.function.Supplier<T> read(Obj row, Node at);
        }

        /** A required array of rows, each an object; at least one. */
        <T> List<T> rows(Obj o, String field, String what, RowReader<T> reader) {
            List<Node> items = o.array(field, true);
            List<T> out = new ArrayList<>();
            if (items == null) {
                return out;
            }
            if (items.isEmpty()) {
                problems.add(o.node.fields.get(field), "'" + field + "' must have at least one row");
                return out;
            }
            for (Node n : items) {
                Obj row = Obj.of(n, problems, what);
                if (row == null) {
                    continue;
                }
                java.util.function.Supplier<T> build = reader.read(row, n);
                row.end();
                if (build == null || row.failed()) {
                    continue;
                }
                try {
                    out.add(build.get());
                } catch (BomayException e) {
                    problems.add(n, e.getMessage());
                }
            }
            return out;
        }

        List<Cap> caps(Obj o, String field) {
            return rows(o, field, "a cap row", (x, at) -> {
                Selector where = selector(x, "where", true);
                Integer max = x.integer("max", true);
                return x.failed() ? null : () -> Cap.of(where, max);
            });
        }

        List<Minimum> minimums(Obj o, String field) {
            return rows(o, field, "a minimum row", (x, at) -> {
                Selector where = selector(x, "where", true);
                Integer min = x.integer("min", true);
                return x.failed() ? null : () -> Minimum.of(where, min);
            });
        }

        List<Standard> standards(Obj o) {
            return rows(o, "standards", "a standard row", (x, at) -> {
                Selector where = selector(x, "where", true);
                Integer population = x.integer("population", false);
                Double area = x.decimal("areaKm2", false);
                return x.failed() ? null : () -> new Standard(where,
                        population == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(population),
                        area == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(area));
            });
        }

        java.util.function.Supplier<PostPattern> pattern(Obj x, Node at) {
            Selector unit = selector(x, "unit", true);
            List<Node> roleNodes = x.array("roles", true);
            List<PostRole> roles = new ArrayList<>();
            if (roleNodes != null) {
                if (roleNodes.isEmpty()) {
                    problems.add(x.node.fields.get("roles"), "'roles' of a post pattern must name at least one role");
                }
                for (Node r : roleNodes) {
                    PostRole role = Obj.enumeration(r, PostRole.class, problems);
                    if (role != null) {
                        roles.add(role);
                    }
                }
            }
            return x.failed() ? null : () -> PostPattern.of(unit, roles.toArray(new PostRole[0]));
        }

        private PostPattern patternField(Obj o, String field) {
            Obj x = o.object(field, true, "a post pattern");
            if (x == null) {
                return null;
            }
            java.util.function.Supplier<PostPattern> build = pattern(x, x.node);
            x.end();
            if (build == null || x.failed()) {
                return null;
            }
            try {
                return build.get();
            } catch (BomayException e) {
                problems.add(x.node, e.getMessage());
                return null;
            }
        }

        java.util.function.Supplier<ConcurrencyModel> model(Obj x, Map<String, Node> ids) {
            Node idAt = x.node.fields.get("id");
            String id = x.str("id");
            if (id != null) {
                Node first = ids.putIfAbsent(id, idAt);
                if (first != null) {
                    problems.add(idAt, "duplicate model id '" + id + "' (first at " + first.parent.pointer() + ", line " + first.line
                            + "): model ids are unique within a rule");
                }
            }
            String vi = x.str("nameVi");
            String en = x.str("nameEn");
            PostPattern first = patternField(x, "first");
            PostPattern second = patternField(x, "second");
            Boolean same = x.bool("sameTerritory", false);
            List<ConcurrencyModel.Status> statuses = new ArrayList<>();
            List<Node> statusNodes = x.array("statuses", false);
            if (statusNodes != null) {
                for (Node n : statusNodes) {
                    ConcurrencyModel.Status s = status(n);
                    if (s != null) {
                        statuses.add(s);
                    }
                }
            }
            return x.failed() ? null : () -> new ConcurrencyModel(id, vi, en, first, second, !Boolean.FALSE.equals(same),
                    ImmutableList.copyOf(statuses));
        }

        private ConcurrencyModel.Status status(Node n) {
            Obj o = Obj.of(n, problems, "a model status");
            if (o == null) {
                return null;
            }
            ConcurrencyModel.Standing standing = o.enumeration("standing", true, ConcurrencyModel.Standing.class);
            Period period = period(o);
            List<Node> scopeNodes = o.array("scope", false);
            List<UnitId> scope = new ArrayList<>();
            if (scopeNodes != null) {
                for (Node s : scopeNodes) {
                    if (s.type != Node.Type.STRING) {
                        problems.add(s, "an area of 'scope' must be a unit id string, not " + s.describe());
                    } else {
                        UnitId id = o.convert(s, UnitId::of);
                        if (id != null) {
                            scope.add(id);
                        }
                    }
                }
            }
            LegalBasis source = source(o, "source");
            o.end();
            if (o.failed()) {
                return null;
            }
            try {
                return new ConcurrencyModel.Status(standing, period, ImmutableSet.copyOf(scope), Optional.ofNullable(source));
            } catch (BomayException e) {
                problems.add(n, e.getMessage());
                return null;
            }
        }

        /** A structural check: the id names it; its info must be core's. */
        Rule structural(Obj o, RuleInfo info) {
            StructuralIntegrity r = switch (info.id()) {
                case StructuralIntegrity.IN_FORCE -> StructuralIntegrity.inForce();
                case StructuralIntegrity.TERRITORY -> StructuralIntegrity.territory();
                case StructuralIntegrity.PILLAR -> StructuralIntegrity.pillar();
                default -> null;
            };
            if (r == null) {
                problems.add(o.node.fields.get("id"), "'" + info.id() + "' is not a structural check; a StructuralIntegrity rule has "
                        + "one of the ids " + StructuralIntegrity.IN_FORCE + ", " + StructuralIntegrity.TERRITORY + ", "
                        + StructuralIntegrity.PILLAR);
                return null;
            }
            if (!r.info().equals(info)) {
                problems.add(o.node, "the structural check " + info.id() + " is built into core with fixed titles, validity and "
                        + "severity (" + r.info().severity() + ", no source, always in force): they cannot be changed in a "
                        + "document; remove the rule to drop the check");
                return null;
            }
            return r;
        }
    }
}
