package dev.hallplan.engine.project;

import dev.hallplan.engine.supply.EnergySupply;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A data hall: where it is, what it complies with, how it is powered and cooled, and its racks.
 *
 * @param compliance         regimes the hall satisfies, e.g. "GDPR", "HIPAA", "EU_AI_ACT"
 * @param userRttSeconds     network round-trip time from this hall to users in a region (key: a
 *                           workload's {@code userRegion}); absent regions are unreachable
 * @param supply             grid tie-in, renewables, battery, carbon and tariffs
 * @param coolingPlant       hall-level heat rejection (chillers, dry coolers)
 * @param floor              aisles and clearances around the rows, for the white space; null means
 *                           {@link FloorLayout#DEFAULTS} (and is left out of the file)
 */
public record Hall(
        String id,
        String name,
        FacilityType facilityType,
        Region region,
        Set<String> compliance,
        Climate climate,
        PowerChain powerChain,
        List<CatalogCount> coolingPlant,
        EnergySupply supply,
        Map<String, Double> userRttSeconds,
        List<Row> rows,
        FloorLayout floor) {

    public Hall {
        Checks.id("hall", id);
        name = name == null || name.isBlank() ? id : Checks.singleLine("hall " + id + " name", name);
        facilityType = facilityType == null ? FacilityType.HYPERSCALE : facilityType;
        if (region == null) {
            throw new IllegalArgumentException("hall " + id + ": region is required");
        }
        compliance = Checks.set(Checks.singleLines("hall " + id + " compliance", compliance));
        climate = climate == null ? Climate.constant(15) : climate;
        powerChain = powerChain == null ? new PowerChain(List.of(), List.of(), Redundancy.N) : powerChain;
        coolingPlant = Checks.list(coolingPlant);
        if (supply == null) {
            throw new IllegalArgumentException("hall " + id + ": supply is required");
        }
        userRttSeconds = userRttSeconds == null ? Map.of() : Map.copyOf(userRttSeconds);
        Checks.singleLines("hall " + id + " userRttSeconds region", userRttSeconds.keySet());
        rows = Checks.list(rows);
    }

    /** A hall with the default floor layout. */
    public Hall(String id, String name, FacilityType facilityType, Region region, Set<String> compliance, Climate climate,
            PowerChain powerChain, List<CatalogCount> coolingPlant, EnergySupply supply, Map<String, Double> userRttSeconds,
            List<Row> rows) {
        this(id, name, facilityType, region, compliance, climate, powerChain, coolingPlant, supply, userRttSeconds, rows, null);
    }

    /** The floor layout, defaults filled in. */
    public FloorLayout floorLayout() {
        return floor == null ? FloorLayout.DEFAULTS : floor;
    }

    public Stream<PlacedRack> racks() {
        return rows.stream().flatMap(r -> r.racks().stream());
    }

    public Optional<PlacedRack> rack(String rackId) {
        return racks().filter(r -> r.id().equals(rackId)).findFirst();
    }

    public Hall withRows(List<Row> newRows) {
        return new Hall(id, name, facilityType, region, compliance, climate, powerChain, coolingPlant, supply,
                userRttSeconds, newRows, floor);
    }

    public Hall withFloor(FloorLayout newFloor) {
        return new Hall(id, name, facilityType, region, compliance, climate, powerChain, coolingPlant, supply,
                userRttSeconds, rows, newFloor);
    }

    public Hall withSupply(EnergySupply newSupply) {
        return new Hall(id, name, facilityType, region, compliance, climate, powerChain, coolingPlant, newSupply,
                userRttSeconds, rows, floor);
    }
}
