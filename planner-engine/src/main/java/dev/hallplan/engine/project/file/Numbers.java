package dev.hallplan.engine.project.file;

import java.math.BigDecimal;

/** Numbers in validation messages: whole numbers as written, others short, very large or small ones in powers of ten. */
final class Numbers {
    private Numbers() {
    }

    static String text(double v, String unit) {
        String n;
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            n = Long.toString((long) v);
        } else if (Math.abs(v) >= 1e7 || (v != 0 && Math.abs(v) < 1e-3)) {
            n = new BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toString().replace("E+", "e").replace("E", "e");
        } else {
            n = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        }
        return unit.isEmpty() ? n : n + " " + unit;
    }
}
