package dev.hallplan.engine.energy;

/**
 * A piecewise-linear function of load (power of a {@link ReplicaFill}, W, over requests per
 * second 0..total) evaluated through a grid, so one evaluation is a handful of loads from one
 * cache line and at most one well-predicted branch, whatever the number of pieces.
 *
 * <p>The function has breakpoints {@code b_0 <= b_1 <= ... <= b_{n-1}} and pieces
 * {@code s = 0..n}: piece s covers x in (b_{s-1}, b_s] (piece 0: x &lt;= b_0; piece n:
 * x &gt; b_{n-1}) and is {@code base_s + slope_s (x - start_s)}. Intervals are closed on the
 * right, so a load exactly at a breakpoint belongs to the piece below it.
 *
 * <p>The range 0..total is cut into equal cells; cell(x) = (int) (x * cellsPerRequest). That
 * mapping is monotonic in x, so a breakpoint b with cell(b) &lt; cell(x) is &lt; x and one with
 * cell(b) &gt; cell(x) is &gt; x: only breakpoints in x's own cell need a comparison. Each cell stores
 * its one breakpoint (+infinity when it holds none; NaN when it holds several, which then takes a
 * binary search) and the coefficients of the pieces left and right of it, 8 doubles per cell.
 */
final class FillTable {
    private static final int STRIDE = 8; // split, base/slope/start left, base/slope/start right, unused
    private final double[] table;
    private final double cellsPerRequest;
    private final double[] breakpoints;
    private final double[] base;
    private final double[] slope;
    private final double[] start;

    /**
     * @param breakpoints  ascending, at least one, all within 0..total
     * @param base         per piece (breakpoints.length + 1 values), W
     * @param slope        per piece, W per req/s
     * @param start        per piece, req/s
     * @param total        the largest load, &gt; 0
     * @param cells        grid cells, &gt;= 1
     */
    FillTable(double[] breakpoints, double[] base, double[] slope, double[] start, double total, int cells) {
        this.breakpoints = breakpoints;
        this.base = base;
        this.slope = slope;
        this.start = start;
        cellsPerRequest = cells / total;
        int lastCell = cellOf(total); // loads never exceed total, so no cell beyond this one
        table = new double[(lastCell + 1) * STRIDE];
        int below = 0; // breakpoints in earlier cells: the piece at the start of this cell
        for (int c = 0; c <= lastCell; c++) {
            int inCell = 0;
            while (below + inCell < breakpoints.length && cellOf(breakpoints[below + inCell]) == c) {
                inCell++;
            }
            int i = c * STRIDE;
            table[i] = inCell == 0 ? Double.POSITIVE_INFINITY : inCell == 1 ? breakpoints[below] : Double.NaN;
            putPiece(i + 1, below);
            putPiece(i + 4, Math.min(below + 1, breakpoints.length));
            below += inCell;
        }
    }

    private int cellOf(double x) {
        return (int) (x * cellsPerRequest);
    }

    private void putPiece(int at, int piece) {
        table[at] = base[piece];
        table[at + 1] = slope[piece];
        table[at + 2] = start[piece];
    }

    /** The function at x, 0 &lt;= x &lt;= total. */
    double at(double x) {
        int i = cellOf(x) * STRIDE;
        double split = table[i];
        if (!(x <= split)) { // beyond the cell's breakpoint, or a cell with several (NaN)
            if (split != split) {
                return bySearch(x);
            }
            i += 3;
        }
        return table[i + 1] + table[i + 2] * (x - table[i + 3]);
    }

    /** The piece found by binary search: the number of breakpoints below x. */
    private double bySearch(double x) {
        int lo = 0;
        int hi = breakpoints.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (breakpoints[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return base[lo] + slope[lo] * (x - start[lo]);
    }
}
