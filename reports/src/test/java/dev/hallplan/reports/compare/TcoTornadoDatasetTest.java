package dev.hallplan.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.SmallReports;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class TcoTornadoDatasetTest {
    // A: hardware 80, energy 12/yr; B: hardware 140, energy 6/yr (the figures of ScenarioComparisonTest)
    private final PlanReport a = SmallReports.scenario("A", 80, 20, 30, 50, 12, 1e6, 1e6);
    private final PlanReport b = SmallReports.scenario("B", 140, 20, 10, 42, 6, 2e6, 2e6);

    @Test
    void barsAreTheSensitivityCasesMinusTheBaseCaseWiderPriceFirst() {
        ScenarioComparison c = ScenarioComparison.of(List.of(a, b), 5);
        List<TcoTornadoDataset.Bar> bars = TcoTornadoDataset.bars(c);
        // A over 5 years: energy ±20% moves TCO by 5 × 0.2 × 12 = ±12, hardware by 0.2 × 80 = ±16: hardware first
        assertEquals(new TcoTornadoDataset.Bar("A", "hardware", -16, 16), rounded(bars.get(0)));
        assertEquals(new TcoTornadoDataset.Bar("A", "energy", -12, 12), rounded(bars.get(1)));
        // B: hardware 0.2 × 140 = ±28, energy 5 × 0.2 × 6 = ±6
        assertEquals(new TcoTornadoDataset.Bar("B", "hardware", -28, 28), rounded(bars.get(2)));
        assertEquals(new TcoTornadoDataset.Bar("B", "energy", -6, 6), rounded(bars.get(3)));
    }

    @Test
    void datasetHoldsTheBarsInMillionsWithTheSwingInTheSeriesNames() {
        ScenarioComparison c = ScenarioComparison.of(List.of(a, b), 5);
        DefaultCategoryDataset data = TcoTornadoDataset.millionsUsd(c);
        assertEquals(List.of("price −20%", "price +20%"), data.getRowKeys());
        assertEquals(List.of("A · hardware", "A · energy", "B · hardware", "B · energy"), data.getColumnKeys());
        assertEquals(28e-6, data.getValue("price +20%", "B · hardware").doubleValue(), 1e-12);
    }

    private static TcoTornadoDataset.Bar rounded(TcoTornadoDataset.Bar b) {
        return new TcoTornadoDataset.Bar(b.scenario(), b.price(), Math.round(b.lowerDeltaUsd() * 1e6) / 1e6,
                Math.round(b.higherDeltaUsd() * 1e6) / 1e6);
    }
}
