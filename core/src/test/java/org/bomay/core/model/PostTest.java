package org.bomay.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import org.bomay.core.BomayException;
import org.junit.jupiter.api.Test;

class PostTest {
    private static final PostId CT = PostId.of("kb.ubnd.ct");
    private static final UnitId UBND = UnitId.of("kb.ubnd");

    @Test
    void of_isSingleSeat() {
        Post p = Post.of(CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện");
        assertEquals(CT, p.id());
        assertEquals(UBND, p.unit());
        assertEquals(PostRole.HEAD, p.role());
        assertEquals("Chủ tịch UBND huyện", p.title());
        assertEquals(1, p.capacity());
    }

    @Test
    void of_withCapacity() {
        assertEquals(3, Post.of(PostId.of("kb.ubnd.pct"), UBND, PostRole.DEPUTY, "Phó Chủ tịch UBND huyện", 3).capacity());
    }

    @Test
    void of_rejectsCapacityBelowOne_namingThePost() {
        BomayException e = assertThrows(BomayException.class, () -> Post.of(CT, UBND, PostRole.HEAD, "Chủ tịch", 0));
        assertEquals("Post kb.ubnd.ct: capacity must be at least 1, was 0", e.getMessage());
    }

    @Test
    void of_rejectsMissingFields() {
        assertEquals("A post needs an id (post titled 'Chủ tịch')",
                assertThrows(BomayException.class, () -> Post.of(null, UBND, PostRole.HEAD, "Chủ tịch")).getMessage());
        assertEquals("Post kb.ubnd.ct needs a unit",
                assertThrows(BomayException.class, () -> Post.of(CT, null, PostRole.HEAD, "Chủ tịch")).getMessage());
        assertEquals("Post kb.ubnd.ct needs a role",
                assertThrows(BomayException.class, () -> Post.of(CT, UBND, null, "Chủ tịch")).getMessage());
        assertEquals("Post kb.ubnd.ct: title: A name must not be blank",
                assertThrows(BomayException.class, () -> Post.of(CT, UBND, PostRole.HEAD, "  ")).getMessage());
        assertEquals("Post kb.ubnd.ct: title: A name must not be null",
                assertThrows(BomayException.class, () -> Post.of(CT, UBND, PostRole.HEAD, null)).getMessage());
    }

    @Test
    void of_normalizesTheTitle() {
        String nfd = Normalizer.normalize(" Chủ tịch   UBND huyện ", Normalizer.Form.NFD);
        assertEquals("Chủ tịch UBND huyện", Post.of(CT, UBND, PostRole.HEAD, nfd).title());
    }

    @Test
    void withUnitAndWithTitle_returnCopies() {
        Post p = Post.of(CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện", 2);
        Post moved = p.withUnit(UnitId.of("nt.ubnd"));
        assertEquals(UnitId.of("nt.ubnd"), moved.unit());
        assertEquals(2, moved.capacity());
        assertEquals(UBND, p.unit());
        assertEquals("Chủ tịch UBND xã", p.withTitle("Chủ tịch UBND xã").title());
        assertThrows(BomayException.class, () -> p.withUnit(null));
    }

    @Test
    void equals_byValue() {
        Post p = Post.of(CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện");
        assertEquals(p, Post.of(CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện", 1));
        assertEquals(p.hashCode(), Post.of(CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện").hashCode());
        assertNotEquals(p, Post.of(CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện", 2));
        assertNotEquals(p, Post.of(CT, UBND, PostRole.DEPUTY, "Chủ tịch UBND huyện"));
        assertNotEquals(p, p.withTitle("Chủ tịch"));
    }

    @Test
    void toString_showsRoleCapacityAndUnit() {
        assertEquals("kb.ubnd.ct \"Chủ tịch UBND huyện\" (HEAD of kb.ubnd)",
                Post.of(CT, UBND, PostRole.HEAD, "Chủ tịch UBND huyện").toString());
        assertEquals("kb.ubnd.pct \"Phó Chủ tịch UBND huyện\" (DEPUTY x3 of kb.ubnd)",
                Post.of(PostId.of("kb.ubnd.pct"), UBND, PostRole.DEPUTY, "Phó Chủ tịch UBND huyện", 3).toString());
    }
}
