package dev.hallplan.engine.plan;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import dev.hallplan.engine.project.Scenario;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every mounted accelerator server of a scenario, found by its equipment id in one step. */
public final class ServerIndex {
    /** One mounted server with where it stands and what it is. */
    public record Located(Hall hall, Row row, PlacedRack rack, MountedEquipment equipment, ServerModel model) {
        public String id() {
            return equipment.id();
        }
    }

    private final Map<String, Located> byId = new LinkedHashMap<>();

    public ServerIndex(Scenario scenario, Catalog catalog) {
        for (Hall hall : scenario.halls()) {
            for (Row row : hall.rows()) {
                for (PlacedRack rack : row.racks()) {
                    for (MountedEquipment e : rack.equipment()) {
                        catalog.server(e.catalogId()).ifPresent(model ->
                                byId.put(key(hall.id(), e.id()), new Located(hall, row, rack, e, model)));
                    }
                }
            }
        }
    }

    /** The server {@code serverId} of hall {@code hallId}, if it exists and is an accelerator server. */
    public Optional<Located> find(String hallId, String serverId) {
        return Optional.ofNullable(byId.get(key(hallId, serverId)));
    }

    public Collection<Located> all() {
        return byId.values();
    }

    private static String key(String hallId, String serverId) {
        return hallId + '/' + serverId;
    }
}
