package id.ppu.dukcapil.demo;

import id.ppu.dukcapil.cases.ServiceType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The outreach visits of the demo history as the planner's record of done visits: an id per
 * visit day (so the OUTREACH cases of the day can point at it), the people served on it per
 * service (the day's OUTREACH cases plus the waiting online applicants whose in-person step
 * happened there), and the residents taught to use the online channels.
 */
final class DemoVisitLog {

    static final String VISIT_COLUMNS = "id, visit_date, district_code, status, capacity, taught_online, note, "
            + "created_by, created_at, updated_by, updated_at, version";

    private final DemoOutreachPlan plan;
    private final long[] ids;
    private final int[][] served;
    private long lastId;

    /**
     * @param firstId   id of the first visit written
     * @param takenDays days (as history day indexes) that already hold a visit in the database:
     *                  the plan's visit of such a day is not stored and its cases point nowhere
     */
    DemoVisitLog(DemoOutreachPlan plan, long firstId, Set<Integer> takenDays) {
        this.plan = plan;
        this.ids = new long[plan.visits().size()];
        this.served = new int[ids.length][ServiceType.values().length];
        long next = firstId;
        for (int i = 0; i < ids.length; i++) {
            ids[i] = takenDays.contains(plan.visits().get(i).day()) ? -1 : next++;
        }
        this.lastId = next - 1;
    }

    /** The id of the stored visit on {@code day}, or -1. */
    long idOn(int day) {
        int i = plan.indexOn(day);
        return i < 0 ? -1 : ids[i];
    }

    /** Counts one person served for {@code service} on the visit of {@code day}. */
    void served(int day, ServiceType service) {
        int i = plan.indexOn(day);
        if (i >= 0) {
            served[i][service.ordinal()]++;
        }
    }

    long lastId() {
        return lastId;
    }

    /**
     * Writes the stored visits as DONE visits with their villages and served counts. Residents
     * taught to go online are a share of those served that grows as the team gets practised.
     */
    void write(PgCopy copy, SplittableRandom rnd) throws SQLException, IOException {
        StringBuilder visits = new StringBuilder();
        StringBuilder villages = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < ids.length; i++) {
            DemoOutreachPlan.Visit v = plan.visits().get(i);
            int total = 0;
            for (int n : served[i]) {
                total += n;
            }
            // Drawn for every visit, stored or not, so the draws do not depend on the database.
            double share = Math.min(0.9, 0.25 + 0.03 * (v.day() / 365.25 - 2) + 0.25 * rnd.nextDouble());
            if (ids[i] < 0) {
                continue;
            }
            long recorded = DemoCalendar.epoch(v.day(), 17 * DemoCalendar.HOUR);
            visits.append(ids[i])
                    .append('\t')
                    .append(DemoCalendar.date(v.day()))
                    .append('\t')
                    .append(v.districtCode())
                    .append("\tDONE\t")
                    .append(DemoOutreachPlan.DAILY_CAPACITY)
                    .append('\t')
                    .append(Math.round(total * Math.max(0.1, share)))
                    .append("\t\\N\tperencana\t");
            DemoCaseMaker.timestamp(visits, recorded).append("\tperencana\t");
            DemoCaseMaker.timestamp(visits, recorded).append("\t0\n");
            for (int k = 0; k < v.villages().length; k++) {
                DemoVillage village = plan.village(v.villages()[k]);
                villages.append(ids[i])
                        .append('\t')
                        .append(village.code())
                        .append('\t')
                        .append(Math.min(1000, v.cases()[k]))
                        .append('\n');
            }
            for (ServiceType s : ServiceType.values()) {
                int n = served[i][s.ordinal()];
                if (n > 0) {
                    counts.append(ids[i])
                            .append('\t')
                            .append(s.name())
                            .append('\t')
                            .append(Math.min(1000, n))
                            .append('\n');
                }
            }
        }
        copy.copyIn("copy outreach_visit (" + VISIT_COLUMNS + ") from stdin", utf8(visits));
        copy.copyIn(
                "copy outreach_visit_village (visit_id, village_code, expected_turnout) from stdin", utf8(villages));
        copy.copyIn("copy outreach_visit_served (visit_id, service_type, served) from stdin", utf8(counts));
    }

    private static ByteArrayInputStream utf8(StringBuilder rows) {
        return new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8));
    }
}
