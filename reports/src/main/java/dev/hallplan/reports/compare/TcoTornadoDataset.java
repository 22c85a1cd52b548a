package dev.hallplan.reports.compare;

import dev.hallplan.reports.units.ReportUnits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The comparison's price cases as a tornado: for each scenario and each price (energy, hardware),
 * how far TCO over the horizon moves from the base case when that price falls or rises by the
 * swing. Values are the {@link ScenarioComparison#sensitivity()} rows minus the base row, in $M;
 * nothing is recomputed. Within a scenario the wider bar comes first, as tornado charts read.
 */
public final class TcoTornadoDataset {
    /** Series of the falling price, e.g. "prices −20%". */
    public static final String LOWER = "price −";
    /** Series of the rising price. */
    public static final String HIGHER = "price +";

    private TcoTornadoDataset() {
    }

    /** One bar of the tornado: a scenario's TCO change in USD when one price falls and when it rises. */
    public record Bar(String scenario, String price, double lowerDeltaUsd, double higherDeltaUsd) {
        /** Category label, e.g. "H200 · energy". */
        public String category() {
            return scenario + " · " + price;
        }

        double widthUsd() {
            return Math.abs(higherDeltaUsd - lowerDeltaUsd);
        }
    }

    /** The bars, scenario by scenario, the wider price first within a scenario. */
    public static List<Bar> bars(ScenarioComparison c) {
        SensitivityRow base = c.sensitivity().stream().filter(r -> r.energyDelta() == 0 && r.hardwareDelta() == 0)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("comparison has no base price case"));
        List<Bar> out = new ArrayList<>();
        List<String> names = c.scenarioNames();
        for (int i = 0; i < names.size(); i++) {
            List<Bar> mine = new ArrayList<>();
            mine.add(bar(c, base, names.get(i), i, "energy", true));
            mine.add(bar(c, base, names.get(i), i, "hardware", false));
            mine.sort(Comparator.comparingDouble(Bar::widthUsd).reversed());
            out.addAll(mine);
        }
        return out;
    }

    /** Rows {@link #LOWER}+swing and {@link #HIGHER}+swing, one column per {@link Bar#category()}, values in $M. */
    public static DefaultCategoryDataset millionsUsd(ScenarioComparison c) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String pct = Math.round(c.swing() * 100) + "%";
        for (Bar b : bars(c)) {
            data.addValue(ReportUnits.millionsUsd(b.lowerDeltaUsd()), LOWER + pct, b.category());
            data.addValue(ReportUnits.millionsUsd(b.higherDeltaUsd()), HIGHER + pct, b.category());
        }
        return data;
    }

    private static Bar bar(ScenarioComparison c, SensitivityRow base, String scenario, int index, String price,
                           boolean energy) {
        double baseTco = base.tcoUsd().get(index);
        double lower = Double.NaN;
        double higher = Double.NaN;
        for (SensitivityRow r : c.sensitivity()) {
            double moved = energy ? r.energyDelta() : r.hardwareDelta();
            double other = energy ? r.hardwareDelta() : r.energyDelta();
            if (other != 0 || moved == 0) {
                continue;
            }
            if (moved < 0) {
                lower = r.tcoUsd().get(index) - baseTco;
            } else {
                higher = r.tcoUsd().get(index) - baseTco;
            }
        }
        return new Bar(scenario, price, lower, higher);
    }
}
