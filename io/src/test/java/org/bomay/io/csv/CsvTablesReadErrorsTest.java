package org.bomay.io.csv;

import static org.bomay.io.csv.CsvFixture.DATE;
import static org.bomay.io.csv.CsvFixture.RELATIONS_HEADER;
import static org.bomay.io.csv.CsvFixture.STAFFING_HEADER;
import static org.bomay.io.csv.CsvFixture.csv;
import static org.bomay.io.csv.CsvFixture.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.bomay.io.FormatException;
import org.bomay.io.FormatProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTablesReadErrorsTest {
    private static final String UNITS = "id,name,kind,level,parent,territory,valid_from,valid_to,staff_quota";
    /** Rows 2 to 4 of a valid units table: a district, its party committee, its UBND. */
    private static final String KB = "kb,Huyện Kim Bảng,VN.HUYEN,DISTRICT,,,,,";
    private static final String HU = "kb.hu,Huyện ủy Kim Bảng,VN.HUYEN_UY,DISTRICT,,kb,,,30";
    private static final String UB = "kb.ub,UBND huyện Kim Bảng,VN.UBND,DISTRICT,,kb,2016-01-01,,75";

    /** Asserts that a problem has the pointer, line and message part, and that the exception's message shows it. */
    private static FormatProblem assertProblem(FormatException e, String pointer, int line, String part) {
        for (FormatProblem p : e.problems()) {
            if (p.pointer().equals(pointer)) {
                assertEquals(line, p.line(), () -> "line of " + p);
                assertTrue(p.message().contains(part), () -> p + " should say '" + part + "'");
                assertTrue(e.getMessage().contains(pointer + " (line " + line + ", column "), e.getMessage());
                return p;
            }
        }
        return fail("no problem at " + pointer + " in:\n" + e.getMessage());
    }

    private static String pointers(FormatException e) {
        return e.problems().stream().map(FormatProblem::pointer).collect(Collectors.joining(" "));
    }

    // ------------------------------------------------------------------ header

    @Test
    void readUnits_unknownColumn_isReportedWithSuggestion() {
        FormatException e = failure(csv("id,nam,kind,level", KB.substring(0, KB.indexOf(",,"))), null, null);
        FormatProblem p = assertProblem(e, "units.csv#row=1/col=nam", 1, "unknown column nam (did you mean name?)");
        assertEquals(4, p.column());
    }

    @Test
    void readUnits_missingRequiredColumn_isReportedOnTheHeader() {
        FormatException e = failure(csv("id,name,level", "kb,Huyện Kim Bảng,DISTRICT"), null, null);
        assertProblem(e, "units.csv#row=1", 1, "lacks the required column kind");
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void readUnits_duplicateColumn_isReported() {
        FormatException e = failure(csv("id,name,kind,level,name", "kb,A,VN.HUYEN,DISTRICT,B"), null, null);
        assertProblem(e, "units.csv#row=1/col=name", 1, "appears twice");
    }

    @Test
    void readUnits_badAttributeColumn_isReported() {
        FormatException e = failure(csv("id,name,kind,level,attr:", "kb,A,VN.HUYEN,DISTRICT,x"), null, null);
        assertProblem(e, "units.csv#row=1/col=attr:", 1, "needs a key");
    }

    @Test
    void readUnits_emptyTable_isReported() {
        FormatException e = failure("", null, null);
        assertProblem(e, "units.csv#row=1", 1, "the table is empty");
    }

    // ------------------------------------------------------------------ rows and fields

    @Test
    void readUnits_wrongColumnCount_isReportedWithLine() {
        FormatException e = failure(csv(UNITS, KB, "kb.hu,Huyện ủy Kim Bảng, Hà Nam,VN.HUYEN_UY,DISTRICT,,kb,,,30", "kb.x,X"),
                null, null);
        FormatProblem p = assertProblem(e, "units.csv#row=3", 3, "has 10 fields but the header has 9 columns");
        assertTrue(p.message().contains("quote a field"), p.message());
        assertProblem(e, "units.csv#row=4", 4, "has 2 fields");
    }

    @Test
    void readUnits_reportsEveryBadRowWithLine() {
        FormatException e = failure(csv(UNITS,
                KB,
                "kb.hu,Huyện ủy Kim Bảng,VN.HUYEN_UY,DISTRICT,,kb,2015-13-01,,30",
                "kb.ub,UBND huyện Kim Bảng,VN.UBND,DISTRICT,,kb,,,75 người",
                "kb.x,,VN.PHONG,DISTRICT,,kb,,,",
                "kb.y,Phòng Y,VN.NO_SUCH_KIND,DISTRICT,,kb,,,",
                "kb.z,Phòng Z,VN.PHONG,district,,kb,,,",
                "Phòng Nội vụ,Phòng Nội vụ,VN.PHONG,DISTRICT,,kb,,,",
                "kb.w,Phòng W,VN.PHONG,DISTRICT,,kb,2020-01-01,2019-01-01,-3"), null, null);
        assertProblem(e, "units.csv#row=3/col=valid_from", 3, "'2015-13-01' is not a date");
        assertProblem(e, "units.csv#row=4/col=staff_quota", 4, "'75 người' is not a whole number");
        assertProblem(e, "units.csv#row=5/col=name", 5, "the required field name is empty");
        assertProblem(e, "units.csv#row=6/col=kind", 6, "Unknown unit kind VN.NO_SUCH_KIND");
        assertProblem(e, "units.csv#row=7/col=level", 7, "unknown level 'district' (did you mean DISTRICT?)");
        assertProblem(e, "units.csv#row=8/col=id", 8, "ids use ASCII letters");
        assertProblem(e, "units.csv#row=9/col=valid_to", 9, "must be after its start");
        assertProblem(e, "units.csv#row=9/col=staff_quota", 9, "must be at least 0");
        assertEquals(8, e.problems().size(), e.getMessage());
    }

    @Test
    void readUnits_badDecimalAndClassAndAttribute_areReported() {
        FormatException e = failure(csv("id,name,kind,level,area_km2,unit_class,population",
                "kb,Huyện Kim Bảng,VN.HUYEN,DISTRICT,\"7,5\",IV,99999999999"), null, null);
        assertProblem(e, "units.csv#row=2/col=area_km2", 2, "use a decimal point");
        assertProblem(e, "units.csv#row=2/col=unit_class", 2, "expected one of SPECIAL, I, II, III");
        assertProblem(e, "units.csv#row=2/col=population", 2, "too large");
    }

    @Test
    void readUnits_kindNotAllowedAtLevel_isReportedAtLevel() {
        FormatException e = failure(csv(UNITS, "kb,Huyện Kim Bảng,VN.HUYEN,COMMUNE,,,,,"), null, null);
        assertProblem(e, "units.csv#row=2/col=level", 2, "allows only [DISTRICT]");
    }

    @Test
    void readUnits_duplicateId_pointsAtTheSecondRow() {
        FormatException e = failure(csv(UNITS, KB, HU, "kb,Huyện Kim Bảng 2,VN.HUYEN,DISTRICT,,,,,"), null, null);
        assertProblem(e, "units.csv#row=4/col=id", 4, "unit id kb is also on row 2");
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void readUnits_ownParent_isReported() {
        FormatException e = failure(csv(UNITS, "kb,Huyện Kim Bảng,VN.HUYEN,DISTRICT,kb,,,,"), null, null);
        assertProblem(e, "units.csv#row=2/col=parent", 2, "cannot be its own parent");
    }

    // ------------------------------------------------------------------ syntax and limits

    @Test
    void read_unclosedQuote_isReportedWhereTheFieldStarts() {
        FormatException e = failure(csv(UNITS, KB, "kb.hu,\"Huyện ủy Kim Bảng,VN.HUYEN_UY,DISTRICT,,kb,,,30", UB), null, null);
        FormatProblem p = assertProblem(e, "units.csv#row=3/col=name", 3, "is not closed");
        assertEquals(7, p.column());
    }

    @Test
    void read_quoteInsideUnquotedField_isReported() {
        FormatException e = failure(csv(UNITS, KB, "kb.hu,Huyện ủy \"Kim Bảng\",VN.HUYEN_UY,DISTRICT,,kb,,,30"), null, null);
        assertProblem(e, "units.csv#row=3/col=name", 3, "a quote inside an unquoted field");
    }

    @Test
    void read_textAfterClosingQuote_isReported() {
        FormatException e = failure(csv(UNITS, KB, "kb.hu,\"Huyện ủy\" Kim Bảng,VN.HUYEN_UY,DISTRICT,,kb,,,30"), null, null);
        assertProblem(e, "units.csv#row=3/col=name", 3, "text after the closing quote");
    }

    @Test
    void read_fieldTooLong_isReported() {
        CsvTables small = CsvTables.standard().withMaxFieldLength(12);
        FormatException e = assertThrows(FormatException.class,
                () -> small.readStructure(DATE, new StringReader(csv(UNITS, KB))));
        assertProblem(e, "units.csv#row=2/col=name", 2, "longer than 12 characters");
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void read_tooManyRows_stopsWithAProblem() {
        CsvTables small = CsvTables.standard().withMaxRows(2);
        FormatException e = assertThrows(FormatException.class,
                () -> small.readStructure(DATE, new StringReader(csv(UNITS, KB, HU, UB))));
        assertProblem(e, "units.csv#row=4", 4, "more than 2 data rows");
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void read_tooManyCharacters_stopsWithAProblem() {
        CsvTables small = CsvTables.standard().withMaxFileSize(120);
        FormatException e = assertThrows(FormatException.class,
                () -> small.readStructure(DATE, new StringReader(csv(UNITS, KB, HU, UB))));
        assertProblem(e, "units.csv#row=3", 3, "longer than 120 characters");
    }

    @Test
    void read_fileTooLarge_isRejectedBeforeReading(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("my-units.csv");
        Files.writeString(f, csv(UNITS, KB, HU, UB));
        FormatException e = assertThrows(FormatException.class,
                () -> CsvTables.standard().withMaxFileSize(50).readStructure(DATE, f));
        assertEquals("my-units.csv", e.problems().get(0).pointer());
        assertTrue(e.problems().get(0).message().contains("more than the limit of 50"), e.getMessage());
    }

    @Test
    void read_bytesThatAreNotUtf8_areReportedAtTheField(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("units.csv");
        // "Huyên" in Latin-1: the byte EA is not UTF-8 here
        Files.write(f, csv(UNITS, "kb,Huy\u00EAn Kim,VN.HUYEN,DISTRICT,,,,,").getBytes(StandardCharsets.ISO_8859_1));
        FormatException e = assertThrows(FormatException.class, () -> CsvTables.standard().readStructure(DATE, f));
        assertProblem(e, "units.csv#row=2/col=name", 2, "not UTF-8");
    }

    // ------------------------------------------------------------------ staffing

    @Test
    void readStaffing_badRole_tenureType_boolean_andDates_areReported() {
        FormatException e = failure(csv(UNITS, KB, HU), csv(STAFFING_HEADER,
                "kb.hu,,kb.hu.bt,Bí thư,CHIEF,1,p.an,Nguyễn Văn An,true,,MAIN,2015-10-01,",
                "kb.hu,,kb.hu.pbt,Phó Bí thư,DEPUTY,0,p.binh,Trần Thị Bình,có,1975-02-30,SECOND,,",
                "kb.hu,,kb.hu.uv,Ủy viên,MEMBER,1,p.cuong,Lê Văn Cường,false,,main,01/02/2016,"), null);
        assertProblem(e, "staffing.csv#row=2/col=role", 2, "unknown role 'CHIEF'");
        assertProblem(e, "staffing.csv#row=3/col=capacity", 3, "capacity must be at least 1");
        assertProblem(e, "staffing.csv#row=3/col=party_member", 3, "'có' is not true or false");
        assertProblem(e, "staffing.csv#row=3/col=birth_date", 3, "is not a date");
        assertProblem(e, "staffing.csv#row=3/col=tenure_type", 3, "expected one of MAIN, CONCURRENT");
        assertProblem(e, "staffing.csv#row=4/col=tenure_type", 4, "did you mean MAIN?");
        assertProblem(e, "staffing.csv#row=4/col=from", 4, "'01/02/2016' is not a date");
        assertEquals(7, e.problems().size(), e.getMessage());
    }

    @Test
    void readStaffing_inconsistentRepeatedPostAndPerson_areReported() {
        FormatException e = failure(csv(UNITS, KB, HU, UB), csv(STAFFING_HEADER,
                "kb.hu,,kb.hu.bt,Bí thư,HEAD,1,p.an,Nguyễn Văn An,true,1970-05-02,MAIN,2015-10-01,2020-10-01",
                "kb.hu,,kb.hu.bt,Bí thư Huyện ủy,HEAD,1,p.binh,Trần Thị Bình,false,,MAIN,2020-10-01,",
                "kb.ub,,kb.ub.ct,Chủ tịch UBND,HEAD,1,p.an,Nguyễn Văn Ân,true,1970-05-02,CONCURRENT,2016-01-01,"), null);
        FormatProblem title = assertProblem(e, "staffing.csv#row=3/col=post_title", 3, "post kb.hu.bt has post_title 'Bí thư Huyện ủy' here");
        assertTrue(title.message().contains("on row 2 of staffing.csv"), title.message());
        assertProblem(e, "staffing.csv#row=4/col=person_name", 4, "person p.an has person_name 'Nguyễn Văn Ân' here but 'Nguyễn Văn An'");
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void readStaffing_vacantAndPersonOnlyRows_mustLeaveTheOtherFieldsEmpty() {
        FormatException e = failure(csv(UNITS, KB, HU), csv(STAFFING_HEADER,
                "kb.hu,,kb.hu.pbt,Phó Bí thư,DEPUTY,2,,,,,MAIN,2015-10-01,",
                ",,,Bí thư,,,p.an,Nguyễn Văn An,true,,,,",
                ",Huyện ủy Kim Bảng,,,,,,,,,,,"), null);
        assertProblem(e, "staffing.csv#row=2/col=tenure_type", 2, "must be empty because the row names no person");
        assertProblem(e, "staffing.csv#row=2/col=from", 2, "must be empty");
        assertProblem(e, "staffing.csv#row=3/col=post_title", 3, "must be empty because the row names no post");
        assertProblem(e, "staffing.csv#row=4", 4, "names neither a post nor a person");
    }

    @Test
    void readStaffing_unitNameDiffersFromUnitsTable_isReported() {
        FormatException e = failure(csv(UNITS, KB, HU), csv(STAFFING_HEADER,
                "kb.hu,Huyện ủy Duy Tiên,kb.hu.bt,Bí thư,HEAD,1,,,,,,,"), null);
        FormatProblem p = assertProblem(e, "staffing.csv#row=2/col=unit_name", 2, "is not the name 'Huyện ủy Kim Bảng'");
        assertTrue(p.message().contains("row 3 of units.csv"), p.message());
    }

    @Test
    void readStaffing_duplicateTenureRow_isReported() {
        String row = "kb.hu,,kb.hu.bt,Bí thư,HEAD,1,p.an,Nguyễn Văn An,true,,MAIN,2015-10-01,";
        FormatException e = failure(csv(UNITS, KB, HU), csv(STAFFING_HEADER, row, row), null);
        assertProblem(e, "staffing.csv#row=3/col=person", 3, "is also on row 2");
    }

    // ------------------------------------------------------------------ core's validation, placed at rows

    @Test
    void read_missingParentAndTerritory_pointAtTheReferringRow() {
        FormatException e = failure(csv(UNITS, KB, "kb.hu,Huyện ủy Kim Bảng,VN.HUYEN_UY,DISTRICT,hn.tu,kb,,,30",
                "kb.ub,UBND huyện Kim Bảng,VN.UBND,DISTRICT,,kb.nowhere,,,"), null, null);
        assertProblem(e, "units.csv#row=3/col=parent", 3, "refers to unit hn.tu, which is not in the structure");
        assertProblem(e, "units.csv#row=4/col=territory", 4, "belongs to territory kb.nowhere");
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void read_cycleAndLevelMismatch_pointAtUnitRows() {
        FormatException e = failure(csv(UNITS, KB,
                "a,Chi bộ A,VN.CHI_BO,COMMUNE,b,kb,,,",
                "b,Chi bộ B,VN.CHI_BO,COMMUNE,a,kb,,,",
                "c,Chi bộ C,VN.CHI_BO,DISTRICT,a,kb,,,"), null, null);
        FormatProblem cycle = e.problems().stream().filter(p -> p.message().contains("cycle")).findFirst().orElseThrow();
        assertTrue(cycle.pointer().matches("units.csv#row=[34]/col=parent"), cycle.toString());
        assertTrue(cycle.message().contains("(rows 3, 4 of units.csv)") || cycle.message().contains("(rows 4, 3 of units.csv)"),
                cycle.message());
        assertProblem(e, "units.csv#row=5/col=level", 5, "cannot be subordinate to a");
    }

    @Test
    void read_badTerritory_isPlaced() {
        FormatException e = failure(csv(UNITS, KB, HU, "kb.ub,UBND huyện Kim Bảng,VN.UBND,DISTRICT,,kb.hu,,,"), null, null);
        assertProblem(e, "units.csv#row=4/col=territory", 4, "is not an administrative unit");
    }

    @Test
    void read_postOfMissingUnit_overCapacity_tenureOutsideValidity_andHeldTwice_arePlaced() {
        FormatException e = failure(csv(UNITS, KB, HU, UB), csv(STAFFING_HEADER,
                "kb.nowhere,,kb.x.ct,Chủ tịch,HEAD,1,,,,,,,",
                "kb.hu,,kb.hu.bt,Bí thư,HEAD,1,p.an,Nguyễn Văn An,true,,MAIN,2015-10-01,",
                "kb.hu,,kb.hu.bt,Bí thư,HEAD,1,p.binh,Trần Thị Bình,false,,MAIN,2016-10-01,",
                "kb.ub,,kb.ub.ct,Chủ tịch UBND,HEAD,1,p.cuong,Lê Văn Cường,true,,MAIN,2015-01-01,",
                "kb.ub,,kb.ub.pct,Phó Chủ tịch UBND,DEPUTY,2,p.dung,Phạm Thị Dung,true,,MAIN,2016-01-01,",
                "kb.ub,,kb.ub.pct,Phó Chủ tịch UBND,DEPUTY,2,p.dung,Phạm Thị Dung,true,,CONCURRENT,2017-01-01,"), null);
        assertProblem(e, "staffing.csv#row=2/col=unit", 2, "belongs to unit kb.nowhere, which is not in the structure");
        assertProblem(e, "staffing.csv#row=3/col=capacity", 3, "(capacity 1) is held by 2 people at once on 2016-10-01");
        FormatProblem outside = assertProblem(e, "staffing.csv#row=5/col=from", 5, "outside the validity 2016-01-01/..");
        assertTrue(outside.message().contains("(the unit is on row 4 of units.csv)"), outside.message());
        FormatProblem twice = assertProblem(e, "staffing.csv#row=7/col=from", 7, "holds post kb.ub.pct twice at once");
        assertTrue(twice.message().contains("(rows 6, 7 of staffing.csv)"), twice.message());
        assertEquals(4, e.problems().size(), e.getMessage());
    }

    @Test
    void readRelations_badRows_arePlaced() {
        FormatException e = failure(csv(UNITS, KB, HU, UB), csv(STAFFING_HEADER), csv(RELATIONS_HEADER,
                "kb.hu,LEADS,kb.ub",
                "kb.hu,LEADS,kb.nowhere",
                "kb.ub,SUBORDINATE_TO,kb.hu",
                "kb.hu,GUIDE,kb.ub",
                "kb.hu,LEADS,kb.ub",
                "kb.ub,SERVES,kb.ub"));
        assertProblem(e, "relations.csv#row=3/col=target", 3, "refers to unit kb.nowhere");
        assertProblem(e, "relations.csv#row=4/col=type", 4, "put the parent in the parent column");
        assertProblem(e, "relations.csv#row=5/col=type", 5, "unknown type 'GUIDE'");
        assertProblem(e, "relations.csv#row=6", 6, "is also on row 2");
        assertProblem(e, "relations.csv#row=7/col=target", 7, "to itself is not allowed");
        assertEquals(5, e.problems().size(), e.getMessage());
    }

    // ------------------------------------------------------------------ all problems together

    @Test
    void read_collectsAllProblemsOfAllTablesInFileOrder() {
        FormatException e = failure(csv(UNITS, KB, "kb.hu,Huyện ủy Kim Bảng,VN.HUYEN_UY,DISTRICT,,kb,,,ba mươi",
                "kb.ub,UBND huyện Kim Bảng,VN.UBND,DISTRICT,kb.missing,kb,,,"), csv(STAFFING_HEADER,
                "kb.ub,,kb.ub.ct,Chủ tịch UBND,HEAD,1,p.an,Nguyễn Văn An,maybe,,MAIN,,",
                "kb.hu,,kb.hu.bt,Bí thư,HEAD,1,p.an,Nguyễn Văn An,true,,MAIN,,"), csv(RELATIONS_HEADER, "kb,LEADS,kb.nope"));
        assertEquals("units.csv#row=3/col=staff_quota units.csv#row=4/col=parent staffing.csv#row=2/col=party_member"
                + " relations.csv#row=2/col=target", pointers(e));
        assertTrue(e.getMessage().startsWith("Cannot read CSV tables units.csv, staffing.csv, relations.csv: 4 problems"),
                e.getMessage());
    }

    @Test
    void read_problemsOfABrokenRow_doNotRepeatAsMissingReferences() {
        // the unit kb.hu is bad, so its posts, children and relations are not reported as dangling
        FormatException e = failure(csv(UNITS, KB, "kb.hu,Huyện ủy Kim Bảng,VN.HUYEN_UY,DISTRICTT,,kb,,,",
                "kb.hu.bdv,Ban Dân vận,VN.BAN_DAN_VAN,DISTRICT,kb.hu,kb,,,"), csv(STAFFING_HEADER,
                "kb.hu,,kb.hu.bt,Bí thư,HEAD,1,p.an,Nguyễn Văn An,true,,MAIN,,"), csv(RELATIONS_HEADER, "kb.hu,LEADS,kb"));
        assertEquals("units.csv#row=3/col=level", pointers(e));
    }

    @Test
    void read_manyBadRows_stopsAtTheProblemCap() {
        StringBuilder rows = new StringBuilder(UNITS).append("\r\n");
        for (int i = 0; i < CsvTables.MAX_PROBLEMS + 50; i++) {
            rows.append("u").append(i).append(",Tổ ").append(i).append(",VN.NOPE,VILLAGE,,,,,\r\n");
        }
        FormatException e = failure(rows.toString(), null, null);
        assertEquals(CsvTables.MAX_PROBLEMS + 1, e.problems().size());
        assertTrue(e.problems().get(CsvTables.MAX_PROBLEMS).message().contains("reading stopped after 1000 problems"));
        assertTrue(e.getMessage().contains("... and 981 more (see problems())"), e.getMessage().lines().skip(21).findFirst().orElse(""));
    }

    @Test
    void read_goodTables_stillReadAfterAFailure() {
        assertEquals(3, CsvTables.standard().readStructure(DATE, new StringReader(csv(UNITS, KB, HU, UB))).unitCount());
    }
}
