package org.bomay.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.util.Locale;
import org.bomay.core.text.VnText;
import org.junit.jupiter.api.Test;

/** Properties of the search keys of {@link VnText} over generated Vietnamese names. */
class VnTextPropertiesTest {

    @Test
    void key_isIdempotent() {
        qt().forAll(StructureGen.vietnameseNames())
                .checkAssert(n -> assertEquals(VnText.key(n), VnText.key(VnText.key(n)), n));
    }

    @Test
    void looseKey_isIdempotent() {
        qt().forAll(StructureGen.vietnameseNames())
                .checkAssert(n -> assertEquals(VnText.looseKey(n), VnText.looseKey(VnText.looseKey(n)), n));
    }

    @Test
    void key_ignoresCase() {
        qt().forAll(StructureGen.vietnameseNames()).checkAssert(n -> {
            assertEquals(VnText.key(n), VnText.key(n.toUpperCase(Locale.ROOT)), n);
            assertEquals(VnText.key(n), VnText.key(n.toLowerCase(Locale.ROOT)), n);
        });
    }

    @Test
    void key_ignoresTonePlacement() {
        qt().forAll(StructureGen.vietnameseNames()).checkAssert(n -> {
            String swapped = TextVariants.swapTonePlacement(n);
            assertEquals(VnText.key(n), VnText.key(swapped), n + " / " + swapped);
            assertTrue(VnText.sameName(n, swapped), n + " / " + swapped);
        });
    }

    @Test
    void key_ignoresTheNormalizationForm() {
        qt().forAll(StructureGen.vietnameseNames()).checkAssert(n -> assertEquals(
                VnText.key(Normalizer.normalize(n, Normalizer.Form.NFC)),
                VnText.key(Normalizer.normalize(n, Normalizer.Form.NFD)), n));
    }

    @Test
    void looseKey_ignoresDiacritics() {
        qt().forAll(StructureGen.vietnameseNames()).checkAssert(n -> {
            String plain = TextVariants.stripDiacritics(n);
            assertEquals(VnText.looseKey(n), VnText.looseKey(plain), n + " / " + plain);
        });
    }

    @Test
    void looseKey_isCoarserThanKey() {
        qt().forAll(StructureGen.vietnameseNames())
                .checkAssert(n -> assertEquals(VnText.looseKey(n), VnText.looseKey(VnText.key(n)), n));
    }

    @Test
    void looseKey_isPlainLowerCaseAscii() {
        qt().forAll(StructureGen.vietnameseNames()).checkAssert(n -> {
            String k = VnText.looseKey(n);
            assertTrue(k.matches("[a-z0-9]+( [a-z0-9]+)*"), n + " -> '" + k + "'");
        });
    }

    // ------------------------------------------------------------------ the test's own helpers, by example

    @Test
    void swapTonePlacement_movesTheMarkBothWays() {
        assertEquals("Hoà Bình", TextVariants.swapTonePlacement("Hòa Bình"));
        assertEquals("Hòa Bình", TextVariants.swapTonePlacement("Hoà Bình"));
        assertEquals("Thủy", TextVariants.swapTonePlacement("Thuỷ"));
        assertEquals("THUỶ", TextVariants.swapTonePlacement("THỦY"));
        assertEquals("hoạ", TextVariants.swapTonePlacement("họa"));
        assertEquals("Túy Loan", TextVariants.swapTonePlacement("Tuý Loan"));
        assertEquals("Hoè Nhai", TextVariants.swapTonePlacement("Hòe Nhai"));
        assertEquals("hoặc khuyến", TextVariants.swapTonePlacement("hoặc khuyến"));
        assertNotEquals(VnText.key("Ban"), VnText.key("Bản"));
    }

    @Test
    void stripDiacritics_leavesPlainLetters() {
        assertEquals("Dang uy xa Hoa Binh", TextVariants.stripDiacritics("Đảng ủy xã Hòa Bình"));
        assertEquals("HDND", TextVariants.stripDiacritics("HĐND"));
    }

    @Test
    void key_foldsTheKnownPairs() {
        assertEquals(VnText.key("Hòa"), VnText.key("Hoà"));
        assertEquals(VnText.key("Thủy"), VnText.key("Thuỷ"));
        assertEquals(VnText.key("úy"), VnText.key("uý"));
        assertEquals(VnText.key("họa"), VnText.key("hoạ"));
        assertEquals(VnText.key("Huyện ủy Kim Bảng"), VnText.key("HUYỆN UỶ KIM BẢNG"));
    }
}
