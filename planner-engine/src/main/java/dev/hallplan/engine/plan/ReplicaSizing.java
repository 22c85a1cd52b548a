package dev.hallplan.engine.plan;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.ServingEngine;
import dev.hallplan.engine.perf.Estimate;
import dev.hallplan.engine.perf.EstimateRequest;
import dev.hallplan.engine.perf.Estimator;
import dev.hallplan.engine.perf.ModelSpec;
import dev.hallplan.engine.perf.ModelZoo;
import dev.hallplan.engine.perf.OperatingSpace;
import dev.hallplan.engine.perf.Parallelism;
import dev.hallplan.engine.perf.Slo;
import dev.hallplan.engine.project.LatencySlo;
import dev.hallplan.engine.project.PreferredOption;
import dev.hallplan.engine.project.ReplicaPlacement;
import dev.hallplan.engine.project.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds workloads to the throughput estimator: the SLO-best operating point of a workload's
 * model on one server model, and the estimate at a plan's chosen operating point. The solver,
 * the plan evaluator and the sample generator all size replicas through here, so a replica's
 * capacity and power are the same number everywhere. Answers are cached; thread-safe.
 */
public final class ReplicaSizing {
    private final Catalog catalog;
    private final ModelZoo zoo;
    private final Map<String, Optional<Estimate>> bestCache = new ConcurrentHashMap<>();
    private final Map<String, Estimate> pointCache = new ConcurrentHashMap<>();

    public ReplicaSizing(Catalog catalog, ModelZoo zoo) {
        this.catalog = catalog;
        this.zoo = zoo;
    }

    public Catalog catalog() {
        return catalog;
    }

    public ModelZoo zoo() {
        return zoo;
    }

    /**
     * The operating point with the highest rate per accelerator for {@code modelId} (the
     * workload's model or one of its substitutes) on {@code server} within the workload's SLO,
     * its lowest allowed precision and the server's scale-up domain; empty when nothing fits.
     */
    public Optional<Estimate> best(Workload workload, String modelId, ServerModel server) {
        return best(workload, modelId, server, 1.0);
    }

    /**
     * {@link #best(Workload, String, ServerModel)} with only {@code firstResponseShare} of the
     * workload's TTFT (or query latency) limit available to the hardware, the rest left for the
     * network round trip to the users; TPOT keeps its full limit.
     */
    public Optional<Estimate> best(Workload workload, String modelId, ServerModel server, double firstResponseShare) {
        if (!(firstResponseShare > 0 && firstResponseShare <= 1)) {
            throw new IllegalArgumentException("firstResponseShare must be within (0, 1], was " + firstResponseShare);
        }
        String key = sizingKey(workload) + '|' + modelId + '|' + server.id() + '|' + firstResponseShare;
        return bestCache.computeIfAbsent(key, k -> {
            EstimateRequest base = request(workload, modelId, server);
            OperatingSpace full = OperatingSpace.full(base);
            List<Precision> allowed = full.precisions().stream()
                    .filter(p -> workload.minPrecision() == null || p.bits() >= workload.minPrecision().bits())
                    .toList();
            if (allowed.isEmpty()) {
                return Optional.empty();
            }
            Slo target = slo(workload.slo());
            Slo budget = new Slo(target.ttftSeconds() * firstResponseShare, target.tpotSeconds(), target.statistic());
            return Estimator.bestWithinSlo(base, budget, full.withPrecisions(allowed));
        });
    }

    /**
     * The SLO-best point of the workload's preferred option on {@code server}: {@link #best} with the
     * search narrowed to the option's precision and tensor degree (those it names); empty when the
     * workload has no preference, {@code server} is not the preferred hardware, or nothing fits.
     */
    public Optional<Estimate> bestPreferred(Workload workload, String modelId, ServerModel server) {
        PreferredOption p = workload.preferred();
        if (p == null || !p.runsOn(server)) {
            return Optional.empty();
        }
        String key = sizingKey(workload) + '|' + modelId + '|' + server.id() + "|preferred|" + p.label();
        return bestCache.computeIfAbsent(key, k -> {
            EstimateRequest base = request(workload, modelId, server);
            OperatingSpace full = OperatingSpace.full(base);
            List<Precision> allowed = full.precisions().stream()
                    .filter(q -> workload.minPrecision() == null || q.bits() >= workload.minPrecision().bits())
                    .filter(q -> p.precision() == null || q == p.precision())
                    .toList();
            List<Integer> degrees = full.tensorDegrees().stream()
                    .filter(tp -> p.tensorParallel() == null || tp.equals(p.tensorParallel())).toList();
            if (allowed.isEmpty() || degrees.isEmpty()) {
                return Optional.empty();
            }
            return Estimator.bestWithinSlo(base, slo(workload.slo()), full.withPrecisions(allowed).withTensorDegrees(degrees));
        });
    }

    /**
     * The estimate at a plan replica's own operating point (precision, tensor degree, batch, power cap),
     * served as the workload's SLO counts it: with a p99 SLO an LLM replica at the highest Poisson
     * load whose p99 latencies meet it ({@link Estimator#servedWithin}), the rate the solver's options
     * were sized with.
     */
    public Estimate at(Workload workload, ReplicaPlacement replica, ServerModel server) {
        String key = sizingKey(workload) + '|' + replica.modelId() + '|' + server.id() + '|' + replica.precision()
                + '|' + replica.tensorParallel() + '|' + replica.acceleratorCount() + '|' + replica.batch()
                + '|' + replica.acceleratorPowerCapWatts();
        return pointCache.computeIfAbsent(key, k -> {
            int pipeline = Math.max(1, replica.acceleratorCount() / replica.tensorParallel());
            return Estimator.servedWithin(request(workload, replica.modelId(), server)
                    .withPrecision(replica.precision())
                    .withParallelism(new Parallelism(replica.tensorParallel(), pipeline, 1))
                    .withBatch(replica.batch())
                    .withPowerCap(replica.acceleratorPowerCapWatts() == null ? Double.NaN : replica.acceleratorPowerCapWatts()),
                    slo(workload.slo()));
        });
    }

    /** Replicas of the {@link #best} operating point that fit in one server (0 when none fits). */
    public int replicasPerServer(Workload workload, String modelId, ServerModel server) {
        return best(workload, modelId, server).map(e -> server.acceleratorCount() / e.devices()).orElse(0);
    }

    /** Requests (or queries) per second one server serves at the best operating point. */
    public double requestsPerSecondPerServer(Workload workload, String modelId, ServerModel server) {
        return best(workload, modelId, server)
                .map(e -> (server.acceleratorCount() / e.devices()) * e.requestsPerSecond()).orElse(0.0);
    }

    /**
     * What of a workload the answers depend on: its engine, request shape, SLO (with its statistic) and lowest precision.
     * Not its id alone: the desktop edits a workload under the same id (e.g. its SLO) and solves
     * again with the same sizing, which must then not answer for the workload as it was.
     */
    private static String sizingKey(Workload w) {
        return w.engineId() + '|' + w.requestShape().inputTokens() + '|' + w.requestShape().outputTokens() + '|'
                + w.slo().ttftSeconds() + '|' + w.slo().tpotSeconds() + '|' + w.slo().queryLatencySeconds() + '|'
                + w.slo().statisticName() + '|' + w.minPrecision() + '|' + (w.preferred() == null ? "" : w.preferred().label());
    }

    private EstimateRequest request(Workload workload, String modelId, ServerModel server) {
        ModelSpec model = zoo.require(modelId);
        Accelerator accelerator = catalog.accelerator(server.acceleratorId()).orElseThrow(() ->
                new IllegalArgumentException("server " + server.id() + " names unknown accelerator " + server.acceleratorId()));
        ServingEngine engine = catalog.engine(workload.engineId()).orElseThrow(() ->
                new IllegalArgumentException("workload " + workload.id() + " names unknown serving engine " + workload.engineId()));
        return EstimateRequest.of(model, accelerator, engine)
                .withServer(server)
                .withTokens(workload.requestShape().inputTokens(), Math.max(1, workload.requestShape().outputTokens()));
    }

    /**
     * The estimator's SLO for a workload's latency target, on the same statistic (mean or p99, the
     * search {@code hallplan estimate --slo-percentile} runs); a 0 limit means none.
     */
    public static Slo slo(LatencySlo target) {
        double first = target.queryLatencySeconds() > 0 ? target.queryLatencySeconds() : target.ttftSeconds();
        return new Slo(first > 0 ? first : Double.POSITIVE_INFINITY,
                target.tpotSeconds() > 0 ? target.tpotSeconds() : Double.POSITIVE_INFINITY, target.statisticName());
    }
}
