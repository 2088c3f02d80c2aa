package id.ppu.dukcapil.analytics;

/** Age bands of open requests, in days since submission (WITA calendar days). */
public enum AgeBucket {
    UP_TO_7(0, 7),
    UP_TO_30(8, 30),
    UP_TO_90(31, 90),
    UP_TO_365(91, 365),
    OVER_365(366, Integer.MAX_VALUE);

    private final int minDays;
    private final int maxDays;

    AgeBucket(int minDays, int maxDays) {
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    public int minDays() {
        return minDays;
    }

    public int maxDays() {
        return maxDays;
    }

    public static AgeBucket of(long days) {
        for (AgeBucket b : values()) {
            if (days <= b.maxDays) {
                return b;
            }
        }
        return OVER_365;
    }
}
