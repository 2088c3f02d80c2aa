package id.ppu.dukcapil.analytics;

import java.time.LocalDate;

/** Requests submitted in one month (first day of the month) per channel. */
public record MonthlyChannels(LocalDate month, ChannelCounts counts) {}
