package dev.hallplan.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.file.AtomicFiles;
import dev.hallplan.engine.project.file.ProjectFiles;
import dev.hallplan.samples.HallGenerator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code hallplan generate --accelerators N --out FILE}: a synthetic hall and workload mix of any size. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic hall with a workload mix sized to a share of its capacity (for benchmarks).",
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan generate --accelerators 10000 --out hall-10k.hallplan.json",
                "  hallplan generate --accelerators 100000 --seed 7 --load 0.9 --json \\",
                "      --out hall-100k.hallplan.json"})
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

    @Option(names = "--json", description = "print what was written (file, servers, racks, workloads) as one JSON object")
    boolean json;

    @CommandLine.Mixin
    QuietOption quiet = new QuietOption();

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
        long racks = scenario.halls().get(0).racks().count();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", out.toString());
            o.put("servers", servers);
            o.put("racks", racks);
            o.put("workloads", scenario.workloads().size());
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(o));
        } else if (!quiet.quiet) {
            spec.commandLine().getOut().println("wrote " + out + ": " + String.format(java.util.Locale.ROOT, "%,d", servers)
                    + " servers in " + String.format(java.util.Locale.ROOT, "%,d", racks) + " racks, "
                    + scenario.workloads().size() + " workloads");
        }
        return 0;
    }
}
