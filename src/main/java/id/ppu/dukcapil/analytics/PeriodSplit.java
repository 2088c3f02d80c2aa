package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.base.Wita;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * A period cut into the whole calendar years inside it, the whole months around them and the
 * leftover days at either end, so that each part is read from the coarsest data that holds it.
 * All ranges are half-open: [from, to). Empty parts have from == to.
 */
record PeriodSplit(
        LocalDate yearsFrom,
        LocalDate yearsTo,
        LocalDate monthsFrom,
        LocalDate monthsTo,
        LocalDate headFrom,
        LocalDate headTo,
        LocalDate tailFrom,
        LocalDate tailTo) {

    static PeriodSplit of(Period period) {
        LocalDate from = period.from();
        LocalDate end = period.to().plusDays(1);
        LocalDate firstMonth =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLastMonth = end.withDayOfMonth(1);
        if (!firstMonth.isBefore(afterLastMonth)) {
            return new PeriodSplit(from, from, from, from, from, end, end, end);
        }
        LocalDate firstYear = firstMonth.getDayOfYear() == 1
                ? firstMonth
                : firstMonth.withDayOfYear(1).plusYears(1);
        LocalDate afterLastYear = afterLastMonth.withDayOfYear(1);
        if (!firstYear.isBefore(afterLastYear)) {
            firstYear = firstMonth;
            afterLastYear = firstMonth;
        }
        return new PeriodSplit(
                firstYear, afterLastYear, firstMonth, afterLastMonth, from, firstMonth, afterLastMonth, end);
    }

    boolean hasLeftoverDays() {
        return headFrom.isBefore(headTo) || tailFrom.isBefore(tailTo);
    }

    boolean hasWholeYears() {
        return yearsFrom.isBefore(yearsTo);
    }

    /** SQL condition on a date column: the day lies in the leftover days. */
    String leftoverDays(String column, SqlParams p) {
        return "((" + column + " >= " + p.bind(headFrom) + " and " + column + " < " + p.bind(headTo) + ") or (" + column
                + " >= " + p.bind(tailFrom) + " and " + column + " < " + p.bind(tailTo) + "))";
    }

    /** SQL condition on a timestamp column: the WITA day lies in the leftover days. */
    String leftoverTimes(String column, SqlParams p) {
        return "((" + column + " >= " + p.bind(start(headFrom)) + " and " + column + " < " + p.bind(start(headTo))
                + ") or (" + column + " >= " + p.bind(start(tailFrom)) + " and " + column + " < "
                + p.bind(start(tailTo)) + "))";
    }

    /** SQL condition on a month column: the month is one of the whole months. */
    String wholeMonths(String column, SqlParams p) {
        return column + " >= " + p.bind(monthsFrom) + " and " + column + " < " + p.bind(monthsTo);
    }

    /** SQL condition on a year column (first day of a year): the year is one of the whole years. */
    String wholeYears(String column, SqlParams p) {
        return column + " >= " + p.bind(yearsFrom) + " and " + column + " < " + p.bind(yearsTo);
    }

    /** SQL condition on a month column: a whole month that is not part of a whole year. */
    String monthsOutsideYears(String column, SqlParams p) {
        return "((" + column + " >= " + p.bind(monthsFrom) + " and " + column + " < " + p.bind(yearsFrom) + ") or ("
                + column + " >= " + p.bind(yearsTo) + " and " + column + " < " + p.bind(monthsTo) + "))";
    }

    static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(Wita.ZONE).toInstant());
    }
}
