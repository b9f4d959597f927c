package org.bomay.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The escaping behind every format, including text that names cannot hold today (line breaks, controls). */
class TextTest {
    @Test
    void clean_keepsOrdinaryTextAsIs() {
        String s = "Ủy ban nhân dân \"x\" <y> 😀";
        assertSame(s, Text.clean(s));
    }

    @Test
    void clean_replacesWhatXmlCannotCarryAndNormalizesLineBreaks() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd", Text.clean("a\u0000b\u0007c\uD800d"));
        assertEquals("a\nb\nc", Text.clean("a\r\nb\rc"));
        assertEquals("x\uFFFD", Text.clean("x\uDC00"));
    }

    @Test
    void dot_escapesQuotesBackslashesAndNewlines() {
        assertEquals("\"a \\\"b\\\" c\\\\d\\ne\"", Text.dot("a \"b\" c\\d\ne"));
        assertEquals("\"<script>\"", Text.dot("<script>"));
    }

    @Test
    void xml_escapesMarkupAndKeepsVietnamese() {
        assertEquals("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;Bảng&quot;&#10;",
                Text.xml("<script>alert('x')</script> & \"Bảng\"\n"));
    }

    @Test
    void mermaid_writesSyntaxCharactersAsEntityCodes() {
        assertEquals("\"#quot;a#quot; #35;1 #amp; #lt;b#gt; #124; #96;c#96;<br/>Đảng\"", Text.mermaid("\"a\" #1 & <b> | `c`\nĐảng"));
    }
}
