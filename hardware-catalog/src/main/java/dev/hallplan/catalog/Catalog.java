package dev.hallplan.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An immutable set of hardware and serving-engine entries, each kind keyed by id in a stable
 * order. Catalogs layer: {@link #overlay(Catalog)} lets a user catalog override entries with the
 * same id and add new ones.
 */
public final class Catalog {
    private final Map<String, Accelerator> accelerators;
    private final Map<String, ServerModel> servers;
    private final Map<String, NetworkDevice> network;
    private final Map<String, StorageSystem> storage;
    private final Map<String, RackType> racks;
    private final Map<String, CoolingUnit> cooling;
    private final Map<String, PowerEquipment> power;
    private final Map<String, ServingEngine> engines;

    private Catalog(Builder b) {
        this.accelerators = Collections.unmodifiableMap(new LinkedHashMap<>(b.accelerators));
        this.servers = Collections.unmodifiableMap(new LinkedHashMap<>(b.servers));
        this.network = Collections.unmodifiableMap(new LinkedHashMap<>(b.network));
        this.storage = Collections.unmodifiableMap(new LinkedHashMap<>(b.storage));
        this.racks = Collections.unmodifiableMap(new LinkedHashMap<>(b.racks));
        this.cooling = Collections.unmodifiableMap(new LinkedHashMap<>(b.cooling));
        this.power = Collections.unmodifiableMap(new LinkedHashMap<>(b.power));
        this.engines = Collections.unmodifiableMap(new LinkedHashMap<>(b.engines));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Catalog empty() {
        return builder().build();
    }

    public Optional<Accelerator> accelerator(String id) { return Optional.ofNullable(accelerators.get(id)); }
    public Optional<ServerModel> server(String id) { return Optional.ofNullable(servers.get(id)); }
    public Optional<NetworkDevice> networkDevice(String id) { return Optional.ofNullable(network.get(id)); }
    public Optional<StorageSystem> storageSystem(String id) { return Optional.ofNullable(storage.get(id)); }
    public Optional<RackType> rackType(String id) { return Optional.ofNullable(racks.get(id)); }
    public Optional<CoolingUnit> coolingUnit(String id) { return Optional.ofNullable(cooling.get(id)); }
    public Optional<PowerEquipment> powerEquipment(String id) { return Optional.ofNullable(power.get(id)); }
    public Optional<ServingEngine> engine(String id) { return Optional.ofNullable(engines.get(id)); }

    public Collection<Accelerator> accelerators() { return accelerators.values(); }
    public Collection<ServerModel> servers() { return servers.values(); }
    public Collection<NetworkDevice> networkDevices() { return network.values(); }
    public Collection<StorageSystem> storageSystems() { return storage.values(); }
    public Collection<RackType> rackTypes() { return racks.values(); }
    public Collection<CoolingUnit> coolingUnits() { return cooling.values(); }
    public Collection<PowerEquipment> powerEquipment() { return power.values(); }
    public Collection<ServingEngine> engines() { return engines.values(); }

    /**
     * Rack units of the mountable entry {@code id} (a server, network device or storage system);
     * empty when no mountable entry has that id. The one lookup of a device's height.
     */
    public java.util.OptionalInt rackUnits(String id) {
        ServerModel s = servers.get(id);
        if (s != null) {
            return java.util.OptionalInt.of(s.rackUnits());
        }
        NetworkDevice n = network.get(id);
        if (n != null) {
            return java.util.OptionalInt.of(n.rackUnits());
        }
        StorageSystem st = storage.get(id);
        return st == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(st.rackUnits());
    }

    /** Total number of entries of all kinds. */
    public int size() {
        return accelerators.size() + servers.size() + network.size() + storage.size()
                + racks.size() + cooling.size() + power.size() + engines.size();
    }

    /** The entries of one kind, in catalog order. */
    public Collection<?> entries(CatalogKind kind) {
        return switch (kind) {
            case ACCELERATOR -> accelerators();
            case SERVER -> servers();
            case NETWORK -> networkDevices();
            case STORAGE -> storageSystems();
            case RACK -> rackTypes();
            case COOLING -> coolingUnits();
            case POWER -> powerEquipment();
            case ENGINE -> engines();
        };
    }

    /** The entry of any kind with {@code id}, if any. */
    public Optional<CatalogEntry> entry(String id) {
        return kindOf(id).flatMap(k -> entries(k).stream().map(e -> (CatalogEntry) e)
                .filter(e -> e.id().equals(id)).findFirst());
    }

    /** The kind that holds {@code id}, if any. */
    public Optional<CatalogKind> kindOf(String id) {
        for (CatalogKind k : CatalogKind.values()) {
            if (entries(k).stream().anyMatch(e -> idOf(e).equals(id))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** A new catalog with this one's entries, then {@code top}'s: same id overrides, new id adds. */
    public Catalog overlay(Catalog top) {
        Builder b = toBuilder();
        top.accelerators().forEach(b::add);
        top.servers().forEach(b::add);
        top.networkDevices().forEach(b::add);
        top.storageSystems().forEach(b::add);
        top.rackTypes().forEach(b::add);
        top.coolingUnits().forEach(b::add);
        top.powerEquipment().forEach(b::add);
        top.engines().forEach(b::add);
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.accelerators.putAll(accelerators);
        b.servers.putAll(servers);
        b.network.putAll(network);
        b.storage.putAll(storage);
        b.racks.putAll(racks);
        b.cooling.putAll(cooling);
        b.power.putAll(power);
        b.engines.putAll(engines);
        return b;
    }

    /** The id of any catalog record. */
    public static String idOf(Object entry) {
        if (entry instanceof CatalogEntry e) {
            return e.id();
        }
        throw new IllegalArgumentException("not a catalog entry: " + entry);
    }

    /** Collects entries; a later entry with an existing id replaces the earlier one in place. */
    public static final class Builder {
        private final Map<String, Accelerator> accelerators = new LinkedHashMap<>();
        private final Map<String, ServerModel> servers = new LinkedHashMap<>();
        private final Map<String, NetworkDevice> network = new LinkedHashMap<>();
        private final Map<String, StorageSystem> storage = new LinkedHashMap<>();
        private final Map<String, RackType> racks = new LinkedHashMap<>();
        private final Map<String, CoolingUnit> cooling = new LinkedHashMap<>();
        private final Map<String, PowerEquipment> power = new LinkedHashMap<>();
        private final Map<String, ServingEngine> engines = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder add(Accelerator e) { return put(accelerators, e, Accelerator::id); }
        public Builder add(ServerModel e) { return put(servers, e, ServerModel::id); }
        public Builder add(NetworkDevice e) { return put(network, e, NetworkDevice::id); }
        public Builder add(StorageSystem e) { return put(storage, e, StorageSystem::id); }
        public Builder add(RackType e) { return put(racks, e, RackType::id); }
        public Builder add(CoolingUnit e) { return put(cooling, e, CoolingUnit::id); }
        public Builder add(PowerEquipment e) { return put(power, e, PowerEquipment::id); }
        public Builder add(ServingEngine e) { return put(engines, e, ServingEngine::id); }

        /** Adds an entry of any kind to its kind's entries. */
        public Builder add(CatalogEntry e) {
            if (e instanceof Accelerator a) {
                return add(a);
            } else if (e instanceof ServerModel s) {
                return add(s);
            } else if (e instanceof NetworkDevice n) {
                return add(n);
            } else if (e instanceof StorageSystem st) {
                return add(st);
            } else if (e instanceof RackType r) {
                return add(r);
            } else if (e instanceof CoolingUnit c) {
                return add(c);
            } else if (e instanceof PowerEquipment p) {
                return add(p);
            }
            return add((ServingEngine) e);
        }

        private <T> Builder put(Map<String, T> map, T entry, Function<T, String> id) {
            map.put(id.apply(entry), entry);
            return this;
        }

        public Catalog build() {
            return new Catalog(this);
        }
    }
}
