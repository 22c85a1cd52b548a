package dev.hallplan.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.engine.kpi.BomLine;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.SmallReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class BomDifferenceTest {
    private static PlanReport withBom(String name, BomLine... lines) {
        PlanReport r = SmallReports.scenario(name, 1, 1, 1, 1, 1, 1, 1);
        return new PlanReport(r.projectName(), name, "", r.kpis(), List.of(lines), r.halls(), r.racks(), r.deployments(),
                r.monthlyEnergy(), r.assumptions());
    }

    private static BomLine line(String category, String id, long quantity, double unitUsd) {
        return new BomLine(category, id, "V", id.toUpperCase(), quantity, unitUsd, 0, false);
    }

    @Test
    void namesAddedRemovedAndChangedLinesAndLeavesEqualLinesOut() {
        PlanReport h200 = withBom("H200", line("accelerator server", "h200", 10, 300_000), line("rack", "r42", 3, 20_000),
                line("network", "ib", 4, 50_000));
        PlanReport b200 = withBom("B200", line("accelerator server", "b200", 6, 450_000), line("rack", "r42", 2, 20_000),
                line("network", "ib", 4, 50_000));
        List<BomDifference.Change> d = BomDifference.between(h200, b200);
        assertEquals(List.of(
                new BomDifference.Change(BomDifference.Kind.REMOVED, "accelerator server", "h200", "H200", 10, 0, 3_000_000, 0),
                new BomDifference.Change(BomDifference.Kind.CHANGED, "rack", "r42", "R42", 3, 2, 60_000, 40_000),
                new BomDifference.Change(BomDifference.Kind.ADDED, "accelerator server", "b200", "B200", 0, 6, 0, 2_700_000)), d);
        assertEquals(-20_000, d.get(1).deltaUsd());
    }

    @Test
    void linesOfOneItemListedTwiceAreSummedBeforeMatching() {
        PlanReport a = withBom("A", line("rack", "r42", 1, 10), line("rack", "r42", 2, 10));
        PlanReport b = withBom("B", line("rack", "r42", 3, 10));
        assertEquals(List.of(), BomDifference.between(a, b));
    }
}
