package dev.hallplan.sweeps.run;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Starts the Spark session a sweep runs on: embedded {@code local[*]} unless told otherwise. */
public final class SparkSessions {
    /** The master when neither {@code --master} nor spark-submit names one: every core of this machine. */
    public static final String DEFAULT_MASTER = "local[*]";

    private SparkSessions() {
    }

    /**
     * A session on {@code master} ({@code local[N]}, {@code spark://host:7077}, ...); null: the
     * master spark-submit configured, else {@link #DEFAULT_MASTER}. The web UI is off in local mode.
     */
    public static SparkSession start(String master) {
        String chosen = master != null ? master : new SparkConf().get("spark.master", DEFAULT_MASTER);
        SparkSession.Builder b = SparkSession.builder().appName("hallplan-sweep").master(chosen);
        if (chosen.startsWith("local")) {
            b.config("spark.ui.enabled", "false");
        }
        // a sweep has one task per point and no shuffles worth more partitions
        return b.config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }
}
