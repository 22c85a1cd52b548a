package dev.hallplan.engine.project;

import dev.hallplan.catalog.Precision;
import dev.hallplan.catalog.ServerModel;
import java.util.Locale;

/**
 * The operating option a workload would rather run on (picked in the estimator explorer): the
 * solver honours it as a soft preference (constraint "Preferred operating option"), so hard rules
 * and unmet demand still come first.
 *
 * @param hardwareId     catalog id of an accelerator (any server carrying it) or of a server model
 * @param precision      the weight precision wanted; nullable: any
 * @param tensorParallel the tensor-parallel degree wanted, 1 or more; nullable: any
 */
public record PreferredOption(String hardwareId, Precision precision, Integer tensorParallel) {

    public PreferredOption {
        Checks.id("preferred hardwareId", hardwareId);
        if (tensorParallel != null && tensorParallel < 1) {
            throw new IllegalArgumentException("tensorParallel must be 1 or more, was " + tensorParallel);
        }
    }

    /** True when {@code server} is the preferred server model or carries the preferred accelerator. */
    public boolean runsOn(ServerModel server) {
        return hardwareId.equals(server.id()) || hardwareId.equals(server.acceleratorId());
    }

    /** True when a replica at {@code precision} and tensor degree {@code tensorParallel} on {@code server} is this option. */
    public boolean matches(ServerModel server, Precision precision, int tensorParallel) {
        return runsOn(server) && (this.precision == null || this.precision == precision)
                && (this.tensorParallel == null || this.tensorParallel == tensorParallel);
    }

    /** "nvidia-h200 · FP8 · TP 4", leaving out what is not fixed. */
    public String label() {
        return hardwareId + (precision == null ? "" : " · " + precision.name().toUpperCase(Locale.ROOT))
                + (tensorParallel == null ? "" : " · TP " + tensorParallel);
    }
}
