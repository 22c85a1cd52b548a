package dev.hallplan.engine.perf;

import dev.hallplan.catalog.Precision;

import java.util.ArrayList;
import java.util.List;

/**
 * The operating points {@link Estimator#bestWithinSlo} may choose among.
 *
 * @param precisions     serving precisions to try (full quantization: weights and arithmetic), widest first
 * @param tensorDegrees  tensor-parallel degrees to try, ascending
 * @param batchCap       largest batch to consider (engines cap running sequences, e.g. vLLM max_num_seqs)
 */
public record OperatingSpace(List<Precision> precisions, List<Integer> tensorDegrees, int batchCap) {
    /** Running-sequence cap used when none is given; MLPerf submissions run up to ~2,000. */
    public static final int DEFAULT_BATCH_CAP = EstimateRequest.DEFAULT_SEQUENCE_CAP;
    private static final List<Precision> SERVING_FORMATS =
            List.of(Precision.BF16, Precision.FP16, Precision.FP8, Precision.INT8, Precision.INT4, Precision.FP4);

    public OperatingSpace {
        precisions = List.copyOf(precisions);
        tensorDegrees = List.copyOf(tensorDegrees);
        if (precisions.isEmpty() || tensorDegrees.isEmpty()) {
            throw new IllegalArgumentException("an operating space needs at least one precision and one tensor degree");
        }
        for (int tp : tensorDegrees) {
            if (tp < 1) {
                throw new IllegalArgumentException("tensor degree must be at least 1, was " + tp);
            }
        }
        if (batchCap < 1) {
            throw new IllegalArgumentException("batch cap must be at least 1, was " + batchCap);
        }
    }

    /** Only the request's own precision and tensor degree; batch up to the request's running-sequence cap. */
    public static OperatingSpace fixed(EstimateRequest r) {
        return new OperatingSpace(List.of(r.precision()), List.of(r.parallelism().tensor()), r.effectiveMaxConcurrentSequences());
    }

    /**
     * Every format the chip and engine run natively (FP16 only where BF16 is missing), tensor
     * degrees 1, 2, 4, ... up to the devices of one host (the server's accelerators, beyond its
     * scale-up domain over PCIe; plus that count itself, e.g. 72), and batches up to the request's
     * running-sequence cap (per call, else the engine's).
     */
    public static OperatingSpace full(EstimateRequest r) {
        List<Precision> ps = new ArrayList<>();
        for (Precision p : SERVING_FORMATS) {
            boolean engineOk = r.engine().precisions().isEmpty() || r.engine().precisions().contains(p);
            if (r.accelerator().supports(p) && engineOk && !(p == Precision.FP16 && ps.contains(Precision.BF16))) {
                ps.add(p);
            }
        }
        if (ps.isEmpty()) {
            ps.add(r.precision());
        }
        return new OperatingSpace(ps, tensorDegreesUpTo(r.hostDeviceCount()), r.effectiveMaxConcurrentSequences());
    }

    /** 1, 2, 4, ... up to {@code domain}, plus {@code domain} itself when it is not a power of two. */
    public static List<Integer> tensorDegreesUpTo(int domain) {
        List<Integer> tps = new ArrayList<>();
        for (int tp = 1; tp <= domain; tp *= 2) {
            tps.add(tp);
        }
        if (tps.get(tps.size() - 1) != domain) {
            tps.add(domain);
        }
        return tps;
    }

    /** This space with only {@code p}. */
    public OperatingSpace withPrecisions(List<Precision> p) {
        return new OperatingSpace(p, tensorDegrees, batchCap);
    }

    /** This space with only {@code tps}. */
    public OperatingSpace withTensorDegrees(List<Integer> tps) {
        return new OperatingSpace(precisions, tps, batchCap);
    }
}
