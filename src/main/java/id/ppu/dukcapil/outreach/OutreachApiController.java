package id.ppu.dukcapil.outreach;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outreach ranking for other tools, with the planner's saved weights or the defaults. */
@RestController
@RequestMapping("/api/v1/outreach")
class OutreachApiController {

    private final OutreachPlanner planner;

    OutreachApiController(OutreachPlanner planner) {
        this.planner = planner;
    }

    /** Villages in rank order at {@code date} (default: today, WITA); date as YYYY-MM-DD. */
    @GetMapping("/priorities")
    PrioritiesResponse priorities(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date == null ? planner.today() : date;
        PlannerSettings settings = planner.settings();
        return PrioritiesResponse.of(planner.priorities(day, settings.weights(), settings.thresholds(), java.util.Set.of()),
                settings);
    }
}
