package dev.hallplan.app.designer;

import javafx.scene.paint.Color;

/**
 * The floor's colour scale, safe for the common colour-vision deficiencies: a single-hue blue ramp
 * (ColorBrewer "Blues", light = little, dark = near the limit) and, for a rack over its limit, the
 * Okabe–Ito vermillion plus a warning symbol, so the mark never rests on colour alone.
 */
final class OverlayColours {
    static final Color OVER = Color.web("#d55e00");
    static final Color UNKNOWN = Color.web("#c7c7c7");
    static final Color EMPTY = Color.web("#ffffff");
    private static final Color[] RAMP = {
        Color.web("#eff3ff"), Color.web("#c6dbef"), Color.web("#9ecae1"), Color.web("#6baed6"),
        Color.web("#3182bd"), Color.web("#08519c")};

    private OverlayColours() {
    }

    /** The fill for {@code share} (0..1 on the ramp, clamped), vermillion when {@code over}, grey when NaN. */
    static Color fill(double share, boolean over) {
        if (over) {
            return OVER;
        }
        if (Double.isNaN(share)) {
            return UNKNOWN;
        }
        double t = Math.max(0, Math.min(1, share)) * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) Math.floor(t));
        return RAMP[i].interpolate(RAMP[i + 1], t - i);
    }

    /** Black or white, whichever reads on {@code fill}. */
    static Color textOn(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance > 0.55 ? Color.web("#1f2328") : Color.WHITE;
    }
}
