package id.ppu.dukcapil.demo;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The outreach ("jemput bola") visits of the demo history, planned before any case is made:
 * the office's volumes, online uptake and waiting cases all depend on where the team went.
 * Visits run on Tuesdays and Thursdays in the outreach seasons, one district a day, a few
 * villages each, favouring villages that are hard to reach or far from the office.
 */
final class DemoOutreachPlan {

    /** Cap of people served on one visit day. */
    static final int DAILY_CAPACITY = 100;
    /** District of the first visit after the restart. */
    static final String FIRST_DISTRICT = "64.09.04";
    /** Mean cases a visit day yields at the default size of 150,000 cases. */
    private static final double MEAN_CASES_PER_VISIT = 28;
    /** Villages this close walk in to the office; the team does not drive there. */
    private static final double NEAR_OFFICE_KM = 10;

    /** One visit day: the villages covered and the cases registered in each. */
    record Visit(int day, String districtCode, int[] villages, int[] cases) {
        int total() {
            return Arrays.stream(cases).sum();
        }
    }

    private final Visit[] visitByDay;
    private final int[] indexByDay;
    private final List<Visit> visits;
    private final List<DemoVillage> villages;
    private final int[][] visitDaysByVillage;

    private DemoOutreachPlan(int days, List<Visit> visits, List<DemoVillage> villages) {
        int villageCount = villages.size();
        this.villages = List.copyOf(villages);
        this.visits = List.copyOf(visits);
        this.visitByDay = new Visit[days];
        this.indexByDay = new int[days];
        Arrays.fill(indexByDay, -1);
        for (int i = 0; i < visits.size(); i++) {
            indexByDay[visits.get(i).day()] = i;
        }
        List<List<Integer>> byVillage = new ArrayList<>();
        for (int i = 0; i < villageCount; i++) {
            byVillage.add(new ArrayList<>());
        }
        for (Visit v : visits) {
            visitByDay[v.day()] = v;
            for (int village : v.villages()) {
                byVillage.get(village).add(v.day());
            }
        }
        this.visitDaysByVillage = byVillage.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /**
     * Plans the visits of days {@code 0..days-1}; {@code scale} is the requested case count
     * relative to the default 150,000, so small test runs get proportionally small visits.
     */
    static DemoOutreachPlan plan(
            List<DemoVillage> villages, DemoCalendar calendar, int days, double scale, SplittableRandom rnd) {
        double[] need = new double[villages.size()];
        Map<String, List<DemoVillage>> byDistrict = new LinkedHashMap<>();
        for (DemoVillage v : villages) {
            need[v.index()] = v.distanceKm() < NEAR_OFFICE_KM
                    ? 0
                    : v.population() * (1 + v.distanceKm() / 25) * (v.hardToReach() ? 3 : 1) * (v.urban() ? 0.6 : 1);
            if (need[v.index()] > 0) {
                byDistrict
                        .computeIfAbsent(v.districtCode(), k -> new ArrayList<>())
                        .add(v);
            }
        }
        List<String> districts = new ArrayList<>(byDistrict.keySet());
        int[] lastDistrictVisit = new int[districts.size()];
        Arrays.fill(lastDistrictVisit, -1000);
        int[] lastVillageVisit = new int[villages.size()];
        Arrays.fill(lastVillageVisit, -1000);

        List<Visit> visits = new ArrayList<>();
        boolean newSeason = true;
        String previous = null;
        for (int day = 0; day < days && !districts.isEmpty(); day++) {
            if (!DemoCalendar.outreachSeason(day)) {
                newSeason = true;
                continue;
            }
            DayOfWeek dow = DemoCalendar.dayOfWeek(day);
            if ((dow != DayOfWeek.TUESDAY && dow != DayOfWeek.THURSDAY) || calendar.holiday(day)) {
                continue;
            }
            // Rain and washed-out roads cancel some visits, never the first of a season.
            if (!newSeason && rnd.nextDouble() < 0.07) {
                continue;
            }
            boolean firstEver = visits.isEmpty();
            int district = firstEver && districts.contains(FIRST_DISTRICT)
                    ? districts.indexOf(FIRST_DISTRICT)
                    : pickDistrict(districts, byDistrict, need, lastDistrictVisit, previous, day, rnd);
            List<DemoVillage> candidates = new ArrayList<>(byDistrict.get(districts.get(district)));
            int k = Math.min(candidates.size(), 2 + rnd.nextInt(3));
            int[] chosen = new int[k];
            double[] weights = new double[k];
            for (int i = 0; i < k; i++) {
                double[] w = new double[candidates.size()];
                for (int c = 0; c < w.length; c++) {
                    DemoVillage v = candidates.get(c);
                    w[c] = need[v.index()] * (day - lastVillageVisit[v.index()] < 56 ? 0.3 : 1);
                }
                DemoVillage v = candidates.remove(pick(w, rnd));
                chosen[i] = v.index();
                weights[i] = need[v.index()];
            }
            double mean = MEAN_CASES_PER_VISIT * scale * Math.exp(0.35 * rnd.nextGaussian()) * (newSeason ? 1.8 : 1);
            int total = (int) Math.min(DAILY_CAPACITY, Math.floor(mean + rnd.nextDouble()));
            if (firstEver) {
                total = Math.max(1, total);
            }
            int[] cases = new int[k];
            for (int i = 0; i < total; i++) {
                cases[pick(weights, rnd)]++;
            }
            visits.add(new Visit(day, districts.get(district), chosen, cases));
            lastDistrictVisit[district] = day;
            for (int v : chosen) {
                lastVillageVisit[v] = day;
            }
            previous = districts.get(district);
            newSeason = false;
        }
        return new DemoOutreachPlan(days, visits, villages);
    }

    /** Districts not visited lately weigh more; the same district twice in a row is rare. */
    private static int pickDistrict(
            List<String> districts,
            Map<String, List<DemoVillage>> byDistrict,
            double[] need,
            int[] lastVisit,
            String previous,
            int day,
            SplittableRandom rnd) {
        double[] w = new double[districts.size()];
        for (int i = 0; i < w.length; i++) {
            double sum = byDistrict.get(districts.get(i)).stream()
                    .mapToDouble(v -> need[v.index()])
                    .sum();
            int since = day - lastVisit[i];
            w[i] = sum
                    * (since >= 28 ? 1 : 0.15 + 0.85 * since / 28.0)
                    * (districts.get(i).equals(previous) ? 0.1 : 1);
        }
        return pick(w, rnd);
    }

    static int pick(double[] weights, SplittableRandom rnd) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = rnd.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** The visit on {@code day}, or null. */
    Visit visitOn(int day) {
        return day >= 0 && day < visitByDay.length ? visitByDay[day] : null;
    }

    /** The position of the visit on {@code day} in {@link #visits()}, or -1. */
    int indexOn(int day) {
        return day >= 0 && day < indexByDay.length ? indexByDay[day] : -1;
    }

    /** A village by its index. */
    DemoVillage village(int index) {
        return villages.get(index);
    }

    /** The first visit day to {@code village} after {@code day}, or -1 if none is planned. */
    int nextVisitDay(int village, int day) {
        int[] daysOfVillage = visitDaysByVillage[village];
        int i = Arrays.binarySearch(daysOfVillage, day + 1);
        i = i >= 0 ? i : -i - 1;
        return i < daysOfVillage.length ? daysOfVillage[i] : -1;
    }

    List<Visit> visits() {
        return visits;
    }

    int totalCases() {
        return visits.stream().mapToInt(Visit::total).sum();
    }
}
