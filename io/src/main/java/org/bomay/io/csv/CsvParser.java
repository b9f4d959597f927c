package org.bomay.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 tokenizer that knows where every field starts. Fields are separated by the
 * separator; records end at CRLF, LF or a lone CR; a field that holds the separator, a quote or a
 * line break is enclosed in double quotes, and a quote inside it is doubled. A leading UTF-8 byte
 * order mark (U+FEFF) is skipped. Each field is NFC-normalized and stripped of surrounding
 * whitespace.
 *
 * <p>Syntax problems (a quote inside an unquoted field, text after a closing quote, a field over
 * the length limit, U+FFFD from undecodable bytes) mark the record broken and reading goes on;
 * an unclosed quote at the end of the input, more characters than allowed or more rows than
 * allowed stop it. Every problem goes to the {@link Problems} with the line and column.
 */
final class CsvParser {
    /** A field: its text and where it starts (the opening quote of a quoted field). */
    record Field(String text, int line, int column) {}

    /**
     * A record: its row number (from 1), the fields (at most {@link CsvTables#MAX_COLUMNS}),
     * how many fields it really had, and whether a syntax problem was reported in it.
     */
    record Record(int row, int line, List<Field> fields, int size, boolean broken) {
        boolean blank() {
            for (Field f : fields) {
                if (!f.text.isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int EOF = -1;

    private final Reader in;
    private final String file;
    private final int fileOrder;
    private final char separator;
    private final long maxChars;
    private final int maxRows;
    private final int maxFieldLength;
    private final Problems problems;

    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private boolean endOfInput;
    private boolean stopped;
    private long consumed;
    private int line = 1;
    private int col = 1;
    private boolean lastCr;
    private int row;
    private List<String> header = List.of();
    private final StringBuilder text = new StringBuilder();

    CsvParser(Reader in, String file, int fileOrder, char separator, long maxChars, int maxRows, int maxFieldLength,
            Problems problems) {
        this.in = in;
        this.file = file;
        this.fileOrder = fileOrder;
        this.separator = separator;
        this.maxChars = maxChars;
        this.maxRows = maxRows;
        this.maxFieldLength = maxFieldLength;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    int fileOrder() {
        return fileOrder;
    }

    /** Names the columns, so later problems say {@code col=name}. */
    void header(List<String> names) {
        this.header = List.copyOf(names);
    }

    /** Whether reading stopped before the end of the input (a fatal problem). */
    boolean stopped() {
        return stopped;
    }

    private Place place(int line, int column, int fieldIndex) {
        String name = fieldIndex >= 0 && fieldIndex < header.size() ? header.get(fieldIndex) : null;
        return new Place(file, fileOrder, row, line, column, name);
    }

    private void stop(Place at, String message) {
        if (!stopped) {
            problems.add(at, message);
        }
        stopped = true;
    }

    /**
     * Returns the next record, or {@code null} at the end of the input or once reading has
     * stopped (a fatal problem, or the problem cap reached).
     */
    Record next() throws IOException {
        if (row == 0 && peek() == '\uFEFF') {
            pos++; // the byte order mark: not counted as a character of the first line
        }
        if (stopped || problems.full() || peek() == EOF) {
            return null;
        }
        row++;
        if (row - 1 > maxRows) {
            stop(new Place(file, fileOrder, row, line, 1, null), "the table has more than " + maxRows
                    + " data rows (the limit; raise it with CsvTables.withMaxRows)");
            return null;
        }
        int recordLine = line;
        List<Field> fields = new ArrayList<>();
        int size = 0;
        boolean broken = false;
        while (true) {
            int fieldLine = line;
            int fieldCol = col;
            int index = size;
            text.setLength(0);
            boolean tooLong = false;
            int c = peek();
            boolean quoted = c == '"';
            if (quoted) {
                read();
                while (true) {
                    c = read();
                    if (c == EOF) {
                        if (!stopped) {
                            stop(place(fieldLine, fieldCol, index), "the quoted field starting here is not closed: add the closing"
                                    + " quote (\"), and double every quote inside the field (\"\")");
                        }
                        return null;
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                        } else {
                            break;
                        }
                    }
                    tooLong |= !append(c);
                }
                c = peek();
                if (c != separator && c != '\r' && c != '\n' && c != EOF) {
                    problems.add(place(line, col, index), "text after the closing quote of a quoted field: quote the whole"
                            + " field and double every quote inside it (\"\")");
                    broken = true;
                    while (c != separator && c != '\r' && c != '\n' && c != EOF) {
                        read();
                        c = peek();
                    }
                }
            } else {
                while (c != separator && c != '\r' && c != '\n' && c != EOF) {
                    if (c == '"') {
                        problems.add(place(line, col, index), "a quote inside an unquoted field: enclose the field in"
                                + " quotes and double the quote (\"\")");
                        broken = true;
                    }
                    read();
                    tooLong |= !append(c);
                    c = peek();
                }
            }
            if (stopped) {
                return null;
            }
            if (tooLong) {
                problems.add(place(fieldLine, fieldCol, index), "the field is longer than " + maxFieldLength
                        + " characters (the limit; raise it with CsvTables.withMaxFieldLength)"
                        + (quoted ? "; is a quote left open?" : ""));
                broken = true;
            }
            String value = clean(text);
            if (value.indexOf('\uFFFD') >= 0) {
                problems.add(place(fieldLine, fieldCol, index), "the field holds U+FFFD, the mark of bytes that are not"
                        + " UTF-8: save the file as UTF-8 (in Excel: \"CSV UTF-8\")");
                broken = true;
            }
            if (size < CsvTables.MAX_COLUMNS) {
                fields.add(new Field(value, fieldLine, fieldCol));
            }
            size++;
            c = read();
            if (c == separator) {
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                read();
            }
            if (stopped) {
                return null;
            }
            return new Record(row, recordLine, fields, size, broken);
        }
    }

    private boolean append(int c) {
        if (text.length() >= maxFieldLength) {
            return false;
        }
        text.append((char) c);
        return true;
    }

    private static String clean(StringBuilder text) {
        String s = text.toString();
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        return s.strip();
    }

    private int peek() throws IOException {
        if (stopped) {
            return EOF;
        }
        if (pos == len) {
            if (endOfInput) {
                return EOF;
            }
            int n = in.read(buf, 0, buf.length);
            while (n == 0) {
                n = in.read(buf, 0, buf.length);
            }
            if (n < 0) {
                endOfInput = true;
                return EOF;
            }
            pos = 0;
            len = n;
        }
        return buf[pos];
    }

    private int read() throws IOException {
        int c = peek();
        if (c == EOF) {
            return EOF;
        }
        pos++;
        if (++consumed > maxChars) {
            stop(new Place(file, fileOrder, row, line, col, null), "the table is longer than " + maxChars
                    + " characters (the limit; raise it with CsvTables.withMaxFileSize)");
            return EOF;
        }
        if (c == '\n') {
            if (!lastCr) {
                line++;
            }
            col = 1;
            lastCr = false;
        } else if (c == '\r') {
            line++;
            col = 1;
            lastCr = true;
        } else {
            if (!Character.isLowSurrogate((char) c)) {
                col++;
            }
            lastCr = false;
        }
        return c;
    }
}
