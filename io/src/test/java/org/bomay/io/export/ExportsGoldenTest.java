package org.bomay.io.export;

import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

/**
 * Golden-file tests: {@link ExportFixture} exported in every format, compared byte for byte with
 * the reviewed files in {@code src/test/resources/golden/export/}. Regenerate them with
 * {@code -Dbomay.golden.update=true} (see {@link Golden}).
 */
class ExportsGoldenTest {
    private final OrgStructure s = ExportFixture.structure();

    @Test
    void dot_matchesGoldenFile() {
        Golden.check("kim-bang.dot", Exports.dot(s));
    }

    @Test
    void graphml_matchesGoldenFile() {
        Golden.check("kim-bang.graphml", Exports.graphml(s));
    }

    @Test
    void mermaid_matchesGoldenFile() {
        Golden.check("kim-bang.mmd", Exports.mermaid(s));
    }

    @Test
    void popolo_matchesGoldenFile() {
        Golden.check("kim-bang.popolo.json", Exports.popolo(s));
    }

    @Test
    void dot_subtreeWithoutPeopleMatchesGoldenFile() {
        Golden.check("kim-bang-ubnd.dot", Exports.dot(s,
                ExportOptions.defaults().withRoot(ExportFixture.UBND).withMaxDepth(1).withPeople(false)));
    }
}
