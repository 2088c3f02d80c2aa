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
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of cases: the clerks' search, paged and sorted in SQL. No exact total is ever
 * counted for a search (counting a common name costs a second at national scale), so grids
 * scroll lazily without a size, page after page by keyset ({@link #pageAfter}). Figures at
 * 5,000,000 cases: docs/BENCHMARKS.md.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    /**
     * The orders the case list offers, each one column and the id in the same direction. Only
     * indexed orders are offered: sorting a million rows by channel or village name costs a second
     * per page. Case numbers sort byte by byte (collation "C"): one index then serves both the
     * order and a typed prefix, whatever the database's collation.
     */
    private enum SortKey {
        CASE_NUMBER("caseNumber", "c.case_number collate \"C\"", false, false, CaseRow::caseNumber),
        SUBMITTED_AT("submittedAt", "c.submitted_at", false, false, r -> Timestamp.from(r.submittedAt())),
        APPLICANT_NAME("applicantName", "c.applicant_name", true, false, CaseRow::applicantName),
        // Older cases have more age: sorting by age ascending means newest first.
        AGE_DAYS("ageDays", "c.submitted_at", false, true, r -> Timestamp.from(r.submittedAt()));

        final String property;
        final String column;
        /** Whether the column may be NULL (a TRIAGE case may have no name yet). */
        final boolean nullable;
        /** Whether ascending by the property is descending by the column. */
        final boolean reversed;
        /** The row's value of the column, as a boundary of a page. */
        final Function<CaseRow, Object> value;

        SortKey(String property, String column, boolean nullable, boolean reversed, Function<CaseRow, Object> value) {
            this.property = property;
            this.column = column;
            this.nullable = nullable;
            this.reversed = reversed;
            this.value = value;
        }
    }

    /** One column's order and the id in the same direction, so that PostgreSQL walks one index. */
    private record Order(SortKey key, boolean ascending) {

        String sql() {
            String direction = ascending ? " asc" : " desc";
            return " order by " + key.column + direction + ", c.id" + direction;
        }

        /** Rows after {@code (value, id)} in this order among the rows whose value is not NULL. */
        String after() {
            return "(" + key.column + ", c.id) " + (ascending ? ">" : "<") + " (:afterValue, :afterId)";
        }

        /** Rows after {@code id} among the rows whose value is NULL. */
        String afterAmongNulls() {
            return "c.id " + (ascending ? ">" : "<") + " :afterId";
        }

        /**
         * The parts of the order: PostgreSQL puts NULLs last when ascending and first when
         * descending, and a seek by row comparison never matches a NULL, so a nullable column is
         * walked as two parts, each by its own index range.
         */
        List<String> parts() {
            if (!key.nullable) {
                return List.of("true");
            }
            String nulls = key.column + " is null";
            String values = key.column + " is not null";
            return ascending ? List.of(values, nulls) : List.of(nulls, values);
        }
    }

    /** The event types of a channel's status report, as {@code case_event.type} values. */
    private static final List<String> STATUS_STEPS = Arrays.stream(CaseEvent.Type.values())
            .filter(CaseEvent.Type::isStatusStep)
            .map(Enum::name)
            .toList();

    /** Sort keys that order by personal data: ignored for roles that may not see it. */
    public static final Set<String> PERSONAL_SORT_KEYS = Set.of("applicantName");

    private static final String COLUMNS = """
            select c.id, c.case_number, c.submitted_at, c.channel, c.service_type, c.nik, c.applicant_name,
                   v.name as village_name, c.status, c.completed_at""";
    private static final String JOIN = " left join village v on v.code = c.village_code";
    private static final String FROM = " from service_case c" + JOIN;
    private static final String SELECT = COLUMNS + FROM;

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
     * One page of cases matching {@code filter}, newest first unless the page asks otherwise (the
     * start of a case number: highest number first). Free text of at least three characters
     * matches case number, NIK or name as a case-insensitive substring through the trigram index;
     * a full 16-digit NIK uses its btree, the start of a case number ("PPU-2024-00") one range of
     * the case-number index.
     * For roles that may not see personal data free text matches the case number only and a sort
     * by name is ignored: no result may depend on what they cannot see. The page is read with
     * OFFSET: {@link #pageAfter} reads a deep page as fast as the first.
     */
    @PreAuthorize("hasAnyRole('PETUGAS', 'ADMIN', 'KEPALA', 'PERENCANA')")
    public List<CaseRow> page(CaseFilter filter, Pageable page) {
        return read(filter, page.getSort(), null, page.getOffset(), page.getPageSize());
    }

    /**
     * Up to {@code limit} cases matching {@code filter} in the order of {@code sort} (as {@link
     * #page}) that follow the row {@code after}, a row of an earlier page of the same filter and
     * sort, skipping {@code skip} rows more; from the first case if {@code after} is null. The
     * case list scrolls this way (keyset paging): PostgreSQL seeks to the row in the order's index
     * instead of counting off every row before it, so page 500 costs what page 1 costs. The order
     * is by the first sort column the role may use, then by id.
     */
    @PreAuthorize("hasAnyRole('PETUGAS', 'ADMIN', 'KEPALA', 'PERENCANA')")
    public List<CaseRow> pageAfter(CaseFilter filter, Sort sort, CaseRow after, long skip, int limit) {
        return read(filter, sort, after, skip, limit);
    }

    private List<CaseRow> read(CaseFilter filter, Sort sort, CaseRow after, long skip, int limit) {
        boolean full = currentUser.canSeePersonalData();
        Instant now = clock.instant();
        return read(
                plan(filter, sort, full, after),
                skip,
                limit,
                (sql, params) -> jdbc.sql(sql)
                        .params(params)
                        .query((rs, i) -> row(rs, full, now))
                        .list(),
                (sql, params) -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    /**
     * Reads a page as {@code plan} says: the window first if there is one (its rows are the page
     * if they fill it), else the parts in order while the page is not full, skipping {@code skip}
     * rows. {@code rows} runs a statement and {@code count} a count; the search benchmark runs the
     * same plans with raw JDBC.
     */
    static <T> List<T> read(
            PagePlan plan,
            long skip,
            int limit,
            BiFunction<String, Map<String, Object>, List<T>> rows,
            BiFunction<String, Map<String, Object>, Long> count) {
        if (plan.window() != null && skip == 0) {
            Map<String, Object> params = new HashMap<>(plan.params());
            params.put("limit", limit);
            params.put("window", WINDOW);
            List<T> found = rows.apply(plan.window().windowSql(), params);
            if (found.size() == limit) {
                return found;
            }
        }
        List<T> page = new ArrayList<>();
        long toSkip = skip;
        for (Statement part : plan.parts()) {
            if (page.size() == limit) {
                break;
            }
            Map<String, Object> params = new HashMap<>(plan.params());
            params.put("limit", limit - page.size());
            params.put("offset", toSkip);
            List<T> found = rows.apply(part.sql(), params);
            if (found.isEmpty() && toSkip > 0) {
                // This part holds fewer rows than are left to skip: the next part skips the rest.
                toSkip -= count.apply(part.countSql(), params);
            } else {
                toSkip = 0;
            }
            page.addAll(found);
        }
        return page;
    }

    /**
     * How a page is read. The {@code parts} follow each other in the order; {@code window}, if not
     * null, is tried first (see {@link #WINDOW}). Parameters {@code :limit}, {@code :offset} and
     * {@code :window} are bound when the statements run.
     */
    record PagePlan(Statement window, List<Statement> parts, Map<String, Object> params) {}

    /**
     * One statement of a page: the filter's conditions, the position's (the part of the order and
     * the seek to the row after which the page starts), the order. A fenced statement finds the
     * matching rows first and sorts them then, instead of walking the order's index.
     */
    record Statement(List<String> filters, List<String> position, String orderBy, boolean fenced) {

        String sql() {
            List<String> all = new ArrayList<>(filters);
            all.addAll(position);
            if (fenced) {
                // OFFSET 0 keeps PostgreSQL from pulling the filter up into a walk of the order's index.
                return COLUMNS + " from (select * from service_case c" + whereClause(all) + " offset 0) c" + JOIN
                        + orderBy + " limit :limit offset :offset";
            }
            return COLUMNS + FROM + whereClause(all) + orderBy + " limit :limit offset :offset";
        }

        /** How many rows the statement has, up to {@code :offset}. */
        String countSql() {
            List<String> all = new ArrayList<>(filters);
            all.addAll(position);
            return "select count(*) from (select 1 from service_case c" + whereClause(all) + " limit :offset) x";
        }

        /** The matching rows among the next {@code :window} rows of the order after the position. */
        String windowSql() {
            return COLUMNS + " from (select * from service_case c" + whereClause(position) + orderBy
                    + " limit :window) c" + JOIN + whereClause(filters) + orderBy + " limit :limit";
        }
    }

    /**
     * The rows a name search sorted by name first looks through, in name order, before it finds
     * the matches first and sorts them. The matches of a name are not spread over the
     * alphabet: walking the name index for "siti" passes every Agus, Ahmad and Budi first (millions
     * of rows at 5,000,000 cases, half a minute), while "ahmad" matches at once.
     */
    static final int WINDOW = 2_000;

    /**
     * How {@link #pageAfter} reads a page: from the first row one statement; after a row, one
     * statement for each part of the order (see {@link Order#parts}) from the row's part on, the
     * first seeking to the row. A name search sorted by name looks through a window of the order
     * first and is fenced after it. Package private for the search benchmark and the plan tests,
     * which run exactly this SQL.
     */
    static PagePlan plan(CaseFilter filter, Sort sort, boolean personalData, CaseRow after) {
        Order order = order(filter, sort, personalData);
        Map<String, Object> params = new HashMap<>();
        List<String> where = where(filter, personalData, params);
        boolean correlated = order.key() == SortKey.APPLICANT_NAME && searchesNames(filter, personalData);
        if (after == null) {
            Statement all = new Statement(where, List.of(), order.sql(), correlated);
            return new PagePlan(correlated ? all : null, List.of(all), params);
        }
        Object value = order.key().value.apply(after);
        params.put("afterValue", value);
        params.put("afterId", after.id());
        List<String> parts = order.parts();
        // The part of the order the row is in: the NULLs, or the values.
        int first = order.key().nullable && (value == null) != parts.get(0).endsWith(" is null") ? 1 : 0;
        List<Statement> statements = new ArrayList<>();
        for (int p = first; p < parts.size(); p++) {
            List<String> position = new ArrayList<>();
            if (order.key().nullable) {
                position.add(parts.get(p));
            }
            if (p == first) {
                position.add(value == null ? order.afterAmongNulls() : order.after());
            }
            statements.add(new Statement(where, position, order.sql(), correlated));
        }
        return new PagePlan(correlated ? statements.get(0) : null, statements, params);
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

    private static boolean isNik(String text) {
        return text.matches("^[0-9]{16}$");
    }

    /** Whether the filter's free text is matched against names (and NIK and case number). */
    private static boolean searchesNames(CaseFilter f, boolean personalData) {
        return personalData && f.text() != null && !isNik(f.text()) && !CaseNumber.isStart(f.text());
    }

    private static List<String> where(CaseFilter f, boolean personalData, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.text() != null) {
            String text = f.text().toLowerCase();
            String contains =
                    "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            if (personalData && isNik(text)) {
                clauses.add("c.nik = :nik");
                params.put("nik", text);
            } else if (CaseNumber.isStart(text)) {
                // The byte order of the case-number index: the prefix is one range of it.
                clauses.add("c.case_number collate \"C\" like :prefix");
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
        return clauses;
    }

    private static String whereClause(List<String> clauses) {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /**
     * The first sort column the role may use. Without one: newest first, but a search for the
     * start of a case number lists the numbers from the highest down (about newest first too): the
     * matching numbers are one range of the case-number index, which a walk by submission time
     * would cross row by row (a second for a year's prefix at 5,000,000 cases).
     */
    private static Order order(CaseFilter filter, Sort sort, boolean personalData) {
        for (Sort.Order o : sort) {
            for (SortKey key : SortKey.values()) {
                // The order of hidden names would tell more than their masked first letters.
                if (key.property.equals(o.getProperty())
                        && (personalData || !PERSONAL_SORT_KEYS.contains(o.getProperty()))) {
                    return new Order(key, o.isAscending() != key.reversed);
                }
            }
        }
        return CaseNumber.isStart(filter.text())
                ? new Order(SortKey.CASE_NUMBER, false)
                : new Order(SortKey.SUBMITTED_AT, false);
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
