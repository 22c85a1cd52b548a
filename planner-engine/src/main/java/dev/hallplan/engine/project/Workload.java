package dev.hallplan.engine.project;

import dev.hallplan.catalog.Precision;
import java.util.List;
import java.util.Set;

/**
 * A model served to users with a demand and a latency target.
 *
 * @param modelId              model zoo id (or a user model of the project)
 * @param engineId             catalog serving engine id
 * @param substituteModelIds   acceptable substitutes (distilled, pruned, more quantized), best first
 * @param allowedRegions       country codes or sovereign zones it may run in; empty means anywhere
 * @param requiredCompliance   regimes a hall must satisfy to host it
 * @param tenant               tenant name, for isolation
 * @param minPrecision         the lowest-precision format allowed (e.g. FP8 allows FP8 and wider), nullable: any
 * @param priority             1 (low) to 10 (high): weights unmet demand
 * @param deferrableShare      share of the demand that is batch work and may move within its day (0..1)
 * @param userRegion           where its users are, matched against {@link Hall#userRttSeconds()}
 * @param preferred            the operating option it would rather run on (a soft preference of the
 *                             solver); nullable: none
 */
public record Workload(
        String id,
        String name,
        String modelId,
        String engineId,
        List<String> substituteModelIds,
        Demand demand,
        RequestShape requestShape,
        LatencySlo slo,
        Set<String> allowedRegions,
        Set<String> requiredCompliance,
        String tenant,
        IsolationLevel isolation,
        Precision minPrecision,
        int priority,
        double deferrableShare,
        String userRegion,
        PreferredOption preferred) {

    public Workload {
        Checks.id("workload", id);
        name = name == null || name.isBlank() ? id : Checks.singleLine("workload " + id + " name", name);
        Checks.id("workload " + id + " model", modelId);
        Checks.id("workload " + id + " engine", engineId);
        substituteModelIds = Checks.list(Checks.singleLines("workload " + id + " substituteModelIds", substituteModelIds));
        if (demand == null || requestShape == null || slo == null) {
            throw new IllegalArgumentException("workload " + id + ": demand, requestShape and slo are required");
        }
        allowedRegions = Checks.set(Checks.singleLines("workload " + id + " allowedRegions", allowedRegions));
        requiredCompliance = Checks.set(Checks.singleLines("workload " + id + " requiredCompliance", requiredCompliance));
        tenant = tenant == null || tenant.isBlank() ? "default" : Checks.singleLine("workload " + id + " tenant", tenant);
        isolation = isolation == null ? IsolationLevel.SHARED : isolation;
        if (priority < 1 || priority > 10) {
            throw new IllegalArgumentException("workload " + id + ": priority must be within 1..10, was " + priority);
        }
        Checks.fraction("workload " + id + " deferrableShare", deferrableShare);
        userRegion = userRegion == null ? "" : Checks.singleLine("workload " + id + " userRegion", userRegion);
    }

    /** A workload without a preferred option. */
    public Workload(String id, String name, String modelId, String engineId, List<String> substituteModelIds, Demand demand,
                    RequestShape requestShape, LatencySlo slo, Set<String> allowedRegions, Set<String> requiredCompliance,
                    String tenant, IsolationLevel isolation, Precision minPrecision, int priority, double deferrableShare,
                    String userRegion) {
        this(id, name, modelId, engineId, substituteModelIds, demand, requestShape, slo, allowedRegions, requiredCompliance,
                tenant, isolation, minPrecision, priority, deferrableShare, userRegion, null);
    }

    /** This workload with {@code option} as its preferred operating option (null: none). */
    public Workload withPreferred(PreferredOption option) {
        return new Workload(id, name, modelId, engineId, substituteModelIds, demand, requestShape, slo, allowedRegions,
                requiredCompliance, tenant, isolation, minPrecision, priority, deferrableShare, userRegion, option);
    }

    /** True when a hall in {@code region} satisfying {@code compliance} may host this workload. */
    public boolean mayRunIn(Region region, Set<String> compliance) {
        boolean regionOk = allowedRegions.isEmpty() || allowedRegions.stream().anyMatch(region::matches);
        return regionOk && compliance.containsAll(requiredCompliance);
    }
}
