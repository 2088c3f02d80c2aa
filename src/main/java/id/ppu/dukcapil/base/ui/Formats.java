package id.ppu.dukcapil.base.ui;

import id.ppu.dukcapil.base.Wita;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as dd/MM/yyyy and times in WITA, as the office writes them. */
public final class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {}

    /** An instant as local WITA date and time, e.g. 05/03/2024 09:15. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(Wita.ZONE));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
