package org.bomay.examples.reform2025;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bomay.core.history.History;
import org.bomay.io.Documents;
import org.junit.jupiter.api.Test;

/** The reform's history survives a bomay/1 document, in JSON and in YAML, lineage included. */
class Reform2025DocumentsTest {

    @Test
    void history_writeThenRead_isTheSameHistory() {
        History h = Reform2025.history();
        for (Documents d : new Documents[] {Documents.json(), Documents.yaml()}) {
            History back = d.readHistory(d.write(h));
            assertEquals(h.size(), back.size());
            for (int i = 0; i < h.size(); i++) {
                assertTrue(h.version(i).structure().sameContent(back.version(i).structure()), "version " + i);
            }
            for (int i = 0; i < h.events().size(); i++) {
                assertEquals(h.events().get(i).describe(), back.events().get(i).describe());
            }
            assertEquals(h.currentSuccessors(Provinces2025.BEN_TRE), back.currentSuccessors(Provinces2025.BEN_TRE));
            assertEquals(h.predecessors(Provinces2025.VINH_LONG), back.predecessors(Provinces2025.VINH_LONG));
        }
    }
}
