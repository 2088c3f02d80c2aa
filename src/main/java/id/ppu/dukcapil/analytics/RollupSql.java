package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.ServiceType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * SQL fragments over the rollups (see V4__analytics.sql). Each "rows" fragment yields the rollup
 * rows of a period: whole months from a month rollup, leftover days from the day rollup or, for
 * villages and turnaround (kept at month grain only), from the case table itself.
 */
final class RollupSql {

    /** The region key the rollups use: the empty code for a case without a region. */
    static final String CASE_DISTRICT = "coalesce(district_code, left(village_code, 8), '')";

    /** Sums of {@code cases} per channel, named web, app, whatsapp, office, outreach. */
    static final String CHANNEL_SUMS = Arrays.stream(Channel.values())
            .map(c -> "coalesce(sum(r.cases) filter (where r.channel = '" + c.name() + "'), 0) as "
                    + c.name().toLowerCase())
            .collect(Collectors.joining(", "));

    private RollupSql() {}

    /** Columns month, district_code, channel, service_type, status, cases. */
    static String districtRows(Period period, String district, ServiceType service, SqlParams p) {
        PeriodSplit s = PeriodSplit.of(period);
        String monthRows =
                "select month, district_code, channel, service_type, status, cases from case_rollup_month where "
                        + s.wholeMonths("month", p) + filters("district_code", district, service, p);
        if (!s.hasLeftoverDays()) {
            return monthRows;
        }
        return monthRows
                + " union all select date_trunc('month', day)::date, district_code, channel, service_type, status, cases"
                + " from case_rollup_day where " + s.leftoverDays("day", p)
                + filters("district_code", district, service, p);
    }

    /** Columns month, village_code, channel, service_type, status, cases. */
    static String villageRows(Period period, String district, ServiceType service, SqlParams p) {
        PeriodSplit s = PeriodSplit.of(period);
        String monthRows =
                "select month, village_code, channel, service_type, status, cases from case_rollup_village_month where "
                        + s.wholeMonths("month", p) + filters("left(village_code, 8)", district, service, p);
        if (!s.hasLeftoverDays()) {
            return monthRows;
        }
        return monthRows
                + " union all select date_trunc('month', analytics_day(submitted_at))::date, coalesce(village_code, ''),"
                + " channel, coalesce(service_type, ''), status, 1 from service_case where status <> 'MERGED' and "
                + s.leftoverTimes("submitted_at", p) + filters(CASE_DISTRICT, district, service, p);
    }

    /**
     * Turnaround histogram rows of the COMPLETED requests of a period: columns district_code,
     * channel, service_type, bucket, cases. Whole years come from the year histogram, other whole
     * months from the month histogram, leftover days from the case table.
     *
     * @param perDistrict false: the rows of one area, the district or (without one) the regency-wide
     *                    rows '*'; true: each district's own rows, to group by district
     */
    static String turnaroundRows(
            Period period, String district, ServiceType service, boolean perDistrict, SqlParams p) {
        PeriodSplit s = PeriodSplit.of(period);
        String area = perDistrict
                ? " and district_code <> '*'" + (district == null ? "" : " and district_code = " + p.bind(district))
                : " and district_code = " + p.bind(district == null ? "*" : district);
        String serviceFilter = filters(null, null, service, p);
        StringBuilder sql = new StringBuilder(
                "select district_code, channel, service_type, bucket, cases from case_turnaround_month" + " where "
                        + s.monthsOutsideYears("month", p) + area + serviceFilter);
        if (s.hasWholeYears()) {
            sql.append(
                            " union all select district_code, channel, service_type, bucket, cases from case_turnaround_year where ")
                    .append(s.wholeYears("year", p))
                    .append(area)
                    .append(serviceFilter);
        }
        if (s.hasLeftoverDays()) {
            sql.append(" union all select ")
                    .append(CASE_DISTRICT)
                    .append(", channel, service_type,")
                    .append(" analytics_bucket(submitted_at, completed_at), 1 from service_case")
                    .append(" where status = 'COMPLETED' and completed_at is not null and ")
                    .append(s.leftoverTimes("submitted_at", p))
                    .append(filters(CASE_DISTRICT, district, service, p));
        }
        return sql.toString();
    }

    /** Like {@link #turnaroundRows} for one area, by month: columns month, channel, service_type, bucket, cases. */
    static String monthlyTurnaroundRows(Period period, String district, ServiceType service, SqlParams p) {
        PeriodSplit s = PeriodSplit.of(period);
        String sql = "select month, channel, service_type, bucket, cases from case_turnaround_month where "
                + s.wholeMonths("month", p) + " and district_code = " + p.bind(district == null ? "*" : district)
                + filters(null, null, service, p);
        if (!s.hasLeftoverDays()) {
            return sql;
        }
        return sql + " union all select date_trunc('month', analytics_day(submitted_at))::date, channel, service_type,"
                + " analytics_bucket(submitted_at, completed_at), 1 from service_case"
                + " where status = 'COMPLETED' and completed_at is not null and " + s.leftoverTimes("submitted_at", p)
                + filters(CASE_DISTRICT, district, service, p);
    }

    /** Columns month, village_code, service_type, bucket, cases (COMPLETED requests only). */
    static String villageTurnaroundRows(Period period, String district, ServiceType service, SqlParams p) {
        PeriodSplit s = PeriodSplit.of(period);
        String monthRows =
                "select month, village_code, service_type, bucket, cases from case_turnaround_village_month where "
                        + s.wholeMonths("month", p) + filters("left(village_code, 8)", district, service, p);
        if (!s.hasLeftoverDays()) {
            return monthRows;
        }
        return monthRows
                + " union all select date_trunc('month', analytics_day(submitted_at))::date, coalesce(village_code, ''),"
                + " service_type, analytics_bucket(submitted_at, completed_at), 1 from service_case"
                + " where status = 'COMPLETED' and completed_at is not null and " + s.leftoverTimes("submitted_at", p)
                + filters(CASE_DISTRICT, district, service, p);
    }

    /**
     * Median and 90th percentile per group from a histogram with columns {@code keys}, bucket, n
     * (one row per group and bucket). Within a bucket the rank is interpolated on the log scale.
     * Yields {@code keys}, total, median_hours, p90_hours.
     */
    static String quantiles(String histogram, String keys) {
        return "with h as (" + histogram + "), c as (select " + keys + ", bucket, n,"
                + " sum(n) over (partition by " + keys + " order by bucket) - n as before,"
                + " sum(n) over (partition by " + keys + ") as total from h where n > 0)"
                + " select " + keys + ", total, " + quantile(0.5) + " as median_hours, " + quantile(0.9)
                + " as p90_hours"
                + " from c group by " + keys + ", total";
    }

    private static String quantile(double q) {
        String rank = q + " * total";
        return "max(exp((bucket + (" + rank + " - before) / n) / 10.0)) filter (where before < " + rank
                + " and before + n >= " + rank + ")";
    }

    /** A CASE expression naming the {@link AgeBucket} of a submission day {@code dayExpr} seen from {@code asOf}. */
    static String ageBucket(String dayExpr, LocalDate asOf, SqlParams p) {
        String age = "(" + p.bind(asOf) + "::date - " + dayExpr + ")";
        StringBuilder sql = new StringBuilder("case");
        for (AgeBucket b : AgeBucket.values()) {
            if (b != AgeBucket.OVER_365) {
                sql.append(" when ")
                        .append(age)
                        .append(" <= ")
                        .append(b.maxDays())
                        .append(" then '")
                        .append(b.name())
                        .append("'");
            }
        }
        return sql.append(" else '")
                .append(AgeBucket.OVER_365.name())
                .append("' end")
                .toString();
    }

    /** A VALUES list of the services in declaration order: columns service, ord. */
    static String serviceValues() {
        return Arrays.stream(ServiceType.values())
                .map(s -> "('" + s.name() + "', " + s.ordinal() + ")")
                .collect(Collectors.joining(", ", "(values ", ") s(service, ord)"));
    }

    /** Conditions (each starting with " and") for the optional district and service of a filter. */
    static String filters(String districtColumn, String district, ServiceType service, SqlParams p) {
        return filters(districtColumn, district, "service_type", service, p);
    }

    static String filters(
            String districtColumn, String district, String serviceColumn, ServiceType service, SqlParams p) {
        StringBuilder sql = new StringBuilder();
        if (district != null) {
            sql.append(" and ").append(districtColumn).append(" = ").append(p.bind(district));
        }
        if (service != null) {
            sql.append(" and ").append(serviceColumn).append(" = ").append(p.bind(service.name()));
        }
        return sql.toString();
    }

    static ChannelCounts counts(ResultSet rs) throws SQLException {
        return new ChannelCounts(
                rs.getLong("web"),
                rs.getLong("app"),
                rs.getLong("whatsapp"),
                rs.getLong("office"),
                rs.getLong("outreach"));
    }

    static CaseStatus status(String name) {
        return name == null ? null : CaseStatus.valueOf(name);
    }
}
