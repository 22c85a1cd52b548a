package dev.hallplan.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hallplan.catalog.units.UnitFormat;
import dev.hallplan.engine.perf.ModelSpec;
import dev.hallplan.engine.perf.ModelZoo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code hallplan models}: the model zoo the estimator knows (list, show). */
@Command(name = "models",
        mixinStandardHelpOptions = true,
        description = "List the model zoo or show one model with its sources.",
        footerHeading = "%nExamples:%n",
        footer = {"  hallplan models list", "  hallplan models show deepseek-v3"},
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.ShowModel.class})
public final class ModelsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String parameters(double count) {
        return UnitFormat.number(count / 1e9) + "B";
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** {@code models list [--json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "id, name, kind, total and active parameters",
            footerHeading = "%nExamples:%n", footer = {"  hallplan models list", "  hallplan models list --json"})
    static final class ListModels implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--json", description = "print a JSON array")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<ModelSpec> models = List.copyOf(ModelZoo.builtIn().models());
            if (json) {
                out.println(mapper().writeValueAsString(models.stream().map(ListModels::summary).toList()));
                return 0;
            }
            out.printf("%-18s %-9s %8s %8s  %s%n", "ID", "KIND", "TOTAL", "ACTIVE", "NAME");
            for (ModelSpec m : models) {
                out.printf("%-18s %-9s %8s %8s  %s%n", m.id(), m.kind(), parameters(m.totalParameters()),
                        parameters(m.activeParameters()), m.name());
            }
            return 0;
        }

        static Map<String, Object> summary(ModelSpec m) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", m.id());
            s.put("name", m.name());
            s.put("kind", m.kind().name());
            s.put("totalParameters", m.totalParameters());
            s.put("activeParameters", m.activeParameters());
            return s;
        }
    }

    /** {@code models show ID [--json]}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "one model's figures and sources",
            footerHeading = "%nExamples:%n", footer = {"  hallplan models show llama-3.1-70b", "  hallplan models show llama-3.1-8b --json"})
    static final class ShowModel implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID", description = "model id")
        String id;
        @Option(names = "--json", description = "print the model record as JSON")
        boolean json;

        @Override
        public Integer call() throws Exception {
            ModelSpec m = ModelZoo.builtIn().require(id);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(mapper().writeValueAsString(m));
                return 0;
            }
            out.println(m.name() + " (" + m.id() + ", " + m.kind() + ")");
            out.println("  parameters      " + parameters(m.totalParameters()) + " total, "
                    + parameters(m.activeParameters()) + " active per token");
            if (m.kind().generatesTokens()) {
                out.println("  layers          " + m.layers() + ", hidden " + m.hiddenSize() + ", heads "
                        + m.attentionHeads() + (m.usesMla() ? ", MLA latent " + m.kvLatentSize() + " + rope " + m.ropeHeadDim()
                        : ", KV heads " + m.kvHeads() + " x " + m.headDim()));
                out.println("  FFN             " + m.ffnSize() + ", vocabulary " + m.vocabSize());
                if (m.isMoe()) {
                    out.println("  experts         " + m.expertsPerToken() + " of " + m.experts() + " routed (FFN "
                            + m.expertFfnSize() + "), " + m.sharedExperts() + " shared, " + m.denseLayers() + " dense layers");
                }
                out.println("  KV per token    " + UnitFormat.number(m.kvValuesPerToken()) + " values (x bytes per value)");
            } else {
                out.println("  one query       " + m.query().unit() + ": " + UnitFormat.number(m.query().flopsPerQuery() / 1e9)
                        + " GFLOP");
            }
            out.println("  sources:");
            m.sources().forEach(s -> out.println("   - " + s.what() + ": " + s.source()));
            return 0;
        }
    }
}
