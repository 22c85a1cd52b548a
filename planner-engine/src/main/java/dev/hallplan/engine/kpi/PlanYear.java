package dev.hallplan.engine.kpi;

import dev.hallplan.engine.energy.HallSimulation.HallYear;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan report together with the hourly year simulation of each hall its energy figures were
 * summed from (one run, so the hours and the report's annual figures agree by construction).
 *
 * @param report the plan report, as {@link PlanReportBuilder#build} returns it
 * @param halls  one simulated year per hall, in scenario order
 */
public record PlanYear(PlanReport report, List<HallYear> halls) {
    public PlanYear {
        Objects.requireNonNull(report, "report");
        halls = List.copyOf(halls);
    }

    /** The simulated year of hall {@code hallId}, if the scenario has that hall. */
    public Optional<HallYear> hall(String hallId) {
        return halls.stream().filter(h -> h.hallId().equals(hallId)).findFirst();
    }
}
