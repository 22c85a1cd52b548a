package dev.hallplan.sweeps.results;

import dev.hallplan.engine.kpi.Figure;
import dev.hallplan.reports.compare.MetricUnit;
import dev.hallplan.sweeps.point.PointFigures;
import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.results.ResultColumn.Type;
import dev.hallplan.sweeps.spec.Axis;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The one definition of a sweep's result row, shared by the Parquet and CSV tables and the
 * workbook's point table: the point (index, scenario, one column per axis), how it was solved,
 * every headline figure of the engine's KPIs, each workload's served share, and the hashes of the
 * spec and project it came from.
 */
public final class ResultColumns {
    /** Columns named by the sweep itself (axis columns and {@code served:} columns come between). */
    public static final String POINT = "point";
    public static final String SCENARIO = "scenario";
    public static final String STATUS = "status";
    public static final String USD_PER_MILLION_TOKENS = "usdPerMillionOutputTokens";
    public static final String CO2E_KG = "annualCo2eKg";
    /** Prefix of the per-workload served-share columns, e.g. {@code served:chat-70b}. */
    public static final String SERVED_PREFIX = "served:";

    private ResultColumns() {
    }

    /**
     * The columns of a sweep over {@code axes} whose scenarios have {@code workloadIds}.
     *
     * @param specHash     SHA-256 of the canonical spec, recorded in every row
     * @param projectHash  SHA-256 of the project file, recorded in every row
     */
    public static List<ResultColumn> of(List<Axis> axes, List<String> workloadIds, String specHash, String projectHash) {
        List<ResultColumn> c = new ArrayList<>();
        c.add(new ResultColumn(POINT, "Point", Type.INTEGER, null, r -> r.point().index()));
        c.add(new ResultColumn(SCENARIO, "Scenario", Type.TEXT, null, r -> r.point().scenario()));
        for (Axis a : axes) {
            c.add(new ResultColumn(a.name(), a.name() + " (×)", Type.NUMBER, null, r -> r.point().multiplier(a.name())));
        }
        c.add(new ResultColumn(STATUS, "Status", Type.TEXT, null, PointResult::status));
        c.add(new ResultColumn("error", "Error", Type.TEXT, null, PointResult::error));
        c.add(new ResultColumn("score", "Solver score", Type.TEXT, null, PointResult::score));
        c.add(new ResultColumn("solveSeconds", "Solve time (s)", Type.NUMBER, null, PointResult::solveSeconds));
        c.add(new ResultColumn("pointSeconds", "Point time (s)", Type.NUMBER, null, PointResult::pointSeconds));
        c.add(figure(USD_PER_MILLION_TOKENS, "Cost per million output tokens", MetricUnit.USD_PER_MILLION_TOKENS,
                PointFigures::usdPerMillionOutputTokens));
        c.add(figure(CO2E_KG, "Annual emissions", MetricUnit.TONNES_CO2E, PointFigures::annualCo2eKg));
        c.add(figure("capexUsd", "Capex", MetricUnit.USD, PointFigures::capexUsd));
        c.add(figure("annualOpexUsd", "Annual opex", MetricUnit.USD, PointFigures::annualOpexUsd));
        c.add(figure("annualTcoUsd", Figure.ANNUAL_TCO.label(), MetricUnit.USD, PointFigures::annualTcoUsd));
        c.add(figure("itFullLoadWatts", Figure.IT_FULL_LOAD.label(), MetricUnit.MEGAWATTS, PointFigures::itFullLoadWatts));
        c.add(figure("facilityFullLoadWatts", Figure.FACILITY_FULL_LOAD.label(), MetricUnit.MEGAWATTS,
                PointFigures::facilityFullLoadWatts));
        c.add(figure("itPeakHourWatts", Figure.IT_PEAK_HOUR.label(), MetricUnit.MEGAWATTS, PointFigures::itPeakHourWatts));
        c.add(figure("facilityPeakHourWatts", Figure.FACILITY_PEAK_HOUR.label(), MetricUnit.MEGAWATTS,
                PointFigures::facilityPeakHourWatts));
        c.add(figure("annualPue", Figure.ANNUAL_PUE.label(), MetricUnit.RATIO, PointFigures::annualPue));
        c.add(figure("annualFacilityEnergyJoules", "Annual facility energy", MetricUnit.MEGAWATT_HOURS,
                PointFigures::annualFacilityEnergyJoules));
        c.add(figure("outputTokensPerSecond", Figure.OUTPUT_TOKENS_PER_SECOND.label(), MetricUnit.TOKENS_PER_SECOND,
                PointFigures::outputTokensPerSecond));
        c.add(figure("requestsPerSecond", Figure.REQUESTS_PER_SECOND.label(), MetricUnit.REQUESTS_PER_SECOND,
                PointFigures::requestsPerSecond));
        c.add(figure("outputTokensPerKwh", "Output tokens per kWh", MetricUnit.TOKENS_PER_KWH, PointFigures::outputTokensPerKwh));
        c.add(figure("renewableShare", "Renewable share", MetricUnit.SHARE, PointFigures::renewableShare));
        c.add(figure("carbonFreeShare", "24/7 carbon-free share", MetricUnit.SHARE, PointFigures::carbonFreeShare));
        c.add(new ResultColumn("racks", "Racks", Type.INTEGER, MetricUnit.COUNT, figures(PointFigures::racks)));
        c.add(figure("whiteSpaceSquareMeters", Figure.WHITE_SPACE.label(), MetricUnit.SQUARE_METERS,
                PointFigures::whiteSpaceSquareMeters));
        c.add(new ResultColumn("violationCount", "Violations", Type.INTEGER, MetricUnit.COUNT,
                figures(PointFigures::violationCount)));
        c.add(figure("servedShareMin", "Lowest served share", MetricUnit.SHARE, PointFigures::servedShareMin));
        for (String w : workloadIds) {
            c.add(new ResultColumn(SERVED_PREFIX + w, "Served " + w, Type.NUMBER, MetricUnit.SHARE,
                    figures(f -> f.servedShareByWorkload().get(w))));
        }
        c.add(new ResultColumn("specHash", "Spec SHA-256", Type.TEXT, null, r -> specHash));
        c.add(new ResultColumn("projectHash", "Project SHA-256", Type.TEXT, null, r -> projectHash));
        return List.copyOf(c);
    }

    private static ResultColumn figure(String name, String label, MetricUnit unit, ToDoubleFunction<PointFigures> f) {
        return new ResultColumn(name, label, Type.NUMBER, unit, figures(f::applyAsDouble));
    }

    private static Function<PointResult, Object> figures(Function<PointFigures, Object> f) {
        return r -> r.failed() ? null : f.apply(r.figures());
    }
}
