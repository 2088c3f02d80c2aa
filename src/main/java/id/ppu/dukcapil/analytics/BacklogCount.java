package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.cases.CaseStatus;

/**
 * Open requests of one age band. The status is known only for the backlog of today (the status
 * history of every case is not rolled up); for an earlier date it is null.
 */
public record BacklogCount(AgeBucket age, CaseStatus status, long cases) {}
