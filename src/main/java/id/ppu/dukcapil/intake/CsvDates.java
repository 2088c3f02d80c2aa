package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.Wita;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as offices write them in exports: ISO-8601 (with or without offset, with a
 * space or a T) and dd/MM/yyyy with an optional time (HH:mm, HH.mm as Indonesians write it, or
 * HH:mm:ss). Times without an offset are WITA; a date alone is the start of that day in WITA.
 */
final class CsvDates {

    private static final Pattern DMY =
            Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T](\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?)?$");
    private static final List<DateTimeFormatter> ISO_LOCAL =
            List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"));

    private CsvDates() {}

    /** The instant {@code raw} denotes, or empty if it is no date this class understands. */
    static Optional<Instant> parse(String raw) {
        String v = raw.strip();
        Matcher m = DMY.matcher(v);
        if (m.matches()) {
            try {
                LocalDate date = LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                LocalTime time = m.group(4) == null
                        ? LocalTime.MIDNIGHT
                        : LocalTime.of(
                                Integer.parseInt(m.group(4)),
                                Integer.parseInt(m.group(5)),
                                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return Optional.of(date.atTime(time).atZone(Wita.ZONE).toInstant());
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(v.replace(' ', 'T')).toInstant());
        } catch (DateTimeParseException notOffset) {
            // try the local forms below
        }
        for (DateTimeFormatter f : ISO_LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(v, f).atZone(Wita.ZONE).toInstant());
            } catch (DateTimeParseException notThisOne) {
                // next form
            }
        }
        try {
            return Optional.of(LocalDate.parse(v).atStartOfDay(Wita.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
