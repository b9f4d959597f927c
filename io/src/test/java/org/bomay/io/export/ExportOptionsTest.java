package org.bomay.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.bomay.core.BomayException;
import org.bomay.core.model.UnitId;
import org.junit.jupiter.api.Test;

class ExportOptionsTest {
    @Test
    void defaults_exportEverything() {
        ExportOptions d = ExportOptions.defaults();
        assertEquals(Optional.empty(), d.root());
        assertEquals(Integer.MAX_VALUE, d.maxDepth());
        assertTrue(d.people());
        assertTrue(d.relations());
        assertTrue(d.wholeStructure());
        assertEquals("ExportOptions[root=(all), maxDepth=(all), people=true, relations=true]", d.toString());
    }

    @Test
    void withers_returnChangedCopies() {
        ExportOptions o = ExportOptions.defaults().withRoot(UnitId.of("kb.hu")).withMaxDepth(1).withPeople(false)
                .withRelations(false);
        assertEquals(Optional.of(UnitId.of("kb.hu")), o.root());
        assertEquals(1, o.maxDepth());
        assertFalse(o.people());
        assertFalse(o.relations());
        assertFalse(o.wholeStructure());
        assertTrue(ExportOptions.defaults().people(), "the defaults are unchanged");
        assertEquals("ExportOptions[root=kb.hu, maxDepth=1, people=false, relations=false]", o.toString());
    }

    @Test
    void equalOptions_areEqual() {
        ExportOptions a = ExportOptions.defaults().withRoot(UnitId.of("kb")).withMaxDepth(2);
        ExportOptions b = ExportOptions.defaults().withMaxDepth(2).withRoot(UnitId.of("kb"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, b.withPeople(false));
    }

    @Test
    void withMaxDepth_rejectsNegativeDepths() {
        BomayException e = assertThrows(BomayException.class, () -> ExportOptions.defaults().withMaxDepth(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void withRoot_rejectsNull() {
        BomayException e = assertThrows(BomayException.class, () -> ExportOptions.defaults().withRoot(null));
        assertTrue(e.getMessage().contains("ExportOptions.defaults()"), e.getMessage());
    }
}
