package dev.hallplan.sweeps.run;

import dev.hallplan.sweeps.point.PointEvaluator;
import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.spec.SweepPoint;
import java.io.Serializable;
import java.util.List;
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
 */
final class SweepRunner {
    private SweepRunner() {
    }

    /** Evaluates {@code points} with {@code evaluator}; {@code sink} receives each result on the driver, one at a time. */
    static void run(SparkSession spark, PointEvaluator evaluator, List<SweepPoint> points, Consumer<PointResult> sink) {
        if (points.isEmpty()) {
            return;
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<PointResult> results = jsc.parallelize(points, points.size()).map(evaluator::evaluate);
        spark.sparkContext().runJob(results.rdd(), new OnlyResult(), new Handler(sink),
                ClassTag$.MODULE$.apply(PointResult.class));
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
