package org.bomay.io.csv;

/**
 * Where a problem is in a CSV table: the file, the row (the record number, the header being row
 * 1, as a spreadsheet numbers rows), the physical line and character column where the field
 * starts (both from 1; a quoted field may span lines, so a row's line can be larger than its row
 * number), and the column's header name ({@code null} for the row as a whole).
 *
 * <p>{@link #pointer()} is {@code units.csv#row=5/col=kind}, {@code units.csv#row=5} or
 * {@code units.csv}.
 */
record Place(String file, int fileOrder, int row, int line, int column, String columnName) {

    /** The whole file: no row, no line. */
    static Place file(String file, int fileOrder) {
        return new Place(file, fileOrder, 0, 0, 0, null);
    }

    String pointer() {
        if (row <= 0) {
            return file;
        }
        return file + "#row=" + row + (columnName == null ? "" : "/col=" + columnName);
    }
}
