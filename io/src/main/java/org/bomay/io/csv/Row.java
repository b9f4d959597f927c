package org.bomay.io.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bomay.core.BomayException;

/**
 * One data row being read: typed access to its fields by column name. Every accessor reports a
 * bad or missing value as a problem at the field and returns {@code null}; {@link #ok()} tells
 * whether any problem was reported for the row.
 */
final class Row {
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private final Table table;
    private final CsvParser.Record record;
    private final boolean broken;
    private final Problems problems;
    private boolean ok;

    Row(Table table, CsvParser.Record record, boolean broken, Problems problems) {
        this.table = table;
        this.record = record;
        this.broken = broken;
        this.problems = problems;
        this.ok = !broken;
    }

    /** Whether a syntax problem (or a wrong field count) was already reported for the row. */
    boolean broken() {
        return broken;
    }

    /** Whether no problem has been reported for the row. */
    boolean ok() {
        return ok;
    }

    int number() {
        return record.row();
    }

    Table table() {
        return table;
    }

    RowRef ref() {
        return new RowRef(table, record);
    }

    /** The field's text, NFC and stripped; "" if empty or if the table lacks the column. */
    String text(String column) {
        int i = table.indexOf(column);
        return i < 0 || i >= record.fields().size() ? "" : record.fields().get(i).text();
    }

    boolean has(String column) {
        return !text(column).isEmpty();
    }

    Place place(String column) {
        int i = table.indexOf(column);
        if (i < 0 || i >= record.fields().size()) {
            return new Place(table.file(), table.fileOrder(), record.row(), record.line(), 1, column);
        }
        CsvParser.Field f = record.fields().get(i);
        return new Place(table.file(), table.fileOrder(), record.row(), f.line(), f.column(), column);
    }

    /** Reports a problem at a field ({@code null}: the row as a whole). */
    void problem(String column, String message) {
        problems.add(column == null ? new Place(table.file(), table.fileOrder(), record.row(), record.line(), 1, null)
                : place(column), message);
        ok = false;
    }

    /** The text, or {@code null} with a problem if it is empty. */
    String required(String column) {
        String s = text(column);
        if (s.isEmpty()) {
            problem(column, "the required field " + column + " is empty");
            return null;
        }
        return s;
    }

    /** Reports every one of the columns that is not empty: they make no sense on this row. */
    void mustBeEmpty(String why, String... columns) {
        for (String c : columns) {
            if (has(c)) {
                problem(c, "the field " + c + " must be empty because " + why + ", but it is '" + text(c) + "'");
            }
        }
    }

    /** An id through its factory ({@code UnitId::of}, ...), or {@code null} if empty or bad. */
    <T> T id(String column, Function<String, T> factory, boolean required) {
        String s = required ? required(column) : text(column);
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return factory.apply(s);
        } catch (BomayException e) {
            problem(column, e.getMessage());
            return null;
        }
    }

    /** A whole number {@code >= min}, or {@code null} if empty or bad. */
    Integer whole(String column, int min) {
        String s = text(column);
        if (s.isEmpty()) {
            return null;
        }
        if (!WHOLE.matcher(s).matches()) {
            problem(column, "'" + s + "' is not a whole number" + (s.matches("[0-9.,\\s]+") ? " (write digits only, without"
                    + " thousands separators, e.g. 12500)" : ""));
            return null;
        }
        long v;
        try {
            v = Long.parseLong(s);
        } catch (NumberFormatException e) {
            v = s.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (v > Integer.MAX_VALUE) {
            problem(column, s + " is too large (at most " + Integer.MAX_VALUE + ")");
            return null;
        }
        if (v < min) {
            problem(column, column + " must be at least " + min + ", was " + s);
            return null;
        }
        return (int) v;
    }

    /** A decimal number {@code >= 0} written with a point, or {@code null} if empty or bad. */
    Double decimal(String column) {
        String s = text(column);
        if (s.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(s).matches()) {
            problem(column, "'" + s + "' is not a decimal number" + (s.indexOf(',') >= 0 ? " (use a decimal point, e.g. 7.5)"
                    : " (write e.g. 7.5)"));
            return null;
        }
        double d = Double.parseDouble(s) + 0.0; // -0 reads as 0
        if (Double.isInfinite(d) || d < 0) {
            problem(column, column + " must be a finite number >= 0, was " + s);
            return null;
        }
        return d;
    }

    /** An ISO date, or {@code null} if empty or bad. */
    LocalDate date(String column) {
        String s = text(column);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(column, "'" + s + "' is not a date: write it as ISO-8601 yyyy-MM-dd, e.g. 2018-01-01");
            return null;
        }
    }

    /** {@code true} or {@code false}, in any case (spreadsheets write TRUE), or {@code null} if empty or bad. */
    Boolean bool(String column, boolean required) {
        String s = required ? required(column) : text(column);
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (s.equalsIgnoreCase("true")) {
            return true;
        }
        if (s.equalsIgnoreCase("false")) {
            return false;
        }
        problem(column, "'" + s + "' is not true or false");
        return null;
    }

    /** An enum constant by its exact name, or {@code null} if empty or bad. */
    <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
        String s = required ? required(column) : text(column);
        if (s == null || s.isEmpty()) {
            return null;
        }
        E[] values = type.getEnumConstants();
        for (E e : values) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        List<String> names = Arrays.stream(values).map(Enum::name).toList();
        String hint = names.stream().filter(n -> n.equals(s.toUpperCase(Locale.ROOT))).findFirst()
                .map(n -> " (did you mean " + n + "?)").orElse("");
        problem(column, "unknown " + column + " '" + s + "'" + hint + "; expected one of " + String.join(", ", names));
        return null;
    }
}
