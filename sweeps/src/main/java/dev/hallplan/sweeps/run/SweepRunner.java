package dev.hallplan.sweeps.run;

import dev.hallplan.sweeps.point.PointEvaluator;
import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.spec.SweepPoint;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.collection.Iterator;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs points on Spark as one job with one task per point, so the cluster balances uneven solve
 * times by itself. Each finished point's result comes back to the driver at once (Spark's
 * result handler), not at the end of the job, so it is written and counted while the rest runs.
 * The sink runs on a thread of its own: Spark calls the handler on its scheduler thread, which
 * must not wait for a file to reach the disk while tasks wait to be launched.
 */
final class SweepRunner {
    private SweepRunner() {
    }

    /**
     * Evaluates {@code points} with {@code evaluator}; {@code sink} receives each result on the
     * driver, one at a time in order of arrival, and has received all of them when this returns.
     * A sink failure cancels the job and is rethrown.
     */
    static void run(SparkSession spark, PointEvaluator evaluator, List<SweepPoint> points, Consumer<PointResult> sink) {
        if (points.isEmpty()) {
            return;
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<PointResult> results = jsc.parallelize(points, points.size()).map(evaluator::evaluate);
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "hallplan-sweep-results"));
        AtomicReference<RuntimeException> sinkFailure = new AtomicReference<>();
        Consumer<PointResult> queued = result -> writer.execute(() -> {
            if (sinkFailure.get() != null) {
                return;
            }
            try {
                sink.accept(result);
            } catch (RuntimeException ex) {
                sinkFailure.set(ex);
                spark.sparkContext().cancelAllJobs(); // nowhere to put results: stop computing them
            }
        });
        try {
            spark.sparkContext().runJob(results.rdd(), new OnlyResult(), new Handler(queued),
                    ClassTag$.MODULE$.apply(PointResult.class));
        } catch (RuntimeException jobFailed) {
            awaitWrites(writer);
            throw sinkFailure.get() != null ? sinkFailure.get() : jobFailed;
        }
        awaitWrites(writer);
        if (sinkFailure.get() != null) {
            throw sinkFailure.get();
        }
    }

    private static void awaitWrites(ExecutorService writer) {
        writer.shutdown();
        try {
            while (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                // results still being written
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing point results", ex);
        }
    }

    /** The partition's one result (runs on the executor). */
    private static final class OnlyResult extends AbstractFunction1<Iterator<PointResult>, PointResult> implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public PointResult apply(Iterator<PointResult> partition) {
            return partition.next();
        }
    }

    /** Hands each result to the sink (runs on the driver as results arrive). */
    private static final class Handler extends AbstractFunction2<Object, PointResult, BoxedUnit> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final transient Consumer<PointResult> sink;

        Handler(Consumer<PointResult> sink) {
            this.sink = sink;
        }

        @Override
        public BoxedUnit apply(Object partition, PointResult result) {
            sink.accept(result);
            return BoxedUnit.UNIT;
        }
    }
}
