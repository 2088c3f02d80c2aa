package id.ppu.dukcapil.outreach;

import java.time.LocalDate;

/** Hand-made village facts for the scoring and scheduling tests. */
final class Villages {

    /** 10,000 residents, 1,000 requests (100 per 1,000), 40% online, farthest village 80 km away. */
    static final RegencyFacts REGENCY = new RegencyFacts(10_000, 1_000, 400, 80);

    private Villages() {}

    static VillageFacts village(
            String code,
            String district,
            int population,
            double distanceKm,
            boolean hard,
            int cases,
            int online,
            int completed,
            int waiting,
            LocalDate lastVisit) {
        return new VillageFacts(
                code,
                "Desa " + code,
                district,
                "Kec " + district,
                population,
                distanceKm,
                hard,
                cases,
                online,
                completed,
                waiting,
                lastVisit,
                null);
    }

    /** A village whose factors are all alike: only its code, district and waiting cases differ. */
    static VillageFacts plain(String code, String district, int waiting) {
        return village(code, district, 1000, 40, false, 100, 40, 100, waiting, null);
    }
}
