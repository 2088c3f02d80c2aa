package id.ppu.dukcapil.intake;

/**
 * Where a resident's media stands. PENDING waits for its (next) attempt, FETCHING is claimed by a
 * worker, STORED is in the database, TOO_LARGE is over the configured limit and was not fetched (or
 * its download was stopped at the limit), FAILED is given up (Meta refused, the bytes did not match
 * Meta's SHA-256, too many attempts).
 */
public enum MediaStatus {
    PENDING,
    FETCHING,
    STORED,
    TOO_LARGE,
    FAILED
}
