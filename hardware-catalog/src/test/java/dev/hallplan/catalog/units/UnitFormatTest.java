package dev.hallplan.catalog.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitFormatTest {
    @Test
    void wattsPickAReadablePrefix() {
        assertEquals("700 W", UnitFormat.watts(700));
        assertEquals("10.2 kW", UnitFormat.watts(10_200));
        assertEquals("1.2 MW", UnitFormat.watts(1_200_000));
        assertEquals("1 kW", UnitFormat.watts(999.9), "999.9 rounds to 1000 and must move to the next prefix");
    }

    @Test
    void bandwidthAndComputeUseDecimalPrefixes() {
        assertEquals("3.35 TB/s", UnitFormat.bytesPerSecond(3.35e12));
        assertEquals("989 TFLOP/s", UnitFormat.flopsPerSecond(989e12));
        assertEquals("80 GB", UnitFormat.bytes(80e9));
        assertEquals("400 Gb/s", UnitFormat.bitsPerSecond(400e9));
    }

    @Test
    void durationsSwitchUnitsAtNaturalBoundaries() {
        assertEquals("40 ms", UnitFormat.seconds(0.040));
        assertEquals("850 µs", UnitFormat.seconds(0.00085));
        assertEquals("2 s", UnitFormat.seconds(2));
        assertEquals("2 h", UnitFormat.seconds(7200));
    }

    @Test
    void moneyEnergyAndSharesReadAsPeopleWriteThem() {
        assertEquals("$2.5M", UnitFormat.usd(2_500_000));
        assertEquals("$1,234.50", UnitFormat.usd(1234.5));
        assertEquals("45.7%", UnitFormat.percent(0.4567));
        assertEquals("8.76 GWh", UnitFormat.joulesAsWattHours(8.76e9 * 3600));
        assertEquals("1.23 tCO2e", UnitFormat.kilogramsCo2AsTonnes(1234));
    }

    @Test
    void smallNumbersKeepThreeSignificantFigures() {
        assertEquals("0.0123", UnitFormat.number(0.012345));
        assertEquals("0", UnitFormat.number(0));
    }

    @Test
    void scaledCountsPutTheMultiplierBeforeTheUnit() {
        assertEquals("6.72 M tokens/s", UnitFormat.scaled(6_724_800, "tokens/s"));
        assertEquals("950 req/s", UnitFormat.scaled(950, "req/s"));
        assertEquals("1.2 k", UnitFormat.scaled(1_200, ""));
    }

    @Test
    void largeNumbersGroupThousandsAndTakeAPrefixFromAMillion() {
        assertEquals("34,001", UnitFormat.number(34_001), "capacity and demand that differ in the last digit stay apart");
        assertEquals("999,999", UnitFormat.number(999_999));
        assertEquals("42.6 M", UnitFormat.number(42_620_000), "the solve summary's tokens/s at peak");
        assertEquals("-1.5 G", UnitFormat.number(-1.5e9));
        assertEquals("3,995 tCO2e", UnitFormat.kilogramsCo2AsTonnes(3_995_000));
        assertEquals("8,760 h", UnitFormat.seconds(8760 * 3600.0));
        assertEquals("42.6 M tokens/s", UnitFormat.scaled(42_620_000, "tokens/s"));
    }
}
