package dev.hallplan.sweeps.run;

import org.apache.spark.sql.SparkSession;

/**
 * One embedded Spark session in {@code local[2]} for all tests of this JVM: starting Spark takes
 * seconds, so tests share it. local[2] runs two executor threads and serializes every task and
 * result, as a cluster would.
 */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.start("local[2]");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
