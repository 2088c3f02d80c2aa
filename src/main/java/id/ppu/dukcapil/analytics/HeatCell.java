package id.ppu.dukcapil.analytics;

import java.time.LocalDate;

/** One district in one month: online and all requests. */
public record HeatCell(String districtCode, String districtName, LocalDate month, long online, long total) {

    /** Online share 0..1, or null in a month without requests. */
    public Double onlineShare() {
        return total == 0 ? null : (double) online / total;
    }
}
