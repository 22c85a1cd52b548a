package dev.hallplan.engine.facility;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CoolingType;
import dev.hallplan.catalog.ServerModel;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.project.MountedEquipment;
import dev.hallplan.engine.project.PlacedRack;
import dev.hallplan.engine.project.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Find space…": where N servers of one model fit in a hall at nameplate within every limit the
 * facility model checks: the rack's power (feed, PDU, rack type) and heat limits ({@link RackLimit},
 * read from the live state), a cooling type the server may sit in, free contiguous rack units, the
 * row's CRAH and CDU capacity, and the hall's IT headroom (UPS, transformers, grid, plant). Racks are
 * ranked best first: most servers first (fewest racks for the request), then the least headroom
 * left (tightest fit, least stranded), then rack id. {@link #plan} picks racks in that order until
 * N are placed, sharing row and hall headroom between racks. Rules in docs/facility-model.md.
 */
public final class SpaceFinder {
    private SpaceFinder() {
    }

    /**
     * Every rack where at least one server of {@code serverModelId} fits, best first; empty when
     * none fits or the id is not a catalog server.
     */
    public static List<SpaceOption> options(Hall hall, Catalog catalog, String serverModelId) {
        return search(hall, catalog, serverModelId, Integer.MAX_VALUE);
    }

    /**
     * The racks and U positions for {@code count} servers, best first, within row and hall limits
     * shared between them; fewer than {@code count} in total when the hall cannot take them all.
     */
    public static List<SpaceOption> plan(Hall hall, Catalog catalog, String serverModelId, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, was " + count);
        }
        return search(hall, catalog, serverModelId, count);
    }

    private static List<SpaceOption> search(Hall hall, Catalog catalog, String serverModelId, int count) {
        ServerModel server = catalog.server(serverModelId).orElse(null);
        if (server == null) {
            return List.of();
        }
        HallState state = FacilityModel.liveState(hall, catalog, ServerLoad.NAMEPLATE);
        double watts = ServerLoad.NAMEPLATE.watts(new MountedEquipment("probe", server.id(), 1), server);
        Map<String, RowState> rows = new HashMap<>();
        state.rows().forEach(r -> rows.put(r.rowId(), r));
        Map<String, RackState> racks = new HashMap<>();
        state.racks().forEach(r -> racks.put(r.rackId(), r));
        List<SpaceOption> found = new ArrayList<>();
        for (Row row : hall.rows()) {
            for (PlacedRack rack : row.racks()) {
                option(rack, row, racks.get(rack.id()), rows.get(row.id()), server, watts, catalog, state.itHeadroomWatts())
                        .ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparingInt(SpaceOption::fits).reversed()
                .thenComparingDouble(o -> o.headroomAfterWatts(o.fits())).thenComparing(SpaceOption::rackId));
        if (count == Integer.MAX_VALUE) {
            return found;
        }
        return share(found, hall, catalog, server, watts, rows, state.itHeadroomWatts(), count);
    }

    private static java.util.Optional<SpaceOption> option(PlacedRack rack, Row row, RackState rs, RowState row1, ServerModel server,
                                                          double watts, Catalog catalog, double hallHeadroom) {
        CoolingType cooling = rs.cooling();
        if (cooling == null || (server.liquidHeatFraction() > 0 && cooling != CoolingType.DIRECT_LIQUID && cooling != CoolingType.IMMERSION)) {
            return java.util.Optional.empty();
        }
        HeatLoad heat = HeatLoad.of(watts, cooling, server.liquidHeatFraction());
        int byPower = floor(rs.powerHeadroomWatts(), watts);
        int byHeat = floor(rs.heatHeadroomWatts(), watts);
        List<Integer> free = freeSlots(rack, rs.heightUnits(), server.rackUnits(), catalog);
        int byAir = heat.airWatts() > 0 ? floor(row1.airHeadroomWatts(), heat.airWatts()) : Integer.MAX_VALUE;
        int byLiquid = heat.liquidWatts() > 0 ? floor(row1.liquidHeadroomWatts(), heat.liquidWatts()) : Integer.MAX_VALUE;
        int byHall = floor(hallHeadroom, watts);
        int[] limits = {byPower, byHeat, free.size(), byAir, byLiquid, byHall};
        String[] names = {"power", "heat", "rack units", "row air cooling", "row liquid cooling", "hall capacity"};
        int fits = Integer.MAX_VALUE;
        String limitedBy = "";
        for (int i = 0; i < limits.length; i++) {
            if (limits[i] < fits) {
                fits = limits[i];
                limitedBy = names[i];
            }
        }
        if (fits < 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new SpaceOption(rack.id(), row.id(), free.subList(0, fits), watts, rs.headroomWatts(), limitedBy));
    }

    /** Takes racks in order until {@code count} servers are placed, each row's and the hall's headroom shared. */
    private static List<SpaceOption> share(List<SpaceOption> ranked, Hall hall, Catalog catalog, ServerModel server, double watts,
                                           Map<String, RowState> rows, double hallHeadroom, int count) {
        Map<String, double[]> rowLeft = new HashMap<>();
        rows.forEach((id, r) -> rowLeft.put(id, new double[] {r.airHeadroomWatts(), r.liquidHeadroomWatts()}));
        Map<String, CoolingType> coolingOf = new HashMap<>();
        hall.racks().forEach(r -> coolingOf.put(r.id(), catalog.rackType(r.rackTypeId()).map(t -> t.cooling()).orElse(null)));
        double hallLeft = hallHeadroom;
        int left = count;
        List<SpaceOption> chosen = new ArrayList<>();
        for (SpaceOption o : ranked) {
            if (left == 0) {
                break;
            }
            HeatLoad heat = HeatLoad.of(watts, coolingOf.get(o.rackId()), server.liquidHeatFraction());
            double[] row = rowLeft.get(o.rowId());
            int take = Math.min(Math.min(left, o.fits()), floor(hallLeft, watts));
            take = Math.min(take, heat.airWatts() > 0 ? floor(row[0], heat.airWatts()) : take);
            take = Math.min(take, heat.liquidWatts() > 0 ? floor(row[1], heat.liquidWatts()) : take);
            if (take < 1) {
                continue;
            }
            row[0] -= take * heat.airWatts();
            row[1] -= take * heat.liquidWatts();
            hallLeft -= take * watts;
            left -= take;
            chosen.add(new SpaceOption(o.rackId(), o.rowId(), o.uPositions().subList(0, take), watts, o.headroomWatts(), o.limitedBy()));
        }
        return chosen;
    }

    /** Lowest U of each slot of {@code units} free contiguous units, bottom up, not overlapping one another. */
    static List<Integer> freeSlots(PlacedRack rack, int heightUnits, int units, Catalog catalog) {
        boolean[] used = new boolean[heightUnits + 2];
        for (MountedEquipment e : rack.equipment()) {
            int top = e.uPosition() + catalog.rackUnits(e.catalogId()).orElse(1) - 1;
            for (int u = Math.max(1, e.uPosition()); u <= Math.min(heightUnits, top); u++) {
                used[u] = true;
            }
        }
        List<Integer> slots = new ArrayList<>();
        int u = 1;
        while (units > 0 && u + units - 1 <= heightUnits) {
            boolean free = true;
            for (int k = u; k < u + units; k++) {
                if (used[k]) {
                    free = false;
                    u = k + 1;
                    break;
                }
            }
            if (free) {
                slots.add(u);
                u += units;
            }
        }
        return slots;
    }

    private static int floor(double headroom, double each) {
        if (each <= 0) {
            return Integer.MAX_VALUE;
        }
        return headroom <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.floor(headroom / each + 1e-9));
    }
}
