package id.ppu.dukcapil.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic coverage figures per village and semester from 2019 up to the last finished semester,
 * marked {@code synthetic}: residents obliged to hold an e-KTP are about 70 % of a village's people,
 * children 0-17 about 33 %. Every indicator rises over the years; rural villages start lower and
 * hard-to-reach ones lower still; IKD activation starts in 2023. Real figures already there are kept.
 */
final class DemoCoverage {

    static final String SOURCE = "Data sintetis (demo)";
    private static final int FIRST_YEAR = 2019;
    private static final double WAJIB_KTP_SHARE = 0.70;
    private static final double CHILD_SHARE = 0.33;

    private DemoCoverage() {}

    /** One indicator's model: coverage at the first semester (urban, rural), the rise per semester and its ceiling. */
    private record Model(
            String indicator,
            double eligibleShare,
            int firstYear,
            double urbanStart,
            double ruralStart,
            double urbanRise,
            double ruralRise,
            double ceiling) {}

    private static final List<Model> MODELS = List.of(
            new Model("EKTP", WAJIB_KTP_SHARE, FIRST_YEAR, 0.93, 0.84, 0.005, 0.008, 0.995),
            new Model("BIRTH_CERT", CHILD_SHARE, FIRST_YEAR, 0.80, 0.66, 0.012, 0.016, 0.97),
            new Model("KIA", CHILD_SHARE, FIRST_YEAR, 0.22, 0.10, 0.030, 0.025, 0.85),
            new Model("IKD", WAJIB_KTP_SHARE, 2023, 0.04, 0.01, 0.035, 0.020, 0.60));

    /** Writes the figures of every finished semester before {@code today}; returns the rows written. */
    static int write(Connection c, List<DemoVillage> villages, LocalDate today, SplittableRandom rnd)
            throws SQLException {
        int lastYear = today.getMonthValue() > 6 ? today.getYear() : today.getYear() - 1;
        int lastHalf = today.getMonthValue() > 6 ? 1 : 2;
        Timestamp now = Timestamp.valueOf(today.atStartOfDay());
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                insert into coverage_figure (village_code, semester, indicator, holders, eligible, synthetic, source, imported_at)
                values (?, ?, ?, ?, ?, true, ?, ?) on conflict (village_code, semester, indicator) do nothing""")) {
            for (DemoVillage v : villages) {
                // A village's own offset, the same in every semester: some villages simply do better.
                double offset = 0.02 * rnd.nextGaussian() - (v.hardToReach() ? 0.05 : 0);
                for (Model m : MODELS) {
                    int eligible = (int) Math.round(v.population() * m.eligibleShare());
                    int step = 0;
                    for (int year = FIRST_YEAR; year <= lastYear; year++) {
                        for (int half = 1; half <= 2; half++) {
                            if (year == lastYear && half > lastHalf) {
                                break;
                            }
                            if (year < m.firstYear()) {
                                continue;
                            }
                            double start = v.urban() ? m.urbanStart() : m.ruralStart();
                            double rise = v.urban() ? m.urbanRise() : m.ruralRise();
                            double share = start + rise * step + offset + 0.006 * rnd.nextGaussian();
                            share = Math.max(0, Math.min(m.ceiling(), share));
                            step++;
                            ps.setString(1, v.code());
                            ps.setString(2, year + "-" + half);
                            ps.setString(3, m.indicator());
                            ps.setInt(4, (int) Math.floor(share * eligible));
                            ps.setInt(5, eligible);
                            ps.setString(6, SOURCE);
                            ps.setTimestamp(7, now);
                            ps.addBatch();
                            rows++;
                        }
                    }
                }
            }
            ps.executeBatch();
        }
        return rows;
    }
}
