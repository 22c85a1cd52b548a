package dev.hallplan.samples;

import static dev.hallplan.samples.HallBuilder.Fill;
import static dev.hallplan.samples.Workloads.deferrable;
import static dev.hallplan.samples.Workloads.llm;
import static dev.hallplan.samples.Workloads.query;
import static dev.hallplan.samples.Workloads.restrict;
import static dev.hallplan.samples.Workloads.substitutes;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.engine.plan.ReplicaSizing;
import dev.hallplan.engine.project.FacilityType;
import dev.hallplan.engine.project.IsolationLevel;
import dev.hallplan.engine.project.Project;
import dev.hallplan.engine.project.Scenario;
import dev.hallplan.engine.project.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sample projects, authored in code so that racks, U positions and cooling are always
 * consistent with the catalog; {@link SampleWriter} writes them to the JSON resources users open.
 * What each shows and where its numbers come from: samples/README.md.
 */
public final class SampleProjects {
    /** Resource names of the samples, in menu order; "default" is what the app opens first. */
    public static final List<String> NAMES = List.of("default", "public-llm-api", "sovereign-eu", "search-ranking", "copilot-saas");

    private final Catalog catalog;
    private final ReplicaSizing sizing;

    public SampleProjects(ReplicaSizing sizing) {
        this.catalog = sizing.catalog();
        this.sizing = sizing;
    }

    public Project build(String name) {
        return switch (name) {
            case "default" -> comparison();
            case "public-llm-api" -> publicLlmApi();
            case "sovereign-eu" -> sovereignEu();
            case "search-ranking" -> searchRanking();
            case "copilot-saas" -> copilotSaas();
            default -> throw new IllegalArgumentException("no sample '" + name + "'; samples: " + NAMES);
        };
    }

    /**
     * The default sample: one modest hall serving chat, an interactive assistant and embeddings,
     * in three scenarios (HGX H200, DGX B200, MI325X) each sized for the same demand plus 25% headroom.
     */
    Project comparison() {
        List<Workload> workloads = List.of(
                llm("chat-70b", "Chat (Llama 3.1 70B)", "llama-3.1-70b", 1000, 300, 2.0, 0.200, 900,
                        Profiles.consumerChat(), 8),
                llm("assistant-8b", "Interactive assistant (Llama 3.1 8B)", "llama-3.1-8b", 600, 200, 0.450, 0.040,
                        3000, Profiles.consumerChat(), 6),
                deferrable(query("embed", "Document embeddings (BERT-large)", "bert-large", 256, 0.050, 20000,
                        Profiles.flat(), 4), 0.5));
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(sized("H200", "8-GPU HGX H200 servers, rear-door cooled", workloads, "nvidia-hgx-h200-8", 4,
                "rack-rdhx-50kw"));
        scenarios.add(sized("B200", "8-GPU DGX B200 servers, rear-door cooled", workloads, "nvidia-dgx-b200-8", 4,
                "rack-rdhx-75kw"));
        scenarios.add(sized("MI325X", "8-GPU AMD MI325X platforms, rear-door cooled", workloads, "amd-mi325x-8", 4,
                "rack-rdhx-50kw"));
        return new Project(Project.CURRENT_FORMAT_VERSION, "Default sample: one hall, three hardware choices",
                "The same chat, assistant and embedding demand served by H200, B200 or MI325X halls; "
                        + "compare them with `hallplan compare`.", scenarios);
    }

    private Scenario sized(String name, String description, List<Workload> workloads, String serverId,
                           int serversPerRack, String rackType) {
        var server = catalog.server(serverId).orElseThrow();
        double servers = 0;
        for (Workload w : workloads) {
            double perServer = sizing.requestsPerSecondPerServer(w, w.modelId(), server);
            if (perServer <= 0) {
                throw new IllegalStateException(w.id() + " does not fit on " + serverId);
            }
            servers += Math.ceil(w.demand().peakRequestsPerSecond() / perServer);
        }
        int racks = (int) Math.ceil(servers * 1.25 / serversPerRack);
        // rows of at most ten racks, filled evenly, each with two spare positions
        int rows = (racks + 9) / 10;
        int perRow = (racks + rows - 1) / rows;
        HallBuilder hall = HallBuilder.hall(catalog, "demo-hall", "Demo hall (" + name + ")")
                .facilityType(FacilityType.COLOCATION)
                .region("US", "US").compliance("SOC2").climate(SampleSupply.ASHBURN.climate())
                .rtt("us", 0.020).rtt("eu", 0.085);
        char row = 'A';
        for (int left = racks; left > 0; left -= perRow, row++) {
            hall.row(String.valueOf(row), perRow + 2, Math.min(perRow, left), rackType, Fill.of(serverId, serversPerRack));
        }
        // Supply scaled to the hall: grid tie-in twice the nameplate IT load, solar and wind PPAs of
        // 0.5x and 0.7x nameplate, and a battery of one hour of nameplate load.
        double nameplate = hall.nameplateWatts();
        hall.supply(SampleSupply.supply(SampleSupply.ASHBURN, 2 * nameplate, 0.5 * nameplate, 0.7 * nameplate,
                nameplate / 1e6)).autoPowerChain();
        return new Scenario(name, description, List.of(hall.build()), workloads, null, null, null, Map.of());
    }

    /** Public LLM API in a hyperscale hall in Texas: H100, H200, B200 rows and two GB200 NVL72 rows, ~20 MW at peak. */
    Project publicLlmApi() {
        HallBuilder hall = HallBuilder.hall(catalog, "dfw-1", "Dallas hall 1")
                .facilityType(FacilityType.HYPERSCALE).region("US", "US").compliance("SOC2")
                .climate(SampleSupply.DALLAS.climate())
                .supply(SampleSupply.supply(SampleSupply.DALLAS, 45e6, 30e6, 40e6, 40))
                .rtt("us", 0.035).rtt("eu", 0.120);
        for (String r : List.of("A", "B", "C", "D", "E", "F", "G", "H", "J", "K")) {
            hall.row(r, 18, 16, "rack-rdhx-50kw", Fill.of("nvidia-hgx-h100-8", 4));
        }
        for (String r : List.of("L", "M", "N", "P", "Q")) {
            hall.row(r, 18, 16, "rack-rdhx-50kw", Fill.of("nvidia-hgx-h200-8", 4));
        }
        for (String r : List.of("R", "S", "T", "U", "V")) {
            hall.row(r, 18, 16, "rack-rdhx-75kw", Fill.of("nvidia-dgx-b200-8", 4));
        }
        hall.row("W", 10, 8, "rack-dlc-140kw", Fill.of("nvidia-gb200-nvl72", 1));
        hall.row("X", 10, 8, "rack-dlc-140kw", Fill.of("nvidia-gb200-nvl72", 1));
        hall.row("Y", 8, 6, "rack-air-25kw", Fill.of("vast-dbox", 8));
        hall.autoPowerChain();
        List<Workload> workloads = List.of(
                llm("chat-70b", "Chat (Llama 3.1 70B)", "llama-3.1-70b", 1000, 300, 2.0, 0.200, 24000,
                        Profiles.consumerChat(), 8),
                llm("assistant-8b", "Interactive tier (Llama 3.1 8B)", "llama-3.1-8b", 600, 200, 0.450, 0.040, 84000,
                        Profiles.consumerChat(), 7),
                llm("code-32b", "Code completion (Qwen2.5 32B)", "qwen2.5-32b", 2000, 400, 2.0, 0.100, 7700,
                        Profiles.businessHours(), 7),
                substitutes(llm("reasoning-r1", "Reasoning (DeepSeek-V3 class MoE)", "deepseek-v3", 1500, 1500, 2.0,
                        0.200, 1700, Profiles.consumerChat(), 6), "qwen3-235b-a22b"),
                llm("frontier-405b", "Frontier (Llama 3.1 405B)", "llama-3.1-405b", 1000, 300, 2.0, 0.200, 1000,
                        Profiles.consumerChat(), 5));
        Scenario s = new Scenario("baseline", "Texas hyperscale hall with solar and wind PPAs and a 40 MWh battery",
                List.of(hall.build()), workloads, null, null, null, Map.of());
        return new Project(Project.CURRENT_FORMAT_VERSION, "Public LLM API",
                "A public chat/code/reasoning API in one hyperscale hall, tens of MW.", List.of(s));
    }

    /** Enterprise AI in a sovereign EU region: GDPR/EU AI Act halls in Germany and France plus a US hall. */
    Project sovereignEu() {
        HallBuilder fra = HallBuilder.hall(catalog, "fra-1", "Frankfurt hall").facilityType(FacilityType.COLOCATION)
                .region("DE", "EU").compliance("GDPR", "EU_AI_ACT", "ISO27001").climate(SampleSupply.FRANKFURT.climate())
                .supply(SampleSupply.supply(SampleSupply.FRANKFURT, 6e6, 0, 4e6, 0))
                .rtt("eu", 0.015).rtt("us", 0.090);
        fra.row("A", 12, 10, "rack-rdhx-50kw", Fill.of("amd-mi300x-8", 4));
        fra.row("B", 12, 8, "rack-rdhx-50kw", Fill.of("amd-mi325x-8", 4));
        fra.autoPowerChain();
        HallBuilder par = HallBuilder.hall(catalog, "par-1", "Paris hall").facilityType(FacilityType.COLOCATION)
                .region("FR", "EU").compliance("GDPR", "EU_AI_ACT", "ISO27001").climate(SampleSupply.PARIS.climate())
                .supply(SampleSupply.supply(SampleSupply.PARIS, 5e6, 2e6, 0, 0))
                .rtt("eu", 0.012).rtt("us", 0.085);
        par.row("A", 12, 10, "rack-rdhx-50kw", Fill.of("intel-gaudi3-8", 4));
        par.row("B", 12, 6, "rack-rdhx-50kw", Fill.of("amd-mi325x-8", 4));
        par.autoPowerChain();
        HallBuilder iad = HallBuilder.hall(catalog, "iad-1", "Ashburn hall").facilityType(FacilityType.COLOCATION)
                .region("US", "US").compliance("HIPAA", "SOC2").climate(SampleSupply.ASHBURN.climate())
                .supply(SampleSupply.supply(SampleSupply.ASHBURN, 5e6, 3e6, 0, 4))
                .rtt("us", 0.010).rtt("eu", 0.080);
        iad.row("A", 12, 10, "rack-rdhx-50kw", Fill.of("amd-mi300x-8", 4));
        iad.autoPowerChain();
        Set<String> eu = Set.of("EU");
        Set<String> gdpr = Set.of("GDPR", "EU_AI_ACT");
        List<Workload> workloads = List.of(
                restrict(llm("translate-eu", "Translation (Qwen2.5 72B)", "qwen2.5-72b", 800, 800, 2.0, 0.100, 250,
                        Profiles.businessHours(), 8), eu, gdpr, "bank-a", IsolationLevel.DEDICATED_SERVER, "eu"),
                restrict(query("transcribe-eu", "Call transcription (Whisper large-v3)", "whisper-large-v3", 30, 1.0,
                        3000, Profiles.businessHours(), 7), eu, gdpr, "health-eu", IsolationLevel.DEDICATED_SERVER, "eu"),
                restrict(llm("summarise-eu", "Document summarisation (Mixtral 8x22B)", "mixtral-8x22b", 3000, 500, 2.0,
                        0.200, 300, Profiles.businessHours(), 6), eu, gdpr, "public-sector", IsolationLevel.DEDICATED_RACK, "eu"),
                restrict(llm("summarise-us", "Clinical notes (Llama 3.1 70B)", "llama-3.1-70b", 2000, 400, 2.0, 0.200,
                        600, Profiles.businessHours(), 6), Set.of("US"), Set.of("HIPAA"), "clinic-us",
                        IsolationLevel.DEDICATED_SERVER, "us"),
                llm("chat-shared", "Shared assistant (Llama 3.1 8B)", "llama-3.1-8b", 600, 200, 2.0, 0.100, 4000,
                        Profiles.businessHours(), 4));
        Scenario s = new Scenario("baseline", "Two EU halls and one US hall; EU workloads must not leave the EU",
                List.of(fra.build(), par.build(), iad.build()), workloads, null, null, null, Map.of());
        return new Project(Project.CURRENT_FORMAT_VERSION, "Sovereign EU enterprise AI",
                "Enterprise AI platform with GDPR and EU AI Act halls in Germany and France plus a US hall; "
                        + "AMD and Intel accelerators; tenants with dedicated servers.", List.of(s));
    }

    /** Search and ads ranking on PCIe inference servers (L40S, L4, H100 PCIe) with tens-of-ms targets. */
    Project searchRanking() {
        HallBuilder hall = HallBuilder.hall(catalog, "dls-1", "The Dalles hall").facilityType(FacilityType.HYPERSCALE)
                .region("US", "US").compliance("SOC2").climate(SampleSupply.THE_DALLES.climate())
                .supply(SampleSupply.supply(SampleSupply.THE_DALLES, 6e6, 0, 3e6, 0))
                // ranking and embeddings are called by search front-ends on the same campus
                .rtt("us", 0.001);
        hall.row("A", 14, 12, "rack-air-25kw", Fill.of("nvidia-l40s-8", 5));
        hall.row("B", 14, 12, "rack-air-15kw", Fill.of("nvidia-l4-8", 10));
        hall.row("C", 14, 12, "rack-air-25kw", Fill.of("nvidia-h100-pcie-8", 5));
        hall.autoPowerChain();
        List<Workload> workloads = List.of(
                query("ads-rank", "Ads ranking (DLRM-v2)", "dlrm-v2", 1, 0.020, 2.0e7, Profiles.searchTraffic(), 9),
                query("search-embed", "Query embeddings (BERT-large)", "bert-large", 64, 0.030, 400000,
                        Profiles.searchTraffic(), 8),
                query("rerank", "Result reranking (BERT-large, 512 tokens)", "bert-large", 512, 0.050, 60000,
                        Profiles.searchTraffic(), 7),
                query("moderation", "Image moderation (CLIP ViT-L/14)", "clip-vit-l-14", 1, 0.100, 150000,
                        Profiles.flat(), 5));
        Scenario s = new Scenario("baseline", "Air-cooled PCIe inference servers next to a hydro-heavy grid",
                List.of(hall.build()), workloads, null, null, null, Map.of());
        return new Project(Project.CURRENT_FORMAT_VERSION, "Search and ads ranking",
                "Ranking, embedding, reranking and moderation models at very high queries/s.", List.of(s));
    }

    /** Copilot SaaS with weekday peaks, deferrable summarisation, and a grid-limited hall leaning on renewables. */
    Project copilotSaas() {
        HallBuilder hall = HallBuilder.hall(catalog, "mad-1", "Madrid hall").facilityType(FacilityType.HYPERSCALE)
                .region("ES", "EU").compliance("GDPR").climate(SampleSupply.MADRID.climate())
                .supply(SampleSupply.onSiteSolar(SampleSupply.MADRID, 1.6e6, 3e6, 2e6, 8))
                .rtt("eu", 0.020).rtt("us", 0.095);
        hall.row("A", 12, 10, "rack-rdhx-50kw", Fill.of("nvidia-hgx-h200-8", 4));
        hall.row("B", 12, 8, "rack-rdhx-75kw", Fill.of("nvidia-dgx-b200-8", 4));
        hall.row("C", 12, 8, "rack-rdhx-75kw", Fill.of("nvidia-dgx-b200-8", 4));
        hall.autoPowerChain();
        List<Workload> workloads = List.of(
                restrict(llm("copilot-chat", "Copilot chat (Llama 3.1 70B)", "llama-3.1-70b", 1500, 300, 2.0, 0.100,
                        2000, Profiles.businessHours(), 8), Set.of(), Set.of("GDPR"), "saas", IsolationLevel.SHARED, "eu"),
                restrict(llm("autocomplete", "Inline suggestions (Llama 3.1 8B)", "llama-3.1-8b", 800, 60, 0.450, 0.040,
                        12000, Profiles.businessHours(), 7), Set.of(), Set.of("GDPR"), "saas", IsolationLevel.SHARED, "eu"),
                restrict(deferrable(llm("summaries", "Meeting and document summaries (Qwen2.5 32B)", "qwen2.5-32b",
                        6000, 500, 10.0, 0.200, 600, Profiles.businessHours(), 4), 0.7),
                        Set.of(), Set.of("GDPR"), "saas", IsolationLevel.SHARED, "eu"),
                restrict(query("transcribe", "Meeting transcription (Whisper large-v3)", "whisper-large-v3", 30, 2.0,
                        1500, Profiles.businessHours(), 5), Set.of(), Set.of("GDPR"), "saas", IsolationLevel.SHARED, "eu"));
        Scenario s = new Scenario("baseline", "1.6 MW grid connection, 3 MW on-site solar, 2 MW wind PPA, 8 MWh battery",
                List.of(hall.build()), workloads, null, null, null, Map.of());
        return new Project(Project.CURRENT_FORMAT_VERSION, "Copilot SaaS",
                "LLMs embedded in productivity software: weekday peaks, deferrable summaries, a grid-limited hall.",
                List.of(s));
    }
}
