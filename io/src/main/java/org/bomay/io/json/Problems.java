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
