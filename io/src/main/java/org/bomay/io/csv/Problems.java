package org.bomay.io.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bomay.io.FormatException;
import org.bomay.io.FormatProblem;

/**
 * Collects the problems of one read, across all its tables, up to {@link CsvTables#MAX_PROBLEMS};
 * {@link #exception(String)} returns them in file order, then by line and column.
 */
final class Problems {
    private record Entry(Place place, String message, int seq) {}

    private final List<Entry> entries = new ArrayList<>();
    private int dropped;

    void add(Place place, String message) {
        if (entries.size() < CsvTables.MAX_PROBLEMS) {
            entries.add(new Entry(place, message, entries.size()));
        } else {
            dropped++;
        }
    }

    /** Whether the cap is reached: readers stop reading. */
    boolean full() {
        return entries.size() >= CsvTables.MAX_PROBLEMS;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    int count() {
        return entries.size();
    }

    FormatException exception(String what) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry e) -> e.place.fileOrder())
                .thenComparingInt(e -> e.place.line() == 0 ? Integer.MAX_VALUE : e.place.line())
                .thenComparingInt(e -> e.place.column())
                .thenComparingInt(Entry::seq));
        List<FormatProblem> out = new ArrayList<>(sorted.size() + 1);
        for (Entry e : sorted) {
            out.add(new FormatProblem(e.place.pointer(), e.place.line(), e.place.column(), e.message));
        }
        if (full()) {
            out.add(new FormatProblem("", 0, 0, "reading stopped after " + CsvTables.MAX_PROBLEMS + " problems"
                    + (dropped > 0 ? " (" + dropped + " more not listed)" : "") + "; fix these and read again"));
        }
        return new FormatException(what, out);
    }
}
