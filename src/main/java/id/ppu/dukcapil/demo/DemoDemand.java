package id.ppu.dukcapil.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * How many online and walk-in requests each village sends on a given day, in relative units.
 * Demand follows population, growth and season; the online share follows a regency-wide uptake
 * curve, tilted per village by urbanity, district, remoteness and past outreach visits; walk-ins
 * fall with distance from the office and stop when the office is closed.
 */
final class DemoDemand {

    /** Regency-wide online share (outside outreach) at these dates, interpolated in between. */
    private static final Object[][] ONLINE_SHARE = {
        {LocalDate.of(2019, 1, 1), 0.02},
        {LocalDate.of(2019, 12, 31), 0.06},
        {LocalDate.of(2020, 3, 31), 0.08},
        {LocalDate.of(2021, 1, 31), 0.18},
        {LocalDate.of(2022, 1, 1), 0.27},
        {LocalDate.of(2023, 1, 1), 0.37},
        {LocalDate.of(2024, 1, 1), 0.47},
        {LocalDate.of(2025, 1, 1), 0.58},
        {LocalDate.of(2026, 1, 1), 0.65},
        {LocalDate.of(2027, 1, 1), 0.70},
    };
    /** Urban Penajam took to the online channels first; the rural districts lag. */
    private static final List<Object[]> DISTRICT_ONLINE_FACTOR = List.of(
            new Object[] {"64.09.01", 1.6}, new Object[] {"64.09.02", 0.8},
            new Object[] {"64.09.03", 0.7}, new Object[] {"64.09.04", 0.75});
    /**
     * Walk-ins per weekday, Monday first. Scaled so a week's walk-ins weigh as much as a week of
     * online requests: whoever would have come on Sunday comes another day, which keeps the
     * realised online share on the regency curve.
     */
    private static final double[] OFFICE_WEEK =
            scaleToWeek(new double[] {1.2, 1.05, 1.0, 1.0, 0.8, 0.4, 0}, new double[] {1, 1, 1, 1, 1, 0.75, 0.6});

    private static final double[] MONTH_FACTOR = {1.08, 1.0, 1.0, 0.97, 0.95, 1.0, 1.15, 1.05, 1.0, 1.0, 0.95, 0.85};
    /** Sepaku grows with the new capital (IKN) built on its land since mid-2022. */
    private static final String IKN_DISTRICT = "64.09.04";

    private static final int IKN_START = DemoCalendar.dayIndex(LocalDate.of(2022, 7, 1));

    private final List<DemoVillage> villages;
    private final DemoCalendar calendar;
    private final DemoOutreachPlan plan;
    private final double[] onlineTilt;
    private final double[] officeAccess;
    private final double[] anchorDays;
    private final double[] anchorOdds;
    private final int[] visitsSoFar;
    private int lastDay = -1;

    DemoDemand(List<DemoVillage> villages, DemoCalendar calendar, DemoOutreachPlan plan) {
        this.villages = villages;
        this.calendar = calendar;
        this.plan = plan;
        this.onlineTilt = new double[villages.size()];
        this.officeAccess = new double[villages.size()];
        this.visitsSoFar = new int[villages.size()];
        double logSum = 0;
        double popSum = 0;
        for (DemoVillage v : villages) {
            double districtFactor = DISTRICT_ONLINE_FACTOR.stream()
                    .filter(e -> e[0].equals(v.districtCode()))
                    .mapToDouble(e -> (double) e[1])
                    .findFirst()
                    .orElse(1.0);
            double tilt = districtFactor
                    * (v.urban() ? 1.25 : 0.85)
                    * (v.hardToReach() ? 0.55 : 1)
                    * Math.exp(-v.distanceKm() / 120);
            onlineTilt[v.index()] = tilt;
            officeAccess[v.index()] = 1 / (1 + v.distanceKm() / 40) * (v.hardToReach() ? 0.6 : 1);
            logSum += v.population() * Math.log(tilt);
            popSum += v.population();
        }
        // Normalise the tilts so the population-weighted uptake follows the regency curve.
        double mean = popSum > 0 ? Math.exp(logSum / popSum) : 1;
        double accessSum = villages.stream()
                .mapToDouble(v -> v.population() * officeAccess[v.index()])
                .sum();
        // Distance moves walk-ins from far villages to near ones without changing their total.
        double accessMean = popSum > 0 && accessSum > 0 ? accessSum / popSum : 1;
        for (int i = 0; i < onlineTilt.length; i++) {
            onlineTilt[i] /= mean;
            officeAccess[i] /= accessMean;
        }
        anchorDays = new double[ONLINE_SHARE.length];
        anchorOdds = new double[ONLINE_SHARE.length];
        for (int i = 0; i < ONLINE_SHARE.length; i++) {
            anchorDays[i] = DemoCalendar.dayIndex((LocalDate) ONLINE_SHARE[i][0]);
            double share = (double) ONLINE_SHARE[i][1];
            anchorOdds[i] = share / (1 - share);
        }
    }

    /**
     * Fills the per-village online and walk-in demand of {@code day}. Days must be asked in
     * increasing order: the effect of outreach visits accumulates as the history unfolds.
     */
    void weigh(int day, double[] online, double[] office) {
        for (int d = lastDay + 1; d < day; d++) {
            countVisit(d);
        }
        lastDay = Math.max(lastDay, day - 1);
        double odds = regencyOdds(day);
        boolean pandemic = DemoCalendar.pandemic(day);
        if (pandemic) {
            odds *= 2.5;
        }
        double season = MONTH_FACTOR[DemoCalendar.date(day).getMonthValue() - 1];
        double years = day / 365.25;
        double onlineDay = onlineDayFactor(day);
        double officeDay = calendar.officeOpen(day) ? officeDayFactor(day) * (pandemic ? 0.55 : 1) : 0;
        for (DemoVillage v : villages) {
            int i = v.index();
            double demand = v.population() * Math.pow(1.02, years) * season;
            if (v.districtCode().equals(IKN_DISTRICT) && day > IKN_START) {
                demand *= 1 + 0.08 * (day - IKN_START) / 365.25;
            }
            // Each visit teaches residents to use the online channels.
            double o = odds * onlineTilt[i] * (1 + 0.1 * Math.min(visitsSoFar[i], 5));
            double share = o / (1 + o);
            online[i] = demand * share * onlineDay;
            office[i] = demand * (1 - share) * officeAccess[i] * officeDay;
        }
    }

    private void countVisit(int day) {
        DemoOutreachPlan.Visit visit = plan.visitOn(day);
        if (visit != null) {
            for (int v : visit.villages()) {
                visitsSoFar[v]++;
            }
        }
    }

    private double regencyOdds(int day) {
        if (day <= anchorDays[0]) {
            return anchorOdds[0];
        }
        for (int i = 1; i < anchorDays.length; i++) {
            if (day <= anchorDays[i]) {
                double f = (day - anchorDays[i - 1]) / (anchorDays[i] - anchorDays[i - 1]);
                return anchorOdds[i - 1] + f * (anchorOdds[i] - anchorOdds[i - 1]);
            }
        }
        return anchorOdds[anchorOdds.length - 1];
    }

    private double onlineDayFactor(int day) {
        if (calendar.holiday(day)) {
            return 0.6;
        }
        return switch (DemoCalendar.dayOfWeek(day)) {
            case SATURDAY -> 0.75;
            case SUNDAY -> 0.6;
            default -> 1.0;
        };
    }

    private static double officeDayFactor(int day) {
        return OFFICE_WEEK[DemoCalendar.dayOfWeek(day).getValue() - 1];
    }

    private static double[] scaleToWeek(double[] office, double[] online) {
        double factor = Arrays.stream(online).sum() / Arrays.stream(office).sum();
        return Arrays.stream(office).map(f -> f * factor).toArray();
    }
}
