package id.ppu.dukcapil.analytics;

/** Bands of open requests past their due date, in calendar days since the due date. */
public enum OverdueAge {
    UP_TO_7(1, 7),
    UP_TO_30(8, 30),
    UP_TO_90(31, 90),
    OVER_90(91, Integer.MAX_VALUE);

    private final int minDays;
    private final int maxDays;

    OverdueAge(int minDays, int maxDays) {
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    public int minDays() {
        return minDays;
    }

    public int maxDays() {
        return maxDays;
    }
}
