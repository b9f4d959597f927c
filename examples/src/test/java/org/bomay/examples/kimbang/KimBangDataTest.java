package org.bomay.examples.kimbang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.bomay.core.structure.OrgStructure;
import org.junit.jupiter.api.Test;

class KimBangDataTest {
    private static final String REGENERATE =
            "regenerate with: mvn -q -pl examples exec:java -Dbomay.main=org.bomay.examples.kimbang.KimBangData";

    @Test
    void jsonFile_equalsTheJavaBuiltStructure() {
        OrgStructure fromFile = KimBangData.load();
        assertEquals(KimBang.structure(), fromFile, "the JSON file differs from KimBang.structure(); " + REGENERATE);
        assertEquals(KimBang.structure().counts(), fromFile.counts());
    }

    @Test
    void jsonFile_isExactlyWhatTheWriterWrites() throws IOException {
        String shipped;
        try (InputStream in = KimBangData.class.getResourceAsStream(KimBangData.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(shipped.contains("\"note\" : \"Kim Bảng district, Hà Nam, 1/1/2018 (seed 000). ILLUSTRATIVE"), "the file says what is illustrative");
        assertEquals(KimBangData.expectedText(), shipped, "the JSON file is stale; " + REGENERATE);
    }
}
