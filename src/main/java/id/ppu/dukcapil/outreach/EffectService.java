package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.base.Wita;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Did it help?": whether the villages a visit covered moved online faster than comparable
 * villages that were not visited in the same window.
 */
@Service
public class EffectService {

    /** Days before and after a visit that are compared. */
    public static final int WINDOW_DAYS = 90;

    private final EffectQueries queries;
    private final Clock clock;

    EffectService(EffectQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * The effect of every done visit whose 90 days after have passed by today: covered villages'
     * online share 90 days before versus 90 days after, beside villages not visited within 90 days
     * either side, and the average difference with its 95% interval, or a plain "too few".
     */
    @Transactional(readOnly = true)
    public EffectReport effect() {
        LocalDate today = LocalDate.now(clock.withZone(Wita.ZONE));
        // The after window ends 90 days after the visit and must be complete before today.
        LocalDate lastEvaluable = today.minusDays(WINDOW_DAYS + 1L);
        int[] counts = queries.doneAndEvaluable(lastEvaluable);
        List<VisitEffect> visits = queries.effects(lastEvaluable);
        return new EffectReport(
                today,
                counts[0],
                counts[0] - counts[1],
                visits,
                EffectModel.summarise(visits),
                EffectModel.distribution(visits));
    }
}
