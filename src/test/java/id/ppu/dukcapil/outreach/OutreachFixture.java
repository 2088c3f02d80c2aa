package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.support.TestCases;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts outreach visits straight into the tables (past visits cannot be planned through the
 * service) and removes every outreach row afterwards. Only outreach tests create visits.
 */
public final class OutreachFixture {

    private final JdbcClient jdbc;

    public OutreachFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long visit(
            LocalDate date,
            String status,
            String districtCode,
            Map<String, Integer> villages,
            Map<String, Integer> served,
            Integer taught) {
        long id = jdbc.sql("""
                insert into outreach_visit (visit_date, district_code, status, capacity, taught_online, created_by, created_at,
                    updated_by, updated_at)
                values (:d, :district, :status, 100, :taught, 'test', :now, 'test', :now) returning id""")
                .param("d", Date.valueOf(date))
                .param("district", districtCode)
                .param("status", status)
                .param("taught", taught)
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        villages.forEach((code, expected) -> jdbc.sql(
                        "insert into outreach_visit_village (visit_id, village_code, expected_turnout) values (:id, :v, :e)")
                .param("id", id)
                .param("v", code)
                .param("e", expected)
                .update());
        served.forEach((service, n) -> jdbc.sql(
                        "insert into outreach_visit_served (visit_id, service_type, served) values (:id, :s, :n)")
                .param("id", id)
                .param("s", service)
                .param("n", n)
                .update());
        return id;
    }

    public long doneVisit(LocalDate date, String districtCode, String villageCode, int served) {
        return visit(date, "DONE", districtCode, Map.of(villageCode, served), Map.of("KTP", served), served / 2);
    }

    /** Removes every visit, holiday and saved setting, and unlinks the cases that pointed at visits. */
    public void deleteAll() {
        TestCases.deleteWhere(jdbc, "outreach_visit_id is not null");
        jdbc.sql("delete from outreach_visit").update();
        jdbc.sql("delete from public_holiday").update();
        jdbc.sql("delete from outreach_settings").update();
    }
}
