package db.migration;

import id.ppu.dukcapil.cases.CaseDeadlines;
import java.time.Clock;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the due dates, waits and working days that V16 added, for every existing case, with the
 * application's own arithmetic (base.OfficeCalendar through cases.CaseDeadlines) rather than a
 * second copy of it in SQL.
 */
public class V17__case_deadlines_backfill extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        CaseDeadlines.backfill(context.getConnection(), Clock.systemUTC());
    }
}
