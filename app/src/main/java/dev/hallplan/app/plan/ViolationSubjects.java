package dev.hallplan.app.plan;

import dev.hallplan.app.workspace.ItemRef;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a violation message names, so that selecting a violation selects it in the views. The
 * engine's messages start with their subject: "Rack B-07: ...", "Row B: ...", "Loop B: ...",
 * "Hall dal-1 grid: ...", or a workload id ("chat-70b: 20% of peak demand unmet"). The name is
 * looked up among the scenario's own ids, so a message naming nothing known selects nothing.
 */
public final class ViolationSubjects {
    private static final Pattern PLACE = Pattern.compile("^(Rack|Row|Loop|Hall) ([^\\s:]+)");
    private static final Pattern WORKLOAD = Pattern.compile("^([^\\s:]+):");

    private ViolationSubjects() {
    }

    /** The items {@code message} names in {@code scenario}; empty when it names none. */
    public static List<ItemRef> of(Scenario scenario, String message) {
        Matcher place = PLACE.matcher(message);
        if (place.find()) {
            String id = place.group(2);
            for (Hall hall : scenario.halls()) {
                switch (place.group(1)) {
                    case "Rack" -> {
                        if (hall.rack(id).isPresent()) {
                            return List.of(ItemRef.rack(hall.id(), id));
                        }
                    }
                    case "Row", "Loop" -> {
                        if (hall.rows().stream().map(Row::id).anyMatch(id::equals)) {
                            return List.of(ItemRef.row(hall.id(), id));
                        }
                    }
                    default -> {
                        if (hall.id().equals(id)) {
                            return List.of(ItemRef.hall(id));
                        }
                    }
                }
            }
            return List.of();
        }
        Matcher workload = WORKLOAD.matcher(message);
        if (workload.find() && scenario.workload(workload.group(1)).isPresent()) {
            return List.of(ItemRef.workload(workload.group(1)));
        }
        return List.of();
    }
}
