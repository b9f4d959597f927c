package org.bomay.io.csv;

import java.util.Arrays;
import java.util.List;

/**
 * Where a row that defined something (a unit, a post, a person, a tenure, a relation) is, kept
 * after reading so that problems found later by core's validation can point at it. Holds only
 * numbers, not the row's text.
 */
final class RowRef {
    private final Table table;
    private final int row;
    private final int line;
    private final int[] columns;
    private final int[] lines; // null when every field starts on the row's first line

    RowRef(Table table, CsvParser.Record record) {
        this.table = table;
        this.row = record.row();
        this.line = record.line();
        List<CsvParser.Field> fields = record.fields();
        this.columns = new int[fields.size()];
        int[] ls = null;
        for (int i = 0; i < fields.size(); i++) {
            columns[i] = fields.get(i).column();
            if (fields.get(i).line() != line) {
                if (ls == null) {
                    ls = new int[fields.size()];
                    Arrays.fill(ls, line);
                }
                ls[i] = fields.get(i).line();
            }
        }
        this.lines = ls;
    }

    int row() {
        return row;
    }

    String file() {
        return table.file();
    }

    /** The place of a column's field in this row, or of the row if the table lacks the column. */
    Place place(String column) {
        int i = column == null ? -1 : table.indexOf(column);
        if (i < 0 || i >= columns.length) {
            return new Place(table.file(), table.fileOrder(), row, line, 1, column == null ? null : column);
        }
        return new Place(table.file(), table.fileOrder(), row, lines == null ? line : lines[i], columns[i], column);
    }

    /** The place of the row as a whole. */
    Place place() {
        return new Place(table.file(), table.fileOrder(), row, line, 1, null);
    }

    /** E.g. {@code row 5 of units.csv}. */
    @Override
    public String toString() {
        return "row " + row + " of " + table.file();
    }
}
