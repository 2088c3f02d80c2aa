package id.ppu.dukcapil.outreach;

import java.time.LocalDate;
import java.util.List;

/**
 * One done visit's before/after comparison: requests and online requests of the covered
 * villages in the 90 days before and the 90 days after the visit day (the day itself left out,
 * and OUTREACH cases too: the question is whether residents' own requests moved online), and the
 * same for comparable villages not visited within 90 days either side.
 */
public record VisitEffect(
        long visitId,
        LocalDate date,
        String districtName,
        List<String> villageNames,
        Counts visitedBefore,
        Counts visitedAfter,
        Counts comparisonBefore,
        Counts comparisonAfter) {

    /** Requests and how many of them came online. */
    public record Counts(long online, long total) {

        /** Online share, or NaN without requests. */
        public double share() {
            return total == 0 ? Double.NaN : (double) online / total;
        }
    }

    public VisitEffect {
        villageNames = List.copyOf(villageNames);
    }

    /** Whether each of the four windows holds enough requests for its share to mean something. */
    public boolean enoughData() {
        return visitedBefore.total() >= EffectModel.MIN_CASES
                && visitedAfter.total() >= EffectModel.MIN_CASES
                && comparisonBefore.total() >= EffectModel.MIN_CASES
                && comparisonAfter.total() >= EffectModel.MIN_CASES;
    }

    /** Change of the covered villages' online share, in percentage points. */
    public double visitedChange() {
        return 100 * (visitedAfter.share() - visitedBefore.share());
    }

    /** Change of the comparison villages' online share, in percentage points. */
    public double comparisonChange() {
        return 100 * (comparisonAfter.share() - comparisonBefore.share());
    }

    /** The difference-in-differences: visited change minus comparison change, in percentage points. */
    public double difference() {
        return visitedChange() - comparisonChange();
    }
}
