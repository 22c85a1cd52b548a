package dev.hallplan.app.cli;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServingEngine;
import dev.hallplan.engine.perf.ModelZoo;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.Map;

/** Runs a CLI command in-process and captures exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = command instanceof HallPlanCommand ? HallPlanCommand.commandLine()
                : new CommandLine(command).setExecutionExceptionHandler(new CliErrors());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** {@code estimate} against a small hand-built catalog: an H100 (reference spec sheet figures) and vllm. */
    static CliRun estimate(String... args) {
        return of(new EstimateCommand(CliRun::catalog, ModelZoo.builtIn()), args);
    }

    static Catalog catalog() {
        Accelerator h100 = new Accelerator("nvidia-h100-sxm", "NVIDIA", "H100 SXM", "SXM5", 80_000_000_000L, "HBM3",
                3.35e12, Map.of(Precision.BF16, 989e12, Precision.FP16, 989e12, Precision.FP8, 1979e12,
                Precision.INT8, 1979e12), 700, 90, 900e9, 8, 400e9, CoolingType.AIR, 2023, 0, false, null);
        ServingEngine vllm = new ServingEngine("vllm", "vLLM", 0.72, 0.48, 0.003, 4_000_000_000L, 0.9, true,
                EnumSet.allOf(Precision.class), null);
        ServingEngine triton = new ServingEngine("triton", "Triton", 0.75, 0.57, 0.0003, 2_000_000_000L, 0.9, false,
                EnumSet.allOf(Precision.class), null);
        return Catalog.builder().add(h100).add(vllm).add(triton).build();
    }
}
