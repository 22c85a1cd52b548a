package dev.hallplan.engine.tco;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.project.FinancialAssumptions;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Annual TCO from a hall layout, the catalog's prices, the financial assumptions and the simulated year (docs/tco.md). */
public final class TcoCalculator {
    private TcoCalculator() {
    }

    /** TCO of all halls of {@code scenario} with its financial assumptions. */
    public static TcoResult forScenario(Scenario scenario, Catalog catalog, AnnualEnergy energy) {
        return compute(scenario.halls(), catalog, scenario.financials(), energy);
    }

    public static TcoResult compute(List<Hall> halls, Catalog catalog, FinancialAssumptions money, AnnualEnergy energy) {
        BillOfMaterials bom = BillOfMaterials.of(halls, catalog);
        double hardware = bom.totalUsd();
        // one line per whole watt of critical IT load, so the breakdown's lines sum to the capex
        CapexLine facilityLine = new CapexLine(CostCategory.FACILITY, "facility-per-watt",
                Math.round(bom.criticalItWatts()), money.facilityCapexUsdPerWatt(), false);
        double facility = facilityLine.totalUsd();
        List<CapexLine> lines = new ArrayList<>(bom.lines());
        lines.add(facilityLine);
        return new TcoResult(lines, bom.missingPriceIds(), bom.criticalItWatts(), hardware, facility,
                hardware / money.amortisationYears(), facility / money.facilityAmortisationYears(),
                hardware * money.maintenanceShareOfCapexPerYear(), energy.energyCostUsd(),
                energy.outputTokens(), energy.facilityEnergyJoules());
    }
}
