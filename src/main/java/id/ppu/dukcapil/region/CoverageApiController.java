package id.ppu.dukcapil.region;

import id.ppu.dukcapil.base.api.ApiDocsConfig;
import id.ppu.dukcapil.base.api.ApiParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/stats/coverage?groupBy=village|district&semester=}: each indicator's holders,
 * eligible, coverage, target and gap in people per area (read scope; aggregates only).
 */
@RestController
@Tag(
        name = "Statistics",
        description = "Channel uptake for the regency's data portal: aggregates only, never personal data")
@SecurityRequirement(name = ApiDocsConfig.BEARER)
class CoverageApiController {

    private final CoverageService coverage;

    CoverageApiController(CoverageService coverage) {
        this.coverage = coverage;
    }

    record Indicator(long holders, long eligible, Double coverage, BigDecimal target, long gap) {}

    record Group(String key, String name, boolean synthetic, Map<String, Indicator> indicators) {}

    record Answer(String semester, String groupBy, Map<String, String> definitions, List<Group> groups) {}

    private static final Map<String, String> DEFINITIONS = Map.of(
            "EKTP", "Residents with a recorded e-KTP against residents obliged to hold one (wajib KTP).",
            "BIRTH_CERT", "Children 0-17 with a birth certificate against all children 0-17.",
            "KIA", "Children with a child identity card (KIA) against all children 0-17.",
            "IKD", "Digital IDs (IKD) activated against wajib KTP.",
            "gap",
                    "People still to reach: max(0, target x eligible - holders), target x eligible rounded up; 0 without a target.",
            "synthetic", "true when any figure of the group is the demo's synthetic data, not a registry report.");

    @GetMapping(path = "/api/v1/stats/coverage", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Document coverage per district or village", description = """
            Per area and indicator (EKTP, BIRTH_CERT, KIA, IKD) for one semester: holders, eligible, coverage, \
            the target of the semester's year and the gap in people (key scope read).""")
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
    Answer coverage(
            @Parameter(description = "district or village") @RequestParam(defaultValue = "district") String groupBy,
            @Parameter(
                            description =
                                    "Semester YYYY-1 (January-June) or YYYY-2 (July-December); default: the newest with figures")
                    @RequestParam(required = false)
                    String semester) {
        CoverageService.Grouping grouping;
        try {
            grouping = CoverageService.Grouping.valueOf(groupBy.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiParameterException.invalidValue("groupBy", "api.error.coverage.groupBy");
        }
        Semester s;
        if (semester == null || semester.isBlank()) {
            s = coverage.latestSemester().orElse(null);
        } else {
            s = Semester.parse(semester)
                    .orElseThrow(() -> ApiParameterException.invalidValue("semester", "api.error.coverage.semester"));
        }
        List<Group> groups = s == null
                ? List.of()
                : coverage.coverage(s, grouping, null).stream()
                        .map(g -> {
                            Map<String, Indicator> m = new LinkedHashMap<>();
                            for (CoverageFigure f : g.figures()) {
                                m.put(
                                        f.indicator().name(),
                                        new Indicator(
                                                f.holders(),
                                                f.eligible(),
                                                f.coverage() == null
                                                        ? null
                                                        : Math.round(f.coverage() * 10_000) / 10_000.0,
                                                f.target(),
                                                f.gap()));
                            }
                            return new Group(g.key(), g.name(), g.synthetic(), m);
                        })
                        .toList();
        return new Answer(
                s == null ? null : s.toString(), grouping.name().toLowerCase(Locale.ROOT), DEFINITIONS, groups);
    }
}
