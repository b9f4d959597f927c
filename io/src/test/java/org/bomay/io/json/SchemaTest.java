package org.bomay.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bomay.io.Documents;
import org.bomay.testkit.StructureGen;
import org.junit.jupiter.api.Test;

/** The JSON Schema shipped in the jar accepts what the writer writes and refuses what the reader refuses. */
class SchemaTest {
    static final String RESOURCE = "/org/bomay/io/bomay-1.schema.json";

    static Schema schema() {
        try (InputStream in = SchemaTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "the schema ships in the io jar at " + RESOURCE);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<Error> errors(String json) {
        return schema().validate(json, InputFormat.JSON);
    }

    @Test
    void writtenStructures_validate() {
        assertEquals(List.of(), errors(Documents.json().withNote("n").write(StructureDocumentTest.sample())));
        Schema schema = schema();
        qt().withExamples(20).forAll(StructureGen.structures()).checkAssert(s ->
                assertEquals(List.of(), schema.validate(Documents.json().write(s), InputFormat.JSON)));
    }

    @Test
    void schema_refusesWhatTheReaderRefuses() {
        String ok = StructureDocumentTest.OK;
        assertEquals(List.of(), errors(ok));
        assertFalse(errors(ok.replace("\"level\": \"DISTRICT\", \"territory\"", "\"level\": \"DISTRICT\", \"colour\": 1, \"territory\"")).isEmpty(),
                "unknown field");
        assertFalse(errors(ok.replace("\"partyMember\": true", "\"partyMember\": \"yes\"")).isEmpty(), "wrong type");
        assertFalse(errors(ok.replace("2015-10-01", "2015/10/01")).isEmpty(), "bad date");
        assertFalse(errors(ok.replace("bomay/1", "bomay/2")).isEmpty(), "format");
        assertFalse(errors(ok.replace("\"role\": \"HEAD\"", "\"role\": \"BOSS\"")).isEmpty(), "enumeration");
        List<Error> e = errors(ok.replace("\"date\": \"2018-01-01\",", ""));
        assertTrue(e.stream().anyMatch(x -> x.toString().contains("date")), e.toString());
    }
}
