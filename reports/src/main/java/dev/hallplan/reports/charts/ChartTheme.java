package dev.hallplan.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * Fonts and colours shared by every HallPlan chart and the floor plan drawing, in the app and in
 * the PDF. One instance per report; {@link #standard()} locates the fonts once.
 */
public final class ChartTheme {
    /** Series colours in order (colour-blind-safe Okabe–Ito palette). */
    public static final List<Color> SERIES = List.of(
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x999999),
            new Color(0x332288), new Color(0x882255));
    public static final Color TEXT = new Color(0x222222);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color DEMAND = new Color(0x999999);
    public static final Color CAPACITY = new Color(0x0072B2);
    public static final Color RENEWABLE = new Color(0x009E73);
    public static final Color BATTERY = new Color(0xE69F00);
    public static final Color GRID_IMPORT = new Color(0x56606B);
    public static final Color SHARE_LINE = new Color(0xD55E00);
    /** Firm on-site supply (gas turbines, engines, fuel cells). */
    public static final Color FIRM_SUPPLY = new Color(0x882255);
    /** The low end of heat-map scales (an hour with nothing). */
    public static final Color HEAT_LOW = new Color(0xF7F7F7);
    /** Racks without a power limit (no meaningful use share). */
    public static final Color NO_DATA = new Color(0xE0E0E0);
    /** Racks drawing more than their limit. */
    public static final Color OVERLOAD = new Color(0x7B0000);

    private final ReportFonts fonts;

    public ChartTheme(ReportFonts fonts) {
        this.fonts = java.util.Objects.requireNonNull(fonts, "fonts");
    }

    /** The theme with {@link ReportFonts#locate()}. */
    public static ChartTheme standard() {
        return new ChartTheme(ReportFonts.locate());
    }

    public ReportFonts fonts() {
        return fonts;
    }

    public Font titleFont() {
        return fonts.awtFont(true, 13f);
    }

    public Font labelFont() {
        return fonts.awtFont(false, 10f);
    }

    public Font tickFont() {
        return fonts.awtFont(false, 9f);
    }

    public Font smallFont() {
        return fonts.awtFont(false, 7f);
    }

    /** The colour of series {@code index}, cycling through {@link #SERIES}. */
    public static Color series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }

    /**
     * Colour of a rack by its power use (power / limit): green at 0, yellow at 0.7, red at 1,
     * {@link #OVERLOAD} above 1, {@link #NO_DATA} for NaN.
     */
    public static Color powerUse(double use) {
        if (Double.isNaN(use)) {
            return NO_DATA;
        }
        if (use > 1) {
            return OVERLOAD;
        }
        Color green = new Color(0x1A9850);
        Color yellow = new Color(0xFEE08B);
        Color red = new Color(0xD73027);
        double u = Math.max(0, use);
        return u <= 0.7 ? blend(green, yellow, u / 0.7) : blend(yellow, red, (u - 0.7) / 0.3);
    }

    private static Color blend(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
