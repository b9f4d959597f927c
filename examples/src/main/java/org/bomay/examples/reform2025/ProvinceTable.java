package org.bomay.examples.reform2025;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bomay.core.BomayException;
import org.bomay.core.model.Level;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.bomay.core.model.UnitKind;
import org.bomay.core.profile.vn.VnKinds;

/**
 * Reads the two tables of the package's resources, strictly: {@code provinces-before-2025.csv}
 * (the 63 units on 30/6/2025) and {@code provinces-2025.csv} (the 34 from 1/7/2025). UTF-8,
 * comma-separated, no quoting; lines starting with {@code #} and blank lines are comments; the
 * first other line is the header. Every problem names the file and the line.
 */
final class ProvinceTable {
    static final String BEFORE_FILE = "provinces-before-2025.csv";
    static final String AFTER_FILE = "provinces-2025.csv";

    private ProvinceTable() {}

    /** A data line: its number in the file and its fields. */
    private record Row(int line, String[] fields) {}

    /** The 63 units of {@link #BEFORE_FILE}, by id, in file order. */
    static ImmutableMap<UnitId, Unit> readBefore() {
        return parseBefore(BEFORE_FILE, resource(BEFORE_FILE));
    }

    /** The 34 units of {@link #AFTER_FILE}, in file order; each former unit of {@code before} must go into exactly one. */
    static ImmutableList<NewProvince> readAfter(Map<UnitId, Unit> before) {
        return parseAfter(AFTER_FILE, resource(AFTER_FILE), before);
    }

    /** Parses a table of former units (header {@code id,kind,name}); {@code file} names it in messages. */
    static ImmutableMap<UnitId, Unit> parseBefore(String file, String text) {
        Map<UnitId, Unit> out = new LinkedHashMap<>();
        for (Row r : rows(file, text, "id,kind,name", 3)) {
            UnitId id = id(file, r, r.fields()[0]);
            UnitKind kind = kind(file, r, r.fields()[1]);
            Unit u;
            try {
                u = Unit.of(id, r.fields()[2], kind, Level.PROVINCE);
            } catch (BomayException e) {
                throw problem(file, r, e.getMessage());
            }
            if (out.put(id, u) != null) {
                throw problem(file, r, "the id " + id + " is listed twice");
            }
        }
        return ImmutableMap.copyOf(out);
    }

    /**
     * Parses a table of new units (header {@code list,number,kind,name,seat,from}); each former
     * unit of {@code before} must go into exactly one of them. {@code file} names it in messages.
     */
    static ImmutableList<NewProvince> parseAfter(String file, String text, Map<UnitId, Unit> before) {
        List<NewProvince> out = new ArrayList<>();
        Map<UnitId, String> usedBy = new LinkedHashMap<>();
        for (Row r : rows(file, text, "list,number,kind,name,seat,from", 6)) {
            String[] f = r.fields();
            boolean merged = switch (f[0]) {
                case "merged" -> true;
                case "unchanged" -> false;
                default -> throw problem(file, r, "list is '" + f[0] + "'; use 'merged' or 'unchanged'");
            };
            int number;
            try {
                number = Integer.parseInt(f[1]);
            } catch (NumberFormatException e) {
                throw problem(file, r, "number is '" + f[1] + "', not a whole number");
            }
            List<UnitId> from = new ArrayList<>();
            for (String s : f[5].trim().split(" +")) {
                UnitId id = id(file, r, s);
                if (!before.containsKey(id)) {
                    throw problem(file, r, "the former unit " + id + " is not in the table of former units");
                }
                String previous = usedBy.put(id, f[3]);
                if (previous != null) {
                    throw problem(file, r, "the former unit " + id + " already went into " + previous);
                }
                from.add(id);
            }
            try {
                out.add(new NewProvince(merged, number, kind(file, r, f[2]), f[3], id(file, r, f[4]), from));
            } catch (BomayException e) {
                throw problem(file, r, e.getMessage());
            }
        }
        List<UnitId> missing = before.keySet().stream().filter(id -> !usedBy.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new BomayException(file + ": the former units " + missing + " go into no unit; add them to a row's from");
        }
        return ImmutableList.copyOf(out);
    }

    private static String resource(String file) {
        try (InputStream in = ProvinceTable.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new BomayException("The resource " + file + " is missing from the package "
                        + ProvinceTable.class.getPackageName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resource " + file, e);
        }
    }

    private static List<Row> rows(String file, String text, String header, int columns) {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int n = 0;
        for (String line : text.split("\\R", -1)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.strip().equals(header)) {
                    throw new BomayException(file + " line " + n + ": the header is '" + line + "'; expected '" + header + "'");
                }
                headerSeen = true;
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != columns) {
                throw new BomayException(file + " line " + n + ": " + fields.length + " fields, expected " + columns + " ("
                        + header + "); names must not contain commas");
            }
            rows.add(new Row(n, Arrays.stream(fields).map(String::strip).toArray(String[]::new)));
        }
        if (!headerSeen) {
            throw new BomayException(file + ": no header line; expected '" + header + "'");
        }
        return rows;
    }

    private static UnitId id(String file, Row r, String text) {
        try {
            return UnitId.of(text);
        } catch (BomayException e) {
            throw problem(file, r, e.getMessage());
        }
    }

    private static UnitKind kind(String file, Row r, String code) {
        return VnKinds.CATALOG.find(code).orElseThrow(() -> problem(file, r,
                "unknown kind '" + code + "'; use VN.TINH or VN.THANH_PHO_TRUC_THUOC_TW"));
    }

    private static BomayException problem(String file, Row r, String message) {
        return new BomayException(file + " line " + r.line() + ": " + message);
    }
}
