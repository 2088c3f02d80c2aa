package id.ppu.dukcapil.analytics.ui;

import com.vaadin.flow.router.QueryParameters;
import id.ppu.dukcapil.analytics.AnalyticsFilter;
import id.ppu.dukcapil.analytics.Period;
import id.ppu.dukcapil.analytics.PeriodPreset;
import id.ppu.dukcapil.cases.ServiceType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's state as URL query parameters, so a view of the figures can be bookmarked and
 * sent on. Unknown or malformed values fall back to the defaults instead of failing.
 */
record DashboardQuery(
        PeriodPreset preset, LocalDate from, LocalDate to, String district, ServiceType service, AreaSort sort) {

    static final PeriodPreset DEFAULT_PRESET = PeriodPreset.LAST_12_MONTHS;

    static DashboardQuery defaults() {
        return new DashboardQuery(DEFAULT_PRESET, null, null, null, null, AreaSort.CODE);
    }

    /** The filter the query means on {@code today}; a custom range without valid dates falls back to the default preset. */
    AnalyticsFilter filter(LocalDate today) {
        Period period = preset == PeriodPreset.CUSTOM && validRange()
                ? new Period(from, to)
                : (preset == PeriodPreset.CUSTOM ? DEFAULT_PRESET : preset).resolve(today);
        return new AnalyticsFilter(period, district, service);
    }

    boolean validRange() {
        return from != null && to != null && !to.isBefore(from);
    }

    DashboardQuery withDistrict(String code) {
        return new DashboardQuery(preset, from, to, code, service, sort);
    }

    QueryParameters toQuery() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (preset != DEFAULT_PRESET) {
            p.put("period", List.of(preset.name()));
        }
        if (preset == PeriodPreset.CUSTOM) {
            put(p, "from", from == null ? null : from.toString());
            put(p, "to", to == null ? null : to.toString());
        }
        put(p, "district", district);
        put(p, "service", service == null ? null : service.name());
        if (sort != AreaSort.CODE) {
            p.put("sort", List.of(sort.name()));
        }
        return new QueryParameters(p);
    }

    static DashboardQuery fromQuery(QueryParameters q) {
        Map<String, List<String>> p = q.getParameters();
        String district = first(p, "district");
        return new DashboardQuery(
                parse(PeriodPreset.class, first(p, "period"), DEFAULT_PRESET),
                date(first(p, "from")),
                date(first(p, "to")),
                district != null && district.matches("^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}$") ? district : null,
                parse(ServiceType.class, first(p, "service"), null),
                parse(AreaSort.class, first(p, "sort"), AreaSort.CODE));
    }

    private static void put(Map<String, List<String>> p, String key, String value) {
        if (value != null && !value.isEmpty()) {
            p.put(key, List.of(value));
        }
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        try {
            return value == null ? fallback : Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static LocalDate date(String v) {
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
