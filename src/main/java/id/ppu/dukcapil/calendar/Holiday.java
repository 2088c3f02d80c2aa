package id.ppu.dukcapil.calendar;

import java.time.LocalDate;

/** A public holiday: the office is closed, no working day is counted and no outreach visit is proposed. */
public record Holiday(LocalDate day, String name) {}
