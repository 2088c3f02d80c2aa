package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of cases: the clerks' search, paged and sorted in SQL. No exact total is ever
 * counted for a search (counting a common name costs a second at national scale), so grids
 * scroll lazily without a size.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    /**
     * Grid sort keys and the SQL expression each one sorts by. Only indexed orders are offered:
     * sorting a million rows by channel or village name costs a second per page.
     */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "caseNumber", "c.case_number",
            "submittedAt", "c.submitted_at",
            "applicantName", "c.applicant_name",
            "ageDays", "c.submitted_at");

    /** The event types of a channel's status report, as {@code case_event.type} values. */
    private static final List<String> STATUS_STEPS = Arrays.stream(CaseEvent.Type.values())
            .filter(CaseEvent.Type::isStatusStep)
            .map(Enum::name)
            .toList();

    /** Sort keys that order by personal data: ignored for roles that may not see it. */
    public static final Set<String> PERSONAL_SORT_KEYS = Set.of("applicantName");

    private static final String SELECT = """
            select c.id, c.case_number, c.submitted_at, c.channel, c.service_type, c.nik, c.applicant_name,
                   v.name as village_name, c.status, c.completed_at
            from service_case c left join village v on v.code = c.village_code
            """;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;

    CaseQueries(JdbcClient jdbc, CurrentUser currentUser, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * One page of cases matching {@code filter}, newest first unless the page asks otherwise.
     * Free text of at least three characters matches case number, NIK or name as a
     * case-insensitive substring through the trigram index; a full 16-digit NIK uses its btree.
     * For roles that may not see personal data free text matches the case number only and a sort
     * by name is ignored: no result may depend on what they cannot see.
     */
    @PreAuthorize("hasAnyRole('PETUGAS', 'ADMIN', 'KEPALA', 'PERENCANA')")
    public List<CaseRow> page(CaseFilter filter, Pageable page) {
        boolean full = currentUser.canSeePersonalData();
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, full, params);
        String sql = SELECT + where + orderBy(page.getSort(), full) + " limit :limit offset :offset";
        params.put("limit", page.getPageSize());
        params.put("offset", page.getOffset());
        Instant now = clock.instant();
        return jdbc.sql(sql).params(params).query((rs, i) -> row(rs, full, now)).list();
    }

    /**
     * Other cases of the same citizen across every channel, newest first (the citizen's timeline):
     * linking a person's cases is personal data, for clerks and administrators only. Each listing is
     * recorded in the audit trail against the case it is opened from.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PETUGAS', 'ADMIN')")
    public List<CaseRow> timelineOf(String nik, long excludeCaseId) {
        if (nik == null) {
            return List.of();
        }
        boolean full = currentUser.canSeePersonalData();
        Instant now = clock.instant();
        List<CaseRow> rows = jdbc.sql(SELECT
                        + " where c.nik = :nik and c.id <> :id order by c.submitted_at desc, c.id desc limit 200")
                .param("nik", nik)
                .param("id", excludeCaseId)
                .query((rs, i) -> row(rs, full, now))
                .list();
        audit.caseRead(AuditKind.CITIZEN_TIMELINE_VIEWED, excludeCaseId, numberOf(excludeCaseId), full);
        return rows;
    }

    /**
     * A case's status and history timestamps for the channel API; no personal data, no staff names.
     * Empty if no case has that number.
     */
    public Optional<CaseStatusReport> statusReport(String caseNumber) {
        return jdbc.sql("""
                select c.id, c.case_number, c.channel, c.service_type, c.status, c.submitted_at, c.updated_at,
                       c.completed_at, s.case_number as merged_into
                from service_case c left join service_case s on s.id = c.merged_into_id
                where c.case_number = :n""")
                .param("n", caseNumber)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    Channel arrival = Channel.valueOf(rs.getString("channel"));
                    String service = rs.getString("service_type");
                    Timestamp completed = rs.getTimestamp("completed_at");
                    List<CaseStatusReport.Step> steps = jdbc.sql("""
                            select occurred_at, type, to_status from case_event where case_id = :id and type in (:types)
                            order by occurred_at, id""")
                            .param("id", id)
                            .param("types", STATUS_STEPS)
                            .query((e, j) -> new CaseStatusReport.Step(
                                    e.getTimestamp("occurred_at").toInstant(),
                                    CaseEvent.Type.valueOf(e.getString("type")),
                                    e.getString("to_status") == null
                                            ? null
                                            : CaseStatus.valueOf(e.getString("to_status"))))
                            .list();
                    List<Channel> channels = new ArrayList<>(List.of(arrival));
                    channels.addAll(
                            channelsOf(id).stream().filter(ch -> ch != arrival).toList());
                    return new CaseStatusReport(
                            rs.getString("case_number"),
                            arrival,
                            channels,
                            service == null ? null : ServiceType.valueOf(service),
                            CaseStatus.valueOf(rs.getString("status")),
                            rs.getTimestamp("submitted_at").toInstant(),
                            rs.getTimestamp("updated_at").toInstant(),
                            completed == null ? null : completed.toInstant(),
                            rs.getString("merged_into"),
                            steps);
                })
                .optional();
    }

    /**
     * The channels a case was touched by besides the one it arrived through (a citizen who wrote
     * on WhatsApp and then came to the desk), in the order they came.
     */
    public List<Channel> channelsOf(long caseId) {
        return jdbc.sql("select channel from case_channel where case_id = :id order by first_touched_at, channel")
                .param("id", caseId)
                .query((rs, i) -> Channel.valueOf(rs.getString("channel")))
                .list();
    }

    /** The id of a case by its number. */
    public Optional<Long> idOf(String caseNumber) {
        return jdbc.sql("select id from service_case where case_number = :n")
                .param("n", caseNumber)
                .query(Long.class)
                .optional();
    }

    private String numberOf(long caseId) {
        return jdbc.sql("select case_number from service_case where id = :id")
                .param("id", caseId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static String where(CaseFilter f, boolean personalData, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.text() != null) {
            String text = f.text().toLowerCase();
            String contains =
                    "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            if (personalData && text.matches("^[0-9]{16}$")) {
                clauses.add("c.nik = :nik");
                params.put("nik", text);
            } else if (CaseNumber.isStart(text)) {
                clauses.add("c.case_number like :prefix");
                params.put("prefix", text.toUpperCase() + "%");
            } else if (personalData) {
                clauses.add("c.search_text like :text escape '\\'");
                params.put("text", contains);
            } else {
                // Case number only (trigram index of V13): never NIK or name, which this role cannot see.
                clauses.add("c.case_number ilike :text escape '\\'");
                params.put("text", contains);
            }
        }
        if (!f.statuses().isEmpty()) {
            clauses.add("c.status in (:statuses)");
            params.put("statuses", f.statuses().stream().map(Enum::name).toList());
        }
        if (!f.channels().isEmpty()) {
            clauses.add("c.channel in (:channels)");
            params.put("channels", f.channels().stream().map(Enum::name).toList());
        }
        if (!f.services().isEmpty()) {
            clauses.add("c.service_type in (:services)");
            params.put("services", f.services().stream().map(Enum::name).toList());
        }
        if (f.districtCode() != null) {
            clauses.add("c.district_code = :district");
            params.put("district", f.districtCode());
        }
        if (f.villageCode() != null) {
            clauses.add("c.village_code = :village");
            params.put("village", f.villageCode());
        }
        if (f.from() != null) {
            clauses.add("c.submitted_at >= :from");
            params.put("from", Timestamp.from(f.from().atStartOfDay(Wita.ZONE).toInstant()));
        }
        if (f.to() != null) {
            clauses.add("c.submitted_at < :to");
            params.put(
                    "to",
                    Timestamp.from(f.to().plusDays(1).atStartOfDay(Wita.ZONE).toInstant()));
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static String orderBy(Sort sort, boolean personalData) {
        List<String> parts = new ArrayList<>();
        String tieBreak = "desc";
        for (Sort.Order o : sort) {
            String column = SORT_COLUMNS.get(o.getProperty());
            // The order of hidden names would tell more than their masked first letters.
            if (column == null || (!personalData && PERSONAL_SORT_KEYS.contains(o.getProperty()))) {
                continue;
            }
            // Older cases have more age: sorting by age ascending means newest first.
            boolean asc = o.getProperty().equals("ageDays") ? o.isDescending() : o.isAscending();
            if (parts.isEmpty()) {
                tieBreak = asc ? "asc" : "desc";
            }
            // Default null ordering and an id in the same direction let PostgreSQL walk an index.
            parts.add(column + (asc ? " asc" : " desc"));
        }
        if (parts.isEmpty()) {
            parts.add("c.submitted_at desc");
        }
        parts.add("c.id " + tieBreak);
        return " order by " + String.join(", ", parts);
    }

    private static CaseRow row(ResultSet rs, boolean fullPersonalData, Instant now) throws SQLException {
        Instant submitted = rs.getTimestamp("submitted_at").toInstant();
        Timestamp completed = rs.getTimestamp("completed_at");
        Instant end = completed == null ? now : completed.toInstant();
        String nik = rs.getString("nik");
        String name = rs.getString("applicant_name");
        String service = rs.getString("service_type");
        return new CaseRow(
                rs.getLong("id"),
                rs.getString("case_number"),
                submitted,
                Channel.valueOf(rs.getString("channel")),
                service == null ? null : ServiceType.valueOf(service),
                fullPersonalData ? nik : Nik.mask(nik),
                fullPersonalData ? name : PersonalData.maskName(name),
                rs.getString("village_name"),
                CaseStatus.valueOf(rs.getString("status")),
                (int) Math.max(0, ChronoUnit.DAYS.between(submitted, end)));
    }
}
