package org.bomay.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Consumer;
import org.bomay.io.Limits;

/**
 * Reads values from a Jackson parser (JSON or YAML) into located {@link Node}s, enforcing the
 * {@link Limits}, reporting duplicate fields and refusing YAML anchors and aliases. Syntax errors
 * end reading with one problem at the error's location.
 */
final class TreeReader {
    /** Thrown to stop reading after a problem that leaves the parser unusable. */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    private final JsonParser p;
    private final Problems problems;
    private final Limits limits;

    TreeReader(JsonParser p, Problems problems, Limits limits) {
        this.p = p;
        this.problems = problems;
        this.limits = limits;
    }

    /**
     * Reads the root object; the array fields named in {@code streamed} are not kept: each of
     * their elements goes to the consumer as soon as it is read (the array node stays, empty, so
     * the field counts as present). A key {@code "initial/units"} streams the array {@code units}
     * of the root's object field {@code initial}.
     */
    Node readRoot(Map<String, Consumer<Node>> streamed) {
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.add("", 1, 1, "the document is empty; expected an object {\"format\": \"bomay/1\", ...}");
                throw new Abort();
            }
            if (t != JsonToken.START_OBJECT) {
                Node n = scalarOrSkip(null, null, 0);
                problems.add(n, "the document must be an object {\"format\": \"bomay/1\", ...}, not " + n.describe());
                throw new Abort();
            }
            Node root = start(Node.Type.OBJECT, null, null);
            checkAnchor(root);
            while (next() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = next();
                Consumer<Node> sink = streamed.get(name);
                if (root.fields.containsKey(name)) {
                    Node first = root.fields.get(name);
                    Node dup = readValue(root, name, 1);
                    problems.add(dup, "duplicate field '" + name + "' (first at line " + first.line + ", column " + first.column + ")");
                } else if (sink != null && v == JsonToken.START_ARRAY) {
                    root.fields.put(name, stream(root, name, 2, sink));
                } else if (v == JsonToken.START_OBJECT && nested(streamed, name) != null) {
                    root.fields.put(name, readObject(root, name, 1, nested(streamed, name)));
                } else {
                    root.fields.put(name, readValue(root, name, 1));
                }
            }
            return root;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            problems.add("", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(),
                    limitMessage(limits, e.getOriginalMessage()));
            throw new Abort();
        } catch (StreamReadException e) {
            syntax(problems, e);
            throw new Abort();
        } catch (Engine.TooLong e) {
            problems.add("", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(), tooLong(limits));
            throw new Abort();
        } catch (IOException e) {
            problems.add("", 0, 0, "cannot read the document: " + e.getMessage());
            throw new Abort();
        }
    }

    /** The problem of a document over {@link Limits#maxDocumentChars()}. */
    static String tooLong(Limits limits) {
        return "the document is longer than " + limits.maxDocumentChars() + " characters (Limits.maxDocumentChars)";
    }

    /** Jackson's own limit messages, translated to the {@link Limits} they enforce. */
    static String limitMessage(Limits limits, String jackson) {
        String m = jackson == null ? "" : jackson;
        if (m.contains("Document length")) {
            return tooLong(limits);
        }
        if (m.contains("depth")) {
            return "nesting deeper than " + limits.maxDepth() + " levels (Limits.maxDepth)";
        }
        if (m.contains("length")) {
            return "a string or field name longer than " + limits.maxStringLength() + " characters (Limits.maxStringLength)";
        }
        return "an input limit was exceeded: " + m;
    }

    private JsonToken next() throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            problems.add("", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(), "the document ends too early");
            throw new Abort();
        }
        return t;
    }

    private Node start(Node.Type type, Node parent, Object key) {
        // JSON: the token's line and column without a JsonLocation per token (YAML keeps its own marks)
        if (!(p instanceof YAMLParser) && p instanceof com.fasterxml.jackson.core.base.ParserBase b) {
            return new Node(type, parent, key, b.getTokenLineNr(), b.getTokenColumnNr());
        }
        JsonLocation l = p.currentTokenLocation();
        return new Node(type, parent, key, l.getLineNr(), l.getColumnNr());
    }

    /** Reads the value at the current token (already advanced to). */
    private Node readValue(Node parent, Object key, int depth) throws IOException {
        JsonToken t = p.currentToken();
        if (depth > limits.maxDepth()) {
            Node n = start(Node.Type.NULL, parent, key);
            problems.add(n, "nesting deeper than " + limits.maxDepth() + " levels (Limits.maxDepth)");
            throw new Abort();
        }
        if (t == JsonToken.START_OBJECT) {
            return readObject(parent, key, depth, null);
        }
        if (t == JsonToken.START_ARRAY) {
            Node n = start(Node.Type.ARRAY, parent, key);
            checkAnchor(n);
            n.items = new ArrayList<>();
            int i = 0;
            while (next() != JsonToken.END_ARRAY) {
                n.items.add(readValue(n, i++, depth + 1));
            }
            return n;
        }
        return scalarOrSkip(parent, key, depth);
    }

    /**
     * Reads an object; its array fields named in {@code sinks} (may be null) are streamed element
     * by element to their consumer, as the root's are.
     */
    private Node readObject(Node parent, Object key, int depth, Map<String, Consumer<Node>> sinks) throws IOException {
        Node n = start(Node.Type.OBJECT, parent, key);
        checkAnchor(n);
        while (next() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            checkLength(n, name, "a field name");
            JsonToken v = next();
            Node first = n.fields.get(name);
            Consumer<Node> sink = sinks == null || first != null ? null : sinks.get(name);
            Node child = sink != null && v == JsonToken.START_ARRAY ? stream(n, name, depth + 2, sink) : readValue(n, name, depth + 1);
            if (first != null) {
                problems.add(child, "duplicate field '" + name + "' (first at line " + first.line + ", column " + first.column + ")");
            } else {
                n.fields.put(name, child);
            }
        }
        return n;
    }

    /** Streams the elements of the array at the current token to {@code sink}; returns the (empty) array node. */
    private Node stream(Node parent, String name, int elementDepth, Consumer<Node> sink) throws IOException {
        if (elementDepth - 1 > limits.maxDepth()) {
            problems.add(start(Node.Type.ARRAY, parent, name), "nesting deeper than " + limits.maxDepth() + " levels (Limits.maxDepth)");
            throw new Abort();
        }
        Node array = start(Node.Type.ARRAY, parent, name);
        checkAnchor(array);
        int i = 0;
        while (next() != JsonToken.END_ARRAY) {
            sink.accept(readValue(array, i++, elementDepth));
        }
        return array;
    }

    /** The sinks of a root object field's own arrays: keys {@code "field/array"} of {@code streamed}. */
    private static Map<String, Consumer<Node>> nested(Map<String, Consumer<Node>> streamed, String field) {
        Map<String, Consumer<Node>> out = null;
        String prefix = field + "/";
        for (Map.Entry<String, Consumer<Node>> e : streamed.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                if (out == null) {
                    out = new java.util.HashMap<>();
                }
                out.put(e.getKey().substring(prefix.length()), e.getValue());
            }
        }
        return out;
    }

    private Node scalarOrSkip(Node parent, Object key, int depth) throws IOException {
        JsonToken t = p.currentToken();
        Node n;
        switch (t) {
            case VALUE_STRING -> {
                n = start(Node.Type.STRING, parent, key);
                String s = p.getText();
                checkLength(n, s, "a string");
                n.value = s;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                n = start(Node.Type.NUMBER, parent, key);
                n.value = p.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                n = start(Node.Type.BOOLEAN, parent, key);
                n.value = t == JsonToken.VALUE_TRUE;
            }
            case VALUE_NULL -> n = start(Node.Type.NULL, parent, key);
            case START_OBJECT, START_ARRAY -> {
                n = start(t == JsonToken.START_OBJECT ? Node.Type.OBJECT : Node.Type.ARRAY, parent, key);
                p.skipChildren();
            }
            default -> {
                n = start(Node.Type.NULL, parent, key);
                problems.add(n, "unexpected " + t);
                throw new Abort();
            }
        }
        checkAnchor(n);
        return n;
    }

    private void checkLength(Node at, String s, String what) {
        if (s.length() > limits.maxStringLength()) {
            problems.add(at, what + " of " + s.length() + " characters, longer than " + limits.maxStringLength()
                    + " (Limits.maxStringLength)");
            throw new Abort();
        }
    }

    private void checkAnchor(Node at) throws IOException {
        if (p instanceof YAMLParser y) {
            if (y.isCurrentAlias()) {
                problems.add(at, "YAML aliases (*name) are not allowed: write the value out");
                throw new Abort();
            }
            if (y.getObjectId() != null) {
                problems.add(at, "YAML anchors (&" + y.getObjectId() + ") are not allowed: write the values out");
                throw new Abort();
            }
            if (y.getTypeId() != null) {
                problems.add(at, "YAML tags (!" + y.getTypeId() + ") are not allowed: bomay documents use plain values");
                throw new Abort();
            }
        }
    }

    static void syntax(Problems problems, StreamReadException e) {
        JsonLocation l = e.getLocation();
        String msg = e.getOriginalMessage();
        int nl = msg.indexOf('\n');
        problems.add("", l == null ? 0 : Math.max(0, l.getLineNr()), l == null ? 0 : Math.max(0, l.getColumnNr()),
                "not well-formed: " + (nl > 0 ? msg.substring(0, nl) : msg));
    }
}
