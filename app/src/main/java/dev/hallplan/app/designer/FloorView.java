package dev.hallplan.app.designer;

/**
 * The floor's view transform: world metres to screen pixels ({@code x_screen = offsetX + x_m × scale}).
 * Zoom keeps the point under the cursor still; fit shows the whole hall.
 */
final class FloorView {
    static final double MIN_SCALE = 0.5;
    static final double MAX_SCALE = 400;
    double scale = 20;
    double offsetX;
    double offsetY;

    double sx(double meters) {
        return offsetX + meters * scale;
    }

    double sy(double meters) {
        return offsetY + meters * scale;
    }

    double wx(double pixels) {
        return (pixels - offsetX) / scale;
    }

    double wy(double pixels) {
        return (pixels - offsetY) / scale;
    }

    void zoomAt(double factor, double px, double py) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double wx = wx(px);
        double wy = wy(py);
        scale = next;
        offsetX = px - wx * scale;
        offsetY = py - wy * scale;
    }

    void panBy(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    /** Fits a {@code lengthMeters} × {@code depthMeters} floor into a {@code width} × {@code height} area from ({@code left}, {@code top}). */
    void fit(double lengthMeters, double depthMeters, double left, double top, double width, double height) {
        if (lengthMeters <= 0 || depthMeters <= 0 || width <= 0 || height <= 0) {
            return;
        }
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.min(width / lengthMeters, height / depthMeters)));
        offsetX = left + (width - lengthMeters * scale) / 2;
        offsetY = top + (height - depthMeters * scale) / 2;
    }

    /** A round length for a scale bar about {@code targetPixels} long: 1, 2 or 5 × 10^k metres. */
    double scaleBarMeters(double targetPixels) {
        double raw = targetPixels / scale;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= raw * 0.7) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
