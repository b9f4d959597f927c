package org.bomay.io.json;

import java.util.ArrayList;
import java.util.List;
import org.bomay.io.FormatException;
import org.bomay.io.FormatProblem;

/** Collects the problems of one document; {@link #throwIfAny()} throws them all at once. */
final class Problems {
    private static final int MAX = 1000;
    private final String what;
    private final List<FormatProblem> list = new ArrayList<>();
    private int dropped;
    /** Equal dates and repeated texts (titles, names) of one document share one object. */
    private final java.util.Map<String, java.time.LocalDate> dates = new java.util.HashMap<>();
    private final java.util.Map<String, String> texts = new java.util.HashMap<>();

    Problems(String what) {
        this.what = what;
    }

    void add(Node at, String message) {
        add(at.pointer(), at.line, at.column, message);
    }

    /** A problem about a field that is absent: located at the object that lacks it. */
    void missing(Node object, String field, String message) {
        add(object.pointer(field), object.line, object.column, message);
    }

    void add(String pointer, int line, int column, String message) {
        if (list.size() < MAX) {
            list.add(new FormatProblem(pointer, Math.max(0, line), Math.max(0, column), message));
        } else {
            dropped++;
        }
    }

    /** The date of an ISO text, one object per distinct text in the document. */
    java.time.LocalDate date(String iso) {
        java.time.LocalDate d = dates.get(iso);
        if (d == null) {
            d = java.time.LocalDate.parse(iso); // throws DateTimeParseException, for the caller to report
            dates.put(iso, d);
        }
        return d;
    }

    /** One string per distinct text of the document (post titles and names repeat by the million). */
    String shared(String text) {
        if (text == null) {
            return null;
        }
        String s = texts.putIfAbsent(text, text);
        return s == null ? text : s;
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int count() {
        return list.size();
    }

    FormatException exception() {
        List<FormatProblem> all = new ArrayList<>(list);
        if (dropped > 0) {
            all.add(new FormatProblem("", 0, 0, "... and " + dropped + " more problems (reading stops listing after " + MAX + ")"));
        }
        return new FormatException(what, all);
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw exception();
        }
    }
}
