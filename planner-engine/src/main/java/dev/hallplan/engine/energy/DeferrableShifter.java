package dev.hallplan.engine.energy;

/**
 * Moves deferrable IT work within each day from hours without surplus renewables into hours with
 * surplus (docs/energy-model.md, "Deferrable work"). Per day: a receiving hour has surplus
 * renewables after its own facility load and may take IT load up to the smaller of its spare
 * capacity and surplus / PUE; a donor hour has no surplus and gives up its deferrable load.
 * Donors are emptied dirtiest first (highest grid carbon, then highest tariff); receivers are
 * filled in hour order. Energy moves only within a day, earlier or later, and is conserved.
 */
public final class DeferrableShifter {
    private DeferrableShifter() {
    }

    /** The shifted deferrable load and how much energy moved. */
    public record Shift(double[] itDeferrableWatts, double energyMovedJoules) {
    }

    /**
     * @param firmWatts        IT load that stays put, per hour (length a multiple of 24)
     * @param deferrableWatts  deferrable IT load per hour before shifting (not modified)
     * @param spareItWatts     extra IT load each hour can take
     * @param renewableWatts   renewable generation per hour
     * @param carbonGramsPerKwh grid carbon per hour (orders donors)
     * @param tariffUsdPerMwh  grid price per hour (breaks carbon ties)
     */
    public static Shift shift(double[] firmWatts, double[] deferrableWatts, double[] spareItWatts,
                              double[] renewableWatts, PueFunction pue,
                              double[] carbonGramsPerKwh, double[] tariffUsdPerMwh) {
        int n = firmWatts.length;
        if (n % 24 != 0 || deferrableWatts.length != n || spareItWatts.length != n || renewableWatts.length != n
                || carbonGramsPerKwh.length != n || tariffUsdPerMwh.length != n) {
            throw new IllegalArgumentException("shifting needs whole days and equal-length arrays, had " + n + " hours");
        }
        double[] shifted = deferrableWatts.clone();
        double[] receive = new double[24];
        double[] give = new double[24];
        int[] donorOrder = new int[24];
        double movedWattHours = 0;
        for (int day = 0; day < n / 24; day++) {
            int base = day * 24;
            double totalReceive = 0;
            double totalGive = 0;
            for (int k = 0; k < 24; k++) {
                int h = base + k;
                double it = firmWatts[h] + shifted[h];
                double p = pue.pue(h, it);
                double surplus = renewableWatts[h] - it * p;
                if (surplus > 0) {
                    receive[k] = Math.max(0, Math.min(spareItWatts[h], surplus / p));
                    give[k] = 0;
                } else {
                    receive[k] = 0;
                    give[k] = shifted[h];
                }
                totalReceive += receive[k];
                totalGive += give[k];
            }
            double toMove = Math.min(totalReceive, totalGive);
            if (toMove <= 0) {
                continue;
            }
            sortDirtiestFirst(base, donorOrder, carbonGramsPerKwh, tariffUsdPerMwh);
            double left = toMove;
            for (int i = 0; i < 24 && left > 0; i++) {
                int k = donorOrder[i];
                double take = Math.min(give[k], left);
                shifted[base + k] -= take;
                left -= take;
            }
            left = toMove;
            for (int k = 0; k < 24 && left > 0; k++) {
                double put = Math.min(receive[k], left);
                shifted[base + k] += put;
                left -= put;
            }
            movedWattHours += toMove;
        }
        return new Shift(shifted, movedWattHours * YearCalendar.SECONDS_PER_HOUR);
    }

    /** Insertion sort of the day's 24 hours by carbon, then tariff, both descending. */
    private static void sortDirtiestFirst(int base, int[] order, double[] carbon, double[] tariff) {
        for (int k = 0; k < 24; k++) {
            int j = k;
            while (j > 0 && dirtier(base + k, base + order[j - 1], carbon, tariff)) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = k;
        }
    }

    private static boolean dirtier(int a, int b, double[] carbon, double[] tariff) {
        return carbon[a] > carbon[b] || (carbon[a] == carbon[b] && tariff[a] > tariff[b]);
    }
}
