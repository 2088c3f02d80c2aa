package id.ppu.dukcapil.region;

import java.time.LocalDate;
import java.util.Optional;

/** A half year of the registry's reports: {@code 2025-1} is January to June, {@code 2025-2} July to December. */
public record Semester(int year, int half) implements Comparable<Semester> {

    public Semester {
        if (year < 2000 || year > 2100 || half < 1 || half > 2) {
            throw new IllegalArgumentException("semester out of range");
        }
    }

    /** The semester written as {@code YYYY-1} or {@code YYYY-2}, or empty when the text is not one. */
    public static Optional<Semester> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("^[0-9]{4}-[12]$")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(t.substring(0, 4));
        return year < 2000 || year > 2100 ? Optional.empty() : Optional.of(new Semester(year, t.charAt(5) - '0'));
    }

    /** The semester a day falls in. */
    public static Semester of(LocalDate day) {
        return new Semester(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    public Semester next() {
        return half == 1 ? new Semester(year, 2) : new Semester(year + 1, 1);
    }

    /** The last day of the semester (the as-of date of its reports). */
    public LocalDate lastDay() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    @Override
    public int compareTo(Semester o) {
        return Integer.compare(year * 2 + half, o.year * 2 + o.half);
    }

    @Override
    public String toString() {
        return year + "-" + half;
    }
}
