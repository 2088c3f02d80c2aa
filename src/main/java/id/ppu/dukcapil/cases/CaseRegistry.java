package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.cases.BatchPlan.CitizenKey;
import id.ppu.dukcapil.cases.BatchPlan.ExternalKey;
import id.ppu.dukcapil.cases.BatchPlan.Planned;
import id.ppu.dukcapil.cases.BatchPlan.Survivor;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.region.VillageInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door through which every request becomes a case, whichever channel brought it (API,
 * WhatsApp, CSV import, the office desk). It validates, makes retries idempotent on
 * (channel, external id), numbers the case, records its arrival in the history and unifies: a
 * request for the same NIK and service as an open case is stored as MERGED, pointing at that
 * surviving case, and the survivor records that the citizen also came through the new channel.
 *
 * <p>Batches are registered set-based (a few SQL statements per batch, not one per row), so a
 * single request and a 100,000-row import take the same path. Registrations are serialised by a
 * transaction-scoped advisory lock per regency: two channels registering the same citizen at
 * the same moment cannot both open a case.
 */
@Service
public class CaseRegistry {

    /** Advisory lock key of intake in this regency (Kemendagri code of PPU). */
    static final long INTAKE_LOCK = 6409;

    /**
     * The oldest open case ({@code case_unifies}) per NIK and service of the keys, but the one to
     * exclude; it reads the partial unique index {@code service_case_open_citizen_key}, whose
     * predicate is the same function call.
     */
    static final String OPEN_CASES = """
            select distinct on (c.nik, c.service_type) c.nik, c.service_type, c.id, c.case_number, c.channel
            from unnest(cast(:niks as text[]), cast(:services as text[])) as k(nik, service_type)
            join service_case c on c.nik = k.nik and c.service_type = k.service_type
            where case_unifies(c.status) and c.id <> :exclude
            order by c.nik, c.service_type, c.submitted_at, c.id""";

    private final JdbcClient jdbc;
    private final CaseRepository cases;
    private final RegionService regions;
    private final Clock clock;
    private final CaseDeadlines deadlines;
    private final CaseMetrics metrics;

    CaseRegistry(
            JdbcClient jdbc,
            CaseRepository cases,
            RegionService regions,
            Clock clock,
            CaseDeadlines deadlines,
            CaseMetrics metrics) {
        this.deadlines = deadlines;
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.cases = cases;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * Registers one request.
     *
     * @throws CaseValidationException listing every invalid field; nothing is stored
     */
    @Transactional
    public Registration register(NewCase request) {
        return registerAll(List.of(request)).get(0);
    }

    /**
     * Registers a batch in one transaction, in order: a later row may be a retry of an earlier
     * one (DUPLICATE) or the same citizen's request for the same service (MERGED into it).
     *
     * @return one registration per request, in the same order
     * @throws CaseValidationException if any request is invalid; nothing is stored
     */
    @Transactional
    public List<Registration> registerAll(List<NewCase> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<String, VillageInfo> villages = villages();
        for (NewCase r : requests) {
            validate(r, now, villages);
        }
        lock();
        Map<ExternalKey, Registration> known = registeredBefore(requests);
        Map<CitizenKey, Survivor> survivors = openCases(
                requests.stream()
                        .filter(NewCase::unifiable)
                        .map(CitizenKey::of)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                null);

        BatchPlan plan = BatchPlan.of(requests, known, survivors);
        insert(plan.planned(), villages, now);
        return plan.registrations();
    }

    /**
     * Completes a TRIAGE case with the data a clerk (or a well-formed follow-up message) supplied.
     * It becomes SUBMITTED, or MERGED into the citizen's open case of the same service.
     *
     * @param expectedVersion the version the clerk saw, or null when no clerk is involved: then the
     *                        data is what a message said, and each field it leaves empty keeps what
     *                        the case holds (a clerk's village, phone or notes are never erased)
     * @param data            the completed data; its status must be SUBMITTED
     * @throws CaseValidationException listing every invalid field; nothing is changed
     * @throws CaseConflictException   if the case changed since {@code expectedVersion}
     */
    @Transactional
    public Registration completeTriage(long caseId, Long expectedVersion, NewCase data) {
        Instant now = clock.instant();
        if (data.status() != CaseStatus.SUBMITTED) {
            throw new IllegalArgumentException("A completed triage case is SUBMITTED");
        }
        Map<String, VillageInfo> villages = villages();
        lock();
        ServiceCase c = cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(String.valueOf(caseId)));
        if (expectedVersion != null && c.getVersion() != expectedVersion) {
            throw new CaseConflictException(c.getCaseNumber());
        }
        if (c.getStatus() != CaseStatus.TRIAGE) {
            throw new CaseException("intake.error.notTriage", c.getCaseNumber());
        }
        if (expectedVersion == null) {
            data = new NewCase(
                    data.channel(),
                    data.externalId(),
                    or(data.serviceType(), c.getServiceType()),
                    data.status(),
                    or(data.nik(), c.getNik()),
                    or(data.applicantName(), c.getApplicantName()),
                    or(data.phone(), c.getPhone()),
                    or(data.villageCode(), c.getVillageCode()),
                    data.submittedAt(),
                    data.completedAt(),
                    or(data.notes(), c.getNotes()),
                    data.actor(),
                    data.source());
        }
        validate(
                new NewCase(
                        c.getChannel(),
                        null,
                        data.serviceType(),
                        CaseStatus.SUBMITTED,
                        data.nik(),
                        data.applicantName(),
                        data.phone(),
                        data.villageCode(),
                        c.getSubmittedAt(),
                        null,
                        data.notes(),
                        data.actor(),
                        data.source()),
                now,
                villages);
        VillageInfo village = data.villageCode() == null ? null : villages.get(data.villageCode());
        List<String> changes = new ArrayList<>();
        diff(changes, "serviceType", c.getServiceType(), data.serviceType());
        diff(changes, "nik", c.getNik(), data.nik());
        diff(changes, "applicantName", c.getApplicantName(), data.applicantName());
        diff(changes, "phone", c.getPhone(), data.phone());
        diff(changes, "village", c.getVillageCode(), data.villageCode());
        diff(changes, "notes", c.getNotes(), data.notes());
        Survivor survivor = openCases(Set.of(new CitizenKey(data.nik(), data.serviceType())), caseId)
                .get(new CitizenKey(data.nik(), data.serviceType()));

        c.applicant(
                data.serviceType(),
                data.nik(),
                data.applicantName(),
                data.phone(),
                village == null ? null : village.code(),
                village == null ? null : village.districtCode(),
                data.notes(),
                now);
        if (survivor == null) {
            c.moveTo(CaseStatus.SUBMITTED, now);
        } else {
            c.mergeInto(survivor.id(), now);
        }
        try {
            cases.saveAndFlush(c);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CaseConflictException(c.getCaseNumber());
        }
        List<EventRow> events = new ArrayList<>();
        if (!changes.isEmpty()) {
            events.add(new EventRow(
                    caseId, now, data.actor(), CaseEvent.Type.EDITED, null, null, String.join("; ", changes)));
        }
        List<ChannelTouch> touches = new ArrayList<>();
        if (survivor == null) {
            events.add(new EventRow(
                    caseId,
                    now,
                    data.actor(),
                    CaseEvent.Type.STATUS_CHANGED,
                    CaseStatus.TRIAGE,
                    CaseStatus.SUBMITTED,
                    null));
        } else {
            events.add(new EventRow(
                    caseId,
                    now,
                    data.actor(),
                    CaseEvent.Type.MERGED,
                    CaseStatus.TRIAGE,
                    CaseStatus.MERGED,
                    "→ " + survivor.number()));
            events.add(new EventRow(
                    survivor.id(),
                    now,
                    data.actor(),
                    CaseEvent.Type.CHANNEL_TOUCHED,
                    null,
                    null,
                    c.getChannel() + " " + c.getCaseNumber()));
            if (c.getChannel() != survivor.channel()) {
                touches.add(new ChannelTouch(survivor.id(), c.getChannel(), now));
            }
            touchSurvivors(Set.of(survivor.id()), now);
        }
        insertEvents(events);
        insertChannels(touches);
        deadlines.refresh(List.of(caseId));
        return new Registration(
                caseId,
                c.getCaseNumber(),
                c.getStatus(),
                survivor == null ? null : survivor.number(),
                survivor == null ? Registration.Outcome.CREATED : Registration.Outcome.MERGED);
    }

    /**
     * The newest open TRIAGE case that {@code phone} started on {@code channel}, to append further
     * messages to. Takes intake's lock first and holds it to the end of the caller's transaction,
     * so that two messages of one sender at the same moment find one case, and a clerk completing
     * the case waits for the message (or the message for the clerk).
     */
    @Transactional
    public Optional<Long> openTriageCase(Channel channel, String phone) {
        lock();
        return jdbc.sql("""
                select id from service_case where channel = :ch and phone = :phone and status = 'TRIAGE'
                order by submitted_at desc, id desc limit 1""")
                .param("ch", channel.name())
                .param("phone", phone)
                .query(Long.class)
                .optional();
    }

    /**
     * Records in a TRIAGE case's history that another message arrived for it (the text stays with
     * the channel). The case's version moves on, so a clerk who read the case before the message
     * must reload before completing or rejecting it.
     *
     * @return false, changing nothing, if the case no longer waits in triage (a clerk was first)
     */
    @Transactional
    public boolean recordFollowUp(long caseId, String actor, String detail) {
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                update service_case set version = version + 1, updated_at = greatest(updated_at, :now)
                where id = :id and status = 'TRIAGE'""")
                .param("now", java.sql.Timestamp.from(now))
                .param("id", caseId)
                .update();
        if (updated == 0) {
            return false;
        }
        insertEvents(List.of(new EventRow(caseId, now, actor, CaseEvent.Type.NOTE, null, null, detail)));
        return true;
    }

    private void validate(NewCase r, Instant now, Map<String, VillageInfo> villages) {
        Objects.requireNonNull(r.actor(), "actor");
        List<FieldProblem> problems =
                CaseRules.check(r, now, LocalDate.ofInstant(now, Wita.ZONE), villages::containsKey);
        if (!problems.isEmpty()) {
            throw new CaseValidationException(problems);
        }
    }

    private Map<String, VillageInfo> villages() {
        return regions.villages().stream().collect(Collectors.toMap(VillageInfo::code, Function.identity()));
    }

    /**
     * Takes intake's transaction-scoped lock. Every writer of a case's NIK, service or status takes
     * it before touching any row, so writers lock in one order (this lock, then case rows, then the
     * rollup rows their triggers update) and never deadlock, and the check for another open case of
     * the citizen cannot race with a registration.
     */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", INTAKE_LOCK)
                .query((rs, i) -> 1)
                .list();
    }

    /** The number of the citizen's open case of {@code service} other than {@code excludeId}, if any; call under {@link #lock()}. */
    Optional<String> openCaseNumber(String nik, ServiceType service, long excludeId) {
        CitizenKey key = new CitizenKey(nik, service);
        return Optional.ofNullable(openCases(Set.of(key), excludeId).get(key)).map(Survivor::number);
    }

    private Map<ExternalKey, Registration> registeredBefore(List<NewCase> requests) {
        Set<ExternalKey> keys = requests.stream()
                .map(ExternalKey::of)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<ExternalKey, Registration> found = new HashMap<>();
        jdbc.sql("""
                select c.id, c.channel, c.external_id, c.case_number, c.status, s.case_number as merged_into
                from unnest(cast(:channels as text[]), cast(:ids as text[])) as k(channel, external_id)
                join service_case c on c.channel = k.channel and c.external_id = k.external_id and c.external_id is not null
                left join service_case s on s.id = c.merged_into_id""")
                .param("channels", keys.stream().map(k -> k.channel().name()).toArray(String[]::new))
                .param("ids", keys.stream().map(ExternalKey::externalId).toArray(String[]::new))
                .query((rs, i) -> {
                    found.put(
                            new ExternalKey(Channel.valueOf(rs.getString("channel")), rs.getString("external_id")),
                            new Registration(
                                    rs.getLong("id"),
                                    rs.getString("case_number"),
                                    CaseStatus.valueOf(rs.getString("status")),
                                    rs.getString("merged_into"),
                                    Registration.Outcome.DUPLICATE));
                    return 1;
                })
                .list();
        return found;
    }

    /** The oldest open case per citizen and service ({@link CaseStatus#unifies()}), optionally ignoring one case. */
    private Map<CitizenKey, Survivor> openCases(Set<CitizenKey> keys, Long excludeId) {
        Map<CitizenKey, Survivor> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.sql(OPEN_CASES)
                .param("niks", keys.stream().map(CitizenKey::nik).toArray(String[]::new))
                .param("services", keys.stream().map(k -> k.service().name()).toArray(String[]::new))
                .param("exclude", excludeId == null ? -1L : excludeId)
                .query((rs, i) -> {
                    found.put(
                            new CitizenKey(rs.getString("nik"), ServiceType.valueOf(rs.getString("service_type"))),
                            new Survivor(
                                    rs.getLong("id"),
                                    rs.getString("case_number"),
                                    Channel.valueOf(rs.getString("channel"))));
                    return 1;
                })
                .list();
        return found;
    }

    private void insert(List<Planned> planned, Map<String, VillageInfo> villages, Instant now) {
        if (planned.isEmpty()) {
            return;
        }
        List<long[]> numbers = jdbc.sql("""
                select nextval('service_case_id_seq') as id, nextval('case_number_seq') as seq
                from generate_series(1, :n)""")
                .param("n", planned.size())
                .query((rs, i) -> new long[] {rs.getLong("id"), rs.getLong("seq")})
                .list();
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            p.id = numbers.get(i)[0];
            p.number = CaseNumber.of(p.request.submittedAt(), numbers.get(i)[1]).format();
        }
        int n = planned.size();
        String[] ids = new String[n];
        String[] caseNumbers = new String[n];
        String[] channels = new String[n];
        String[] services = new String[n];
        String[] statuses = new String[n];
        String[] niks = new String[n];
        String[] names = new String[n];
        String[] phones = new String[n];
        String[] villageCodes = new String[n];
        String[] districts = new String[n];
        String[] submitted = new String[n];
        String[] completed = new String[n];
        String[] mergedInto = new String[n];
        String[] externalIds = new String[n];
        String[] notes = new String[n];
        List<EventRow> events = new ArrayList<>();
        Map<TouchKey, ChannelTouch> touches = new LinkedHashMap<>();
        Set<Long> existingSurvivors = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            Planned p = planned.get(i);
            NewCase r = p.request;
            VillageInfo v = r.villageCode() == null ? null : villages.get(r.villageCode());
            ids[i] = String.valueOf(p.id);
            caseNumbers[i] = p.number;
            channels[i] = r.channel().name();
            services[i] = r.serviceType() == null ? null : r.serviceType().name();
            statuses[i] = (p.mergeInto == null ? r.status() : CaseStatus.MERGED).name();
            niks[i] = r.nik();
            names[i] = r.applicantName();
            phones[i] = r.phone();
            villageCodes[i] = v == null ? null : v.code();
            districts[i] = v == null ? null : v.districtCode();
            submitted[i] = r.submittedAt().toString();
            completed[i] = r.completedAt() == null ? null : r.completedAt().toString();
            mergedInto[i] = p.mergeInto == null ? null : String.valueOf(p.mergeInto.id());
            externalIds[i] = r.externalId();
            notes[i] = r.notes();
            events.add(new EventRow(
                    p.id,
                    now,
                    r.actor(),
                    CaseEvent.Type.CREATED,
                    null,
                    r.status(),
                    r.source() == null ? r.channel().name() : r.source()));
            if (p.mergeInto != null) {
                Survivor s = p.mergeInto;
                events.add(new EventRow(
                        p.id, now, r.actor(), CaseEvent.Type.MERGED, r.status(), CaseStatus.MERGED, "→ " + s.number()));
                events.add(new EventRow(
                        s.id(),
                        now,
                        r.actor(),
                        CaseEvent.Type.CHANNEL_TOUCHED,
                        null,
                        null,
                        r.channel() + " " + p.number));
                if (r.channel() != s.channel()) {
                    touches.putIfAbsent(new TouchKey(s.id(), r.channel()), new ChannelTouch(s.id(), r.channel(), now));
                }
                if (s.planned == null) {
                    existingSurvivors.add(s.id());
                }
            }
        }
        jdbc.sql("""
                insert into service_case (id, case_number, channel, service_type, status, nik, applicant_name, phone,
                    village_code, district_code, submitted_at, updated_at, completed_at, merged_into_id, external_id, notes)
                select id, case_number, channel, service_type, status, nik, applicant_name, phone,
                    village_code, district_code, submitted_at, :now, completed_at, merged_into_id, external_id, notes
                from unnest(cast(:ids as bigint[]), cast(:numbers as text[]), cast(:channels as text[]),
                    cast(:services as text[]), cast(:statuses as text[]), cast(:niks as text[]), cast(:names as text[]),
                    cast(:phones as text[]), cast(:villages as text[]), cast(:districts as text[]),
                    cast(:submitted as timestamptz[]), cast(:completed as timestamptz[]), cast(:merged as bigint[]),
                    cast(:externalIds as text[]), cast(:notes as text[]))
                    as t(id, case_number, channel, service_type, status, nik, applicant_name, phone, village_code,
                         district_code, submitted_at, completed_at, merged_into_id, external_id, notes)""")
                .param("now", java.sql.Timestamp.from(now))
                .param("ids", ids)
                .param("numbers", caseNumbers)
                .param("channels", channels)
                .param("services", services)
                .param("statuses", statuses)
                .param("niks", niks)
                .param("names", names)
                .param("phones", phones)
                .param("villages", villageCodes)
                .param("districts", districts)
                .param("submitted", submitted)
                .param("completed", completed)
                .param("merged", mergedInto)
                .param("externalIds", externalIds)
                .param("notes", notes)
                .update();
        insertEvents(events);
        insertChannels(new ArrayList<>(touches.values()));
        touchSurvivors(existingSurvivors, now);
        deadlines.refresh(planned.stream().map(p -> p.id).toList());
        metrics.registered(planned, p -> p.request.channel(), p -> p.mergeInto != null);
    }

    private void insertEvents(List<EventRow> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into case_event (case_id, occurred_at, actor, type, from_status, to_status, detail)
                select case_id, occurred_at, actor, type, from_status, to_status, detail
                from unnest(cast(:cases as bigint[]), cast(:at as timestamptz[]), cast(:actors as text[]),
                    cast(:types as text[]), cast(:froms as text[]), cast(:tos as text[]), cast(:details as text[]))
                    with ordinality as e(case_id, occurred_at, actor, type, from_status, to_status, detail, n)
                order by n""")
                .param(
                        "cases",
                        events.stream().map(e -> String.valueOf(e.caseId())).toArray(String[]::new))
                .param("at", events.stream().map(e -> e.at().toString()).toArray(String[]::new))
                .param("actors", events.stream().map(EventRow::actor).toArray(String[]::new))
                .param("types", events.stream().map(e -> e.type().name()).toArray(String[]::new))
                .param(
                        "froms",
                        events.stream()
                                .map(e -> e.from() == null ? null : e.from().name())
                                .toArray(String[]::new))
                .param(
                        "tos",
                        events.stream()
                                .map(e -> e.to() == null ? null : e.to().name())
                                .toArray(String[]::new))
                .param(
                        "details",
                        events.stream().map(e -> truncate(e.detail(), 4000)).toArray(String[]::new))
                .update();
    }

    private void insertChannels(List<ChannelTouch> touches) {
        if (touches.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into case_channel (case_id, channel, first_touched_at)
                select * from unnest(cast(:cases as bigint[]), cast(:channels as text[]), cast(:at as timestamptz[]))
                on conflict do nothing""")
                .param(
                        "cases",
                        touches.stream().map(t -> String.valueOf(t.caseId())).toArray(String[]::new))
                .param("channels", touches.stream().map(t -> t.channel().name()).toArray(String[]::new))
                .param("at", touches.stream().map(t -> t.at().toString()).toArray(String[]::new))
                .update();
    }

    /** A survivor changed (a new channel and history entry) without a new version: clerks editing it keep their work. */
    private void touchSurvivors(Set<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql(
                        "update service_case set updated_at = greatest(updated_at, :now) where id = any(cast(:ids as bigint[]))")
                .param("now", java.sql.Timestamp.from(now))
                .param("ids", ids.stream().map(String::valueOf).toArray(String[]::new))
                .update();
    }

    private static void diff(List<String> changes, String field, Object before, Object after) {
        CaseEvent.change(field, before, after).ifPresent(changes::add);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private record EventRow(
            long caseId,
            Instant at,
            String actor,
            CaseEvent.Type type,
            CaseStatus from,
            CaseStatus to,
            String detail) {}

    private record ChannelTouch(long caseId, Channel channel, Instant at) {}

    private record TouchKey(long caseId, Channel channel) {}
}
