package dev.hallplan.catalog;

/** Numeric formats an accelerator may execute; {@link #bits()} is the storage width of one value. */
public enum Precision {
    FP32(32), TF32(32), BF16(16), FP16(16), FP8(8), INT8(8), INT4(4), FP4(4);

    private final int bits;

    Precision(int bits) {
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    /** Bytes needed to store one value, e.g. 0.5 for FP4. */
    public double bytesPerValue() {
        return bits / 8.0;
    }
}
