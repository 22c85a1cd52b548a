package dev.hallplan.engine.project;

/**
 * A rack's power feeds.
 *
 * @param redundancy          N (one feed) or TWO_N (A and B, each able to carry the whole rack)
 * @param feedCapacityWatts   what one feed (its PDU and whip) can deliver
 * @param pduId               nullable: catalog id of the rack PDU on each feed
 */
public record PowerFeeds(Redundancy redundancy, double feedCapacityWatts, String pduId) {
    public PowerFeeds {
        if (redundancy == null) {
            redundancy = Redundancy.TWO_N;
        }
        if (redundancy == Redundancy.N_PLUS_1) {
            throw new IllegalArgumentException("rack feeds are N or TWO_N, not N_PLUS_1");
        }
        Checks.positive("feedCapacityWatts", feedCapacityWatts);
    }

    public int feedCount() {
        return redundancy == Redundancy.TWO_N ? 2 : 1;
    }
}
