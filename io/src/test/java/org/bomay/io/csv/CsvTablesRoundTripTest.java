package org.bomay.io.csv;

import static org.bomay.io.csv.CsvFixture.DATE;
import static org.bomay.io.csv.CsvFixture.csv;
import static org.bomay.io.csv.CsvFixture.kimBang;
import static org.bomay.io.csv.CsvFixture.roundTrip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.UnitId;
import org.bomay.core.structure.OrgStructure;
import org.bomay.testkit.StructureGen;
import org.bomay.testkit.SyntheticCountry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTablesRoundTripTest {
    private final CsvTables csv = CsvTables.standard();

    @Test
    void roundTrip_handBuiltStructure_isEqual() {
        OrgStructure s = kimBang();
        OrgStructure back = roundTrip(csv, s);
        assertEquals(s, back);
        assertEquals(s.units(), back.units(), "tree order is kept too");
    }

    @Test
    void roundTrip_syntheticCountry_isEqual() {
        OrgStructure s = SyntheticCountry.builder().provinces(2).build().structure();
        assertEquals(s, roundTrip(csv, s));
    }

    @Test
    void roundTrip_generatedStructures_isIdentity() {
        qt().withExamples(30).withShrinkCycles(200).forAll(StructureGen.structures())
                .checkAssert(s -> assertEquals(s, roundTrip(csv, s)));
    }

    @Test
    void roundTrip_threeTierStructures_isIdentity() {
        qt().withExamples(15).withShrinkCycles(200).forAll(StructureGen.structures(StructureGen.config().withThreeTiers(true)))
                .checkAssert(s -> assertEquals(s, roundTrip(csv, s)));
    }

    @Test
    void roundTrip_semicolonSeparator_isEqual() {
        CsvTables semi = csv.withSeparator(';');
        String units = CsvFixture.units(semi, kimBang());
        assertTrue(units.startsWith("id;name;kind;level;"), units);
        assertEquals(kimBang(), roundTrip(semi, kimBang()));
    }

    @Test
    void roundTrip_directory_isEqual(@TempDir Path dir) {
        CsvTables bom = csv.withBom(true);
        bom.writeDirectory(kimBang(), dir.resolve("kb"));
        assertEquals(kimBang(), bom.readDirectory(DATE, dir.resolve("kb")));
        assertEquals(kimBang(), csv.readDirectory(DATE, dir.resolve("kb")), "reading accepts a BOM whatever the option");
    }

    @Test
    void readDirectory_missingFile_namesIt(@TempDir Path dir) throws Exception {
        csv.writeDirectory(kimBang(), dir);
        Files.delete(dir.resolve(CsvTables.RELATIONS_FILE));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> csv.readDirectory(DATE, dir));
        assertTrue(e.getMessage().contains("relations.csv is missing"), e.getMessage());
    }

    @Test
    void readStructure_unitsOnly_keepsSubordination() {
        OrgStructure s = csv.readStructure(DATE, new StringReader(CsvFixture.units(csv, kimBang())));
        assertEquals(kimBang().units(), s.units());
        assertEquals(kimBang().parent(UnitId.of("kb.bdv")), s.parent(UnitId.of("kb.bdv")));
        assertTrue(s.posts().isEmpty());
    }

    @Test
    void readStructure_paths_isEqual(@TempDir Path dir) {
        Path u = dir.resolve("kb-units.csv");
        Path st = dir.resolve("kb-staffing.csv");
        Path r = dir.resolve("kb-relations.csv");
        csv.writeUnits(kimBang(), u);
        csv.writeStaffing(kimBang(), st);
        csv.writeRelations(kimBang(), r);
        assertEquals(kimBang(), csv.readStructure(DATE, u, st, r));
        assertEquals(kimBang().toBuilder().remove(org.bomay.core.model.Relation.of(org.bomay.core.model.RelationType.LEADS,
                UnitId.of("kb.huyen-uy"), UnitId.of("kb.ubnd"))).build(), csv.readStructure(DATE, u, st));
    }

    @Test
    void withBom_writesEfBbBf(@TempDir Path dir) throws Exception {
        Path with = dir.resolve("with.csv");
        Path without = dir.resolve("without.csv");
        csv.withBom(true).writeUnits(kimBang(), with);
        csv.writeUnits(kimBang(), without);
        byte[] a = Files.readAllBytes(with);
        byte[] b = Files.readAllBytes(without);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(a, 3));
        assertEquals('i', b[0]);
        assertArrayEquals(b, Arrays.copyOfRange(a, 3, a.length));
        assertEquals(kimBang().units(), csv.readStructure(DATE, with).units());
    }

    @Test
    void readStructure_bomInReader_isSkippedAndNotCounted() {
        String units = "\uFEFF" + csv("id,name,kind,level", "kb,Huyện Kim Bảng,VN.HUYEN,DISTRIC");
        var e = CsvFixture.failure(units, null, null);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("units.csv#row=2/col=level", e.problems().get(0).pointer());
        assertEquals(2, e.problems().get(0).line());
        assertEquals(28, e.problems().get(0).column(), "the BOM is not a character of line 1");
    }

    @Test
    void write_vietnameseText_isUtf8Nfc(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("staffing.csv");
        csv.writeStaffing(kimBang(), f);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.contains("Nguyễn Văn An"), text);
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
    }

    @Test
    void read_nfdText_isNormalizedToNfc() {
        String nfdName = Normalizer.normalize("Huyện ủy Kim Bảng", Normalizer.Form.NFD);
        String nfdPerson = Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD);
        assertFalse(nfdName.equals("Huyện ủy Kim Bảng"));
        OrgStructure s = csv.readStructure(DATE,
                new StringReader(csv("id,name,kind,level", "kb.huyen-uy," + nfdName + ",VN.HUYEN_UY,DISTRICT")),
                new StringReader(csv(CsvFixture.STAFFING_HEADER,
                        "kb.huyen-uy," + nfdName + ",kb.bt,Bí thư,HEAD,1,p.an," + nfdPerson + ",true,,MAIN,,")));
        assertEquals("Huyện ủy Kim Bảng", s.unit(UnitId.of("kb.huyen-uy")).name());
        assertEquals("Nguyễn Văn An", s.person(PersonId.of("p.an")).name());
    }

    @Test
    void write_quotesCommasQuotesAndNewlines() {
        String units = CsvFixture.units(csv, kimBang());
        assertTrue(units.contains(",\"Ban \"\"Dân vận\"\", Huyện ủy Kim Bảng\","), units);
        assertTrue(units.contains("\r\nhn,Tỉnh Hà Nam,VN.TINH,PROVINCE,,hn,,,,,860.9,852800,,II,,DONG_BANG_SONG_HONG\r\n"), units);
    }

    @Test
    void read_quotedFieldWithNewline_isOneFieldAndLinesStayRight() {
        String units = csv("id,name,kind,level",
                "kb,\"Huyện\nKim, \"\"Bảng\"\"\",VN.HUYEN,DISTRICT",
                "kb.x,Xã X,VN.XA,VILLAGE");
        var e = CsvFixture.failure(units, null, null);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("units.csv#row=3/col=level", e.problems().get(0).pointer());
        assertEquals(4, e.problems().get(0).line(), "row 3 starts on line 4: row 2 spans two lines");
        OrgStructure s = csv.readStructure(DATE, new StringReader(csv("id,name,kind,level",
                "kb,\"Huyện\r\nKim, \"\"Bảng\"\"\",VN.HUYEN,DISTRICT")));
        assertEquals("Huyện Kim, \"Bảng\"", s.unit(UnitId.of("kb")).name(), "core collapses the line break in a name");
    }

    @Test
    void read_columnsInAnyOrderAndOptionalColumnsOmitted() {
        OrgStructure s = csv.readStructure(DATE, new StringReader(csv("level,kind,name,id", "DISTRICT,VN.HUYEN,Huyện Kim Bảng,kb",
                "", ",,,", "COMMUNE,VN.XA,Xã Nhật Tân,kb.nt")));
        assertEquals(2, s.unitCount());
        assertTrue(s.roots().size() == 2);
    }

    @Test
    void read_lfLineEndingsAndTrueInCapitals() {
        String units = "id,name,kind,level\nkb,Huyện Kim Bảng,VN.HUYEN,DISTRICT\n";
        String staffing = CsvFixture.STAFFING_HEADER + "\n,,,,,,p.an,Nguyễn Văn An,TRUE,1970-05-02,,,\n";
        OrgStructure s = csv.readStructure(DATE, new StringReader(units), new StringReader(staffing));
        assertTrue(s.person(PersonId.of("p.an")).partyMember());
    }

    @Test
    void withKinds_resolvesCustomKindCodes() {
        org.bomay.core.model.UnitKind to = org.bomay.core.model.UnitKind.of("MY.TO_CONG_TAC", "Tổ công tác", "working group",
                org.bomay.core.model.Pillar.STATE, org.bomay.core.model.Level.DISTRICT);
        OrgStructure s = kimBang().toBuilder().add(org.bomay.core.model.Unit.of(UnitId.of("kb.tct"), "Tổ công tác 1", to,
                org.bomay.core.model.Level.DISTRICT), UnitId.of("kb.ubnd")).build();
        var e = assertThrows(org.bomay.io.FormatException.class, () -> roundTrip(csv, s));
        assertEquals("units.csv#row=8/col=kind", e.problems().get(0).pointer(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("CsvTables.withKinds"), e.getMessage());
        assertEquals(s, roundTrip(csv.withKinds(org.bomay.core.profile.vn.VnKinds.CATALOG.with(to)), s));
    }

    @Test
    void options_toStringAndWithers() {
        CsvTables c = CsvTables.standard().withSeparator('\t').withBom(true).withMaxRows(5).withMaxFieldLength(10)
                .withMaxFileSize(100);
        assertEquals("CsvTables['\\t', BOM, kinds vn, max 100 bytes, 5 rows, 10 chars/field]", c.toString());
        assertEquals(',', CsvTables.standard().separator());
        assertThrows(IllegalArgumentException.class, () -> csv.withSeparator('"'));
        assertThrows(IllegalArgumentException.class, () -> csv.withMaxRows(0));
        assertThrows(NullPointerException.class, () -> csv.withKinds(null));
    }
}
