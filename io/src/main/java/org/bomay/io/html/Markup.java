package org.bomay.io.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * A tiny XML writer for the report: every element it opens is closed, every text and attribute
 * value is escaped, and names come only from this package's code (never from data). Markup
 * written through it is therefore well-formed whatever the data holds.
 *
 * <pre>{@code
 * Markup m = new Markup();
 * m.open("p", "class", "note").text(unit.name()).close();
 * }</pre>
 *
 * <p>Not thread-safe; one instance per rendering.
 */
final class Markup {
    /** Elements written on a new line, so the file reads well in a text editor. */
    private static final Set<String> ON_NEW_LINE = Set.of("html", "head", "body", "meta", "title", "style", "header",
            "footer", "main", "h1", "h2", "h3", "p", "section", "div", "table", "caption", "thead", "tbody", "tr", "ul", "li",
            "figure", "figcaption", "svg", "g", "rect", "path", "circle", "text", "line", "details", "summary", "dl", "dt",
            "dd");

    /** Elements that may be written empty: HTML void elements and SVG shapes. */
    private static final Set<String> EMPTY = Set.of("meta", "br", "hr", "rect", "path", "circle", "line", "polyline");

    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final Deque<String> open = new ArrayDeque<>();
    /** Per open element, whether a child began on a new line (then its end tag does too). */
    private final Deque<Boolean> broken = new ArrayDeque<>();

    /** Writes markup that this package wrote itself (the doctype, the style sheet); never data. */
    Markup raw(String constant) {
        out.append(constant);
        return this;
    }

    /** Opens an element; {@code attributes} are name, value pairs, a pair with a null value is left out. */
    Markup open(String name, String... attributes) {
        start(name, attributes);
        out.append('>');
        open.push(name);
        broken.push(false);
        return this;
    }

    /** Closes the element opened last. */
    Markup close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no element to close");
        }
        String name = open.pop();
        if (broken.pop()) {
            out.append('\n');
        }
        out.append("</").append(name).append('>');
        return this;
    }

    /**
     * Writes an element without content: {@code <name a="v"/>}. Only for HTML void elements and
     * SVG shapes: an HTML parser reads {@code <span/>} as an open tag.
     */
    Markup empty(String name, String... attributes) {
        if (!EMPTY.contains(name)) {
            throw new IllegalArgumentException("<" + name + "/> is not read as empty by an HTML parser; use leaf(name, \"\")");
        }
        start(name, attributes);
        out.append("/>");
        return this;
    }

    /** Writes an element holding only text: {@code <name a="v">text</name>}. */
    Markup leaf(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close();
    }

    /** Writes escaped text. */
    Markup text(String text) {
        escape(text, out);
        return this;
    }

    /** The markup written; every element must be closed. */
    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements left open: " + open);
        }
        out.append('\n');
        return out.toString();
    }

    private void start(String name, String... attributes) {
        checkName(name);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + String.join(", ", attributes));
        }
        if (ON_NEW_LINE.contains(name)) {
            out.append('\n');
            if (!broken.isEmpty()) {
                broken.pop();
                broken.push(true);
            }
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            checkName(attributes[i]);
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], out);
            out.append('"');
        }
    }

    private static void checkName(String name) {
        if (name == null || !name.matches("[a-zA-Z][a-zA-Z0-9:-]*")) {
            throw new IllegalArgumentException("not an XML name: " + name);
        }
    }

    /** Escapes text for XML content and attribute values. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        escape(text, b);
        return b.toString();
    }

    /**
     * Appends text with {@code & < > " '} escaped, and characters XML cannot hold (controls other
     * than tab, newline and carriage return; lone surrogates; U+FFFE, U+FFFF) replaced by U+FFFD.
     */
    static void escape(String text, StringBuilder b) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                            || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
    }
}
