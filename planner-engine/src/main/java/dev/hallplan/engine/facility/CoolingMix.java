package dev.hallplan.engine.facility;

import dev.hallplan.catalog.CoolingType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The share of a hall's IT load in racks of each cooling type; shares sum to 1.
 *
 * @param shares share (0..1) per cooling type; absent types have share 0
 */
public record CoolingMix(Map<CoolingType, Double> shares) {
    public CoolingMix {
        EnumMap<CoolingType, Double> copy = new EnumMap<>(CoolingType.class);
        double sum = 0;
        for (Map.Entry<CoolingType, Double> e : shares.entrySet()) {
            double v = e.getValue();
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("cooling share of " + e.getKey() + " must be within 0..1, was " + v);
            }
            sum += v;
            copy.put(e.getKey(), v);
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("cooling shares must sum to 1, was " + sum);
        }
        shares = Collections.unmodifiableMap(copy);
    }

    /** All load in racks of one cooling type. */
    public static CoolingMix only(CoolingType type) {
        return new CoolingMix(Map.of(type, 1.0));
    }

    /** A mix from watts per cooling type; all air when the total is 0. */
    public static CoolingMix fromWatts(double[] wattsByCoolingOrdinal) {
        double total = 0;
        for (double w : wattsByCoolingOrdinal) {
            total += w;
        }
        if (total <= 0) {
            return only(CoolingType.AIR);
        }
        EnumMap<CoolingType, Double> m = new EnumMap<>(CoolingType.class);
        for (CoolingType t : CoolingType.values()) {
            if (wattsByCoolingOrdinal[t.ordinal()] > 0) {
                m.put(t, wattsByCoolingOrdinal[t.ordinal()] / total);
            }
        }
        return new CoolingMix(m);
    }

    public double share(CoolingType type) {
        return shares.getOrDefault(type, 0.0);
    }
}
