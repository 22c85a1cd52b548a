package dev.hallplan.app.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.app.workspace.ItemRef;
import dev.hallplan.app.workspace.Projects;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.samples.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationSubjectsTest {
    private final Scenario scenario = Projects.scenario("A");

    @Test
    void namesRacksRowsAndHallsByTheirIdsInTheScenario() {
        assertEquals(List.of(ItemRef.rack("hall-1", "B-07")), ViolationSubjects.of(scenario, "Rack B-07: 47.2 kW > 40 kW rack power limit"));
        assertEquals(List.of(ItemRef.row("hall-1", "A")), ViolationSubjects.of(scenario, "Row A: 410 kW air heat > 400 kW CRAH capacity"));
        assertEquals(List.of(ItemRef.hall("hall-1")), ViolationSubjects.of(scenario, "Hall hall-1 grid: 12 MW > 10 MW"));
    }

    @Test
    void namesWorkloadsByTheIdThatStartsTheMessage() {
        Scenario sample = Samples.load("default").scenarios().get(0);
        assertEquals(List.of(ItemRef.workload("chat-70b")), ViolationSubjects.of(sample, "chat-70b: 20% of peak demand unmet"));
    }

    @Test
    void aMessageNamingNothingKnownSelectsNothing() {
        assertEquals(List.of(), ViolationSubjects.of(scenario, "Rack Z-99: 47.2 kW > 40 kW rack power limit"));
        assertEquals(List.of(), ViolationSubjects.of(scenario, "Scenario A has no plan yet: solve it to place replicas"));
        assertEquals(List.of(), ViolationSubjects.of(scenario, "No catalog price for x: capex is understated"));
    }
}
