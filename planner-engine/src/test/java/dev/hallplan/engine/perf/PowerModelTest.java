package dev.hallplan.engine.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hallplan.catalog.Accelerator;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.catalog.ServerModel;
import org.junit.jupiter.api.Test;

/** The host's share of wall power follows the accelerators' load from the idle host draw to the measured draw at load. */
class PowerModelTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final ServerModel HGX = CATALOG.server("nvidia-hgx-h100-8").orElseThrow();
    private static final Accelerator H100 = CATALOG.accelerator("nvidia-h100-sxm").orElseThrow();

    @Test
    void idleAcceleratorsCarryTheServersIdleHostShareSoWallPowerIsServerIdle() {
        double share = PowerModel.hostShareWatts(HGX, H100, H100.idleWatts());
        assertEquals(HGX.idlePowerWatts() / 8, H100.idleWatts() + share, 1e-9);
    }

    @Test
    void acceleratorsAtTdpCarryTheHostDrawAtLoad() {
        assertEquals(HGX.hostOverheadWatts() / 8, PowerModel.hostShareWatts(HGX, H100, H100.tdpWatts()), 1e-9);
        assertEquals(2800.0 / 8, PowerModel.hostShareWatts(HGX, H100, H100.tdpWatts() + 100), 1e-9, "capped at the load figure");
    }

    @Test
    void halfLoadCarriesTheMeanOfIdleAndLoadHost() {
        double idleHost = HGX.idlePowerWatts() - 8 * H100.idleWatts();
        double half = (H100.idleWatts() + H100.tdpWatts()) / 2;
        assertEquals((idleHost + HGX.hostOverheadWatts()) / 2 / 8, PowerModel.hostShareWatts(HGX, H100, half), 1e-9);
    }

    @Test
    void noServerChargesNoHost() {
        assertEquals(0, PowerModel.hostShareWatts(null, H100, 500));
    }
}
