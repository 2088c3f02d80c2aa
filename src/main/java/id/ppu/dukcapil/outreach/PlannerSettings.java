package id.ppu.dukcapil.outreach;

import java.time.Instant;

/**
 * The weights and 2x2 thresholds in force: saved by a planner ({@code saved}, with who and
 * when), or the defaults for the office's current service mode.
 */
public record PlannerSettings(
        Weights weights,
        Thresholds thresholds,
        boolean saved,
        boolean officeOnlineOnly,
        String updatedBy,
        Instant updatedAt) {}
