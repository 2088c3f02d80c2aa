package id.ppu.dukcapil.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Proposes the next visits. Visit days are the requested weekdays in the period, minus public
 * holidays and days that already have a visit. Each day goes to the district of the
 * highest-priority village on that day and covers that district's villages in priority order
 * while their expected turnout fits the day's capacity (a village expected to fill the day on
 * its own gets the day to itself). Once a village is planned, its waiting demand is taken as
 * served and its last visit moves to that day, so the next day's ranking spreads the plan.
 *
 * <p>A village's expected turnout is its waiting in-person cases plus its population times the
 * turnout per 1,000 residents seen on past visits.
 */
public final class SchedulePlanner {

    /** An existing (planned or done) visit in or before the period: its day is taken, its villages count as visited. */
    public record BookedVisit(LocalDate date, List<String> villageCodes) {}

    private final PriorityModel model;
    private final double turnoutPer1000;

    public SchedulePlanner(PriorityModel model, double turnoutPer1000) {
        this.model = model;
        this.turnoutPer1000 = turnoutPer1000;
    }

    /** The proposed visits of the request's period, in date order. */
    public List<ProposedVisit> propose(
            PlanRequest request, List<VillageFacts> villages, Set<LocalDate> holidays, List<BookedVisit> booked) {
        Map<String, VillageFacts> state = new HashMap<>();
        villages.forEach(v -> state.put(v.code(), v));
        TreeMap<LocalDate, List<String>> bookedByDay = new TreeMap<>();
        booked.forEach(b ->
                bookedByDay.computeIfAbsent(b.date(), d -> new ArrayList<>()).addAll(b.villageCodes()));

        List<ProposedVisit> plan = new ArrayList<>();
        for (LocalDate day = request.start(); !day.isAfter(request.end()); day = day.plusDays(1)) {
            applyBookedBefore(day, bookedByDay, state);
            if (!request.weekdays().contains(day.getDayOfWeek())
                    || holidays.contains(day)
                    || bookedByDay.containsKey(day)) {
                continue;
            }
            List<VillageFacts> current =
                    villages.stream().map(v -> state.get(v.code())).toList();
            List<VillagePriority> ranking = model.rank(current, day, request.excluded()).stream()
                    .filter(p -> !p.excluded())
                    .toList();
            if (ranking.isEmpty()) {
                break;
            }
            ProposedVisit visit = planDay(day, ranking, request);
            plan.add(visit);
            visit.stops()
                    .forEach(s -> state.put(
                            s.villageCode(), state.get(s.villageCode()).visitedOn(visit.date())));
        }
        return plan;
    }

    private ProposedVisit planDay(LocalDate day, List<VillagePriority> ranking, PlanRequest request) {
        String district = ranking.get(0).village().districtCode();
        List<ProposedVisit.Stop> stops = new ArrayList<>();
        int total = 0;
        for (VillagePriority p : ranking) {
            if (stops.size() == request.maxVillagesPerDay() || total >= request.capacity()) {
                break;
            }
            if (!p.village().districtCode().equals(district)) {
                continue;
            }
            int expected = expectedTurnout(p.village());
            if (stops.isEmpty() || total + expected <= request.capacity()) {
                stops.add(new ProposedVisit.Stop(
                        p.village().code(),
                        p.village().name(),
                        p.score(),
                        p.village().waitingInPerson(),
                        Math.min(expected, request.capacity())));
                total += expected;
            }
        }
        return new ProposedVisit(
                day,
                district,
                ranking.get(0).village().districtName(),
                stops,
                Math.min(total, request.capacity()),
                request.capacity());
    }

    /** Waiting in-person cases plus the usual turnout of a village of this size. */
    public int expectedTurnout(VillageFacts v) {
        return expectedTurnout(v, turnoutPer1000);
    }

    /** Waiting in-person cases plus {@code turnoutPer1000} people per 1,000 residents. */
    public static int expectedTurnout(VillageFacts v, double turnoutPer1000) {
        return v.waitingInPerson() + (int) Math.round(v.population() * turnoutPer1000 / 1000);
    }

    private static void applyBookedBefore(
            LocalDate day, TreeMap<LocalDate, List<String>> bookedByDay, Map<String, VillageFacts> state) {
        bookedByDay
                .headMap(day, false)
                .forEach((date, codes) -> codes.forEach(code -> {
                    VillageFacts v = state.get(code);
                    if (v != null && (v.lastVisit() == null || v.lastVisit().isBefore(date))) {
                        state.put(code, v.visitedOn(date));
                    }
                }));
    }
}
