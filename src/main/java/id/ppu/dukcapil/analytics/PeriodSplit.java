package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.Wita;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * A period cut into the whole calendar months inside it and the leftover days at either end,
 * so whole months are read from a month rollup and only the leftover days from finer data.
 * All ranges are half-open: [from, to).
 */
record PeriodSplit(LocalDate monthsFrom, LocalDate monthsTo, LocalDate headFrom, LocalDate headTo, LocalDate tailFrom,
        LocalDate tailTo) {

    static PeriodSplit of(Period period) {
        LocalDate from = period.from();
        LocalDate end = period.to().plusDays(1);
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLastWhole = end.withDayOfMonth(1);
        if (!firstWhole.isBefore(afterLastWhole)) {
            return new PeriodSplit(from, from, from, end, end, end);
        }
        return new PeriodSplit(firstWhole, afterLastWhole, from, firstWhole, afterLastWhole, end);
    }

    boolean hasLeftoverDays() {
        return headFrom.isBefore(headTo) || tailFrom.isBefore(tailTo);
    }

    /** SQL condition on a date column: the day lies in the leftover days. */
    String leftoverDays(String column, SqlParams p) {
        return "((" + column + " >= " + p.bind(headFrom) + " and " + column + " < " + p.bind(headTo) + ") or ("
                + column + " >= " + p.bind(tailFrom) + " and " + column + " < " + p.bind(tailTo) + "))";
    }

    /** SQL condition on a timestamp column: the WITA day lies in the leftover days. */
    String leftoverTimes(String column, SqlParams p) {
        return "((" + column + " >= " + p.bind(start(headFrom)) + " and " + column + " < " + p.bind(start(headTo)) + ") or ("
                + column + " >= " + p.bind(start(tailFrom)) + " and " + column + " < " + p.bind(start(tailTo)) + "))";
    }

    /** SQL condition on a month column: the month is one of the whole months. */
    String wholeMonths(String column, SqlParams p) {
        return column + " >= " + p.bind(monthsFrom) + " and " + column + " < " + p.bind(monthsTo);
    }

    static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(Wita.ZONE).toInstant());
    }
}
