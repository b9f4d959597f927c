package org.bomay.io.csv;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import org.bomay.core.model.Level;
import org.bomay.core.model.Period;
import org.bomay.core.model.Person;
import org.bomay.core.model.PersonId;
import org.bomay.core.model.Post;
import org.bomay.core.model.PostId;
import org.bomay.core.model.PostRole;
import org.bomay.core.model.Relation;
import org.bomay.core.model.RelationType;
import org.bomay.core.model.Tenure;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitClass;
import org.bomay.core.model.UnitId;
import org.bomay.core.profile.vn.VnAttributes;
import org.bomay.core.profile.vn.VnKinds;
import org.bomay.core.structure.OrgStructure;
import org.bomay.io.FormatException;

/** A small hand-built structure that uses every column, and helpers to write and read tables as text. */
final class CsvFixture {
    static final LocalDate DATE = LocalDate.of(2020, 1, 1);

    static final String UNITS_HEADER = String.join(",", CsvTables.UNIT_COLUMNS);
    static final String STAFFING_HEADER = String.join(",", CsvTables.STAFFING_COLUMNS);
    static final String RELATIONS_HEADER = String.join(",", CsvTables.RELATION_COLUMNS);

    private CsvFixture() {}

    /** Hà Nam, Kim Bảng, its party committee, a board whose name holds a comma and quotes, the UBND and a commune. */
    static OrgStructure kimBang() {
        UnitId hn = UnitId.of("hn");
        UnitId kb = UnitId.of("kb");
        UnitId huyenUy = UnitId.of("kb.huyen-uy");
        UnitId bdv = UnitId.of("kb.bdv");
        UnitId ubnd = UnitId.of("kb.ubnd");
        UnitId nhatTan = UnitId.of("kb.nhat-tan");
        PersonId an = PersonId.of("p.an");
        PersonId binh = PersonId.of("p.binh");
        PersonId cuong = PersonId.of("p.cuong");
        PersonId dung = PersonId.of("p.dung");
        return OrgStructure.builder(DATE)
                .add(Unit.builder(hn, "Tỉnh Hà Nam", VnKinds.TINH, Level.PROVINCE).areaKm2(860.9).population(852_800)
                        .unitClass(UnitClass.II).attribute(VnAttributes.VUNG, "DONG_BANG_SONG_HONG").build())
                .add(Unit.builder(kb, "Huyện Kim Bảng", VnKinds.HUYEN, Level.DISTRICT).areaKm2(175.0).population(130_000)
                        .households(36_000).build(), hn)
                .add(Unit.builder(huyenUy, "Huyện ủy Kim Bảng", VnKinds.HUYEN_UY, Level.DISTRICT).territory(kb)
                        .staffQuota(30).build())
                .add(Unit.builder(bdv, "Ban \"Dân vận\", Huyện ủy Kim Bảng", VnKinds.BAN_DAN_VAN, Level.DISTRICT).territory(kb)
                        .staffQuota(7).actualStaff(6).validity(Period.from(LocalDate.of(2015, 10, 1))).build(), huyenUy)
                .add(Unit.builder(ubnd, "UBND huyện Kim Bảng", VnKinds.UBND, Level.DISTRICT).territory(kb).staffQuota(75)
                        .build())
                .add(Unit.builder(nhatTan, "Xã Nhật Tân", VnKinds.XA, Level.COMMUNE).areaKm2(7.6).households(2_500)
                        .unitClass(UnitClass.I).attribute(VnAttributes.MIEN_NUI, VnAttributes.YES)
                        .validity(Period.until(LocalDate.of(2025, 7, 1))).build(), kb)
                .add(Relation.of(RelationType.LEADS, huyenUy, ubnd))
                .add(Post.of(PostId.of("kb.bdv.tb"), bdv, PostRole.HEAD, "Trưởng Ban Dân vận"))
                .add(Post.of(PostId.of("kb.bdv.pho"), bdv, PostRole.DEPUTY, "Phó Trưởng Ban Dân vận", 2))
                .add(Post.of(PostId.of("kb.ubnd.ct"), ubnd, PostRole.HEAD, "Chủ tịch UBND huyện"))
                .add(Post.of(PostId.of("kb.ubnd.pct"), ubnd, PostRole.DEPUTY, "Phó Chủ tịch UBND huyện", 3))
                .add(new Person(an, "Nguyễn Văn An", true, LocalDate.of(1970, 5, 2)))
                .add(Person.of(binh, "Trần Thị Bình", false))
                .add(Person.of(cuong, "Lê Văn Cường", true))
                .add(Person.of(dung, "Phạm Thị Dung", true))
                .add(Tenure.main(an, PostId.of("kb.bdv.tb"), Period.from(LocalDate.of(2015, 10, 1))))
                .add(Tenure.concurrent(an, PostId.of("kb.ubnd.pct"), Period.from(LocalDate.of(2018, 2, 1))))
                .add(Tenure.main(binh, PostId.of("kb.ubnd.ct"), Period.of(LocalDate.of(2016, 7, 1), LocalDate.of(2021, 7, 1))))
                .add(Tenure.main(cuong, PostId.of("kb.ubnd.ct"), Period.from(LocalDate.of(2021, 7, 1))))
                .build();
    }

    static String units(CsvTables csv, OrgStructure s) {
        StringWriter w = new StringWriter();
        csv.writeUnits(s, w);
        return w.toString();
    }

    static String staffing(CsvTables csv, OrgStructure s) {
        StringWriter w = new StringWriter();
        csv.writeStaffing(s, w);
        return w.toString();
    }

    static String relations(CsvTables csv, OrgStructure s) {
        StringWriter w = new StringWriter();
        csv.writeRelations(s, w);
        return w.toString();
    }

    /** Writes the three tables as text and reads them back. */
    static OrgStructure roundTrip(CsvTables csv, OrgStructure s) {
        return csv.readStructure(s.date(), new StringReader(units(csv, s)), new StringReader(staffing(csv, s)),
                new StringReader(relations(csv, s)));
    }

    /** Lines joined with CRLF, and a final CRLF. */
    static String csv(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    /** Reads the tables (null: absent) and returns the exception that must come. */
    static FormatException failure(String units, String staffing, String relations) {
        CsvTables csv = CsvTables.standard();
        return assertThrows(FormatException.class, () -> {
            if (relations != null) {
                csv.readStructure(DATE, new StringReader(units), new StringReader(staffing == null ? STAFFING_HEADER : staffing),
                        new StringReader(relations));
            } else if (staffing != null) {
                csv.readStructure(DATE, new StringReader(units), new StringReader(staffing));
            } else {
                csv.readStructure(DATE, new StringReader(units));
            }
        });
    }
}
