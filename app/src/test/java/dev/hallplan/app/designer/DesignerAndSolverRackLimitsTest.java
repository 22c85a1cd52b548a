package dev.hallplan.app.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.TestEngine;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.solver.SolverProblemBuilder;
import dev.hallplan.engine.solver.SupplyOutlookSource;
import dev.hallplan.engine.solver.domain.RackFact;
import dev.hallplan.samples.SampleProjects;
import dev.hallplan.samples.Samples;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * The check that there is one rack limit: for every rack of every hall of every scenario
 * of every sample, the limit the designer shows equals the limit the solver's rack fact holds,
 * power and heat alike.
 */
class DesignerAndSolverRackLimitsTest {
    private static final Catalog CATALOG = TestEngine.sizing().catalog();

    @Test
    void theDesignersRackLimitIsTheSolversForEveryRackOfEverySample() {
        int racks = 0;
        int expected = 0;
        for (String name : SampleProjects.NAMES) {
            Project project = Samples.load(name);
            ProjectViewModel doc = new ProjectViewModel();
            doc.open(project, null, true);
            DesignerViewModel designer = new DesignerViewModel(doc, new SimpleObjectProperty<>(CATALOG), new SimpleObjectProperty<PlanReport>());
            for (Scenario scenario : project.scenarios()) {
                if (scenario.halls().isEmpty()) {
                    continue;
                }
                Map<String, RackFact> solver = new HashMap<>();
                List<RackFact> facts = new SolverProblemBuilder(CATALOG, (w, s) -> List.of(), SupplyOutlookSource.constantPue(1.3))
                        .build(scenario).solution().getRacks();
                facts.forEach(f -> solver.put(f.hall().id() + "/" + f.id(), f));
                expected += scenario.halls().stream().mapToInt(h -> (int) h.racks().count()).sum();
                doc.selectScenario(scenario.name());
                for (Hall hall : scenario.halls()) {
                    doc.selectHall(hall.id());
                    for (RackFigures shown : designer.snapshotProperty().get().racks()) {
                        RackFact fact = solver.get(hall.id() + "/" + shown.rackId());
                        String where = name + " / " + scenario.name() + " / " + hall.id() + " / " + shown.rackId();
                        assertEquals(fact.loadLimitWatts(), shown.loadLimitWatts(), where);
                        assertEquals(fact.limit().powerWatts(), shown.powerLimitWatts(), where);
                        assertEquals(fact.limit().heatWatts(), shown.heatLimitWatts(), where);
                        racks++;
                    }
                }
            }
        }
        assertEquals(expected, racks, "every rack of every sample was compared");
        assertTrue(racks > 400, "the samples hold hundreds of racks, " + racks);
    }
}
