package dev.hallplan.reports.charts;

import dev.hallplan.engine.kpi.HallReport;
import dev.hallplan.engine.kpi.RackReport;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FloorPlanRendererTest {
    private final FloorPlanRenderer renderer = new FloorPlanRenderer(new ChartTheme(ReportFonts.none()));

    private static HallReport hall(String id) {
        return new HallReport(id, id, 2, 12_000, 15_000, 0, 20_000, 12.5, 1.44, List.of());
    }

    private static RackReport rack(String hall, int row, int pos, double watts, double limit) {
        return new RackReport(hall, hall + row + pos, "row" + row, row, pos, "t", "air", "", watts, limit, watts, limit);
    }

    @Test
    void racksAreFilledByTheirPowerUse() {
        // one row of two racks: an idle one (green) and an overloaded one (dark red)
        List<RackReport> racks = List.of(rack("h", 0, 0, 0, 10_000), rack("h", 0, 1, 12_000, 10_000),
                rack("other", 0, 0, 5_000, 10_000));
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        renderer.draw(g, new Rectangle2D.Double(0, 0, 400, 200), hall("h"), racks);
        g.dispose();
        // grid starts at x = 62 (row labels) and y = 20 (title); band = min(152 / 1.5, 40) = 40,
        // cell = min(338 / 2, 64) = 64: rack 0 spans x 62..119, rack 1 spans x 126..183; sample near the top left corner
        assertEquals(ChartTheme.powerUse(0).getRGB(), image.getRGB(66, 23));
        assertEquals(ChartTheme.OVERLOAD.getRGB(), image.getRGB(130, 23));
    }

    @Test
    void titleShowsTheHallsOwnFiguresFromTheReport() {
        // the hall's IT at full load (racks and fabric) comes from the report, not from summing the racks drawn
        assertEquals("Hall h · 2 racks · IT at planned full load: 12 kW · white space 12.5 m²", FloorPlanRenderer.caption(hall("h")));
    }

    @Test
    void drawingAnUnknownHallIsRejected() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.draw(
                image.createGraphics(), new Rectangle2D.Double(0, 0, 10, 10), hall("nope"), List.of(rack("h", 0, 0, 1, 2))));
        assertEquals("No racks in hall 'nope'", e.getMessage());
    }
}
