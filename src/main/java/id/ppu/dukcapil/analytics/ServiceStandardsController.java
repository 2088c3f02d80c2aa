package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.base.api.ApiDocsConfig;
import id.ppu.dukcapil.base.api.ApiParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How often the office meets its service standards:
 * {@code GET /api/v1/stats/service-standards?from=&to=&groupBy=service|channel|district}, the
 * dashboard's figures for the same period. Aggregates only; needs a key with the read scope (the
 * {@code /api/**} security chain).
 */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(
        name = "Statistics",
        description = "Channel uptake for the regency's data portal: aggregates only, never personal data")
@SecurityRequirement(name = ApiDocsConfig.BEARER)
class ServiceStandardsController {

    private final ServiceStandardStats stats;

    ServiceStandardsController(ServiceStandardStats stats) {
        this.stats = stats;
    }

    /** One group of the answer. */
    record Group(
            String key,
            String name,
            long completed,
            long completedWithinStandard,
            Double withinStandardShare,
            long openOverdue,
            Double medianWorkingDays) {

        static Group of(StandardShare s) {
            return new Group(
                    s.key(),
                    s.name(),
                    s.completed(),
                    s.completedWithinStandard(),
                    round(s.withinStandardShare(), 4),
                    s.openOverdue(),
                    round(s.medianWorkingDays(), 1));
        }
    }

    /** The answer: the filter as understood, the definitions, one row per group and the total. */
    record Standards(
            LocalDate from,
            LocalDate to,
            String groupBy,
            Map<String, String> definitions,
            List<Group> groups,
            Group total) {}

    private static final Map<String, String> DEFINITIONS = Map.of(
            "completed", "Requests COMPLETED on a day of the period (WITA, both ends included).",
            "completedWithinStandard",
                    "Of those, completed on or before their due date: submission plus the service's"
                            + " standard in working days (Monday to Friday, public holidays excluded), the clock paused while the"
                            + " request waited for the resident (NEEDS_CORRECTION, WAITING_IN_PERSON).",
            "withinStandardShare", "completedWithinStandard / completed; null when nothing was completed.",
            "openOverdue",
                    "Requests open today whose clock runs (SUBMITTED, VERIFIED, IN_PROCESS, READY) and whose due"
                            + " date has passed; today's backlog, whatever the period.",
            "medianWorkingDays",
                    "Median of the working days charged to the office (pauses left out) over the completed"
                            + " requests.");

    @GetMapping(path = "/service-standards", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Service standards met per service, channel or district", description = """
            Per group the requests completed in the period, those completed within the service standard and their share, \
            today's open overdue requests and the median working days to completion: the dashboard's figures for the \
            same period (key scope read).""")
    @ApiResponse(
            responseCode = "200",
            description = "The figures, with their definitions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
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
    Standards serviceStandards(
            @Parameter(description = "First completion date, YYYY-MM-DD (default: 2019-01-01)")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "Last completion date, YYYY-MM-DD (default: today, WITA)")
                    @RequestParam(required = false)
                    String to,
            @Parameter(description = "service, channel or district") @RequestParam(defaultValue = "service")
                    String groupBy) {
        AnalyticsFilter filter = StatsController.Query.parse(from, to, "district", null, null, stats.today())
                .filter();
        StandardGrouping grouping = grouping(groupBy);
        return new Standards(
                filter.period().from(),
                filter.period().to(),
                grouping.name().toLowerCase(Locale.ROOT),
                DEFINITIONS,
                stats.shares(filter, grouping).stream().map(Group::of).toList(),
                Group.of(stats.total(filter)));
    }

    static StandardGrouping grouping(String groupBy) {
        try {
            return StandardGrouping.valueOf(groupBy.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiParameterException.invalidValue("groupBy", "api.error.standards.groupBy");
        }
    }

    private static Double round(Double value, int decimals) {
        if (value == null) {
            return null;
        }
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }
}
