package dev.hallplan.app.cli;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.catalog.ServingEngine;
import dev.hallplan.engine.perf.IdDistance;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Catalog look-ups for the CLI: an unknown id is bad input naming the id and the closest known ones. */
final class HardwareLookup {
    private final Catalog catalog;

    HardwareLookup(Catalog catalog) {
        this.catalog = catalog;
    }

    Accelerator accelerator(String id) {
        return catalog.accelerator(id).orElseThrow(() -> unknown("accelerator", id, catalog.accelerators(), Accelerator::id));
    }

    ServingEngine engine(String id) {
        return catalog.engine(id).orElseThrow(() -> unknown("serving engine", id, catalog.engines(), ServingEngine::id));
    }

    ServerModel server(String id) {
        return catalog.server(id).orElseThrow(() -> unknown("server", id, catalog.servers(), ServerModel::id));
    }

    private static <T> IllegalArgumentException unknown(String what, String id, Collection<T> known, Function<T, String> idOf) {
        List<String> ids = known.stream().map(idOf).toList();
        return new IllegalArgumentException("unknown " + what + " id '" + id + "'"
                + (ids.isEmpty() ? " (the catalog has none)" : "; closest: " + String.join(", ", IdDistance.closest(id, ids, 3))));
    }
}
