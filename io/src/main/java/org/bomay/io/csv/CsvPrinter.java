package org.bomay.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;

/**
 * Writes RFC 4180 records: fields NFC-normalized, a field enclosed in double quotes (inner quotes
 * doubled) only when it holds the separator, a quote or a line break; records end with CRLF.
 */
final class CsvPrinter {
    private final Writer out;
    private final char separator;

    CsvPrinter(Writer out, char separator) {
        this.out = out;
        this.separator = separator;
    }

    /** Writes the UTF-8 byte order mark (U+FEFF; EF BB BF once encoded as UTF-8). */
    void bom() throws IOException {
        out.write('\uFEFF');
    }

    void record(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(separator);
            }
            field(fields[i]);
        }
        out.write("\r\n");
    }

    private void field(String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        String s = Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == separator || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.write(s);
            return;
        }
        out.write('"');
        out.write(s.replace("\"", "\"\""));
        out.write('"');
    }
}
