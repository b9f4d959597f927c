package org.bomay.io.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One CSV table being read: its header, checked against the known columns, and its data rows.
 * Blank rows (every field empty) are skipped; a row with the wrong number of fields is reported
 * and returned as broken.
 */
final class Table {
    private final CsvParser parser;
    private final Problems problems;
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private boolean usable;

    private Table(CsvParser parser, Problems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /**
     * Reads and checks the header.
     *
     * @param known the columns the table may have, in their written order
     * @param required the columns it must have
     * @param attributePrefix the prefix of open attribute columns ({@code attr:}), or {@code null} if none
     */
    static Table open(CsvParser parser, List<String> known, Set<String> required, String attributePrefix,
            Problems problems) throws IOException {
        Table t = new Table(parser, problems);
        CsvParser.Record header = parser.next();
        while (header != null && header.blank() && !header.broken()) {
            header = parser.next();
        }
        if (header == null) {
            if (!parser.stopped()) {
                problems.add(new Place(parser.file(), parser.fileOrder(), 1, 1, 1, null),
                        "the table is empty: it needs a header row naming its columns: " + String.join(",", known));
            }
            return t;
        }
        boolean ok = !header.broken();
        if (header.size() > CsvTables.MAX_COLUMNS) {
            problems.add(new Place(parser.file(), parser.fileOrder(), header.row(), header.line(), 1, null),
                    "the header has " + header.size() + " columns, more than the limit of " + CsvTables.MAX_COLUMNS);
            ok = false;
        }
        for (int i = 0; i < header.fields().size(); i++) {
            CsvParser.Field f = header.fields().get(i);
            String name = f.text();
            t.columns.add(name);
            Place at = new Place(parser.file(), parser.fileOrder(), header.row(), f.line(), f.column(), name.isEmpty() ? null : name);
            if (name.isEmpty()) {
                problems.add(at, "column " + (i + 1) + " of the header has no name; the columns are " + String.join(",", known));
                continue;
            }
            Integer old = t.index.putIfAbsent(name, i);
            if (old != null) {
                problems.add(at, "column " + name + " appears twice in the header (columns " + (old + 1) + " and " + (i + 1) + ")");
                ok = false;
                continue;
            }
            if (known.contains(name)) {
                continue;
            }
            if (attributePrefix != null && name.startsWith(attributePrefix)) {
                String key = name.substring(attributePrefix.length());
                if (key.isEmpty() || !key.equals(key.strip())) {
                    problems.add(at, "attribute column " + name + " needs a key after '" + attributePrefix
                            + "', without surrounding spaces, e.g. " + attributePrefix + "vn.vung");
                }
                continue;
            }
            problems.add(at, "unknown column " + name + suggestion(name, known) + "; the columns are " + String.join(",", known)
                    + (attributePrefix == null ? "" : ", and " + attributePrefix + "KEY for an attribute"));
        }
        for (String r : known) {
            if (required.contains(r) && !t.index.containsKey(r)) {
                problems.add(new Place(parser.file(), parser.fileOrder(), header.row(), header.line(), 1, null),
                        "the header lacks the required column " + r);
                ok = false;
            }
        }
        parser.header(t.columns);
        t.usable = ok;
        return t;
    }

    /** Whether the header names every required column once, so rows can be read. */
    boolean usable() {
        return usable;
    }

    /** Whether the header was usable and the whole table was read. */
    boolean complete() {
        return usable && !parser.stopped();
    }

    String file() {
        return parser.file();
    }

    int fileOrder() {
        return parser.fileOrder();
    }

    /** The header's column names, in order. */
    List<String> columns() {
        return columns;
    }

    /** The field index of a column, or -1 if the header lacks it. */
    int indexOf(String column) {
        Integer i = index.get(column);
        return i == null ? -1 : i;
    }

    /** The next data row, or {@code null} at the end (or when reading stopped). */
    Row next() throws IOException {
        if (!usable) {
            return null;
        }
        while (true) {
            CsvParser.Record r = parser.next();
            if (r == null) {
                return null;
            }
            if (r.blank() && !r.broken()) {
                continue;
            }
            boolean broken = r.broken();
            if (r.size() != columns.size()) {
                broken = true;
                if (r.size() > columns.size() && columns.size() < r.fields().size()) {
                    CsvParser.Field extra = r.fields().get(columns.size());
                    problems.add(new Place(file(), fileOrder(), r.row(), extra.line(), extra.column(), null),
                            "the row has " + r.size() + " fields but the header has " + columns.size()
                                    + " columns: quote a field that holds a separator (\"a, b\"), or remove the extra field");
                } else {
                    problems.add(new Place(file(), fileOrder(), r.row(), r.line(), 1, null),
                            "the row has " + r.size() + " fields but the header has " + columns.size() + " columns");
                }
            }
            return new Row(this, r, broken, problems);
        }
    }

    /** Returns {@code " (did you mean x?)"} for a near match among the names, or "". */
    static String suggestion(String name, Collection<String> names) {
        String best = null;
        int bestDistance = 3;
        for (String n : names) {
            int d = n.equalsIgnoreCase(name) ? 0 : distance(name.toLowerCase(Locale.ROOT), n.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean " + best + "?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
