package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.Wita;
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
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final CaseRegistry registry;
    private final CaseQueries queries;
    private final RegionService regions;
    private final InboundMessages messages;
    private final Clock clock;

    IntakeService(CaseRegistry registry, CaseQueries queries, RegionService regions, InboundMessages messages, Clock clock) {
        this.registry = registry;
        this.queries = queries;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
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
        NewCase request = NewCase.live(channel, externalId, service, CaseStatus.SUBMITTED, blankToNull(s.nik()),
                collapse(s.applicantName()), normalizePhone(s.phone()), village, submittedAt, blankToNull(s.notes()),
                caller.actor(), "API " + caller.name());
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
        return queries.statusReport(caseNumber).filter(r -> caller.has(ApiScope.READ)
                || (caller.channel() != null && r.channels().contains(Channel.valueOf(caller.channel()))));
    }

    /**
     * Takes one inbound WhatsApp text. A redelivered message (same id) changes nothing. A message
     * in the form {@code <SERVICE> <NIK> <name>} becomes a SUBMITTED case (completing the sender's
     * open TRIAGE case if there is one); any other text opens a TRIAGE case for the clerks, or is
     * added to the sender's open one.
     *
     * @return the case the message belongs to, or empty for a redelivery
     */
    @Transactional
    public Optional<Registration> receiveWhatsApp(InboundText m) {
        Optional<Long> row = messages.insertIfNew(m);
        if (row.isEmpty()) {
            log.info("WhatsApp message {} was delivered before; ignored", m.messageId());
            return Optional.empty();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Wita.ZONE);
        String phone = normalizePhone(m.from());
        if (phone != null && !phone.matches("^\\+?[0-9]{8,15}$")) {
            phone = null;
        }
        Instant at = m.at().isAfter(now) ? now : m.at();
        WhatsAppTextParser.Parsed parsed = WhatsAppTextParser.parse(m.body(), today);
        Optional<Long> triage = phone == null ? Optional.empty() : registry.openTriageCase(Channel.WHATSAPP, phone);
        String source = "WhatsApp " + m.messageId();

        Registration result = null;
        if (parsed.complete()) {
            NewCase request = NewCase.live(Channel.WHATSAPP, m.messageId(), parsed.service(), CaseStatus.SUBMITTED,
                    parsed.nik(), parsed.applicantName(), phone, null, at, null, WHATSAPP_ACTOR, source);
            if (CaseRules.check(request, now, today, code -> false).isEmpty()) {
                result = triage.isPresent() ? registry.completeTriage(triage.get(), null, request) : registry.register(request);
            }
        }
        if (result == null && triage.isPresent()) {
            registry.recordFollowUp(triage.get(), WHATSAPP_ACTOR, "WHATSAPP " + m.messageId());
            messages.link(row.get(), triage.get());
            log.info("WhatsApp message {} added to triage case {}", m.messageId(), triage.get());
            return Optional.empty();
        }
        if (result == null) {
            String name = collapse(m.profileName());
            NewCase request = NewCase.live(Channel.WHATSAPP, m.messageId(), parsed.service(), CaseStatus.TRIAGE,
                    parsed.nik(), name == null || name.length() < 2 || name.length() > 120 ? null : name, phone, null, at,
                    null, WHATSAPP_ACTOR, source);
            result = registry.register(request);
        }
        messages.link(row.get(), result.caseId());
        log.info("WhatsApp message {} registered as {} ({})", m.messageId(), result.caseNumber(), result.status());
        return Optional.of(result);
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
