package id.ppu.dukcapil.outreach;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts behind "did it help?" in one statement. Daily request counts per village become
 * running totals over a dense calendar, so each window's count is the difference of two running
 * totals looked up by (village, day): no join of every visit with every day, and no self-join
 * of the running totals (which the planner would join on the village alone).
 */
@Component
class EffectQueries {

    private static final String SQL = """
            with evaluable as (
                select id, visit_date from outreach_visit where status = 'DONE' and visit_date <= :last),
            touched as (
                select distinct e.id as visit_id, vv.village_code
                from evaluable e
                join outreach_visit ov on ov.status = 'DONE' and ov.visit_date between e.visit_date - 90 and e.visit_date + 90
                join outreach_visit_village vv on vv.visit_id = ov.id),
            groups as (
                select vv.visit_id, vv.village_code, true as visited
                from outreach_visit_village vv join evaluable e on e.id = vv.visit_id
                union all
                select e.id, v.code, false
                from evaluable e cross join village v
                where not exists (select 1 from touched t where t.visit_id = e.id and t.village_code = v.code)),
            -- Requests residents made on their own: cases registered by the team on a visit are left out.
            daily as (
                select c.village_code, analytics_day(c.submitted_at) as day,
                       count(*) filter (where channel_is_online(c.channel)) as online, count(*) as total
                from service_case c
                where c.status <> 'MERGED' and c.village_code is not null and c.channel <> 'OUTREACH'
                  and c.submitted_at >= :fromTs and c.submitted_at < :toTs
                group by 1, 2),
            calendar as (
                select v.code as village_code, cast(:fromDay as date) + i as day
                from village v cross join generate_series(0, cast(:toDay as date) - cast(:fromDay as date)) as i),
            cum as (
                select k.village_code, k.day,
                       sum(coalesce(d.online, 0)) over w as online, sum(coalesce(d.total, 0)) over w as total
                from calendar k left join daily d on d.village_code = k.village_code and d.day = k.day
                window w as (partition by k.village_code order by k.day)),
            -- Four running totals per visit and village: before = cum(t-1) - cum(t-91), after = cum(t+90) - cum(t).
            probes as (
                select g.visit_id, g.visited, g.village_code, p.day, p.before_sign, p.after_sign
                from groups g
                join evaluable e on e.id = g.visit_id
                cross join lateral (values (e.visit_date - 91, -1, 0), (e.visit_date - 1, 1, 0),
                                           (e.visit_date, 0, -1), (e.visit_date + 90, 0, 1)) as p(day, before_sign, after_sign)),
            windows as (
                select p.visit_id, p.visited,
                       sum(k.online * p.before_sign) as online_before, sum(k.total * p.before_sign) as total_before,
                       sum(k.online * p.after_sign) as online_after, sum(k.total * p.after_sign) as total_after
                from probes p join cum k on k.village_code = p.village_code and k.day = p.day
                group by p.visit_id, p.visited)
            select ov.id, ov.visit_date, d.name as district_name, w.visited,
                   w.online_before, w.total_before, w.online_after, w.total_after,
                   array(select v.name from outreach_visit_village vv join village v on v.code = vv.village_code
                         where vv.visit_id = ov.id order by v.name) as villages
            from windows w
            join outreach_visit ov on ov.id = w.visit_id
            join district d on d.code = ov.district_code
            order by ov.visit_date, ov.id, w.visited
            """;

    private final JdbcClient jdbc;

    EffectQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Done visits and how many of them are 90 days old by {@code today}. */
    int[] doneAndEvaluable(LocalDate lastEvaluable) {
        return jdbc.sql("""
                select count(*) as done, count(*) filter (where visit_date <= :last) as evaluable
                from outreach_visit where status = 'DONE'
                """)
                .param("last", Date.valueOf(lastEvaluable))
                .query((rs, i) -> new int[] {rs.getInt("done"), rs.getInt("evaluable")})
                .single();
    }

    /** Every done visit on or before {@code lastEvaluable} with its four windows' counts, by date. */
    List<VisitEffect> effects(LocalDate lastEvaluable) {
        LocalDate first = jdbc.sql(
                        "select min(visit_date) from outreach_visit where status = 'DONE' and visit_date <= :last")
                .param("last", Date.valueOf(lastEvaluable))
                .query(Date.class)
                .optional()
                .map(Date::toLocalDate)
                .orElse(null);
        if (first == null) {
            return List.of();
        }
        LocalDate fromDay = first.minusDays(91);
        LocalDate toDay = lastEvaluable.plusDays(90);
        Map<Long, Builder> byVisit = new LinkedHashMap<>();
        // The planner overestimates the running totals' rows by far, which triggers JIT compilation
        // that costs more (about a second) than the query itself; off for this transaction only.
        jdbc.sql("set local jit = off").update();
        jdbc.sql(SQL)
                .param("last", Date.valueOf(lastEvaluable))
                .param("fromDay", Date.valueOf(fromDay))
                .param("toDay", Date.valueOf(toDay))
                .param("fromTs", OutreachQueries.startOf(fromDay))
                .param("toTs", OutreachQueries.startOf(toDay.plusDays(1)))
                .query(rs -> {
                    Builder b = byVisit.computeIfAbsent(rs.getLong("id"), id -> new Builder());
                    b.id = rs.getLong("id");
                    b.date = rs.getDate("visit_date").toLocalDate();
                    b.district = rs.getString("district_name");
                    b.villages = strings(rs.getArray("villages"));
                    VisitEffect.Counts before =
                            new VisitEffect.Counts(rs.getLong("online_before"), rs.getLong("total_before"));
                    VisitEffect.Counts after =
                            new VisitEffect.Counts(rs.getLong("online_after"), rs.getLong("total_after"));
                    if (rs.getBoolean("visited")) {
                        b.visitedBefore = before;
                        b.visitedAfter = after;
                    } else {
                        b.comparisonBefore = before;
                        b.comparisonAfter = after;
                    }
                });
        return byVisit.values().stream().map(Builder::build).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    private static final class Builder {
        private static final VisitEffect.Counts NONE = new VisitEffect.Counts(0, 0);
        long id;
        LocalDate date;
        String district;
        List<String> villages = List.of();
        VisitEffect.Counts visitedBefore = NONE;
        VisitEffect.Counts visitedAfter = NONE;
        VisitEffect.Counts comparisonBefore = NONE;
        VisitEffect.Counts comparisonAfter = NONE;

        VisitEffect build() {
            return new VisitEffect(
                    id, date, district, villages, visitedBefore, visitedAfter, comparisonBefore, comparisonAfter);
        }
    }
}
