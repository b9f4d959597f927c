package org.bomay.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.bomay.io.json.Engine;

/**
 * Reads and writes bomay documents ({@code "format": "bomay/1"}) in JSON or YAML: structures,
 * histories, scenarios, rule-pack parameters and simulation results. The format is described in
 * {@code docs/format.md}, and a JSON Schema of it ships in this jar as
 * {@code /org/bomay/io/bomay-1.schema.json}.
 *
 * <p>Reading is strict: an unknown field, a wrong type, a bad date, a duplicate id, a reference
 * to a missing id or a cycle is a {@link FormatProblem} naming the JSON pointer, line and column;
 * all problems of a document are thrown together in one {@link FormatException}, and nothing
 * half-built is returned. Structures are built through core's builders, so core's validation
 * always runs. Input is bounded by {@link Limits}; YAML anchors, aliases and tags are refused.
 * Text is UTF-8; core normalizes names to NFC.
 *
 * <pre>{@code
 * Documents json = Documents.json();
 * String text = json.write(KimBang.structure());
 * OrgStructure back = json.readStructure(text);          // equal to KimBang.structure()
 * Documents.yaml().write(back, Path.of("kim-bang.yaml"));
 * OrgStructure again = Documents.forPath(Path.of("kim-bang.yaml")).readStructure(Path.of("kim-bang.yaml"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Documents {
    private final boolean yaml;
    private final KindCatalog kinds;
    private final Limits limits;
    private final String note;
    private final Engine engine;

    private Documents(boolean yaml, KindCatalog kinds, Limits limits, String note) {
        this.yaml = yaml;
        this.kinds = kinds;
        this.limits = limits;
        this.note = note;
        this.engine = Engine.of(yaml, limits);
    }

    /** JSON documents, the Vietnam kind catalog and {@link Limits#DEFAULT}. */
    public static Documents json() {
        return new Documents(false, VnKinds.CATALOG, Limits.DEFAULT, null);
    }

    /** YAML documents, the Vietnam kind catalog and {@link Limits#DEFAULT}. */
    public static Documents yaml() {
        return new Documents(true, VnKinds.CATALOG, Limits.DEFAULT, null);
    }

    /**
     * JSON or YAML by the file's extension ({@code .json}, {@code .yaml}, {@code .yml}).
     *
     * <pre>{@code
     * Documents d = Documents.forPath(Path.of("plan.yaml"));   // YAML
     * }</pre>
     *
     * @throws IllegalArgumentException naming the file if the extension is neither
     */
    public static Documents forPath(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return json();
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return yaml();
        }
        throw new IllegalArgumentException("Cannot tell the format of " + file + ": name it .json, .yaml or .yml, or use Documents.json()/yaml()");
    }

    /**
     * A copy that resolves unit kind codes in another catalog (kinds a document declares in its
     * {@code "kinds"} are added to it). Writing puts every kind not in the catalog into {@code "kinds"}.
     *
     * <pre>{@code
     * Documents d = Documents.json().withKinds(VnKinds.CATALOG.with(myKind));
     * }</pre>
     */
    public Documents withKinds(KindCatalog catalog) {
        return new Documents(yaml, Objects.requireNonNull(catalog, "catalog"), limits, note);
    }

    /**
     * A copy with other input limits.
     *
     * <pre>{@code
     * Documents d = Documents.json().withLimits(Limits.DEFAULT.withMaxDocumentChars(1_000_000));
     * }</pre>
     */
    public Documents withLimits(Limits newLimits) {
        return new Documents(yaml, kinds, Objects.requireNonNull(newLimits, "limits"), note);
    }

    /**
     * A copy that writes a {@code "note"} into every document's header: provenance, what is
     * illustrative. Readers accept the note and ignore it; {@code null} writes none.
     *
     * <pre>{@code
     * Documents.json().withNote("ILLUSTRATIVE: staff numbers are invented").write(s, Path.of("kb.json"));
     * }</pre>
     */
    public Documents withNote(String text) {
        return new Documents(yaml, kinds, limits, text == null ? null : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
    }

    /** Whether this reads and writes YAML (otherwise JSON). */
    public boolean isYaml() {
        return yaml;
    }

    /** The input limits. */
    public Limits limits() {
        return limits;
    }

    // ------------------------------------------------------------------ structures

    /**
     * Writes a structure document.
     *
     * <pre>{@code
     * String json = Documents.json().write(structure);   // {"format": "bomay/1", "type": "structure", ...}
     * }</pre>
     */
    public String write(OrgStructure structure) {
        Objects.requireNonNull(structure, "structure");
        return text(w -> engine.write(w, "structure", note, Engine.structure(structure, kinds)));
    }

    /** Writes a structure document to a file (UTF-8), replacing it. */
    public void write(OrgStructure structure, Path file) {
        Objects.requireNonNull(structure, "structure");
        file(file, w -> engine.write(w, "structure", note, Engine.structure(structure, kinds)));
    }

    /**
     * Reads a structure document.
     *
     * <pre>{@code
     * OrgStructure s = Documents.json().readStructure("{\"format\": \"bomay/1\", \"type\": \"structure\", ...}");
     * }</pre>
     *
     * @throws FormatException with every problem of the document
     */
    public OrgStructure readStructure(String text) {
        Objects.requireNonNull(text, "text");
        return engine.readStructure(new StringReader(text), "structure document", kinds);
    }

    /** Reads a structure document from a file (UTF-8). */
    public OrgStructure readStructure(Path file) {
        return fromFile(file, r -> engine.readStructure(r, file.toString(), kinds));
    }

    /** Reads a structure document from a reader; {@code name} names it in messages. */
    public OrgStructure readStructure(Reader in, String name) {
        Objects.requireNonNull(in, "in");
        return engine.readStructure(in, Objects.requireNonNull(name, "name"), kinds);
    }

    // ------------------------------------------------------------------ histories and scenarios

    // ------------------------------------------------------------------ rule packs and simulation results

    // ------------------------------------------------------------------ plumbing

    static String text(java.util.function.Consumer<Writer> write) {
        StringWriter w = new StringWriter();
        write.accept(w);
        return w.toString();
    }

    static void file(Path file, java.util.function.Consumer<Writer> write) {
        Objects.requireNonNull(file, "file");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write.accept(w);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    <T> T fromFile(Path file, Function<Reader, T> read) {
        Objects.requireNonNull(file, "file");
        try {
            long size = Files.size(file);
            if (size > limits.maxDocumentChars() * 4) {
                throw new FormatException(file.toString(), java.util.List.of(new FormatProblem("", 0, 0,
                        "the file has " + size + " bytes, more than the limit of " + limits.maxDocumentChars() + " characters allows")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read.apply(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
