package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.base.api.ApiDocsConfig;
import id.ppu.dukcapil.base.api.ApiParameterException;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.ServiceType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open aggregate statistics for the regency's data portal and other dashboards:
 * {@code GET /api/v1/stats/uptake?from=&to=&groupBy=district|village|month&district=&service=},
 * as JSON or, with {@code Accept: text/csv}, as CSV. Counts and figures only, never personal
 * data; the same figures as the dashboard for the same filter. Needs an API key with the read
 * scope (the {@code /api/**} security chain).
 */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(
        name = "Statistics",
        description = "Channel uptake for the regency's data portal: aggregates only, never personal data")
@SecurityRequirement(name = ApiDocsConfig.BEARER)
class StatsController {

    static final String TEXT_CSV = "text/csv";

    private final AnalyticsService analytics;

    StatsController(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    /** One group of the answer. */
    record Group(
            String key,
            String name,
            int population,
            Map<String, Long> channels,
            long online,
            long inPerson,
            long total,
            Double onlineShare,
            Double uptakePer1000,
            Double medianTurnaroundHours,
            long backlog) {

        static Group of(UptakeRow r) {
            Map<String, Long> channels = new LinkedHashMap<>();
            for (Channel c : Channel.values()) {
                channels.put(c.name(), r.counts().of(c));
            }
            return new Group(
                    r.key(),
                    r.name(),
                    r.population(),
                    channels,
                    r.counts().online(),
                    r.counts().inPerson(),
                    r.counts().total(),
                    round(r.counts().onlineShare(), 4),
                    round(r.uptakePer1000(), 2),
                    round(r.medianTurnaroundHours(), 1),
                    r.backlog());
        }
    }

    /** The answer: the filter as understood, the definitions, one row per group and the total. */
    record Uptake(
            LocalDate from,
            LocalDate to,
            String groupBy,
            String district,
            String service,
            Map<String, String> definitions,
            List<Group> groups,
            Group total) {}

    private static final Map<String, String> DEFINITIONS = Map.of(
            "online",
                    "WEB, APP and WHATSAPP; in person: OFFICE and OUTREACH. A request counts once, by the channel it first"
                            + " arrived through; merged duplicates are not counted.",
            "period", "Submission dates in WITA (UTC+8), both ends included.",
            "uptakePer1000",
                    "Requests in the period per 1,000 residents of the area (population of the first half of 2025).",
            "medianTurnaroundHours",
                    "Median of completed minus submitted, for requests submitted in the period and completed;"
                            + " read from a log-scale histogram (10% classes).",
            "backlog",
                    "Requests not COMPLETED, REJECTED or MERGED at the end of the period (today if it has not ended).");

    @GetMapping(path = "/uptake", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Channel uptake per district, village or month", description = """
            Per group the requests per channel, online and in person, the online share, uptake per 1,000 residents, \
            the median turnaround and the backlog: the dashboard's figures for the same filter (key scope read). \
            With Accept: text/csv the same rows as a CSV file.""")
    @ApiResponse(
            responseCode = "200",
            description = "The figures, with their definitions",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE), @Content(mediaType = TEXT_CSV)})
    @ApiResponse(
            responseCode = "400",
            description = "A parameter that is unknown, repeated or of the wrong form, named in " + "parameter",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "401",
            description = "No key, or an unknown or revoked key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "403",
            description = "Key without the read scope",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    Uptake uptake(
            @Parameter(description = "First submission date, YYYY-MM-DD (default: 2019-01-01)")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "Last submission date, YYYY-MM-DD (default: today, WITA)")
                    @RequestParam(required = false)
                    String to,
            @Parameter(description = "district, village or month") @RequestParam(defaultValue = "district")
                    String groupBy,
            @Parameter(description = "Only this district, e.g. 64.09.04") @RequestParam(required = false)
                    String district,
            @Parameter(
                            description =
                                    "Only this service: KTP, KK, KIA, BIRTH_CERT, MARRIAGE_CERT, DIVORCE_CERT, DEATH_CERT")
                    @RequestParam(required = false)
                    String service) {
        Query q = Query.parse(from, to, groupBy, district, service, analytics.today());
        List<Group> groups = analytics.uptake(q.filter(), q.grouping()).stream()
                .map(Group::of)
                .toList();
        return new Uptake(
                q.filter().period().from(),
                q.filter().period().to(),
                q.grouping().name().toLowerCase(Locale.ROOT),
                q.filter().districtCode(),
                q.filter().service() == null ? null : q.filter().service().name(),
                DEFINITIONS,
                groups,
                Group.of(analytics.uptakeTotal(q.filter())));
    }

    /** The same rows as CSV; described with the JSON answer above, as one operation with two representations. */
    @GetMapping(path = "/uptake", produces = TEXT_CSV)
    @Operation(hidden = true)
    ResponseEntity<String> uptakeCsv(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "district") String groupBy,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String service) {
        Query q = Query.parse(from, to, groupBy, district, service, analytics.today());
        Csv csv = FigureCsv.uptake(analytics.uptake(q.filter(), q.grouping()));
        String name = FigureCsv.uptakeFile(q.grouping(), q.filter().period());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .body(csv.toString());
    }

    private static Double round(Double value, int decimals) {
        if (value == null) {
            return null;
        }
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }

    /**
     * The query parameters checked and turned into a filter; bad input is refused precisely, with
     * the code {@value ApiParameterException#INVALID_VALUE} and a detail saying what the value must be.
     */
    record Query(AnalyticsFilter filter, UptakeGrouping grouping) {

        /** Dates outside these years are typing errors, and beyond PostgreSQL's range they would fail the query. */
        static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

        static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

        static Query parse(String from, String to, String groupBy, String district, String service, LocalDate today) {
            LocalDate start = from == null || from.isBlank() ? PeriodPreset.DATA_START : date("from", from);
            LocalDate end = to == null || to.isBlank() ? today : date("to", to);
            if (end.isBefore(start)) {
                throw ApiParameterException.invalidValue("to", "api.error.stats.order");
            }
            UptakeGrouping grouping;
            try {
                grouping = UptakeGrouping.valueOf(groupBy.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiParameterException.invalidValue("groupBy", "api.error.stats.groupBy");
            }
            if (grouping == UptakeGrouping.MONTH && start.plusYears(30).isBefore(end)) {
                throw ApiParameterException.invalidValue("from", "api.error.stats.monthlySpan");
            }
            String districtCode = district == null || district.isBlank() ? null : district.strip();
            if (districtCode != null && !districtCode.matches("^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}$")) {
                throw ApiParameterException.invalidValue("district", "api.error.stats.district");
            }
            ServiceType serviceType = null;
            if (service != null && !service.isBlank()) {
                try {
                    serviceType = ServiceType.valueOf(service.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw ApiParameterException.invalidValue("service", "api.error.stats.service");
                }
            }
            return new Query(new AnalyticsFilter(new Period(start, end), districtCode, serviceType), grouping);
        }

        private static LocalDate date(String parameter, String value) {
            LocalDate date;
            try {
                date = LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw ApiParameterException.invalidValue(parameter, "api.error.stats.date");
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw ApiParameterException.invalidValue(parameter, "api.error.stats.dateRange");
            }
            return date;
        }
    }
}
