package org.bomay.io.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bomay.core.BomayException;

/**
 * Strict access to the fields of one object: every read checks the type and reports a problem
 * (returning {@code null}) instead of throwing, so all problems of a document are collected;
 * {@link #end()} reports the fields nobody read as unknown.
 */
final class Obj {
    final Node node;
    final Problems problems;
    private final String what;
    /** The fields asked for, present or not (a short list: a record has a dozen fields at most, and millions of records are read). */
    private final List<String> used = new ArrayList<>(12);
    private final int problemsAtStart;

    private Obj(Node node, Problems problems, String what) {
        this.node = node;
        this.problems = problems;
        this.what = what;
        this.problemsAtStart = problems.count();
    }

    /** The object at {@code n}, or {@code null} (with a problem) if it is not an object. */
    static Obj of(Node n, Problems problems, String what) {
        if (n.type != Node.Type.OBJECT) {
            problems.add(n, what + " must be an object, not " + n.describe());
            return null;
        }
        return new Obj(n, problems, what);
    }

    /** Whether a problem was reported since this object was opened. */
    boolean failed() {
        return problems.count() > problemsAtStart;
    }

    /** The field, or {@code null} (with a problem if required). A JSON null counts as absent. */
    Node get(String key, boolean required) {
        used.add(key);
        Node n = node.fields.get(key);
        if (n == null || n.type == Node.Type.NULL) {
            if (required) {
                problems.missing(node, key, what + " has no '" + key + "'");
            }
            return null;
        }
        return n;
    }

    private Node typed(String key, boolean required, Node.Type type, String expected) {
        Node n = get(key, required);
        if (n != null && n.type != type) {
            problems.add(n, "'" + key + "' of " + what + " must be " + expected + ", not " + n.describe());
            return null;
        }
        return n;
    }

    String str(String key) {
        Node n = typed(key, true, Node.Type.STRING, "a string");
        return n == null ? null : n.text();
    }

    String optStr(String key) {
        Node n = typed(key, false, Node.Type.STRING, "a string");
        return n == null ? null : n.text();
    }

    /** A string converted by a core factory; its BomayException becomes a problem at the field. */
    <T> T conv(String key, boolean required, Function<String, T> f) {
        Node n = typed(key, required, Node.Type.STRING, "a string");
        return n == null ? null : convert(n, f);
    }

    <T> T convert(Node n, Function<String, T> f) {
        try {
            return f.apply(n.text());
        } catch (BomayException | IllegalArgumentException e) {
            problems.add(n, e.getMessage());
            return null;
        }
    }

    LocalDate date(String key, boolean required) {
        Node n = typed(key, required, Node.Type.STRING, "an ISO-8601 date string such as \"2018-01-01\"");
        return n == null ? null : date(n, problems);
    }

    static LocalDate date(Node n, Problems problems) {
        try {
            return problems.date(n.text());
        } catch (DateTimeParseException e) {
            problems.add(n, "'" + n.text() + "' is not an ISO-8601 date (YYYY-MM-DD, e.g. 2018-01-01)");
            return null;
        }
    }

    Integer integer(String key, boolean required) {
        Node n = typed(key, required, Node.Type.NUMBER, "an integer");
        if (n == null) {
            return null;
        }
        try {
            return Integer.parseInt(n.text());
        } catch (NumberFormatException e) {
            problems.add(n, "'" + key + "' of " + what + " must be an integer from " + Integer.MIN_VALUE + " to "
                    + Integer.MAX_VALUE + ", not " + n.text());
            return null;
        }
    }

    Double decimal(String key, boolean required) {
        Node n = typed(key, required, Node.Type.NUMBER, "a number");
        if (n == null) {
            return null;
        }
        double d = Double.parseDouble(n.text());
        if (!Double.isFinite(d)) {
            problems.add(n, "'" + key + "' of " + what + " is out of range: " + n.text());
            return null;
        }
        return d;
    }

    Boolean bool(String key, boolean required) {
        Node n = typed(key, required, Node.Type.BOOLEAN, "true or false");
        return n == null ? null : (Boolean) n.value;
    }

    <E extends Enum<E>> E enumeration(String key, boolean required, Class<E> type) {
        Node n = typed(key, required, Node.Type.STRING, "a string");
        return n == null ? null : enumeration(n, type, problems);
    }

    static <E extends Enum<E>> E enumeration(Node n, Class<E> type, Problems problems) {
        if (n.type != Node.Type.STRING) {
            problems.add(n, "expected one of " + names(type) + ", not " + n.describe());
            return null;
        }
        try {
            return Enum.valueOf(type, n.text());
        } catch (IllegalArgumentException e) {
            problems.add(n, "'" + n.text() + "' is not one of " + names(type));
            return null;
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : type.getEnumConstants()) {
            out.add(e.name());
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** An array field's elements, or {@code null}. */
    List<Node> array(String key, boolean required) {
        Node n = typed(key, required, Node.Type.ARRAY, "an array");
        return n == null ? null : n.items;
    }

    /** An object field, or {@code null}. */
    Obj object(String key, boolean required, String description) {
        Node n = get(key, required);
        return n == null ? null : of(n, problems, description);
    }

    /** An object of string values. */
    Map<String, String> stringMap(String key) {
        Node n = get(key, false);
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (n.type != Node.Type.OBJECT) {
            problems.add(n, "'" + key + "' of " + what + " must be an object of strings, not " + n.describe());
            return out;
        }
        n.fields.forEach((k, v) -> {
            if (v.type != Node.Type.STRING) {
                problems.add(v, "'" + k + "' must be a string, not " + v.describe());
            } else {
                out.put(k, v.text());
            }
        });
        return out;
    }

    /** Reports every field not read as unknown, naming the known ones. */
    void end(String... known) {
        used.addAll(List.of(known));
        for (Map.Entry<String, Node> e : node.fields.entrySet()) {
            if (!used.contains(e.getKey())) {
                Set<String> names = new java.util.TreeSet<>(used);
                problems.add(e.getValue(), "unknown field '" + e.getKey() + "' in " + what + " (known: " + String.join(", ", names) + ")");
            }
        }
    }
}
