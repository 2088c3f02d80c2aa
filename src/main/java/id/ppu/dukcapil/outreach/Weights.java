package id.ppu.dukcapil.outreach;

import java.util.EnumMap;
import java.util.Map;

/**
 * How much each factor counts in the priority score, each 0..100. The score divides by the sum
 * of the weights, so only their proportions matter.
 *
 * <p>Defaults (documented in the planner view too):
 * <ul>
 * <li>office open (NORMAL or LIMITED_HOURS): demand 25, adoption gap 20, under-service 15, access 25,
 * recency 15, coverage gap 20. The office asks the team to favour hard-to-reach areas and to teach the online
 * channels, and a visit serves residents waiting for an in-person step: those lead. Recency is
 * what spreads a plan: a village visited this week drops by up to 15 points;</li>
 * <li>office ONLINE_ONLY: demand 45, adoption gap 10, under-service 10, access 20, recency 15, coverage gap 10.
 * While the office is closed, the outreach team is the only place where an in-person step
 * (biometric recording, signature) can happen, so waiting residents count most.</li>
 * </ul>
 */
public record Weights(int demand, int adoptionGap, int underService, int access, int recency, int coverageGap) {

    public static final int MAX = 100;

    public static final Weights OFFICE_OPEN = new Weights(25, 20, 15, 25, 15, 20);
    public static final Weights OFFICE_ONLINE_ONLY = new Weights(45, 10, 10, 20, 15, 10);

    public Weights {
        for (int w : new int[] {demand, adoptionGap, underService, access, recency, coverageGap}) {
            if (w < 0 || w > MAX) {
                throw new OutreachException("outreach.error.weight", w);
            }
        }
    }

    /** Weights without the coverage-gap factor (weight 0), as saved before coverage figures existed. */
    public Weights(int demand, int adoptionGap, int underService, int access, int recency) {
        this(demand, adoptionGap, underService, access, recency, 0);
    }

    /** The default weights for the office's current mode. */
    public static Weights defaults(boolean officeOnlineOnly) {
        return officeOnlineOnly ? OFFICE_ONLINE_ONLY : OFFICE_OPEN;
    }

    public int of(Factor factor) {
        return switch (factor) {
            case DEMAND -> demand;
            case ADOPTION_GAP -> adoptionGap;
            case UNDER_SERVICE -> underService;
            case ACCESS -> access;
            case RECENCY -> recency;
            case COVERAGE_GAP -> coverageGap;
        };
    }

    /** These weights with one factor's weight replaced. */
    public Weights with(Factor factor, int weight) {
        Map<Factor, Integer> m = asMap();
        m.put(factor, weight);
        return new Weights(
                m.get(Factor.DEMAND),
                m.get(Factor.ADOPTION_GAP),
                m.get(Factor.UNDER_SERVICE),
                m.get(Factor.ACCESS),
                m.get(Factor.RECENCY),
                m.get(Factor.COVERAGE_GAP));
    }

    public int total() {
        return demand + adoptionGap + underService + access + recency + coverageGap;
    }

    /** Factor to weight, in factor order. */
    public Map<Factor, Integer> asMap() {
        Map<Factor, Integer> m = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            m.put(f, of(f));
        }
        return m;
    }
}
