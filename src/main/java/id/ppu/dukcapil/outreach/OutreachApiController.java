package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.base.api.ApiParameterException;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outreach ranking for other tools, with the planner's saved weights or the defaults. */
@RestController
@RequestMapping("/api/v1/outreach")
class OutreachApiController {

    /** Dates outside these years are typing errors; far beyond them the planner's date arithmetic overflows. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final OutreachPlanner planner;

    OutreachApiController(OutreachPlanner planner) {
        this.planner = planner;
    }

    /**
     * Villages in rank order at {@code date} (default: today, WITA); date as YYYY-MM-DD. A date that
     * is none is refused by the API's handler naming the parameter.
     */
    @GetMapping("/priorities")
    PrioritiesResponse priorities(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new ApiParameterException("date", "api.error.parameter.date");
        }
        LocalDate day = date == null ? planner.today() : date;
        PlannerSettings settings = planner.settings();
        return PrioritiesResponse.of(planner.priorities(day, settings.weights(), settings.thresholds(), Set.of()),
                settings);
    }
}
