package org.bomay.core.model;

import org.bomay.core.BomayException;

/** Shared validation of the three id types. */
final class Ids {
    static final int MAX_LENGTH = 128;

    private Ids() {}

    static String check(String what, String value) {
        if (value == null) {
            throw new BomayException(what + " must not be null");
        }
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new BomayException(what + " '" + value + "' must have 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            int c = value.codePointAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_' || c == ':' || c == '/';
            if (!ok) {
                throw new BomayException(what + " '" + value + "' has the character '" + Character.toString(c) + "' at index " + i
                        + "; ids use ASCII letters, digits and . - _ : / only (put Vietnamese text in names)");
            }
        }
        return value;
    }
}
