package id.ppu.dukcapil.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accepted outreach plan of the coming four weeks, as the planner would have proposed and
 * accepted it: PLANNED visits on the Tuesdays and Thursdays after today (public holidays and days
 * already booked left free), each in the district whose far-off and hard-to-reach villages have
 * waited longest, up to four villages a day within one visit's capacity of 100 people. So the
 * visit calendar and the planner's map have something ahead of them on the first start.
 */
final class DemoUpcomingPlan {

    static final int WEEKS = 4;
    private static final int CAPACITY = 100;
    private static final int MAX_VILLAGES = 4;
    private static final double TURNOUT_PER_1000 = 10;
    private static final double NEAR_OFFICE_KM = 10;

    private DemoUpcomingPlan() {}

    /** Writes the planned visits from the day after {@code today}; returns how many were written. */
    static int write(Connection c, List<DemoVillage> villages, DemoOutreachPlan history, LocalDate today)
            throws SQLException {
        LocalDate first = today.plusDays(1);
        LocalDate last = today.plusWeeks(WEEKS);
        Set<LocalDate> blocked = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select day from public_holiday where day between ? and ?
                union select visit_date from outreach_visit where status <> 'CANCELLED' and visit_date between ? and ?""")) {
            ps.setDate(1, Date.valueOf(first));
            ps.setDate(2, Date.valueOf(last));
            ps.setDate(3, Date.valueOf(first));
            ps.setDate(4, Date.valueOf(last));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    blocked.add(rs.getDate(1).toLocalDate());
                }
            }
        }
        // The last visit of each village in the history: long-unvisited villages come first.
        LocalDate[] lastVisit = new LocalDate[villages.size()];
        for (DemoOutreachPlan.Visit v : history.visits()) {
            for (int village : v.villages()) {
                lastVisit[village] = DemoCalendar.date(v.day());
            }
        }
        Map<String, List<DemoVillage>> byDistrict = new LinkedHashMap<>();
        for (DemoVillage v : villages) {
            if (v.distanceKm() >= NEAR_OFFICE_KM) {
                byDistrict
                        .computeIfAbsent(v.districtCode(), k -> new ArrayList<>())
                        .add(v);
            }
        }
        if (byDistrict.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.valueOf(today.atTime(9, 0));
        int written = 0;
        try (PreparedStatement visit = c.prepareStatement("""
                        insert into outreach_visit (visit_date, district_code, status, capacity, note,
                            created_by, created_at, updated_by, updated_at, version)
                        values (?, ?, 'PLANNED', ?, null, 'perencana', ?, 'perencana', ?, 0)""", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement stop = c.prepareStatement(
                        "insert into outreach_visit_village (visit_id, village_code, expected_turnout) values (?, ?, ?)")) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                DayOfWeek dow = day.getDayOfWeek();
                if ((dow != DayOfWeek.TUESDAY && dow != DayOfWeek.THURSDAY) || blocked.contains(day)) {
                    continue;
                }
                LocalDate d = day;
                Comparator<DemoVillage> byPriority =
                        Comparator.comparingDouble(v -> -priority(v, lastVisit[v.index()], d));
                String district = byDistrict.values().stream()
                        .map(vs -> vs.stream().min(byPriority).orElseThrow())
                        .min(byPriority)
                        .orElseThrow()
                        .districtCode();
                List<DemoVillage> ranked =
                        byDistrict.get(district).stream().sorted(byPriority).toList();
                visit.setDate(1, Date.valueOf(day));
                visit.setString(2, district);
                visit.setInt(3, CAPACITY);
                visit.setTimestamp(4, now);
                visit.setTimestamp(5, now);
                visit.executeUpdate();
                long id;
                try (ResultSet keys = visit.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                int total = 0;
                int stops = 0;
                for (DemoVillage v : ranked) {
                    if (stops == MAX_VILLAGES || total >= CAPACITY) {
                        break;
                    }
                    int expected = Math.max(1, (int) Math.round(v.population() * TURNOUT_PER_1000 / 1000));
                    if (stops == 0 || total + expected <= CAPACITY) {
                        stop.setLong(1, id);
                        stop.setString(2, v.code());
                        stop.setInt(3, Math.min(expected, CAPACITY));
                        stop.addBatch();
                        total += expected;
                        stops++;
                        lastVisit[v.index()] = day;
                    }
                }
                written++;
            }
            stop.executeBatch();
        }
        return written;
    }

    /** Need of a village on {@code day}: its people, weighted by distance and access, growing with the time since its last visit. */
    private static double priority(DemoVillage v, LocalDate lastVisit, LocalDate day) {
        long since = lastVisit == null ? 365 : Math.min(365, day.toEpochDay() - lastVisit.toEpochDay());
        return v.population() * (1 + v.distanceKm() / 25) * (v.hardToReach() ? 3 : 1) * (v.urban() ? 0.6 : 1) * since;
    }
}
