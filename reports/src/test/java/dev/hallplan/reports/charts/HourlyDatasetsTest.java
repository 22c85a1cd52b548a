package dev.hallplan.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hallplan.engine.energy.EnergyCost;
import dev.hallplan.engine.energy.SimulationResult;
import dev.hallplan.engine.supply.HourlyProfile;
import java.util.Collections;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.junit.jupiter.api.Test;

class HourlyDatasetsTest {
    /** 10 MW of facility load; solar-like renewables of 8 MW from 08:00 to 15:59, the grid the rest. */
    private static SimulationResult sunnyYear() {
        double[] renewable = new double[24];
        double[] grid = new double[24];
        for (int h = 0; h < 24; h++) {
            renewable[h] = h >= 8 && h < 16 ? 8e6 : 0;
            grid[h] = 10e6 - renewable[h];
        }
        HourlyProfile zero = HourlyProfile.constant(0);
        return new SimulationResult(HourlyProfile.constant(8e6), HourlyProfile.constant(10e6), HourlyProfile.of(renewable),
                HourlyProfile.of(renewable), zero, zero, zero, HourlyProfile.of(grid), zero, zero, zero,
                Collections.nCopies(12, 10e6), List.of(), new EnergyCost(0, 0, 0, 0), 0, 0.27, 0.27, 0.27, null);
    }

    @Test
    void heatMapHasOneBlockPerHourOfTheYearPlacedByDayAndHour() {
        DefaultXYZDataset grid = HourlyHeatMapDataset.gridImportMegawatts(sunnyYear());
        assertEquals(8760, grid.getItemCount(0));
        // item 24 × 40 + 9 is day 40, 09:00: 10 MW load minus 8 MW renewables
        assertEquals(40, grid.getXValue(0, 24 * 40 + 9));
        assertEquals(9, grid.getYValue(0, 24 * 40 + 9));
        assertEquals(2, grid.getZValue(0, 24 * 40 + 9), 1e-9);
        assertEquals(10, HourlyHeatMapDataset.maxValue(grid), 1e-9);
    }

    @Test
    void renewableShareHeatMapIsRenewablesUsedOverLoadInPercent() {
        DefaultXYZDataset share = HourlyHeatMapDataset.renewableSharePercent(sunnyYear());
        assertEquals(80, share.getZValue(0, 24 * 200 + 12), 1e-9);
        assertEquals(0, share.getZValue(0, 24 * 200 + 3), 1e-9);
    }

    @Test
    void typicalDayAveragesEachHourOverTheMonthAndStacksToTheLoad() {
        SimulationResult year = sunnyYear();
        DefaultCategoryDataset supply = TypicalDayDataset.supplyMegawatts(year, 6);
        assertEquals(8, supply.getValue(TypicalDayDataset.RENEWABLE, "12").doubleValue(), 1e-9);
        assertEquals(2, supply.getValue(TypicalDayDataset.GRID, "12").doubleValue(), 1e-9);
        for (int hour = 0; hour < 24; hour++) {
            String h = String.format("%02d", hour);
            double stacked = 0;
            for (Object row : supply.getRowKeys()) {
                stacked += supply.getValue((Comparable<?>) row, h).doubleValue();
            }
            assertEquals(10, stacked, 1e-9, "hour " + h);
        }
        DefaultCategoryDataset lines = TypicalDayDataset.loadAndGenerationMegawatts(year, 6);
        assertEquals(10, lines.getValue(TypicalDayDataset.LOAD, "03").doubleValue(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> TypicalDayDataset.meanDayWatts(year.gridImportWatts(), 13));
    }
}
