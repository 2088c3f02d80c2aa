package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.cases.ServiceType;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outreach feature's SQL: village facts and regency totals aggregated in one statement,
 * visit lists, and the turnout of past visits. Dates are WITA calendar days.
 */
@Component
class OutreachQueries {

    /** Village facts at a date, with the regency's totals as window aggregates over the same rows. */
    private static final String FACTS = """
            with win as (
                select c.village_code,
                       count(*) as cases,
                       count(*) filter (where channel_is_online(c.channel)) as online,
                       count(*) filter (where c.status = 'COMPLETED') as completed
                from service_case c
                where c.submitted_at >= :from and c.submitted_at < :to
                  and c.status <> 'MERGED' and c.village_code is not null
                group by c.village_code),
            waiting as (
                select c.village_code, count(*) as n
                from service_case c
                where c.status = 'WAITING_IN_PERSON' and c.submitted_at < :to and c.village_code is not null
                group by c.village_code),
            last_done as (
                select vv.village_code, max(ov.visit_date) as d
                from outreach_visit_village vv join outreach_visit ov on ov.id = vv.visit_id
                where ov.status = 'DONE' and ov.visit_date <= :date
                group by vv.village_code),
            next_planned as (
                select vv.village_code, min(ov.visit_date) as d
                from outreach_visit_village vv join outreach_visit ov on ov.id = vv.visit_id
                where ov.status = 'PLANNED' and ov.visit_date >= :date
                group by vv.village_code)
            select v.code, v.name, v.district_code, d.name as district_name, v.population, v.distance_km, v.hard_to_reach,
                   coalesce(w.cases, 0) as cases, coalesce(w.online, 0) as online, coalesce(w.completed, 0) as completed,
                   coalesce(wt.n, 0) as waiting, ld.d as last_visit, np.d as next_visit,
                   sum(v.population) over () as regency_population,
                   sum(coalesce(w.cases, 0)) over () as regency_cases,
                   sum(coalesce(w.online, 0)) over () as regency_online,
                   max(v.distance_km) over () as max_distance
            from village v
            join district d on d.code = v.district_code
            left join win w on w.village_code = v.code
            left join waiting wt on wt.village_code = v.code
            left join last_done ld on ld.village_code = v.code
            left join next_planned np on np.village_code = v.code
            order by v.code
            """;

    private static final String VISITS = """
            select ov.id, ov.visit_date, ov.district_code, d.name as district_name, ov.status, ov.capacity,
                   ov.taught_online, ov.version,
                   array(select v.name from outreach_visit_village vv join village v on v.code = vv.village_code
                         where vv.visit_id = ov.id order by vv.expected_turnout desc, v.name) as villages,
                   (select coalesce(sum(vv.expected_turnout), 0) from outreach_visit_village vv where vv.visit_id = ov.id) as expected,
                   (select coalesce(sum(s.served), 0) from outreach_visit_served s where s.visit_id = ov.id) as served
            from outreach_visit ov join district d on d.code = ov.district_code
            where ov.visit_date between :from and :to and (cast(:district as text) is null or ov.district_code = :district)
            order by ov.visit_date, ov.id
            """;

    /** The facts and the regency totals at one date. */
    record Facts(List<VillageFacts> villages, RegencyFacts regency) {}

    private final JdbcClient jdbc;

    OutreachQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every village's facts at {@code date}: the 12 months ending that day, visits up to it. */
    Facts factsAt(LocalDate date) {
        long[] regency = new long[3];
        double[] maxDistance = new double[1];
        List<VillageFacts> villages = jdbc.sql(FACTS)
                .param("from", startOf(date.plusDays(1).minusYears(1)))
                .param("to", startOf(date.plusDays(1)))
                .param("date", Date.valueOf(date))
                .query((rs, i) -> {
                    regency[0] = rs.getLong("regency_population");
                    regency[1] = rs.getLong("regency_cases");
                    regency[2] = rs.getLong("regency_online");
                    maxDistance[0] = rs.getDouble("max_distance");
                    return facts(rs);
                })
                .list();
        return new Facts(villages, new RegencyFacts(regency[0], regency[1], regency[2], maxDistance[0]));
    }

    /**
     * People served per 1,000 residents of the covered villages on the done visits of the two
     * years up to {@code date}, with the number of visits it rests on.
     */
    Turnout turnout(LocalDate date) {
        return jdbc.sql("""
                with done as (
                    select id from outreach_visit
                    where status = 'DONE' and visit_date <= :date and visit_date > :since)
                select (select count(*) from done) as visits,
                       (select coalesce(sum(s.served), 0) from outreach_visit_served s where s.visit_id in (select id from done)) as served,
                       (select coalesce(sum(v.population), 0) from outreach_visit_village vv join village v on v.code = vv.village_code
                        where vv.visit_id in (select id from done)) as population
                """)
                .param("date", Date.valueOf(date))
                .param("since", Date.valueOf(date.minusYears(2)))
                .query((rs, i) -> new Turnout(rs.getInt("visits"), rs.getLong("served"), rs.getLong("population")))
                .single();
    }

    /** Past visits' turnout: how many done visits, people served, residents of their villages. */
    record Turnout(int visits, long served, long population) {}

    /** Visits that are not cancelled from {@code from} on, with the villages they cover. */
    List<SchedulePlanner.BookedVisit> booked(LocalDate from) {
        return jdbc.sql("""
                select ov.visit_date, array(select vv.village_code from outreach_visit_village vv where vv.visit_id = ov.id) as villages
                from outreach_visit ov where ov.status <> 'CANCELLED' and ov.visit_date >= :from order by ov.visit_date
                """)
                .param("from", Date.valueOf(from))
                .query((rs, i) -> new SchedulePlanner.BookedVisit(
                        rs.getDate("visit_date").toLocalDate(), strings(rs.getArray("villages"))))
                .list();
    }

    /** Visits between two days (inclusive), optionally of one district, in date order. */
    List<VisitRow> visits(LocalDate from, LocalDate to, String districtCode) {
        return jdbc.sql(VISITS)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("district", districtCode)
                .query((rs, i) -> new VisitRow(
                        rs.getLong("id"),
                        rs.getDate("visit_date").toLocalDate(),
                        rs.getString("district_code"),
                        rs.getString("district_name"),
                        VisitStatus.valueOf(rs.getString("status")),
                        strings(rs.getArray("villages")),
                        rs.getInt("expected"),
                        rs.getInt("capacity"),
                        rs.getInt("served"),
                        (Integer) rs.getObject("taught_online"),
                        rs.getLong("version")))
                .list();
    }

    /**
     * The first PLANNED visit to a district between two days (inclusive) that covers the village,
     * else the first to the district at all; the district is the village's when none is given.
     */
    Optional<UpcomingVisit> nextPlanned(String districtCode, String villageCode, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select ov.id, ov.visit_date, d.name as district_name,
                       exists (select 1 from outreach_visit_village vv
                               where vv.visit_id = ov.id and vv.village_code = cast(:village as text)) as covers
                from outreach_visit ov join district d on d.code = ov.district_code
                where ov.status = 'PLANNED' and ov.visit_date between :from and :to
                  and ov.district_code = coalesce(cast(:district as text),
                                                  (select v.district_code from village v where v.code = cast(:village as text)))
                order by covers desc, ov.visit_date, ov.id
                limit 1
                """)
                .param("district", districtCode)
                .param("village", villageCode)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, i) -> new UpcomingVisit(
                        rs.getLong("id"),
                        rs.getDate("visit_date").toLocalDate(),
                        rs.getString("district_name"),
                        List.of(),
                        rs.getBoolean("covers")))
                .optional()
                .map(v -> new UpcomingVisit(
                        v.id(),
                        v.date(),
                        v.districtName(),
                        jdbc.sql("""
                                select v.name, v.kind from outreach_visit_village vv join village v on v.code = vv.village_code
                                where vv.visit_id = :id
                                order by (v.code = cast(:village as text)) is true desc, vv.expected_turnout desc, v.name
                                """)
                                .param("id", v.id())
                                .param("village", villageCode)
                                .query((rs, i) -> new UpcomingVisit.Village(
                                        rs.getString("name"),
                                        rs.getString("kind").equals("KELURAHAN")))
                                .list(),
                        v.coversResidentsVillage()));
    }

    /** The covered villages of a visit with their names, largest expected turnout first. */
    List<VisitDetails.Village> coveredVillages(long visitId) {
        return jdbc.sql("""
                select v.code, v.name, vv.expected_turnout from outreach_visit_village vv join village v on v.code = vv.village_code
                where vv.visit_id = :id order by vv.expected_turnout desc, v.name
                """)
                .param("id", visitId)
                .query((rs, i) -> new VisitDetails.Village(
                        rs.getString("code"), rs.getString("name"), rs.getInt("expected_turnout")))
                .list();
    }

    /** Cases registered during a visit, per service. */
    Map<ServiceType, Integer> linkedCases(long visitId) {
        Map<ServiceType, Integer> counts = new EnumMap<>(ServiceType.class);
        jdbc.sql("""
                select service_type, count(*) as n from service_case
                where outreach_visit_id = :id and status <> 'MERGED' group by service_type
                """).param("id", visitId).query(rs -> {
            counts.put(ServiceType.valueOf(rs.getString("service_type")), rs.getInt("n"));
        });
        return counts;
    }

    Optional<PlannerSettings> savedSettings() {
        return jdbc.sql("select * from outreach_settings where id = 1")
                .query((rs, i) -> new PlannerSettings(
                        new Weights(
                                rs.getInt("weight_demand"),
                                rs.getInt("weight_adoption_gap"),
                                rs.getInt("weight_under_service"),
                                rs.getInt("weight_access"),
                                rs.getInt("weight_recency"),
                                rs.getInt("weight_coverage_gap")),
                        new Thresholds(rs.getInt("access_good_pct"), rs.getInt("utilisation_good_pct")),
                        true,
                        false,
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    void saveSettings(Weights w, Thresholds t, String who, java.time.Instant now) {
        jdbc.sql("""
                insert into outreach_settings (id, weight_demand, weight_adoption_gap, weight_under_service, weight_access,
                    weight_recency, weight_coverage_gap, access_good_pct, utilisation_good_pct, updated_by, updated_at)
                values (1, :d, :g, :u, :a, :r, :c, :ag, :ug, :who, :now)
                on conflict (id) do update set weight_demand = excluded.weight_demand,
                    weight_adoption_gap = excluded.weight_adoption_gap, weight_under_service = excluded.weight_under_service,
                    weight_access = excluded.weight_access, weight_recency = excluded.weight_recency,
                    weight_coverage_gap = excluded.weight_coverage_gap,
                    access_good_pct = excluded.access_good_pct, utilisation_good_pct = excluded.utilisation_good_pct,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """)
                .param("d", w.demand())
                .param("g", w.adoptionGap())
                .param("u", w.underService())
                .param("a", w.access())
                .param("r", w.recency())
                .param("c", w.coverageGap())
                .param("ag", t.accessGoodPct())
                .param("ug", t.utilisationGoodPct())
                .param("who", who)
                .param("now", Timestamp.from(now))
                .update();
    }

    void deleteSettings() {
        jdbc.sql("delete from outreach_settings where id = 1").update();
    }

    static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(Wita.ZONE).toInstant());
    }

    private static VillageFacts facts(ResultSet rs) throws SQLException {
        Date last = rs.getDate("last_visit");
        Date next = rs.getDate("next_visit");
        return new VillageFacts(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("district_code"),
                rs.getString("district_name"),
                rs.getInt("population"),
                rs.getDouble("distance_km"),
                rs.getBoolean("hard_to_reach"),
                rs.getInt("cases"),
                rs.getInt("online"),
                rs.getInt("completed"),
                rs.getInt("waiting"),
                last == null ? null : last.toLocalDate(),
                next == null ? null : next.toLocalDate());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
