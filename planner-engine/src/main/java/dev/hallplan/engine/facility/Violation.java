package dev.hallplan.engine.facility;

import dev.hallplan.catalog.units.UnitFormat;
import java.util.Objects;

/**
 * A limit the hall breaks under the given load, for people and for the UI to highlight.
 *
 * @param level        where: a rack, a row, a cooling loop or the hall as a whole
 * @param subjectId    the rack, row, loop or hall id
 * @param actualWatts  what the limit is asked to carry (W of power or heat)
 * @param limitWatts   the limit (W)
 * @param template     the message with {@value #ACTUAL} and {@value #LIMIT} standing for the two figures, so that
 *                     formatting numbers costs nothing until someone reads {@link #message()}
 */
public record Violation(Level level, String subjectId, Kind kind, double actualWatts, double limitWatts, String template) {
    /** Placeholder in {@link #template()} for {@link #actualWatts()}. */
    public static final String ACTUAL = "{actual}";
    /** Placeholder in {@link #template()} for {@link #limitWatts()}. */
    public static final String LIMIT = "{limit}";

    /** Where a violation sits. */
    public enum Level {
        RACK, ROW, LOOP, HALL
    }

    /** Which rule is broken. */
    public enum Kind {
        /** A rack's load exceeds one feed (on 2N: the whole rack must fit one feed after the other fails). */
        FEED_CAPACITY,
        /** A rack's load exceeds its rack PDU's rating (on 2N: one PDU must carry the whole load). */
        PDU_CAPACITY,
        /** A rack's load exceeds its rack type's power limit. */
        RACK_POWER,
        /** A rack's heat exceeds what its cooling type removes. */
        RACK_HEAT,
        /** A liquid-cooled server sits in a rack that has no liquid cooling. */
        COOLING_TYPE,
        /** Equipment whose catalog id the catalog lacks; its draw is unknown and counted as 0. */
        UNKNOWN_EQUIPMENT,
        /** A row's air heat exceeds its CRAH capacity. */
        ROW_AIR_COOLING,
        /** A loop's (or row's) liquid heat exceeds its CDU capacity. */
        LIQUID_COOLING,
        /** The hall's heat exceeds its chiller / dry-cooler plant. */
        COOLING_PLANT,
        /** The UPS load exceeds the usable UPS capacity at the chain's redundancy. */
        UPS_CAPACITY,
        /** The transformer load exceeds the usable transformer capacity. */
        TRANSFORMER_CAPACITY
    }

    public Violation {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(template, "template");
    }

    /** For people, e.g. "Rack B-07: 47.2 kW > 40 kW air-cooled limit" (figures through {@link UnitFormat}). */
    public String message() {
        return template.replace(ACTUAL, UnitFormat.watts(actualWatts)).replace(LIMIT, UnitFormat.watts(limitWatts));
    }

    @Override
    public String toString() {
        return message();
    }
}
