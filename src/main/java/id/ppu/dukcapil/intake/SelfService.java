package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.ServiceType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers what residents ask the WhatsApp number by themselves ({@link ResidentCommand}): opt-out
 * and back, a request's status and next step (only to the number the request carries; anyone else
 * gets one reply that tells nothing, whether the request exists or not), the sender's open
 * requests, a service's requirements (the administrator's quick answers marked as such; without
 * any, the question goes to the clerks). The answer is free text: the resident has just written, so
 * the 24-hour window is open. It is queued in the transaction that stores the resident's message,
 * keyed by that message, so a redelivery answers nothing twice.
 */
@Component
class SelfService {

    /** The open requests listed in one answer; the rest are counted. */
    static final int MAX_LISTED = 10;

    private static final Logger log = LoggerFactory.getLogger(SelfService.class);

    private final OutboundMessages outbox;
    private final OptOuts optOuts;
    private final RequirementTexts requirements;
    private final JdbcClient jdbc;
    private final Clock clock;

    SelfService(OutboundMessages outbox, OptOuts optOuts, RequirementTexts requirements, JdbcClient jdbc, Clock clock) {
        this.outbox = outbox;
        this.optOuts = optOuts;
        this.requirements = requirements;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record CaseLine(long id, String caseNumber, ServiceType service, CaseStatus status, String phone) {}

    /**
     * Answers {@code command} from {@code waId} (62812...), the sender of the stored inbound message
     * {@code inboundRowId}.
     *
     * @return false if there is no answer to give: {@code SYARAT} of a service whose requirements the
     *         office keeps no active quick answer of, a question for the clerks then
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean answer(ResidentCommand command, String waId, long inboundRowId) {
        String key = "self:" + inboundRowId;
        if (command instanceof ResidentCommand.OptOut) {
            optOuts.optOut(waId, clock.instant());
            send(key, null, waId, OutboundKind.OPT_OUT_CONFIRMATION, ResidentTexts.text("resident.optOut"));
        } else if (command instanceof ResidentCommand.OptIn) {
            optOuts.optIn(waId);
            send(key, null, waId, OutboundKind.OPT_OUT_CONFIRMATION, ResidentTexts.text("resident.optIn"));
        } else if (command instanceof ResidentCommand.Requirements r) {
            // The administrator's quick answers are the one source of requirement texts (V22).
            Optional<String> text = requirements.of(r.service());
            if (text.isEmpty()) {
                log.info("No active requirements of {}: inbound message {} goes to triage", r.service(), inboundRowId);
                return false;
            }
            send(key, null, waId, OutboundKind.SELF_SERVICE_ANSWER, text.get());
        } else if (command instanceof ResidentCommand.OneRequest q) {
            Optional<CaseLine> c = byNumber(q.caseNumber())
                    .filter(l ->
                            WhatsAppNumbers.waId(l.phone()).filter(waId::equals).isPresent());
            // A stranger's question is not tied to the case: the case's history shows no message to someone else.
            send(
                    key,
                    c.map(CaseLine::id).orElse(null),
                    waId,
                    OutboundKind.SELF_SERVICE_ANSWER,
                    c.map(l -> ResidentTexts.text(
                                    "resident.status.one",
                                    l.caseNumber(),
                                    ResidentTexts.service(l.service()),
                                    state(l.status()),
                                    ResidentTexts.text(
                                            "resident.next." + l.status().name())))
                            .orElseGet(() -> ResidentTexts.text("resident.status.unknown")));
        } else {
            send(key, null, waId, OutboundKind.SELF_SERVICE_ANSWER, openRequests(waId));
        }
        log.info(
                "WhatsApp self-service answer ({}) queued for inbound message {}",
                command.getClass().getSimpleName(),
                inboundRowId);
        return true;
    }

    private void send(String key, Long caseId, String waId, OutboundKind kind, String text) {
        outbox.enqueue(key, caseId, waId, kind, new OutboundContent.Text(text));
    }

    private Optional<CaseLine> byNumber(String caseNumber) {
        return jdbc.sql("select id, case_number, service_type, status, phone from service_case where case_number = :n")
                .param("n", caseNumber)
                .query(SelfService::line)
                .optional();
    }

    private String openRequests(String waId) {
        // The sender's cases by the number they carry in any spelling (wa_id(), V21, indexed).
        List<CaseLine> open = jdbc.sql("""
                select id, case_number, service_type, status, phone from service_case
                where wa_id(phone) = :w and phone is not null and case_is_open(status)
                order by submitted_at desc, id desc limit :limit""")
                .param("w", waId)
                .param("limit", MAX_LISTED + 1)
                .query(SelfService::line)
                .list();
        if (open.isEmpty()) {
            return ResidentTexts.text("resident.status.none");
        }
        String lines = open.stream()
                .limit(MAX_LISTED)
                .map(l -> ResidentTexts.text(
                        "resident.status.line", l.caseNumber(), ResidentTexts.service(l.service()), state(l.status())))
                .collect(Collectors.joining("\n"));
        if (open.size() > MAX_LISTED) {
            long total = jdbc.sql("select count(*) from service_case where wa_id(phone) = :w and phone is not null "
                            + "and case_is_open(status)")
                    .param("w", waId)
                    .query(Long.class)
                    .single();
            lines += "\n" + ResidentTexts.text("resident.status.more", total - MAX_LISTED);
        }
        return ResidentTexts.text("resident.status.list", lines);
    }

    private static String state(CaseStatus status) {
        return ResidentTexts.text("resident.state." + status.name());
    }

    private static CaseLine line(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        String service = rs.getString("service_type");
        return new CaseLine(
                rs.getLong("id"),
                rs.getString("case_number"),
                service == null ? null : ServiceType.valueOf(service),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("phone"));
    }
}
