package dev.hallplan.app.workloads;

import dev.hallplan.engine.project.Workload;

/**
 * One line of the workloads table: the workload as the project holds it and, once the scenario
 * is planned and reported on, how the plan serves it.
 *
 * @param result nullable: no plan or no report yet
 */
public record WorkloadRow(Workload workload, WorkloadResult result) {
    public String id() {
        return workload.id();
    }
}
