package dev.hallplan.engine.energy;

/**
 * A hall's hourly IT load for a year, derived from a plan (8760 values each, watts). The arrays
 * are owned by this object; callers must not change them.
 *
 * @param firmWatts              load that must run in its hour: non-deferrable demand, idle
 *                               replicas, unused servers, switches and storage
 * @param deferrableWatts        extra load of the deferrable share of demand
 * @param spareWatts             extra load the replicas of workloads with deferrable work could
 *                               still take each hour (at full capacity)
 * @param servedRequests         requests served over the year
 * @param unservedRequests       requests asked of this hall beyond its replicas' capacity over the year
 * @param outputTokens           output tokens generated over the year
 */
public record HallItLoad(
        double[] firmWatts,
        double[] deferrableWatts,
        double[] spareWatts,
        double servedRequests,
        double unservedRequests,
        double outputTokens) {

    public HallItLoad {
        YearCalendar.requireYear("firmWatts", firmWatts);
        YearCalendar.requireYear("deferrableWatts", deferrableWatts);
        YearCalendar.requireYear("spareWatts", spareWatts);
    }
}
