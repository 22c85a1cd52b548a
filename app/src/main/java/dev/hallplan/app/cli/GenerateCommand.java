package dev.hallplan.app.cli;

import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.AtomicFiles;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.samples.HallGenerator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code hallplan generate --accelerators N --out FILE}: a synthetic hall and workload mix of any size. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic hall with a workload mix sized to a share of its capacity (for benchmarks).")
final class GenerateCommand implements Callable<Integer> {
    /** Four times the largest sample (public-llm-api, ~11,000 accelerators) and beyond the largest clusters announced. */
    static final int MAX_ACCELERATORS = 500_000;

    @Option(names = "--accelerators", required = true, paramLabel = "N", description = "accelerators in the hall, 1 to 500000 (rounded up to whole racks)")
    int accelerators;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--load", defaultValue = "0.6", paramLabel = "SHARE",
            description = "peak demand as a share of what the hall serves, 0..1 (default: ${DEFAULT-VALUE})")
    double load;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "project file to write (.hallplan.json)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OptionRanges.within("--accelerators", accelerators, 1, MAX_ACCELERATORS);
        AtomicFiles.checkWritable(out);
        Project project = new HallGenerator(Engines.sizing()).generate(accelerators, seed, load);
        ProjectFiles.save(project, out);
        var scenario = project.scenarios().get(0);
        long servers = scenario.halls().get(0).racks().mapToLong(r -> r.equipment().size()).sum();
        spec.commandLine().getOut().println("wrote " + out + ": " + servers + " servers in "
                + scenario.halls().get(0).racks().count() + " racks, " + scenario.workloads().size() + " workloads");
        return 0;
    }
}
