package dev.hallplan.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.solver.SolveResult;

/** The {@code solve --json} object: status, score, KPIs, violations, edge candidates. */
final class SolveJson {
    private SolveJson() {
    }

    /** @param status the plan's status after the report ({@code PlannedScenario.status()}) */
    static String of(SolveResult result, SolveResult.Status status, PlanReport report) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = mapper.createObjectNode();
        o.put("project", report.projectName());
        o.put("scenario", report.scenarioName());
        o.put("status", status.name());
        o.put("score", result.plan().score());
        o.put("replicas", result.plan().replicas().size());
        o.set("figures", KeyFigureOutput.json(mapper, report));
        o.set("kpis", mapper.valueToTree(report.kpis()));
        o.set("halls", KeyFigureOutput.halls(mapper, report));
        ArrayNode violations = o.putArray("solverViolations");
        result.violations().forEach(v -> violations.addObject().put("level", v.level().name())
                .put("constraint", v.constraint()).put("message", v.message()));
        o.set("edgeCandidates", mapper.valueToTree(result.edgeCandidates()));
        o.set("withoutHardware", mapper.valueToTree(result.withoutHardware()));
        return mapper.writeValueAsString(o);
    }
}
