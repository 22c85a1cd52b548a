package dev.hallplan.engine.project.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.supply.HourlyProfile;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for values the loader and validator used to accept silently (issue 15): absurd
 * magnitudes, a negative round-trip time, misspelled constraint names, unknown user regions and
 * prompts longer than the model's context; and the rule that every number has a documented range.
 */
class ProjectPlausibilityTest {
    private static List<String> problems(String from, String to) throws Exception {
        String json = HostileProjectFileTest.valid();
        assertTrue(json.contains(from), from);
        Project p = ProjectFiles.parse(json.replace(from, to), "t");
        return ProjectValidator.validate(p, ProjectValidatorTest.REFS).stream().map(ProjectProblem::toString).toList();
    }

    @Test
    void validationRefusesARackFeedOfAbsurdPower() throws Exception {
        assertEquals(List.of("$.scenarios[0].halls[0].rows[0].racks[0].feeds.feedCapacityWatts: 1e308 W is above the largest "
                        + "plausible 1000000 W (the densest racks shipping draw ~130 kW (GB200/GB300 NVL72); no rack feed carries 1 MW)"),
                problems("\"feedCapacityWatts\" : 40000,\n            \"pduId\" : \"pdu-rack-50kw\"\n          },\n          \"equipment\" : [ {\n            \"id\" : \"A-01-s0\"",
                        "\"feedCapacityWatts\" : 1e308,\n            \"pduId\" : \"pdu-rack-50kw\"\n          },\n          \"equipment\" : [ {\n            \"id\" : \"A-01-s0\""));
    }

    @Test
    void validationWarnsOfAnAtypicalRackFeedAndNamesItsPath() throws Exception {
        List<String> p = problems("\"feedCapacityWatts\" : 40000,\n            \"pduId\" : \"pdu-rack-50kw\"\n          },\n          \"equipment\" : [ {\n            \"id\" : \"A-01-s0\"",
                "\"feedCapacityWatts\" : 250000,\n            \"pduId\" : \"pdu-rack-50kw\"\n          },\n          \"equipment\" : [ {\n            \"id\" : \"A-01-s0\"");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("warning: $.scenarios[0].halls[0].rows[0].racks[0].feeds.feedCapacityWatts: 250000 W is "
                + "outside the typical 1000..150000 W"), p.get(0));
    }

    @Test
    void validationRefusesANegativeRoundTripTime() throws Exception {
        assertEquals(List.of("$.scenarios[0].halls[0].userRttSeconds['eu-west']: -0.012 s is below 0 s (light in fibre needs ~0.2 s "
                        + "for a round trip half-way round the Earth; geostationary links ~0.6 s)"),
                problems("\"eu-west\" : 0.012", "\"eu-west\" : -0.012"));
    }

    @Test
    void validationRefusesAPeakDemandBeyondAnyService() throws Exception {
        List<String> p = problems("\"peakRequestsPerSecond\" : 50", "\"peakRequestsPerSecond\" : 1e30");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("$.scenarios[0].workloads[0].demand.peakRequestsPerSecond: 1e30 requests/s is above the largest "
                + "plausible 1e10 requests/s"), p.get(0));
    }

    @Test
    void validationRefusesAPromptLongerThanTheModelsContext() throws Exception {
        List<String> p = problems("\"inputTokens\" : 1000", "\"inputTokens\" : 200000");
        assertEquals(List.of("$.scenarios[0].workloads[0].requestShape.inputTokens: 200000 prompt + 300 output tokens exceed the "
                        + "131072-token context of llama-3.1-70b",
                "$.scenarios[0].workloads[0].substituteModelIds[0]: 200000 prompt + 300 output tokens exceed the 131072-token "
                        + "context of llama-3.1-8b"), p.subList(0, 2));
    }

    @Test
    void validationRefusesABillionTokenPrompt() throws Exception {
        List<String> p = problems("\"inputTokens\" : 1000", "\"inputTokens\" : 1000000000");
        assertTrue(p.contains("$.scenarios[0].workloads[0].requestShape.inputTokens: 1e9 tokens is above the largest plausible "
                + "1e7 tokens (the longest context any served model offers is 10 million tokens; most take 128k or less)"), p.toString());
    }

    @Test
    void validationRefusesAMisspelledConstraintName() throws Exception {
        List<String> p = problems("\"Rack power limit\" : 2", "\"Rack power limt\" : 2");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("$.scenarios[0].constraintWeights['Rack power limt']: unknown constraint 'Rack power limt'; "
                + "constraints: Accelerator slots, "), p.get(0));
    }

    @Test
    void validationRefusesAnUnknownUserRegion() throws Exception {
        assertEquals(List.of("$.scenarios[0].workloads[0].userRegion: unknown user region 'eu-wset': halls list round-trip times to "
                + "eu-west, us-east"), problems("\"userRegion\" : \"eu-west\"", "\"userRegion\" : \"eu-wset\""));
    }

    @Test
    void validationOnlyWarnsOfAUserRegionWhileNoHallListsRoundTripTimes() throws Exception {
        // a scenario being designed: halls without RTTs yet make the workload unreachable, not the file wrong
        assertEquals(List.of("warning: $.scenarios[0].workloads[0].userRegion: no hall lists round-trip times (userRttSeconds): "
                        + "users in 'eu-west' cannot be reached and the workload cannot be placed"),
                problems("\"userRttSeconds\" : {\n        \"eu-west\" : 0.012,\n        \"us-east\" : 0.09\n      }",
                        "\"userRttSeconds\" : { }"));
    }

    @Test
    void validationWarnsOfAnAllowedRegionNoHallIsIn() throws Exception {
        assertEquals(List.of("warning: $.scenarios[0].workloads[0].allowedRegions[1]: 'UE' is no hall's country code or sovereign zone"),
                problems("\"allowedRegions\" : [ \"EU\" ]", "\"allowedRegions\" : [ \"EU\", \"UE\" ]"));
    }

    @Test
    void validationRefusesAGridCarbonIntensityOfAbsurdSize() throws Exception {
        List<String> p = problems("\"gridCarbonGramsPerKwh\" : [ 300 ]", "\"gridCarbonGramsPerKwh\" : [ 300, 1e308"
                + ", 300".repeat(22) + " ]");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("$.scenarios[0].halls[0].supply.gridCarbonGramsPerKwh[1]: 1e308 g/kWh is above the largest "
                + "plausible 2000 g/kWh"), p.get(0));
    }

    @Test
    void everyNumericFieldOfTheProjectFileHasADocumentedRange() {
        List<String> missing = new ArrayList<>();
        walk(Project.class, new HashSet<>(), missing);
        assertEquals(List.of(), missing, "add each to FieldRanges and docs/reliability.md");
    }

    private static void walk(Class<?> record, Set<Class<?>> seen, List<String> missing) {
        if (!seen.add(record)) {
            return;
        }
        for (RecordComponent rc : record.getRecordComponents()) {
            Type t = rc.getGenericType();
            Class<?> element = elementOf(t);
            boolean numeric = isNumber(element) || element == HourlyProfile.class;
            if (numeric && FieldRanges.of(record, rc.getName()).isEmpty() && !(record == Project.class && rc.getName().equals("formatVersion"))) {
                missing.add(record.getSimpleName() + "." + rc.getName());
            }
            if (element.isRecord()) {
                walk(element, seen, missing);
            }
        }
    }

    /** The element type of lists, sets and map values; the type itself otherwise. */
    private static Class<?> elementOf(Type t) {
        if (t instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return elementOf(args[args.length - 1]);
        }
        return (Class<?>) t;
    }

    private static boolean isNumber(Class<?> c) {
        return c == int.class || c == long.class || c == double.class || Number.class.isAssignableFrom(c);
    }
}
