package org.bomay.io.export;

/** Escaping for the export formats. Every output line ends with {@code \n}, on every platform. */
final class Text {
    private static final char REPLACEMENT = '\uFFFD';

    private Text() {}

    /**
     * Returns the text with line breaks as {@code \n} and every character that XML 1.0 cannot
     * carry (control characters, unpaired surrogates, U+FFFE, U+FFFF) replaced by U+FFFD, so each
     * format gets text it can hold.
     */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = null;
            if (c == '\r') {
                rep = i + 1 < s.length() && s.charAt(i + 1) == '\n' ? "" : "\n";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                rep = String.valueOf(REPLACEMENT);
            } else if (Character.isLowSurrogate(c) || (c < 0x20 && c != '\n' && c != '\t') || c == '\uFFFE'
                    || c == '\uFFFF') {
                rep = String.valueOf(REPLACEMENT);
            }
            if (rep != null && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                if (rep != null) {
                    b.append(rep);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * A DOT double-quoted string: {@code "} and {@code \} escaped, a line break written as the
     * centred-line escape {@code \n}.
     */
    static String dot(String s) {
        String c = clean(s);
        StringBuilder b = new StringBuilder(c.length() + 2).append('"');
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(ch);
            }
        }
        return b.append('"').toString();
    }

    /** XML character data or an attribute value: {@code & < > " '} as entities, tab and line break as references. */
    static String xml(String s) {
        String c = clean(s);
        StringBuilder b = new StringBuilder(c.length() + 8);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\n' -> b.append("&#10;");
                case '\t' -> b.append("&#9;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /**
     * A Mermaid double-quoted label: the characters Mermaid or its HTML rendering would read as
     * syntax written as Mermaid entity codes ({@code #quot;}, {@code #lt;}, {@code #35;}, ...), a
     * line break as {@code <br/>}.
     */
    static String mermaid(String s) {
        String c = clean(s);
        StringBuilder b = new StringBuilder(c.length() + 2).append('"');
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '"' -> b.append("#quot;");
                case '#' -> b.append("#35;");
                case '&' -> b.append("#amp;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '`' -> b.append("#96;");
                case '|' -> b.append("#124;");
                case '\n' -> b.append("<br/>");
                case '\t' -> b.append(' ');
                default -> b.append(ch);
            }
        }
        return b.append('"').toString();
    }
}
