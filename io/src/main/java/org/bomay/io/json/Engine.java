package org.bomay.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bomay.core.model.KindCatalog;
import org.bomay.core.structure.OrgStructure;
import org.bomay.io.Limits;

/**
 * Reading and writing bomay/1 documents in JSON or YAML through Jackson's streaming API. Not
 * public: {@link org.bomay.io.Documents} is the entry point.
 *
 * <p>YAML is read safely: Jackson's YAML parser produces events, never Java objects, and anchors,
 * aliases and tags are refused, so there is no type construction and no alias expansion.
 */
public final class Engine {
    /** The format name and version every document carries in {@code "format"}. */
    public static final String FORMAT = "bomay/1";

    private final boolean yaml;
    private final JsonFactory factory;
    private final Limits limits;

    private Engine(boolean yaml, Limits limits) {
        this.yaml = yaml;
        this.limits = limits;
        StreamReadConstraints c = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 2)
                .maxStringLength(Math.max(limits.maxStringLength(), 1))
                .maxNameLength(Math.max(limits.maxStringLength(), 1))
                .maxDocumentLength(limits.maxDocumentChars())
                .build();
        if (yaml) {
            org.yaml.snakeyaml.LoaderOptions lo = new org.yaml.snakeyaml.LoaderOptions();
            lo.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentChars()));
            lo.setNestingDepthLimit(limits.maxDepth() + 1);
            lo.setMaxAliasesForCollections(0);
            lo.setAllowRecursiveKeys(false);
            this.factory = YAMLFactory.builder().loaderOptions(lo).streamReadConstraints(c)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .build();
        } else {
            this.factory = JsonFactory.builder().streamReadConstraints(c)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        }
    }

    /** A JSON or YAML engine with the given limits. */
    public static Engine of(boolean yaml, Limits limits) {
        return new Engine(yaml, limits);
    }

    /** Whether this engine reads and writes YAML. */
    public boolean yaml() {
        return yaml;
    }

    // ------------------------------------------------------------------ writing

    /** Writes one document: the header, then the body's fields. */
    public void write(Writer out, String type, Body body) {
        write(out, type, null, body);
    }

    /** Writes one document: the header (with a note, if not null), then the body's fields. */
    public void write(Writer out, String type, String note, Body body) {
        try (JsonGenerator g = factory.createGenerator(out)) {
            if (!yaml) {
                DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
                g.setPrettyPrinter(pp);
            }
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("type", type);
            if (note != null) {
                g.writeStringField("note", note);
            }
            body.write(g);
            g.writeEndObject();
            if (!yaml) {
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + type + " document: " + e.getMessage(), e);
        }
    }

    /** The fields of a document body. */
    @FunctionalInterface
    public interface Body {
        /** Writes the body's fields into the open root object. */
        void write(JsonGenerator g) throws IOException;
    }

    /** The body of a structure document. */
    public static Body structure(OrgStructure s, KindCatalog catalog) {
        return g -> StructureCodec.writeFields(s, catalog, g);
    }

    // ------------------------------------------------------------------ reading

    /** Reads a structure document. */
    public OrgStructure readStructure(Reader in, String name, KindCatalog catalog) {
        Problems problems = new Problems(name);
        StructureCodec.Decoder d = new StructureCodec.Decoder(problems, catalog);
        return read(in, "structure", problems, d.sinks(), root -> {
            LocalDate date = root.date("date", true);
            root.end(StructureCodec.FIELDS);
            return d.build(date);
        });
    }

    /**
     * Reads a document of the given type: checks the header, streams the named arrays to their
     * sinks, decodes the rest, and throws every problem at once.
     */
    <T> T read(Reader in, String type, Problems problems, Map<String, Consumer<Node>> sinks, Function<Obj, T> decode) {
        T result = null;
        try (JsonParser p = factory.createParser(new Limited(in, limits.maxDocumentChars()))) {
            Node root = new TreeReader(p, problems, limits).readRoot(sinks);
            Obj o = Obj.of(root, problems, "the document");
            header(o, type);
            result = decode.apply(o);
            if (p.nextToken() != null) {
                problems.add("", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(),
                        "content after the end of the document");
            }
        } catch (TreeReader.Abort e) {
            // the problem is recorded
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            problems.add("", 0, 0, TreeReader.limitMessage(limits, e.getOriginalMessage()));
        } catch (com.fasterxml.jackson.core.exc.StreamReadException e) {
            TreeReader.syntax(problems, e);
        } catch (IOException | RuntimeException e) {
            if (rootCause(e) instanceof TooLong) {
                problems.add("", 0, 0, TreeReader.tooLong(limits));
            } else if (e instanceof IOException) {
                problems.add("", 0, 0, "cannot read: " + e.getMessage());
            } else if (e.getClass().getName().startsWith("org.yaml.snakeyaml")) {
                problems.add("", 0, 0, "not well-formed YAML: " + e.getMessage());
            } else {
                throw (RuntimeException) e; // a FormatException of a nested read, or a bug
            }
        }
        problems.throwIfAny();
        return result;
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static void header(Obj o, String type) {
        Node f = o.get("format", true);
        if (f != null && !(f.type == Node.Type.STRING && FORMAT.equals(f.text()))) {
            o.problems.add(f, "unsupported format " + (f.type == Node.Type.STRING ? "'" + f.text() + "'" : f.describe())
                    + ": this reader reads \"" + FORMAT + "\"");
        }
        o.optStr("note"); // documentation only: provenance, what is illustrative
        Node t = o.get("type", true);
        if (t != null && !(t.type == Node.Type.STRING && type.equals(t.text()))) {
            o.problems.add(t, "this is " + (t.type == Node.Type.STRING ? "a '" + t.text() + "' document" : "not a bomay document")
                    + "; expected type '" + type + "'");
        }
    }

    /** Thrown by {@link Limited} when a document is longer than the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A reader that fails once more than {@code max} characters were read. */
    private static final class Limited extends FilterReader {
        private final long max;
        private long count;

        Limited(Reader in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0 && ++count > max) {
                throw new TooLong();
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (count += n) > max) {
                throw new TooLong();
            }
            return n;
        }
    }
}
