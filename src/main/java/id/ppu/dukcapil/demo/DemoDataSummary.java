package id.ppu.dukcapil.demo;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What one demo data run produced.
 *
 * @param cases          service cases inserted
 * @param events         case events inserted
 * @param outreachVisits outreach visit days in the history
 * @param outreachCases  cases registered on those visits
 * @param firstDay       first day of the history (WITA)
 * @param lastDay        last day of the history (WITA), the day before "today"
 * @param elapsed        wall-clock time of generating and writing the rows, before commit and analyze
 * @param copying        the part of {@code elapsed} spent waiting for COPY into the database
 */
public record DemoDataSummary(
        long cases,
        long events,
        int outreachVisits,
        long outreachCases,
        LocalDate firstDay,
        LocalDate lastDay,
        Duration elapsed,
        Duration copying) {}
