package org.bomay.io.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bomay.core.model.Person;
import org.bomay.core.model.Post;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;

/** Writes a {@link Selection} as Popolo JSON; see {@link Exports#popolo(org.bomay.core.structure.OrgStructure)}. */
final class PopoloWriter {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private PopoloWriter() {}

    static void write(Selection sel, Writer out) throws IOException {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        pretty.indentObjectsWith(indent);
        pretty.indentArraysWith(indent);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(pretty);
            List<Post> posts = sel.posts();
            g.writeStartObject();
            g.writeArrayFieldStart("organizations");
            for (Unit u : sel.units) {
                g.writeStartObject();
                g.writeStringField("id", u.id().toString());
                g.writeStringField("name", Text.clean(u.name()));
                g.writeStringField("classification", Text.clean(u.kind().vietnamese()));
                Optional<Unit> parent = sel.structure.parent(u.id()).filter(p -> sel.contains(p.id()));
                if (parent.isPresent()) {
                    g.writeStringField("parent_id", parent.get().id().toString());
                }
                date(g, "founding_date", u.validity().start());
                date(g, "dissolution_date", u.validity().end());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("posts");
            for (Post p : posts) {
                g.writeStartObject();
                g.writeStringField("id", p.id().toString());
                g.writeStringField("label", Text.clean(p.title()));
                g.writeStringField("organization_id", p.unit().toString());
                g.writeStringField("role", p.role().vietnamese());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("persons");
            for (Person p : sel.people(posts)) {
                g.writeStartObject();
                g.writeStringField("id", p.id().toString());
                g.writeStringField("name", Text.clean(p.name()));
                date(g, "birth_date", p.birth());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("memberships");
            Set<String> ids = new HashSet<>();
            for (Post p : posts) {
                for (Tenure t : sel.structure.tenures(p.id())) {
                    g.writeStartObject();
                    g.writeStringField("id", membershipId(ids, t));
                    g.writeStringField("person_id", t.person().toString());
                    g.writeStringField("post_id", p.id().toString());
                    g.writeStringField("organization_id", p.unit().toString());
                    g.writeStringField("role", Text.clean(p.title()));
                    if (t.isConcurrent()) {
                        g.writeStringField("label", "kiêm nhiệm");
                    }
                    date(g, "start_date", t.period().start());
                    date(g, "end_date", t.period().end());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    /** {@code post/person/start}, e.g. {@code kb.hu.bt/p.an/2015-10-01}; unique within the document. */
    private static String membershipId(Set<String> used, Tenure t) {
        String base = t.post() + "/" + t.person() + "/" + t.period().start().map(LocalDate::toString).orElse("..");
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "#" + n;
        }
        return id;
    }

    private static void date(JsonGenerator g, String field, Optional<LocalDate> d) throws IOException {
        if (d.isPresent()) {
            g.writeStringField(field, d.get().toString());
        }
    }
}
