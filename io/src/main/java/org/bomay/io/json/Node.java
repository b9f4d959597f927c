package org.bomay.io.json;

import java.util.List;
import java.util.Map;

/**
 * A value read from a document with where it was: its parent and key (so its JSON pointer can be
 * computed when a problem needs it) and its line and column. Large arrays are streamed element by
 * element, so a national structure never exists as one tree.
 */
final class Node {
    enum Type { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    final Type type;
    final Node parent;
    final Object key; // String field name, Integer index, or null for the root
    final int line;
    final int column;
    Object value; // String (also the text of a number), Boolean
    Map<String, Node> fields; // OBJECT, in document order
    List<Node> items; // ARRAY, unless streamed

    Node(Type type, Node parent, Object key, int line, int column) {
        this.type = type;
        this.parent = parent;
        this.key = key;
        this.line = line;
        this.column = column;
        if (type == Type.OBJECT) {
            fields = new Fields();
        }
    }

    /** The JSON pointer (RFC 6901) of this value. */
    String pointer() {
        if (parent == null) {
            return "";
        }
        String k = key.toString().replace("~", "~0").replace("/", "~1");
        return parent.pointer() + "/" + k;
    }

    /** The pointer of a child, even if it is absent (for "missing field" problems). */
    String pointer(String child) {
        return pointer() + "/" + child.replace("~", "~0").replace("/", "~1");
    }

    String text() {
        return (String) value;
    }

    /** "a string", "an object", ... for messages. */
    String describe() {
        return switch (type) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
        };
    }

    /** Drops the children once decoded, keeping the location. */
    void release() {
        fields = null;
        items = null;
        value = null;
    }
}
