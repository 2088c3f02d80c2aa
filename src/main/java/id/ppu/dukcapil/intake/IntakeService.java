package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.cases.CaseConflictException;
import id.ppu.dukcapil.cases.CaseException;
import id.ppu.dukcapil.cases.CaseQueries;
import id.ppu.dukcapil.cases.CaseRegistry;
import id.ppu.dukcapil.cases.CaseRules;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.CaseStatusReport;
import id.ppu.dukcapil.cases.CaseValidationException;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.FieldProblem;
import id.ppu.dukcapil.cases.NewCase;
import id.ppu.dukcapil.cases.Registration;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.security.ApiPrincipal;
import id.ppu.dukcapil.security.ApiScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns what the online channels send into requests for the one intake path: submissions of
 * the web portal and the GOPPU app, and WhatsApp messages. Checks every field first and reports
 * all problems at once, so that nothing is stored for an invalid request.
 */
@Service
public class IntakeService {

    static final String WHATSAPP_ACTOR = "whatsapp";
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s\\-.()]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9]{8,15}$");
    /** Attempts of a message whose conversation a clerk keeps changing, before it is kept on its own. */
    private static final int MAX_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final CaseRegistry registry;
    private final CaseQueries queries;
    private final RegionService regions;
    private final InboundMessages messages;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final SelfService selfService;

    IntakeService(
            CaseRegistry registry,
            CaseQueries queries,
            RegionService regions,
            InboundMessages messages,
            Clock clock,
            PlatformTransactionManager transactionManager,
            SelfService selfService) {
        this.selfService = selfService;
        this.registry = registry;
        this.queries = queries;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
        // Each attempt at a WhatsApp message is a transaction of its own, so a failed one can be retried.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Registers a channel's submission for the key's channel. The same external id again returns
     * the case registered the first time.
     *
     * @throws ChannelMismatchException if the body names another channel than the key's
     * @throws CaseValidationException  listing every invalid field; nothing is stored
     */
    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_submit')")
    public Registration submit(CaseSubmission s, ApiPrincipal caller) {
        if (caller.channel() == null || !caller.has(ApiScope.SUBMIT)) {
            throw new ChannelMismatchException(String.valueOf(s.channel()), "-");
        }
        Channel channel = Channel.valueOf(caller.channel());
        String bodyChannel = blankToNull(s.channel());
        if (bodyChannel != null && !bodyChannel.equalsIgnoreCase(channel.name())) {
            throw new ChannelMismatchException(bodyChannel, channel.name());
        }
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        String externalId = blankToNull(s.externalId());
        if (externalId == null) {
            problems.add(new FieldProblem("externalId", "validation.required"));
        }
        ServiceType service = null;
        if (blankToNull(s.serviceType()) != null) {
            service = ServiceNames.parse(s.serviceType()).orElse(null);
            if (service == null) {
                problems.add(new FieldProblem("serviceType", "intake.error.serviceType"));
            }
        }
        VillageDirectory villages = new VillageDirectory(regions.villages());
        String village = null;
        if (blankToNull(s.villageCode()) == null) {
            problems.add(new FieldProblem("villageCode", "validation.required"));
        } else {
            VillageDirectory.Resolution r = villages.resolve(s.villageCode());
            village = r.code();
            if (village == null) {
                problems.add(new FieldProblem("villageCode", r.problemKey()));
            }
        }
        Instant submittedAt = now;
        if (blankToNull(s.submittedAt()) != null) {
            try {
                submittedAt = OffsetDateTime.parse(s.submittedAt().strip()).toInstant();
            } catch (DateTimeParseException e) {
                submittedAt = null;
                problems.add(new FieldProblem("submittedAt", "intake.error.dateTime"));
            }
        }
        NewCase request = NewCase.live(
                channel,
                externalId,
                service,
                CaseStatus.SUBMITTED,
                blankToNull(s.nik()),
                collapse(s.applicantName()),
                normalizePhone(s.phone()),
                village,
                submittedAt,
                blankToNull(s.notes()),
                caller.actor(),
                "API " + caller.name());
        for (FieldProblem p : CaseRules.check(request, now, LocalDate.ofInstant(now, Wita.ZONE), villages::isKnown)) {
            if (problems.stream().noneMatch(q -> q.field().equals(p.field()))) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new CaseValidationException(problems);
        }
        return registry.register(request);
    }

    /**
     * A case's status and history timestamps for a channel: any case for a key with the read
     * scope; for a submit key, only cases its channel submitted or touched.
     */
    @Transactional(readOnly = true)
    public Optional<CaseStatusReport> statusFor(String caseNumber, ApiPrincipal caller) {
        return queries.statusReport(caseNumber)
                .filter(r -> caller.has(ApiScope.READ)
                        || (caller.channel() != null && r.channels().contains(Channel.valueOf(caller.channel()))));
    }

    /**
     * Takes one inbound WhatsApp message of any type; it is stored whatever happens to it. A
     * redelivered message (same id) changes nothing. A text in the form {@code <SERVICE> <NIK>
     * <name>} becomes a SUBMITTED case (completing the sender's open TRIAGE case if there is one,
     * keeping what a clerk entered there); any other message (other texts, photos of a KK or KTP
     * with their captions, documents, locations, replies, reactions, unsupported types) opens a
     * TRIAGE case for the clerks, or joins the sender's open one. Messages of one sender are taken
     * one after another, so simultaneous ones share one triage case. A resident's own question
     * ({@link ResidentCommand}: BERHENTI, MULAI, STATUS, SYARAT) is answered by {@link SelfService}
     * instead and reaches no case (a SYARAT the office has no requirements for goes to triage).
     *
     * <p>A message that cannot join its conversation (a clerk changed the case at the same moment,
     * again and again; a value no case may hold) is still stored, in a TRIAGE case of its own with
     * the problem noted, so that Meta gets its 200 and a clerk sees the message. Only a failure of
     * the database itself propagates, and then Meta's redelivery is what we want.
     *
     * @return the case the message belongs to, or empty for a redelivery or a follow-up joining an
     *         open triage case
     */
    public Optional<Registration> receiveWhatsApp(InboundText message) {
        InboundText m = message.storable();
        for (int attempt = 1; ; attempt++) {
            try {
                return inNewTransaction(() -> intoConversation(m));
            } catch (RuntimeException e) {
                if (clerkWasFaster(e) && attempt < MAX_ATTEMPTS) {
                    // A clerk completed, rejected or edited the case meanwhile: read the conversation again.
                    continue;
                }
                if (!clerkWasFaster(e)
                        && !(e instanceof CaseException)
                        && !(e instanceof DataIntegrityViolationException)) {
                    throw e;
                }
                String problem = clerkWasFaster(e) ? "case.conflict" : "case.refused";
                log.warn(
                        "WhatsApp message {} could not join its conversation ({}); kept in a triage case of its own",
                        WhatsAppLogValues.id(m.messageId()),
                        problem);
                return inNewTransaction(() -> alone(m.withProblem(problem)));
            }
        }
    }

    private static boolean clerkWasFaster(RuntimeException e) {
        return e instanceof ConcurrentClerkException
                || e instanceof CaseConflictException
                || e instanceof ConcurrencyFailureException
                || e instanceof CaseException c && "intake.error.notTriage".equals(c.messageKey());
    }

    private Optional<Registration> intoConversation(InboundText m) {
        Optional<Long> row = messages.insertIfNew(m);
        if (row.isEmpty()) {
            log.info("WhatsApp message {} was delivered before; ignored", WhatsAppLogValues.id(m.messageId()));
            return Optional.empty();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Wita.ZONE);
        String phone = phoneOf(m);
        Optional<ResidentCommand> command = m.isText() ? ResidentCommand.parse(m.body()) : Optional.empty();
        Optional<String> waId = WhatsAppNumbers.waId(phone);
        // BERHENTI, MULAI, STATUS, SYARAT: answered at once, not a question for the clerks (unless there is no answer).
        if (command.isPresent() && waId.isPresent() && selfService.answer(command.get(), waId.get(), row.get())) {
            return Optional.empty();
        }
        Instant at = m.at().isAfter(now) ? now : m.at();
        // Only a text can be a complete request; a photo's caption waits for the clerk who looks at the photo.
        WhatsAppTextParser.Parsed parsed = WhatsAppTextParser.parse(m.isText() ? m.body() : null, today);
        WhatsAppTextParser.Parsed hint = m.isText() ? parsed : WhatsAppTextParser.parse(m.body(), today);
        Optional<Long> triage = phone == null ? Optional.empty() : registry.openTriageCase(Channel.WHATSAPP, phone);
        String source = "WhatsApp " + m.messageId();

        Registration result = null;
        if (parsed.complete()) {
            NewCase request = NewCase.live(
                    Channel.WHATSAPP,
                    externalId(m),
                    parsed.service(),
                    CaseStatus.SUBMITTED,
                    parsed.nik(),
                    parsed.applicantName(),
                    phone,
                    null,
                    at,
                    null,
                    WHATSAPP_ACTOR,
                    source);
            if (CaseRules.check(request, now, today, code -> false).isEmpty()) {
                // The phone is the sender's, which the triage case already holds (it was found by it).
                result = triage.isPresent()
                        ? registry.completeTriage(
                                triage.get(),
                                null,
                                NewCase.live(
                                        null,
                                        null,
                                        parsed.service(),
                                        CaseStatus.SUBMITTED,
                                        parsed.nik(),
                                        parsed.applicantName(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        WHATSAPP_ACTOR,
                                        source))
                        : registry.register(request);
            }
        }
        if (result == null && triage.isPresent()) {
            if (!registry.recordFollowUp(triage.get(), WHATSAPP_ACTOR, "WHATSAPP " + m.messageId())) {
                throw new ConcurrentClerkException();
            }
            messages.link(row.get(), triage.get());
            log.info(
                    "WhatsApp message {} ({}) added to triage case {}",
                    WhatsAppLogValues.id(m.messageId()),
                    WhatsAppLogValues.id(m.type()),
                    triage.get());
            return Optional.empty();
        }
        if (result == null) {
            String name = collapse(m.profileName());
            NewCase request = NewCase.live(
                    Channel.WHATSAPP,
                    externalId(m),
                    hint.service(),
                    CaseStatus.TRIAGE,
                    hint.nik(),
                    name == null || name.length() < 2 || name.length() > 120 ? null : name,
                    phone,
                    null,
                    at,
                    null,
                    WHATSAPP_ACTOR,
                    source);
            result = registry.register(request);
        }
        messages.link(row.get(), result.caseId());
        log.info(
                "WhatsApp message {} ({}) registered as {} ({})",
                WhatsAppLogValues.id(m.messageId()),
                WhatsAppLogValues.id(m.type()),
                result.caseNumber(),
                result.status());
        return Optional.of(result);
    }

    /** The last resort: the message in a TRIAGE case of its own, with nothing a case could refuse. */
    private Optional<Registration> alone(InboundText m) {
        Optional<Long> row = messages.insertIfNew(m);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Registration r = registry.register(NewCase.live(
                Channel.WHATSAPP,
                null,
                null,
                CaseStatus.TRIAGE,
                null,
                null,
                phoneOf(m),
                null,
                m.at().isAfter(now) ? now : m.at(),
                null,
                WHATSAPP_ACTOR,
                "WhatsApp " + m.messageId()));
        messages.link(row.get(), r.caseId());
        log.info(
                "WhatsApp message {} registered as {} on its own ({})",
                WhatsAppLogValues.id(m.messageId()),
                r.caseNumber(),
                m.problem());
        return Optional.of(r);
    }

    private <T> T inNewTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /** The sender's phone number, or null for a sender id that is none (a username's user id). */
    private static String phoneOf(InboundText m) {
        String phone = normalizePhone(m.from());
        return phone != null && PHONE.matcher(phone).matches() ? phone : null;
    }

    /** The message id as the case's external id, when it is one a case may hold (redeliveries are caught by the message anyway). */
    private static String externalId(InboundText m) {
        String id = m.messageId();
        return id.length() <= 100 && id.codePoints().allMatch(c -> c > 0x20 && c < 0x7f) ? id : null;
    }

    /** A clerk moved the sender's triage case on between our reading and our writing. */
    private static final class ConcurrentClerkException extends RuntimeException {
        ConcurrentClerkException() {
            super("The triage case left triage meanwhile", null, false, false);
        }
    }

    /** A phone number without spaces, dashes, dots or brackets; null if blank. */
    static String normalizePhone(String raw) {
        String v = blankToNull(raw);
        return v == null ? null : PHONE_PUNCTUATION.matcher(v).replaceAll("");
    }

    private static String collapse(String s) {
        String v = blankToNull(s);
        return v == null ? null : WHITESPACE.matcher(v).replaceAll(" ");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
