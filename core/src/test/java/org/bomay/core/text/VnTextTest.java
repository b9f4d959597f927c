package org.bomay.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.bomay.core.BomayException;
import org.junit.jupiter.api.Test;

class VnTextTest {
    /** Names from the seeds, in both tone-mark placements and other spellings. */
    private static final List<String> NAMES = List.of("Huyện uỷ Kim Bảng", "Huyện ủy Kim Bảng", "Đồng Hóa", "Đồng Hoá",
            "Ủy ban nhân dân xã Nhật Tân", "HĐND huyện Châu Thành", "Phòng Tài chính – Kế hoạch", "Trường THCS Thuỵ Lôi",
            "Hội Liên hiệp Phụ nữ", "Nguyễn Thị Thúy", "Sức khoẻ", "người đứng đầu", "Quỳnh Lưu", "Xã Giao Hòa",
            "Trung tâm Bồi dưỡng chính trị", "Ban Tuyên giáo – Dân vận", "UBMTTQ", "thôn 3");

    // ------------------------------------------------------------------ name

    @Test
    void name_nfcNormalizesDecomposedInput() {
        String nfc = "Huyện ủy Kim Bảng";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertNotEquals(nfc, nfd);
        assertFalse(Normalizer.isNormalized(nfd, Normalizer.Form.NFC));
        String stored = VnText.name(nfd);
        assertEquals(nfc, stored);
        assertTrue(Normalizer.isNormalized(stored, Normalizer.Form.NFC));
        assertEquals(17, stored.length());
    }

    @Test
    void name_trimsAndCollapsesWhitespace() {
        assertEquals("Huyện ủy Kim Bảng", VnText.name("  Huyện   ủy\tKim\u00A0\u00A0Bảng \n"));
        assertEquals("Xã", VnText.name("\u2003Xã\r\n"));
    }

    @Test
    void name_keepsCaseAndToneMarkPlacement() {
        assertEquals("Huyện uỷ Kim Bảng", VnText.name("Huyện uỷ Kim Bảng"));
        assertEquals("HĐND", VnText.name("HĐND"));
    }

    @Test
    void name_rejectsNull() {
        assertEquals("A name must not be null", assertThrows(BomayException.class, () -> VnText.name(null)).getMessage());
    }

    @Test
    void name_rejectsBlank() {
        for (String blank : List.of("", " ", "\t\n", "\u00A0", " \u2003 ")) {
            assertEquals("A name must not be blank",
                    assertThrows(BomayException.class, () -> VnText.name(blank), blank).getMessage());
        }
    }

    // ------------------------------------------------------------------ key

    @Test
    void key_foldsToneMarkPlacement_uy() {
        assertEquals(VnText.key("Huyện uỷ Kim Bảng"), VnText.key("Huyện ủy Kim Bảng"));
        assertEquals("huyện uỷ kim bảng", VnText.key("Huyện ủy Kim Bảng"));
    }

    @Test
    void key_foldsToneMarkPlacement_oa() {
        assertEquals(VnText.key("Hoà"), VnText.key("Hòa"));
        assertEquals("hoà", VnText.key("Hòa"));
        assertEquals(VnText.key("Đồng Hoá"), VnText.key("Đồng Hóa"));
        assertEquals(VnText.key("thoả thuận"), VnText.key("thỏa thuận"));
    }

    @Test
    void key_foldsToneMarkPlacement_uyAcute() {
        assertEquals(VnText.key("Thuý"), VnText.key("Thúy"));
        assertEquals("thuý", VnText.key("Thúy"));
        assertEquals(VnText.key("Thuỵ Lôi"), VnText.key("Thụy Lôi"));
    }

    @Test
    void key_foldsToneMarkPlacement_oe() {
        assertEquals(VnText.key("khoẻ"), VnText.key("khỏe"));
        assertEquals("khoẻ", VnText.key("khỏe"));
    }

    @Test
    void key_foldsDecomposedInput() {
        String nfd = Normalizer.normalize("Huyện ủy Kim Bảng", Normalizer.Form.NFD);
        assertEquals(VnText.key("Huyện uỷ Kim Bảng"), VnText.key(nfd));
        assertTrue(Normalizer.isNormalized(VnText.key(nfd), Normalizer.Form.NFC));
    }

    @Test
    void key_keepsSyllablesWithoutAlternativePlacement() {
        assertEquals("nguyễn văn an", VnText.key("Nguyễn Văn An"));
        assertEquals("việt nam", VnText.key("Việt Nam"));
        assertEquals("trường", VnText.key("Trường"));
        assertEquals("quỳnh lưu", VnText.key("Quỳnh Lưu"));
    }

    @Test
    void key_foldsCase() {
        assertEquals(VnText.key("HUYỆN ỦY"), VnText.key("huyện ủy"));
        assertEquals(VnText.key("HUYỆN UỶ KIM BẢNG"), VnText.key("huyện ủy kim bảng"));
        assertEquals("đồng hoá", VnText.key("ĐỒNG HÓA"));
    }

    @Test
    void key_collapsesWhitespace() {
        assertEquals("huyện uỷ", VnText.key("  Huyện \t ủy "));
    }

    @Test
    void key_keepsOtherDiacritics() {
        assertNotEquals(VnText.key("Ban"), VnText.key("Bản"));
        assertNotEquals(VnText.key("Bản"), VnText.key("Bán"));
        assertNotEquals(VnText.key("Dân"), VnText.key("Dần"));
        assertNotEquals(VnText.key("Đồng"), VnText.key("Dong"));
        assertNotEquals(VnText.key("thu"), VnText.key("thư"));
    }

    @Test
    void key_isIdempotent() {
        for (String n : NAMES) {
            String k = VnText.key(n);
            assertEquals(k, VnText.key(k), n);
        }
    }

    @Test
    void key_rejectsNull() {
        assertEquals("Text to fold must not be null", assertThrows(BomayException.class, () -> VnText.key(null)).getMessage());
    }

    // ------------------------------------------------------------------ sameName

    @Test
    void sameName_toneMarkPlacementAndCase() {
        assertTrue(VnText.sameName("Huyện uỷ Kim Bảng", "Huyện ủy Kim Bảng"));
        assertTrue(VnText.sameName("Xã Giao Hoà", "xã giao hòa"));
        assertTrue(VnText.sameName(" Nguyễn  Thị Thuý", "Nguyễn Thị Thúy"));
        assertFalse(VnText.sameName("Ban Dân vận", "Bản Dân vận"));
        assertFalse(VnText.sameName("Huyện ủy Kim Bảng", "Huyen uy Kim Bang"));
    }

    // ------------------------------------------------------------------ looseKey

    @Test
    void looseKey_dropsDiacritics() {
        assertEquals("huyen uy kim bang", VnText.looseKey("Huyện ủy Kim Bảng"));
        assertEquals("huyen uy kim bang", VnText.looseKey("Huyện uỷ Kim Bảng"));
        assertEquals("dong hoa", VnText.looseKey("Đồng Hóa"));
        assertEquals("nguoi dung dau", VnText.looseKey("người đứng đầu"));
    }

    @Test
    void looseKey_turnsPunctuationIntoSpaces() {
        assertEquals("tai chinh ke hoach", VnText.looseKey("Tài chính – Kế hoạch"));
        assertEquals("ban tuyen giao dan van", VnText.looseKey("Ban Tuyên giáo-Dân vận"));
        assertEquals("to chuc noi vu", VnText.looseKey("(Tổ chức – Nội vụ)."));
        assertEquals("thon 3", VnText.looseKey("Thôn   3"));
    }

    @Test
    void looseKey_expandsAbbreviations() {
        assertEquals("hoi dong nhan dan", VnText.looseKey("HĐND"));
        assertEquals("uy ban nhan dan", VnText.looseKey("UBND"));
        assertEquals("mat tran to quoc", VnText.looseKey("MTTQ"));
        assertEquals("uy ban mat tran to quoc", VnText.looseKey("UBMTTQ"));
        assertEquals("uy ban kiem tra", VnText.looseKey("UBKT"));
        assertEquals("trung tam boi duong chinh tri", VnText.looseKey("TTBDCT"));
        assertEquals("uy ban nhan dan xa nhat tan", VnText.looseKey("UBND xã Nhật Tân"));
        assertEquals("hoi dong nhan dan huyen chau thanh", VnText.looseKey("hđnd huyện Châu Thành"));
        assertEquals("ban chap hanh dang bo", VnText.looseKey("BCH Đảng bộ"));
    }

    @Test
    void looseKey_abbreviationEqualsSpelledOutName() {
        assertEquals(VnText.looseKey("Hội đồng nhân dân"), VnText.looseKey("HĐND"));
        assertEquals(VnText.looseKey("Ủy ban nhân dân xã Nhật Tân"), VnText.looseKey("UBND xa Nhat Tan"));
        assertEquals(VnText.looseKey("Ủy ban Mặt trận Tổ quốc"), VnText.looseKey("UBMTTQ"));
        assertEquals(VnText.looseKey("Trung tâm Bồi dưỡng chính trị"), VnText.looseKey("TTBDCT"));
    }

    @Test
    void looseKey_abbreviationInsideAWordIsKept() {
        assertEquals("ubnds", VnText.looseKey("UBNDs"));
    }

    @Test
    void looseKey_isIdempotent() {
        for (String n : NAMES) {
            String k = VnText.looseKey(n);
            assertEquals(k, VnText.looseKey(k), n);
        }
    }

    @Test
    void looseKey_blankGivesEmpty() {
        assertEquals("", VnText.looseKey(" – "));
        assertEquals(List.of(), VnText.looseTokens(""));
    }

    @Test
    void looseTokens_areTheWordsOfTheLooseKey() {
        assertEquals(List.of("uy", "ban", "nhan", "dan", "huyen", "kim", "bang"), VnText.looseTokens("UBND huyện Kim Bảng"));
    }

    @Test
    void abbreviations_containTheDocumentedOnes() {
        assertEquals("hoi dong nhan dan", VnText.abbreviations().get("hdnd"));
        assertEquals("uy ban mat tran to quoc", VnText.abbreviations().get("ubmttq"));
        assertEquals(13, VnText.abbreviations().size());
    }

    @Test
    void key_keepsEveryToneOfARunOfSeveralSyllables() {
        assertNotEquals(VnText.key("Đắklắk"), VnText.key("Đăklắk"));
        assertNotEquals(VnText.key("Đắklắk"), VnText.key("Đắklăk"));
        assertEquals(VnText.key("Đắklắk"), VnText.key("ĐẮKLẮK"));
    }

    @Test
    void looseKey_foldsTheLatinEthOfLegacyText() {
        assertEquals("dong hoa", VnText.looseKey("ÐỒNG Hoá"));
    }
}
