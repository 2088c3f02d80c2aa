package id.ppu.dukcapil.demo;

import id.ppu.dukcapil.base.Wita;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The office's calendar as the demo history assumes it: opening hours, public holidays, the
 * pandemic and the outreach seasons. Days are counted from {@link #START} and times are epoch
 * seconds, so the generator's hot loop does arithmetic instead of creating date objects.
 */
final class DemoCalendar {

    static final LocalDate START = LocalDate.of(2019, 1, 1);
    /** Limited office hours (closing at 13:00) and no outreach. */
    static final LocalDate PANDEMIC_FIRST = LocalDate.of(2020, 4, 1);

    static final LocalDate PANDEMIC_LAST = LocalDate.of(2021, 1, 31);
    /** The first outreach visit after the restart went to Sepaku. */
    static final LocalDate FIRST_OUTREACH = LocalDate.of(2021, 2, 16);
    /** Outreach paused for lack of budget, then relaunched with two visits a week. */
    static final LocalDate OUTREACH_PAUSE_FIRST = LocalDate.of(2021, 11, 1);

    static final LocalDate OUTREACH_RELAUNCH = LocalDate.of(2022, 10, 1);

    /** Weeks when rising case numbers closed the office (online only). */
    static final List<LocalDate[]> OFFICE_CLOSED = List.of(
            new LocalDate[] {LocalDate.of(2020, 4, 13), LocalDate.of(2020, 4, 26)},
            new LocalDate[] {LocalDate.of(2020, 9, 21), LocalDate.of(2020, 10, 4)});

    static final int HOUR = 3600;
    static final int DAY = 86_400;

    /** Fixed-date national holidays (month, day). */
    private static final int[][] FIXED_HOLIDAYS = {{1, 1}, {5, 1}, {6, 1}, {8, 17}, {12, 25}};

    /** Idul Fitri with the collective leave around it: the office closes for about a week. */
    private static final LocalDate[][] LEBARAN = {
        {LocalDate.of(2019, 6, 3), LocalDate.of(2019, 6, 7)},
        {LocalDate.of(2020, 5, 22), LocalDate.of(2020, 5, 27)},
        {LocalDate.of(2021, 5, 12), LocalDate.of(2021, 5, 14)},
        {LocalDate.of(2022, 4, 29), LocalDate.of(2022, 5, 6)},
        {LocalDate.of(2023, 4, 19), LocalDate.of(2023, 4, 25)},
        {LocalDate.of(2024, 4, 8), LocalDate.of(2024, 4, 15)},
        {LocalDate.of(2025, 3, 28), LocalDate.of(2025, 4, 7)},
        {LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 24)},
    };

    /** WITA has had no daylight saving since 1932, so one offset serves the whole history. */
    private static final ZoneOffset OFFSET = Wita.ZONE.getRules().getOffset(START.atStartOfDay());

    static final long START_EPOCH = START.toEpochSecond(LocalTime.MIDNIGHT, OFFSET);

    /** Days covered by the lookup tables: the history plus a margin for events after it. */
    private final int span;

    private final boolean[] holiday;
    private final boolean[] officeClosed;

    DemoCalendar(int historyDays) {
        this.span = historyDays + 800;
        this.holiday = new boolean[span];
        this.officeClosed = new boolean[span];
        for (int d = 0; d < span; d++) {
            LocalDate date = date(d);
            for (int[] h : FIXED_HOLIDAYS) {
                if (date.getMonthValue() == h[0] && date.getDayOfMonth() == h[1]) {
                    holiday[d] = true;
                }
            }
            for (LocalDate[] range : LEBARAN) {
                holiday[d] |= within(date, range[0], range[1]);
            }
            for (LocalDate[] range : OFFICE_CLOSED) {
                officeClosed[d] = officeClosed[d] || within(date, range[0], range[1]);
            }
        }
    }

    static LocalDate date(int day) {
        return START.plusDays(day);
    }

    static int dayIndex(LocalDate date) {
        return (int) (date.toEpochDay() - START.toEpochDay());
    }

    static int dayOf(long epochSecond) {
        return (int) Math.floorDiv(epochSecond - START_EPOCH, DAY);
    }

    static int secondOfDay(long epochSecond) {
        return (int) Math.floorMod(epochSecond - START_EPOCH, DAY);
    }

    static long epoch(int day, int secondOfDay) {
        return START_EPOCH + (long) day * DAY + secondOfDay;
    }

    /** 2019-01-01 was a Tuesday. */
    static DayOfWeek dayOfWeek(int day) {
        return DayOfWeek.TUESDAY.plus(day % 7);
    }

    boolean holiday(int day) {
        return day < span && holiday[day];
    }

    static boolean pandemic(int day) {
        return day >= dayIndex(PANDEMIC_FIRST) && day <= dayIndex(PANDEMIC_LAST);
    }

    /** Whether the front desk takes walk-ins: Monday to Saturday, except holidays and lockdown weeks. */
    boolean officeOpen(int day) {
        return dayOfWeek(day) != DayOfWeek.SUNDAY && !holiday(day) && !(day < span && officeClosed[day]);
    }

    /**
     * Seconds of the day during which walk-ins are registered, as {open, close}: 08:00-15:00 on
     * weekdays, 08:00-12:00 on Saturdays, until 13:00 while hours were limited.
     */
    static int[] deskHours(int day) {
        if (pandemic(day)) {
            return new int[] {8 * HOUR, 13 * HOUR};
        }
        return dayOfWeek(day) == DayOfWeek.SATURDAY ? new int[] {8 * HOUR, 12 * HOUR} : new int[] {8 * HOUR, 15 * HOUR};
    }

    /** Days on which clerks work the back office (also during lockdowns): Monday to Saturday morning. */
    boolean clerkDay(int day) {
        return dayOfWeek(day) != DayOfWeek.SUNDAY && !holiday(day);
    }

    static int clerkClose(int day) {
        return dayOfWeek(day) == DayOfWeek.SATURDAY ? 12 * HOUR : 16 * HOUR;
    }

    /** Outreach ran from the first visit until the budget pause, and again since the relaunch. */
    static boolean outreachSeason(int day) {
        return (day >= dayIndex(FIRST_OUTREACH) && day < dayIndex(OUTREACH_PAUSE_FIRST))
                || day >= dayIndex(OUTREACH_RELAUNCH);
    }

    private static boolean within(LocalDate date, LocalDate first, LocalDate last) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
