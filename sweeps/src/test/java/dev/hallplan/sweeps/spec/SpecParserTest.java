package dev.hallplan.sweeps.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecParserTest {
    @Test
    void theShippedExampleSpecParses() throws IOException {
        String json;
        try (InputStream in = SpecParserTest.class.getResourceAsStream("/dev/hallplan/samples/default.sweep.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        SweepSpec spec = SpecParser.parse(json, "default.sweep.json");
        assertEquals(List.of("H200", "B200", "MI325X"), spec.scenarios());
        assertEquals(5, spec.axes().size());
        assertEquals(AxisKind.HARDWARE_PRICE, spec.axes().get(0).kind());
        assertEquals("NVIDIA", spec.axes().get(0).vendor());
        assertEquals(new Sampling(Sampling.Method.LATIN_HYPERCUBE, 8, 42), spec.sampling());
        assertEquals(200, spec.solve().steps());
        assertEquals(8, PointDesign.points(spec, spec.scenarios()).size());
    }

    @Test
    void parsingReportsEveryProblemWithItsJsonPath() {
        SpecException ex = assertThrows(SpecException.class, () -> SpecParser.parse("""
                {"axes": [
                   {"name": "a", "kind": "price", "values": [1]},
                   {"name": "b", "kind": "demand", "values": [1, "x"]},
                   {"name": "c", "kind": "energyPrice", "values": [1], "colour": "red"}
                 ],
                 "sampling": {"method": "random"}}""", "s.json"));
        assertEquals(List.of(
                "$.axes[0].kind: unknown kind \"price\"; known: hardwarePrice, energyPrice, carbonPrice, demand, renewables",
                "$.axes[1].values[1]: expected a number",
                "$.axes[2].colour: unknown field; expected one of [accelerator, kind, max, min, name, values, vendor, workload]",
                "$.sampling.method: unknown method \"random\"; known: grid, latinHypercube",
                "$.solve: missing; give seconds and/or steps per point, e.g. {\"steps\": 200, \"seed\": 0}"), ex.problems());
        assertTrue(ex.getMessage().startsWith("s.json: 5 problems"), ex.getMessage());
    }

    @Test
    void aGridRejectsAnAxisGivenAsARange() {
        SpecException ex = assertThrows(SpecException.class, () -> SpecParser.parse("""
                {"axes": [{"name": "e", "kind": "energyPrice", "min": 0.5, "max": 2}],
                 "solve": {"steps": 10}}""", "s.json"));
        assertEquals(List.of("$: axis e: a grid needs values, not a range"), ex.problems());
    }

    @Test
    void anAxisWithATargetItsKindDoesNotTakeIsRejected() {
        SpecException ex = assertThrows(SpecException.class, () -> SpecParser.parse("""
                {"axes": [{"name": "e", "kind": "energyPrice", "workload": "chat", "values": [1]}],
                 "solve": {"steps": 10}}""", "s.json"));
        assertEquals(List.of("$.axes[0]: axis e: workload applies to demand only"), ex.problems());
    }

    @Test
    void theCanonicalFormIgnoresKeyOrderAndSpacing() {
        assertEquals(SpecParser.canonicalJson("{\"b\": 1, \"a\": {\"y\": 2, \"x\": [3, 4]}}"),
                SpecParser.canonicalJson("{ \"a\":{\"x\":[3,4],\"y\":2},\n \"b\":1 }"));
    }
}
