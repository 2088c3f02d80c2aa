package id.ppu.dukcapil.outreach;

/**
 * The village ranking aggregated to a district: villages in the plan, their mean and highest
 * score, the highest-ranked village, the residents' cases waiting for an in-person step, and
 * how many villages sit in category 4 (poor access, poor utilisation).
 */
public record DistrictPriority(
        int rank,
        String districtCode,
        String districtName,
        int villages,
        double meanScore,
        double maxScore,
        String topVillage,
        int waitingInPerson,
        int category4) {}
