package dev.hallplan.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The JSON side of catalog records: the one configured mapper, the record class of each kind,
 * and conversions between a record and its node in the catalog file format (sources written as
 * a plain {@code field -> provenance} object).
 */
final class CatalogJson {
    /** Current version of the catalog file format. */
    static final int FORMAT_VERSION = 1;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .addMixIn(Sources.class, SourcesMixIn.class)
            .build();

    private CatalogJson() {
    }

    static Class<? extends Record> recordClass(CatalogKind kind) {
        return switch (kind) {
            case ACCELERATOR -> Accelerator.class;
            case SERVER -> ServerModel.class;
            case NETWORK -> NetworkDevice.class;
            case STORAGE -> StorageSystem.class;
            case RACK -> RackType.class;
            case COOLING -> CoolingUnit.class;
            case POWER -> PowerEquipment.class;
            case ENGINE -> ServingEngine.class;
        };
    }

    static CatalogKind kindOf(Object entry) {
        for (CatalogKind k : CatalogKind.values()) {
            if (recordClass(k).isInstance(entry)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a catalog entry: " + entry);
    }

    /** Builds the record of {@code kind} from a node the validator has passed. */
    static Object toRecord(CatalogKind kind, JsonNode node) throws java.io.IOException {
        return MAPPER.treeToValue(node, recordClass(kind));
    }

    /** The entry as it would appear in a catalog file. */
    static ObjectNode toNode(Object entry) {
        return MAPPER.valueToTree(entry);
    }


    /** Reads and writes {@link Sources} as its plain map, the file format. */
    abstract static class SourcesMixIn {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        SourcesMixIn(Map<String, Provenance> byField) {
        }

        @JsonValue
        abstract Map<String, Provenance> byField();
    }
}
