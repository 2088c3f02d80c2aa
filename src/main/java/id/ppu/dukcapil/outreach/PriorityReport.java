package id.ppu.dukcapil.outreach;

import java.time.LocalDate;
import java.util.List;

/**
 * The village ranking at a date with what it was computed from: the regency's reference
 * values, the weights, the 2x2 thresholds and one visit's capacity (the scale of demand).
 */
public record PriorityReport(
        LocalDate date,
        RegencyFacts regency,
        Weights weights,
        Thresholds thresholds,
        int capacity,
        List<VillagePriority> villages) {

    /** The ranking aggregated to districts. */
    public List<DistrictPriority> districts() {
        return PriorityModel.byDistrict(villages);
    }
}
