package dev.hallplan.app.workspace;

import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Scenario;
import java.util.Objects;

/**
 * A thing in a scenario that views select and violations name: a hall, a row, a rack or a workload.
 *
 * @param hallId the hall it stands in (for a hall: its own id); null for a workload
 * @param id     the hall, row, rack or workload id
 */
public record ItemRef(Kind kind, String hallId, String id) {
    /** What an {@link ItemRef} points at. */
    public enum Kind {
        HALL, ROW, RACK, WORKLOAD
    }

    public ItemRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (kind != Kind.WORKLOAD) {
            Objects.requireNonNull(hallId, "hallId");
        }
    }

    public static ItemRef hall(String hallId) {
        return new ItemRef(Kind.HALL, hallId, hallId);
    }

    public static ItemRef row(String hallId, String rowId) {
        return new ItemRef(Kind.ROW, hallId, rowId);
    }

    public static ItemRef rack(String hallId, String rackId) {
        return new ItemRef(Kind.RACK, hallId, rackId);
    }

    public static ItemRef workload(String workloadId) {
        return new ItemRef(Kind.WORKLOAD, null, workloadId);
    }

    /** True when {@code scenario} has the thing this names. */
    public boolean existsIn(Scenario scenario) {
        if (kind == Kind.WORKLOAD) {
            return scenario.workload(id).isPresent();
        }
        Hall hall = scenario.hall(hallId).orElse(null);
        if (hall == null) {
            return false;
        }
        return switch (kind) {
            case HALL -> true;
            case ROW -> hall.rows().stream().anyMatch(r -> r.id().equals(id));
            case RACK -> hall.rack(id).isPresent();
            case WORKLOAD -> throw new AssertionError();
        };
    }
}
