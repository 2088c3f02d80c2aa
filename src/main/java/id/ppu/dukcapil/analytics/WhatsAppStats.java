package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.base.WorkingHours;
import id.ppu.dukcapil.calendar.HolidayService;
import id.ppu.dukcapil.intake.OutboundKind;
import id.ppu.dukcapil.intake.OutboundStatus;
import id.ppu.dukcapil.intake.WhatsAppActivity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The WhatsApp figures of the head's dashboard: first-response times to residents in working time
 * (see {@link ResponseTimes}), the status notifications and clerks' replies by the furthest status
 * they reached, their failures by error code, and opt-outs. The aggregates come from intake's
 * {@link WhatsAppActivity}; the working-time arithmetic, which needs the office calendar, is done
 * here on the waits of the period ({@link WorkingHours}). Periods are WITA calendar days: a wait
 * by the day its first message arrived, a message to a resident by the day it was queued. The
 * district is the case's; the service filter does not apply (a question in triage often names none).
 */
@Service
@Transactional(readOnly = true)
public class WhatsAppStats {

    /** Clerks' replies and the status notifications (intake.CaseStatusNotifications); automatic answers are neither. */
    private static final Set<OutboundKind> COUNTED = EnumSet.of(
            OutboundKind.REPLY,
            OutboundKind.CASE_NEEDS_CORRECTION,
            OutboundKind.CASE_WAITING_IN_PERSON,
            OutboundKind.CASE_READY,
            OutboundKind.CASE_COMPLETED,
            OutboundKind.CASE_REJECTED);

    private final WhatsAppActivity activity;
    private final Clock clock;
    private final HolidayService holidays;
    private final LocalTime opens;
    private final LocalTime closes;

    WhatsAppStats(
            WhatsAppActivity activity,
            Clock clock,
            HolidayService holidays,
            @Value("${app.office-hours.opens:08:00}") String opens,
            @Value("${app.office-hours.closes:15:00}") String closes) {
        this.activity = activity;
        this.clock = clock;
        this.holidays = holidays;
        this.opens = time("app.office-hours.opens", opens);
        this.closes = time("app.office-hours.closes", closes);
        if (!this.opens.isBefore(this.closes)) {
            throw new IllegalStateException(
                    "app.office-hours.opens (" + opens + ") must be before app.office-hours.closes (" + closes + ")");
        }
    }

    /** The office's working time with today's list of public holidays. */
    public WorkingHours workingHours() {
        return new WorkingHours(holidays.officeCalendar(), opens, closes);
    }

    /** The WhatsApp figures for the filter's period and district (its service is ignored). */
    public WhatsAppFigures figures(AnalyticsFilter filter) {
        Instant from = start(filter.period());
        Instant to = end(filter.period());
        String district = filter.districtCode();
        Map<OutboundStatus, long[]> notifications = new EnumMap<>(OutboundStatus.class);
        Map<OutboundStatus, long[]> replies = new EnumMap<>(OutboundStatus.class);
        for (WhatsAppActivity.KindStatusCount c : activity.messages(from, to, district, COUNTED)) {
            (c.kind() == OutboundKind.REPLY ? replies : notifications)
                            .computeIfAbsent(c.status(), s -> new long[1])[0] +=
                    c.messages();
        }
        return new WhatsAppFigures(
                filter.period(),
                ResponseTimes.of(waits(filter), workingHours(), clock.instant()),
                counts(notifications),
                counts(replies),
                activity.failures(from, to, district, COUNTED).stream()
                        .map(e -> new FailureCount(e.code(), e.messages()))
                        .toList(),
                activity.optOuts(from, to),
                activity.optedOutNow());
    }

    /** The waits that started in the filter's period (see {@link WhatsAppActivity#waits}). */
    List<WhatsAppActivity.Wait> waits(AnalyticsFilter filter) {
        return activity.waits(start(filter.period()), end(filter.period()), filter.districtCode());
    }

    private static MessageCounts counts(Map<OutboundStatus, long[]> byStatus) {
        return new MessageCounts(
                n(byStatus, OutboundStatus.PENDING) + n(byStatus, OutboundStatus.SENDING),
                n(byStatus, OutboundStatus.SENT),
                n(byStatus, OutboundStatus.DELIVERED),
                n(byStatus, OutboundStatus.READ),
                n(byStatus, OutboundStatus.FAILED),
                n(byStatus, OutboundStatus.SKIPPED));
    }

    private static long n(Map<OutboundStatus, long[]> byStatus, OutboundStatus status) {
        long[] n = byStatus.get(status);
        return n == null ? 0 : n[0];
    }

    private static Instant start(Period period) {
        return PeriodSplit.start(period.from()).toInstant();
    }

    private static Instant end(Period period) {
        return PeriodSplit.start(period.to().plusDays(1)).toInstant();
    }

    private static LocalTime time(String property, String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(property + " must be a time of day such as 08:00, got " + value, e);
        }
    }
}
