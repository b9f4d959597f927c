package org.bomay.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MarkupTest {

    @Test
    void escape_replacesTheFiveSpecialCharacters() {
        assertEquals("a&amp;b&lt;c&gt;d&quot;e&#39;f", Markup.escape("a&b<c>d\"e'f"));
        assertEquals("Huyện ủy Kim Bảng 😀", Markup.escape("Huyện ủy Kim Bảng 😀"));
    }

    @Test
    void escape_replacesWhatXmlCannotHold() throws Exception {
        assertEquals("x\uFFFDy\uFFFDz\ttab\n", Markup.escape("x\u0001y\uD800z\ttab\n"));
        assertEquals("\uFFFD\uFFFD", Markup.escape("\uFFFE\uDC00"));
        Markup m = new Markup();
        m.open("p", "title", "\u0000<\"'&").text("\u001F</p>").close();
        Document d = ReportFixture.parse(m.finish());
        assertEquals("\uFFFD</p>", d.getDocumentElement().getTextContent());
        assertEquals("\uFFFD<\"'&", d.getDocumentElement().getAttribute("title"));
    }

    @Test
    void markup_closesEveryElementItOpens() throws Exception {
        Markup m = new Markup();
        m.open("div", "class", "a", "id", null).open("p").leaf("code", "x").close().empty("br").close();
        assertEquals("\n<div class=\"a\">\n<p><code>x</code></p><br/>\n</div>\n", m.finish());
        Markup open = new Markup();
        open.open("div");
        assertThrows(IllegalStateException.class, open::finish);
        assertThrows(IllegalStateException.class, () -> new Markup().close());
    }

    @Test
    void markup_rejectsNamesThatAreNotXmlNames() {
        assertThrows(IllegalArgumentException.class, () -> new Markup().open("a b"));
        assertThrows(IllegalArgumentException.class, () -> new Markup().open("p", "on click", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Markup().open("p", "class"));
        assertThrows(IllegalArgumentException.class, () -> new Markup().empty("span"));
    }
}
