package org.bomay.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bomay.core.BomayException;
import org.junit.jupiter.api.Test;

/** The three id types share one rule set (Ids.check); each is tested through its public factory. */
class IdsTest {

    @Test
    void unitId_ofParseToString_roundTrip() {
        UnitId id = UnitId.of("kb.huyen-uy");
        assertEquals("kb.huyen-uy", id.toString());
        assertEquals("kb.huyen-uy", id.value());
        assertEquals(id, UnitId.parse(id.toString()));
        assertEquals(id, UnitId.parse(new StringBuilder("kb.huyen-uy")));
    }

    @Test
    void postId_ofParseToString_roundTrip() {
        PostId id = PostId.of("kb.ubnd/chu_tich:1");
        assertEquals("kb.ubnd/chu_tich:1", id.toString());
        assertEquals(id, PostId.parse(id.toString()));
    }

    @Test
    void personId_ofParseToString_roundTrip() {
        PersonId id = PersonId.of("p.Nguyen-Van-An_1975");
        assertEquals("p.Nguyen-Van-An_1975", id.toString());
        assertEquals(id, PersonId.parse(id.toString()));
    }

    @Test
    void ids_acceptEveryAllowedCharacter() {
        String all = "azAZ09.-_:/";
        assertEquals(all, UnitId.of(all).value());
        assertEquals(all, PostId.of(all).value());
        assertEquals(all, PersonId.of(all).value());
    }

    @Test
    void ids_accept128Characters() {
        String max = "a".repeat(128);
        assertEquals(128, UnitId.of(max).value().length());
        assertEquals(128, PostId.of(max).value().length());
        assertEquals(128, PersonId.of(max).value().length());
    }

    @Test
    void unitId_rejectsEmpty() {
        BomayException e = assertThrows(BomayException.class, () -> UnitId.of(""));
        assertEquals("Unit id '' must have 1 to 128 characters", e.getMessage());
    }

    @Test
    void postId_rejectsEmpty() {
        BomayException e = assertThrows(BomayException.class, () -> PostId.of(""));
        assertEquals("Post id '' must have 1 to 128 characters", e.getMessage());
    }

    @Test
    void personId_rejectsEmpty() {
        BomayException e = assertThrows(BomayException.class, () -> PersonId.of(""));
        assertEquals("Person id '' must have 1 to 128 characters", e.getMessage());
    }

    @Test
    void ids_reject129Characters_namingTheId() {
        String tooLong = "k".repeat(129);
        for (Runnable r : List.<Runnable>of(() -> UnitId.of(tooLong), () -> PostId.of(tooLong),
                () -> PersonId.of(tooLong))) {
            BomayException e = assertThrows(BomayException.class, r::run);
            assertTrue(e.getMessage().contains("'" + tooLong + "'"), e.getMessage());
            assertTrue(e.getMessage().endsWith("must have 1 to 128 characters"), e.getMessage());
        }
    }

    @Test
    void unitId_rejectsSpace_namingIdCharacterAndIndex() {
        BomayException e = assertThrows(BomayException.class, () -> UnitId.of("kb huyen-uy"));
        assertEquals("Unit id 'kb huyen-uy' has the character ' ' at index 2; ids use ASCII letters, digits and "
                + ". - _ : / only (put Vietnamese text in names)", e.getMessage());
    }

    @Test
    void postId_rejectsVietnameseLetter_namingIdAndCharacter() {
        BomayException e = assertThrows(BomayException.class, () -> PostId.of("kb.huyện-uy"));
        assertTrue(e.getMessage().startsWith("Post id 'kb.huyện-uy' has the character 'ệ' at index 6"), e.getMessage());
    }

    @Test
    void personId_rejectsVietnameseLetter_namingIdAndCharacter() {
        BomayException e = assertThrows(BomayException.class, () -> PersonId.of("p.đặng"));
        assertTrue(e.getMessage().startsWith("Person id 'p.đặng' has the character 'đ' at index 2"), e.getMessage());
    }

    @Test
    void ids_rejectNull() {
        assertEquals("Unit id must not be null",
                assertThrows(BomayException.class, () -> UnitId.of(null)).getMessage());
        assertEquals("Post id must not be null",
                assertThrows(BomayException.class, () -> PostId.parse(null)).getMessage());
        assertEquals("Person id must not be null",
                assertThrows(BomayException.class, () -> PersonId.parse(null)).getMessage());
    }

    @Test
    void ids_equalByValue_andOrderedByText() {
        assertEquals(UnitId.of("a"), UnitId.of("a"));
        assertEquals(UnitId.of("a").hashCode(), UnitId.of("a").hashCode());
        assertNotEquals(UnitId.of("a"), UnitId.of("A"));
        assertTrue(UnitId.of("kb.a").compareTo(UnitId.of("kb.b")) < 0);
        assertTrue(PostId.of("b").compareTo(PostId.of("a")) > 0);
        assertEquals(0, PersonId.of("p").compareTo(PersonId.of("p")));
    }
}
