package dev.hallplan.app.workloads;

import dev.hallplan.app.workspace.TypedNumbers;
import dev.hallplan.catalog.Precision;
import dev.hallplan.engine.project.Demand;
import dev.hallplan.engine.project.IsolationLevel;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.PreferredOption;
import dev.hallplan.engine.project.RequestShape;
import dev.hallplan.engine.project.Workload;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The editable columns of the workloads table: how each shows a workload as text and how text
 * typed into its cell changes the workload. Numbers are parsed here; whether a value is allowed is
 * decided by the records' own validation, whose message the cell shows. Latencies are typed in
 * milliseconds, shares in percent, lists comma-separated. "SLO on" says whether the limits bound
 * means or 99th percentiles (mean unless the user picks p99; a preset keeps the choice).
 */
public enum WorkloadField {
    NAME("Name", w -> w.name(), (d, t) -> d.name = t.strip()),
    MODEL("Model", Workload::modelId, (d, t) -> d.modelId = t.strip()),
    ENGINE("Engine", Workload::engineId, (d, t) -> d.engineId = t.strip()),
    MIN_PRECISION("Min. precision", w -> w.minPrecision() == null ? "any" : w.minPrecision().name().toLowerCase(Locale.ROOT),
            (d, t) -> d.minPrecision = precision(t)),
    INPUT_TOKENS("Input tokens", w -> Integer.toString(w.requestShape().inputTokens()),
            (d, t) -> d.requestShape = new RequestShape(integer(t, "input tokens"), d.requestShape.outputTokens())),
    OUTPUT_TOKENS("Output tokens", w -> Integer.toString(w.requestShape().outputTokens()),
            (d, t) -> d.requestShape = new RequestShape(d.requestShape.inputTokens(), integer(t, "output tokens"))),
    SLO("SLO", w -> SloPreset.of(w.slo()).label(), (d, t) -> d.slo = SloPreset.byLabel(t).apply(d.slo)),
    SLO_STATISTIC("SLO on", w -> w.slo().statisticName(), (d, t) -> d.slo = d.slo.withStatistic(statistic(t))),
    TTFT_MS("TTFT limit (ms)", w -> millis(w.slo().ttftSeconds()),
            (d, t) -> d.slo = d.slo.withLimits(seconds(t, "TTFT"), d.slo.tpotSeconds(), d.slo.queryLatencySeconds())),
    TPOT_MS("TPOT limit (ms)", w -> millis(w.slo().tpotSeconds()),
            (d, t) -> d.slo = d.slo.withLimits(d.slo.ttftSeconds(), seconds(t, "TPOT"), d.slo.queryLatencySeconds())),
    QUERY_MS("Query limit (ms)", w -> millis(w.slo().queryLatencySeconds()),
            (d, t) -> d.slo = d.slo.withLimits(d.slo.ttftSeconds(), d.slo.tpotSeconds(), seconds(t, "query latency"))),
    PREFERRED("Preferred option", w -> w.preferred() == null ? "none" : w.preferred().label(), (d, t) -> d.preferred = preferred(t)),
    PEAK_DEMAND("Peak demand (req/s)", w -> number(w.demand().peakRequestsPerSecond()),
            (d, t) -> d.demand = new Demand(decimal(t, "peak demand"), d.demand.shareOfPeak())),
    REGIONS("Allowed regions", w -> String.join(", ", w.allowedRegions()), (d, t) -> d.allowedRegions = set(t)),
    COMPLIANCE("Compliance", w -> String.join(", ", w.requiredCompliance()), (d, t) -> d.requiredCompliance = set(t)),
    TENANT("Tenant", Workload::tenant, (d, t) -> d.tenant = t.strip()),
    ISOLATION("Isolation", w -> w.isolation().name(), (d, t) -> d.isolation = isolation(t)),
    PRIORITY("Priority (1-10)", w -> Integer.toString(w.priority()), (d, t) -> d.priority = integer(t, "priority")),
    DEFERRABLE_PERCENT("Deferrable (%)", w -> number(100 * w.deferrableShare()),
            (d, t) -> d.deferrableShare = decimal(t, "deferrable share") / 100),
    SUBSTITUTES("Substitutes", w -> String.join(", ", w.substituteModelIds()), (d, t) -> d.substituteModelIds = List.copyOf(set(t)));

    private final String title;
    private final Function<Workload, String> text;
    private final BiConsumer<WorkloadDraft, String> parse;

    WorkloadField(String title, Function<Workload, String> text, BiConsumer<WorkloadDraft, String> parse) {
        this.title = title;
        this.text = text;
        this.parse = parse;
    }

    /** The column heading. */
    public String title() {
        return title;
    }

    /** How the cell shows {@code w}. */
    public String text(Workload w) {
        return text.apply(w);
    }

    /**
     * {@code w} with this field set from {@code typed}.
     *
     * @throws IllegalArgumentException with the reason (a record's validation message, or what could not be read)
     */
    public Workload with(Workload w, String typed) {
        WorkloadDraft d = new WorkloadDraft(w);
        parse.accept(d, typed == null ? "" : typed);
        return d.build();
    }

    private static String millis(double seconds) {
        return seconds == 0 ? TypedNumbers.NO_LIMIT : number(seconds * 1000);
    }

    /** A limit typed in ms ({@link TypedNumbers#limitSeconds}), as the project file stores it: 0 for no limit. */
    private static double seconds(String t, String what) {
        double s = TypedNumbers.limitSeconds(t, what + " limit (ms)");
        return Double.isInfinite(s) ? 0 : s;
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }

    private static double decimal(String t, String what) {
        return TypedNumbers.decimal(t, what);
    }

    private static int integer(String t, String what) {
        return TypedNumbers.whole(t, what);
    }

    private static Precision precision(String t) {
        String s = t.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("any")) {
            return null;
        }
        try {
            return Precision.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown precision '" + s + "'; use any, bf16, fp16, fp8, int8, int4 or fp4");
        }
    }

    private static String statistic(String t) {
        String s = t.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals(LatencySlo.MEAN) || s.equals(LatencySlo.P99)) {
            return s.isEmpty() ? LatencySlo.MEAN : s;
        }
        throw new IllegalArgumentException("unknown SLO statistic '" + t.strip() + "'; use mean or p99");
    }

    /**
     * "none" or blank: no preference; else the hardware id, then optionally a precision and "TP n",
     * separated by spaces or "·" (the text {@link PreferredOption#label()} shows reads back).
     */
    static PreferredOption preferred(String t) {
        String s = t.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("none")) {
            return null;
        }
        String[] parts = s.replace('·', ' ').trim().split("\\s+");
        Precision p = null;
        Integer tp = null;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].equalsIgnoreCase("tp") && i + 1 < parts.length) {
                tp = integer(parts[++i], "tensor degree");
            } else if (parts[i].toLowerCase(Locale.ROOT).startsWith("tp")) {
                tp = integer(parts[i].substring(2), "tensor degree");
            } else {
                p = precision(parts[i]);
            }
        }
        return new PreferredOption(parts[0], p, tp);
    }

    private static IsolationLevel isolation(String t) {
        try {
            return IsolationLevel.valueOf(t.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown isolation '" + t.strip() + "'; use "
                    + Arrays.toString(IsolationLevel.values()));
        }
    }

    private static LinkedHashSet<String> set(String t) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String part : t.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
