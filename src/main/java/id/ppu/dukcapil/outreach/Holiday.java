package id.ppu.dukcapil.outreach;

import java.time.LocalDate;

/** A public holiday entered by the planner: no visit is proposed on it. */
public record Holiday(LocalDate day, String name) {
}
