package org.bomay.examples.reform2025;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.bomay.core.BomayException;
import org.bomay.core.model.Unit;
import org.bomay.core.model.UnitId;
import org.junit.jupiter.api.Test;

/** Bad tables are refused with the file, the line and the fix. */
class ProvinceTableTest {
    private static final String BEFORE = """
            # two provinces
            id,kind,name
            vn.a,VN.TINH,Tỉnh A
            vn.b,VN.TINH,Tỉnh B
            """;

    private static Map<UnitId, Unit> before() {
        return ProvinceTable.parseBefore("before.csv", BEFORE);
    }

    private static String afterError(String rows) {
        return assertThrows(BomayException.class,
                () -> ProvinceTable.parseAfter("after.csv", "list,number,kind,name,seat,from\n" + rows, before())).getMessage();
    }

    @Test
    void parse_readsAGoodTable() {
        var after = ProvinceTable.parseAfter("after.csv", "list,number,kind,name,seat,from\nmerged,1,VN.TINH,Tỉnh B,vn.a,vn.a vn.b\n",
                before());
        assertEquals(1, after.size());
        assertEquals(UnitId.of("vn.a"), after.get(0).id());
    }

    @Test
    void parseBefore_namesTheLineOfABadKindOrADuplicate() {
        String kind = assertThrows(BomayException.class,
                () -> ProvinceTable.parseBefore("before.csv", "id,kind,name\nvn.a,VN.TINHH,Tỉnh A\n")).getMessage();
        assertEquals("before.csv line 2: unknown kind 'VN.TINHH'; use VN.TINH or VN.THANH_PHO_TRUC_THUOC_TW", kind);
        String twice = assertThrows(BomayException.class,
                () -> ProvinceTable.parseBefore("before.csv", "id,kind,name\nvn.a,VN.TINH,A\nvn.a,VN.TINH,B\n")).getMessage();
        assertEquals("before.csv line 3: the id vn.a is listed twice", twice);
        String header = assertThrows(BomayException.class,
                () -> ProvinceTable.parseBefore("before.csv", "# c\nid;kind;name\n")).getMessage();
        assertTrue(header.startsWith("before.csv line 2: the header is 'id;kind;name'"), header);
        String fields = assertThrows(BomayException.class,
                () -> ProvinceTable.parseBefore("before.csv", "id,kind,name\nvn.a,VN.TINH,Tỉnh A, B\n")).getMessage();
        assertTrue(fields.startsWith("before.csv line 2: 4 fields, expected 3"), fields);
        String level = assertThrows(BomayException.class,
                () -> ProvinceTable.parseBefore("before.csv", "id,kind,name\nvn.a,VN.XA,Xã A\n")).getMessage();
        assertTrue(level.startsWith("before.csv line 2: "), level);
    }

    @Test
    void parseAfter_refusesUnknownMissingOrTwiceUsedFormerUnits() {
        assertEquals("after.csv line 2: the former unit vn.c is not in the table of former units",
                afterError("merged,1,VN.TINH,Tỉnh B,vn.b,vn.b vn.c\n"));
        assertEquals("after.csv line 3: the former unit vn.a already went into Tỉnh A",
                afterError("unchanged,1,VN.TINH,Tỉnh A,vn.a,vn.a\nmerged,1,VN.TINH,Tỉnh B,vn.b,vn.a vn.b\n"));
        assertEquals("after.csv: the former units [vn.b] go into no unit; add them to a row's from",
                afterError("unchanged,1,VN.TINH,Tỉnh A,vn.a,vn.a\n"));
        assertEquals("after.csv line 2: list is 'joined'; use 'merged' or 'unchanged'",
                afterError("joined,1,VN.TINH,Tỉnh B,vn.b,vn.a vn.b\n"));
        assertEquals("after.csv line 2: number is 'x', not a whole number", afterError("merged,x,VN.TINH,Tỉnh B,vn.b,vn.a vn.b\n"));
        assertTrue(afterError("merged,1,VN.TINH,Tỉnh B,vn.c,vn.a vn.b\n")
                .startsWith("after.csv line 2: NewProvince Tỉnh B: the seat vn.c must be one of the former units"));
    }
}
