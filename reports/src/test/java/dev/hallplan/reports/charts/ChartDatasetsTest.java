package dev.hallplan.reports.charts;

import dev.hallplan.engine.kpi.MonthlyEnergy;
import dev.hallplan.engine.kpi.PlanKpis;
import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.engine.kpi.WorkloadKpi;
import dev.hallplan.reports.SmallReports;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChartDatasetsTest {

    @Test
    void capacityIsShownAsPercentOfPeakDemandUncapped() {
        PlanReport base = SmallReports.scenario("A", 80, 20, 30, 50, 12, 1e6, 1e6);
        PlanKpis k = base.kpis();
        PlanKpis kpis = k.withWorkloads(List.of(new WorkloadKpi("a", "Over", "m", 1, 100, 150, 1, 0, 0, ""),
                        new WorkloadKpi("b", "Under", "m", 1, 200, 50, 0.25, 0, 0, "no hall has capacity left"),
                        new WorkloadKpi("c", "Idle", "m", 0, 0, 10, 1, 0, 0, "")));
        DefaultCategoryDataset d = CapacityDemandDataset.shareOfPeakDemand(kpis);
        // 150 / 100 = 150%, 50 / 200 = 25%, no demand → 0
        assertEquals(150.0, d.getValue(CapacityDemandDataset.CAPACITY, "Over").doubleValue(), 1e-9);
        assertEquals(25.0, d.getValue(CapacityDemandDataset.CAPACITY, "Under").doubleValue(), 1e-9);
        assertEquals(0.0, d.getValue(CapacityDemandDataset.CAPACITY, "Idle").doubleValue(), 1e-9);
    }

    @Test
    void energyByMonthIsInMegawattHours() {
        // 7.2e9 J = 2 MWh renewable of 1.8e10 J = 5 MWh facility → 40% share
        List<MonthlyEnergy> months = List.of(new MonthlyEnergy(3, 1.44e10, 1.8e10, 7.2e9, 3.6e9, 7.2e9, 0, 0, 0, 0));
        DefaultCategoryDataset supply = EnergyByMonthDataset.supplyMegawattHours(months);
        assertEquals(2.0, supply.getValue(EnergyByMonthDataset.RENEWABLE, "Mar").doubleValue(), 1e-12);
        assertEquals(1.0, supply.getValue(EnergyByMonthDataset.BATTERY, "Mar").doubleValue(), 1e-12);
        assertEquals(2.0, supply.getValue(EnergyByMonthDataset.GRID, "Mar").doubleValue(), 1e-12);
        DefaultCategoryDataset share = EnergyByMonthDataset.renewableSharePercent(months);
        assertEquals(40.0, share.getValue(EnergyByMonthDataset.SHARE, "Mar").doubleValue(), 1e-9);
    }

    @Test
    void costBreakdownSplitsCapexByCategoryAndOpexIntoEnergyAndRest() {
        // BOM: 80 M hardware + 20 M facility; opex 30 M of which energy 12 M → maintenance 18 M
        PlanReport r = SmallReports.scenario("A", 80e6, 20e6, 30e6, 50e6, 12e6, 1e6, 1e6);
        DefaultCategoryDataset d = CostBreakdownDataset.millionsUsd(r);
        assertEquals(80.0, d.getValue("accelerator server", CostBreakdownDataset.CAPEX).doubleValue(), 1e-9);
        assertEquals(20.0, d.getValue("facility", CostBreakdownDataset.CAPEX).doubleValue(), 1e-9);
        assertEquals(12.0, d.getValue(CostBreakdownDataset.ENERGY, CostBreakdownDataset.OPEX).doubleValue(), 1e-9);
        assertEquals(18.0, d.getValue(CostBreakdownDataset.MAINTENANCE, CostBreakdownDataset.OPEX).doubleValue(), 1e-9);
        assertEquals(-1, d.getRowIndex(CostBreakdownDataset.OTHER_CAPEX), "capex equals the BOM total here");
    }

    @Test
    void powerUseColoursRunGreenToRedAndMarkOverload() {
        assertEquals(new java.awt.Color(0x1A9850), ChartTheme.powerUse(0));
        assertEquals(new java.awt.Color(0xFEE08B), ChartTheme.powerUse(0.7));
        assertEquals(new java.awt.Color(0xD73027), ChartTheme.powerUse(1.0));
        assertEquals(ChartTheme.OVERLOAD, ChartTheme.powerUse(1.01));
        assertEquals(ChartTheme.NO_DATA, ChartTheme.powerUse(Double.NaN));
    }
}
