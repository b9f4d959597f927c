package org.bomay.io;

import java.util.Objects;

/**
 * One problem found while reading a document: where it is (a JSON pointer, RFC 6901, for JSON and
 * YAML documents, or {@code FILE#row=R/col=NAME} for CSV tables; and the line and column in the
 * text, both from 1; 0 when unknown) and what is wrong.
 *
 * <pre>{@code
 * try {
 *     Documents.json().readStructure(text);
 * } catch (FormatException e) {
 *     for (FormatProblem p : e.problems()) {
 *         System.out.println(p);   // "/units/3/kind (line 12, column 15): unknown unit kind 'VN.XYZ' ..."
 *     }
 * }
 * }</pre>
 *
 * @param pointer the JSON pointer of the offending value ("" for the whole document), or the
 *     CSV location {@code units.csv#row=5/col=kind}
 * @param line the line of the offending value, from 1; 0 when unknown
 * @param column the column of the offending value, from 1; 0 when unknown
 * @param message what is wrong, naming the offending value or id
 */
public record FormatProblem(String pointer, int line, int column, String message) {

    /** Checks the fields. */
    public FormatProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be 0 (unknown) or more, got " + line + ":" + column);
        }
    }

    /** The location as text: {@code /units/3/kind (line 12, column 15)}. */
    public String location() {
        String p = pointer.isEmpty() ? "(document)" : pointer;
        return line > 0 ? p + " (line " + line + ", column " + column + ")" : p;
    }

    @Override
    public String toString() {
        return location() + ": " + message;
    }
}
