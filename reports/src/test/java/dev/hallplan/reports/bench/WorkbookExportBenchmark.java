package dev.hallplan.reports.bench;

import dev.hallplan.engine.kpi.PlanReport;
import dev.hallplan.reports.PlanReportFixtures;
import dev.hallplan.reports.excel.WorkbookWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * Time to write the full plan workbook of a 100,000-accelerator plan (12,500 8-GPU servers,
 * 3,125 racks in 8 halls, 12,500 deployments) to a stream that discards the bytes. Target ≤ 5 s.
 * Run: see docs/reports.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorkbookExportBenchmark {
    @Param({"100000"})
    public int accelerators;

    private PlanReport report;
    private final WorkbookWriter writer = new WorkbookWriter();

    @Setup
    public void buildFixture() {
        report = PlanReportFixtures.large(accelerators);
    }

    @Benchmark
    public long exportWorkbook() throws IOException {
        CountingStream out = new CountingStream();
        writer.write(report, out);
        return out.bytes;
    }

    /** Discards the bytes but counts them, so the JIT cannot drop the write. */
    static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
