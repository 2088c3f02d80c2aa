package id.ppu.dukcapil.cases.ui;

import com.vaadin.flow.router.QueryParameters;
import id.ppu.dukcapil.cases.CaseFilter;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.ServiceType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A case filter as URL query parameters, so searches can be bookmarked; unknown values are ignored.
 * Free text goes into a URL (and is read from one) only if it is a case number: a NIK, a name or a
 * phone number would end up in the browser's history, in bookmarks and in shared links.
 */
final class UrlFilter {

    private UrlFilter() {}

    static QueryParameters toQuery(CaseFilter f) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "q", CaseFilter.isCaseNumber(f.text()) ? f.text() : null);
        put(p, "status", join(f.statuses()));
        put(p, "channel", join(f.channels()));
        put(p, "service", join(f.services()));
        put(p, "district", f.districtCode());
        put(p, "village", f.villageCode());
        put(p, "from", f.from() == null ? null : f.from().toString());
        put(p, "to", f.to() == null ? null : f.to().toString());
        return new QueryParameters(p);
    }

    static CaseFilter fromQuery(QueryParameters q) {
        Map<String, List<String>> p = q.getParameters();
        String text = first(p, "q");
        return new CaseFilter(
                CaseFilter.isCaseNumber(text) ? text : null,
                enums(p, "status", CaseStatus.class),
                enums(p, "channel", Channel.class),
                enums(p, "service", ServiceType.class),
                first(p, "district"),
                first(p, "village"),
                date(first(p, "from")),
                date(first(p, "to")));
    }

    private static void put(Map<String, List<String>> p, String key, String value) {
        if (value != null && !value.isEmpty()) {
            p.put(key, List.of(value));
        }
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> p, String key, Class<E> type) {
        String v = first(p, key);
        Set<E> result = EnumSet.noneOf(type);
        if (v != null) {
            Arrays.stream(v.split(",")).forEach(s -> {
                try {
                    result.add(Enum.valueOf(type, s.strip()));
                } catch (IllegalArgumentException ignored) {
                    // an outdated or hand-edited link: drop the unknown value
                }
            });
        }
        return result;
    }

    private static LocalDate date(String v) {
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
