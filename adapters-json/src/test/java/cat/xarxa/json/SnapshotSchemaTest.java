package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every export is valid against the published JSON Schema, and the schema refuses what an import refuses. */
class SnapshotSchemaTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_lived_governance_year_exports_valid_against_the_schema(String format) {
        try (Xarxa year = GovernanceYear.lived()) {
            String exported = Networks.export(year, format);
            assertTrue(exported.contains("\"workPlans\"") || exported.contains("\"type\":\"work-plan\""));
            SnapshotSchema.assertValid(format, exported);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_hundred_councils_with_every_area_export_valid_against_the_schema(String format) {
        for (HundredCouncils network : java.util.List.of(HundredCouncils.withCare(), HundredCouncils.withFees(),
                HundredCouncils.withAdvisories(), HundredCouncils.withMentorships(), HundredCouncils.withWorkingGroups())) {
            try (Xarxa xarxa = Networks.inMemory()) {
                Networks.importInto(xarxa, format, network.as(format));
                SnapshotSchema.assertValid(format, Networks.export(xarxa, format));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void the_schema_refuses_an_unknown_property_and_a_wrong_enum(String format) {
        try (Xarxa year = GovernanceYear.lived()) {
            String exported = Networks.export(year, format);
            String unknownProperty = exported.replaceFirst("\"officialCode\":", "\"nmae\":\"x\",\"officialCode\":");
            String wrongEnum = exported.replaceFirst("\"kind\":\"MUNICIPALITY\"", "\"kind\":\"CITY\"");
            String unknownAtTheTop = format.equals("json")
                    ? exported.replaceFirst("\"schemaVersion\":2", "\"schemaVersion\":2,\"exportedBy\":\"x\"")
                    : exported.replaceFirst("\"schemaVersion\":2", "\"schemaVersion\":2,\"exportedBy\":\"x\"");
            String version1 = exported.replaceFirst("\"schemaVersion\":2", "\"version\":1");
            assertFalse(unknownProperty.equals(exported) || wrongEnum.equals(exported));

            assertFalse(SnapshotSchema.problems(format, unknownProperty).isEmpty(), "an unknown property");
            assertFalse(SnapshotSchema.problems(format, wrongEnum).isEmpty(), "a kind that is not one");
            assertFalse(SnapshotSchema.problems(format, unknownAtTheTop).isEmpty(), "an unknown envelope property");
            assertFalse(SnapshotSchema.problems(format, version1).isEmpty(), "the schema is of version 2 only");
        }
    }
}
