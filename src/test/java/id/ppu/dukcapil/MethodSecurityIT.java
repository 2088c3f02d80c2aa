package id.ppu.dukcapil;

import static id.ppu.dukcapil.support.Regions.PENAJAM_DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.ppu.dukcapil.calendar.HolidayService;
import id.ppu.dukcapil.cases.ApplicantData;
import id.ppu.dukcapil.cases.CaseBulk;
import id.ppu.dukcapil.cases.CaseFilter;
import id.ppu.dukcapil.cases.CaseQueries;
import id.ppu.dukcapil.cases.CaseQueues;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.CaseWork;
import id.ppu.dukcapil.cases.Queue;
import id.ppu.dukcapil.cases.QueueFilter;
import id.ppu.dukcapil.cases.SavedQueues;
import id.ppu.dukcapil.cases.ServiceStandards;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.intake.CaseSubmission;
import id.ppu.dukcapil.intake.ConversationService;
import id.ppu.dukcapil.intake.CsvImportService;
import id.ppu.dukcapil.intake.CsvSource;
import id.ppu.dukcapil.intake.IntakeService;
import id.ppu.dukcapil.intake.MediaService;
import id.ppu.dukcapil.intake.NotificationKind;
import id.ppu.dukcapil.intake.NotificationTexts;
import id.ppu.dukcapil.intake.OutboundMessages;
import id.ppu.dukcapil.intake.OutboxQueries;
import id.ppu.dukcapil.intake.QuickAnswerDraft;
import id.ppu.dukcapil.intake.QuickAnswers;
import id.ppu.dukcapil.intake.TriageQueries;
import id.ppu.dukcapil.outreach.OutreachPlanner;
import id.ppu.dukcapil.outreach.Thresholds;
import id.ppu.dukcapil.outreach.VisitService;
import id.ppu.dukcapil.outreach.Weights;
import id.ppu.dukcapil.region.CoverageIndicator;
import id.ppu.dukcapil.region.CoverageService;
import id.ppu.dukcapil.region.PopulationService;
import id.ppu.dukcapil.region.Semester;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiPrincipal;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.security.AuditFilter;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.security.UserService;
import id.ppu.dukcapil.servicemode.ServiceMode;
import id.ppu.dukcapil.servicemode.ServiceModeService;
import id.ppu.dukcapil.support.TestSignIn;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Method security on every service method that reads personal data or changes state: each is
 * refused to every role and API scope without the right, to an anonymous caller and to a caller
 * without any authentication, and let through for the right role (inside a transaction that is
 * rolled back, so allowed calls leave nothing behind). A view's route check is no longer the only
 * guard: a future caller cannot bypass it.
 */
@SpringBootTest
class MethodSecurityIT {

    /** Every authority a caller can hold: staff roles and API key scopes. */
    private static final List<String> EVERY_AUTHORITY = List.of(
            Role.KEPALA.authority(),
            Role.PERENCANA.authority(),
            Role.PETUGAS.authority(),
            Role.ADMIN.authority(),
            ApiScope.SUBMIT_AUTHORITY,
            ApiScope.IMPORT_AUTHORITY,
            ApiScope.READ_AUTHORITY);

    private static final Set<String> STAFF = Set.of(
            Role.KEPALA.authority(), Role.PERENCANA.authority(), Role.PETUGAS.authority(), Role.ADMIN.authority());
    private static final Set<String> CLERK = Set.of(Role.PETUGAS.authority());
    private static final Set<String> FULL_VIEW = Set.of(Role.PETUGAS.authority(), Role.ADMIN.authority());
    private static final Set<String> HEAD = Set.of(Role.KEPALA.authority());
    private static final Set<String> PLANNER = Set.of(Role.PERENCANA.authority());
    private static final Set<String> ADMIN = Set.of(Role.ADMIN.authority());
    private static final Set<String> IMPORTER =
            Set.of(Role.PETUGAS.authority(), Role.ADMIN.authority(), ApiScope.IMPORT_AUTHORITY);
    private static final Set<String> HOLIDAY_KEEPER = Set.of(Role.PERENCANA.authority(), Role.ADMIN.authority());
    private static final Set<String> SUBMITTER = Set.of(ApiScope.SUBMIT_AUTHORITY);
    private static final long NO_SUCH_ID = -1;

    @Autowired
    CaseService cases;

    @Autowired
    CaseQueries caseQueries;

    @Autowired
    CaseWork work;

    @Autowired
    CaseQueues queues;

    @Autowired
    CaseBulk bulk;

    @Autowired
    SavedQueues savedQueues;

    @Autowired
    ServiceStandards standards;

    @Autowired
    IntakeService intake;

    @Autowired
    CsvImportService imports;

    @Autowired
    TriageQueries triage;

    @Autowired
    ServiceModeService serviceModes;

    @Autowired
    OutreachPlanner planner;

    @Autowired
    VisitService visits;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    OutboxQueries outboxQueries;

    @Autowired
    OutboundMessages outbox;

    @Autowired
    ConversationService conversations;

    @Autowired
    CoverageService coverage;

    @Autowired
    PopulationService population;

    @Autowired
    HolidayService holidays;

    @Autowired
    UserService users;

    @Autowired
    AuditTrail audit;

    @Autowired
    NotificationTexts notificationTexts;

    @Autowired
    MediaService media;

    @Autowired
    QuickAnswers quickAnswers;

    @Autowired
    TransactionTemplate tx;

    /** A call of one guarded method with harmless arguments. */
    interface Call {
        void on(MethodSecurityIT t) throws Exception;
    }

    /** A guarded method, the authorities that may call it, and a call of it. */
    record Guarded(String method, Set<String> allowed, Call call) {
        @Override
        public String toString() {
            return method;
        }
    }

    static List<Guarded> guardedMethods() {
        return List.of(
                new Guarded("CaseService.registerWalkIn", CLERK, t -> t.cases.registerWalkIn(new ApplicantData())),
                new Guarded(
                        "CaseService.completeTriage",
                        CLERK,
                        t -> t.cases.completeTriage(NO_SUCH_ID, 0, new ApplicantData())),
                new Guarded(
                        "CaseService.registerOutreach",
                        CLERK,
                        t -> t.cases.registerOutreach(new ApplicantData(), NO_SUCH_ID)),
                new Guarded(
                        "CaseService.changeStatus",
                        CLERK,
                        t -> t.cases.changeStatus(NO_SUCH_ID, 0, CaseStatus.VERIFIED, null)),
                new Guarded(
                        "CaseService.updateApplicant",
                        CLERK,
                        t -> t.cases.updateApplicant(NO_SUCH_ID, 0, new ApplicantData())),
                new Guarded("CaseService.addNote", CLERK, t -> t.cases.addNote(NO_SUCH_ID, "Catatan uji akses")),
                new Guarded("CaseService.details", STAFF, t -> t.cases.details("PPU-0000-0000000")),
                new Guarded("CaseService.history", STAFF, t -> t.cases.history(NO_SUCH_ID)),
                new Guarded("CaseQueries.page", STAFF, t -> t.caseQueries.page(CaseFilter.all(), PageRequest.of(0, 1))),
                new Guarded(
                        "CaseQueries.pageAfter",
                        STAFF,
                        t -> t.caseQueries.pageAfter(CaseFilter.all(), Sort.unsorted(), null, 0, 1)),
                new Guarded(
                        "CaseQueries.timelineOf",
                        FULL_VIEW,
                        t -> t.caseQueries.timelineOf("6409014501900003", NO_SUCH_ID)),
                new Guarded("CaseWork.take", CLERK, t -> t.work.take(NO_SUCH_ID, null)),
                new Guarded("CaseWork.release", CLERK, t -> t.work.release(NO_SUCH_ID)),
                new Guarded("CaseWork.handOver", CLERK, t -> t.work.handOver(NO_SUCH_ID, "uji-rekan")),
                new Guarded("CaseWork.colleagues", CLERK, t -> t.work.colleagues()),
                new Guarded("CaseQueues.counts", CLERK, t -> t.queues.counts()),
                new Guarded("CaseQueues.counts(narrowing)", CLERK, t -> t.queues.counts(QueueFilter.of(Queue.OVERDUE))),
                new Guarded("CaseQueues.count", CLERK, t -> t.queues.count(QueueFilter.of(Queue.OVERDUE))),
                new Guarded("CaseQueues.page", CLERK, t -> t.queues.page(Queue.OVERDUE, PageRequest.of(0, 1))),
                new Guarded(
                        "CaseQueues.page(filter)",
                        CLERK,
                        t -> t.queues.page(QueueFilter.of(Queue.MINE), PageRequest.of(0, 1))),
                new Guarded(
                        "CaseBulk.changeStatus", CLERK, t -> t.bulk.changeStatus(List.of(), CaseStatus.VERIFIED, null)),
                new Guarded("CaseBulk.take", CLERK, t -> t.bulk.take(List.of())),
                new Guarded("CaseBulk.handOver", CLERK, t -> t.bulk.handOver(List.of(), "uji-rekan")),
                new Guarded("SavedQueues.visible", CLERK, t -> t.savedQueues.visible()),
                new Guarded(
                        "SavedQueues.save",
                        CLERK,
                        t -> t.savedQueues.save("Uji akses", QueueFilter.of(Queue.OVERDUE), false)),
                new Guarded("SavedQueues.share", CLERK, t -> t.savedQueues.share(NO_SUCH_ID, true)),
                new Guarded("SavedQueues.delete", CLERK, t -> t.savedQueues.delete(NO_SUCH_ID)),
                new Guarded("ServiceStandards.change", ADMIN, t -> t.standards.change(ServiceType.KTP, 0, "")),
                new Guarded(
                        "IntakeService.submit",
                        SUBMITTER,
                        t -> t.intake.submit(
                                new CaseSubmission(null, null, null, null, null, null, null, null, null),
                                new ApiPrincipal(NO_SUCH_ID, "uji-akses", Set.of(ApiScope.SUBMIT), "WEB"))),
                new Guarded(
                        "CsvImportService.preview",
                        FULL_VIEW,
                        t -> t.imports.preview(CsvSource.of(new byte[0]), false)),
                new Guarded(
                        "CsvImportService.start",
                        IMPORTER,
                        t -> t.imports.start(CsvSource.of(new byte[0]), "kosong.csv", null)),
                new Guarded("CsvImportService.recentJobs", FULL_VIEW, t -> t.imports.recentJobs()),
                new Guarded("TriageQueries.page", CLERK, t -> t.triage.page(PageRequest.of(0, 1))),
                new Guarded("TriageQueries.count", CLERK, t -> t.triage.count()),
                new Guarded("TriageQueries.messagesOf", CLERK, t -> t.triage.messagesOf(NO_SUCH_ID)),
                new Guarded(
                        "ServiceModeService.change", HEAD, t -> t.serviceModes.change(ServiceMode.LIMITED_HOURS, "")),
                new Guarded(
                        "OutreachPlanner.saveSettings",
                        PLANNER,
                        t -> t.planner.saveSettings(Weights.OFFICE_OPEN, Thresholds.DEFAULT)),
                new Guarded("OutreachPlanner.resetSettings", PLANNER, t -> t.planner.resetSettings()),
                new Guarded("OutreachPlanner.addHoliday", PLANNER, t -> t.planner.addHoliday(null, null)),
                new Guarded(
                        "OutreachPlanner.removeHoliday",
                        PLANNER,
                        t -> t.planner.removeHoliday(LocalDate.of(2000, 1, 1))),
                new Guarded("VisitService.acceptProposal", PLANNER, t -> t.visits.acceptProposal(List.of())),
                new Guarded(
                        "VisitService.planVisit",
                        PLANNER,
                        t -> t.visits.planVisit(LocalDate.of(2000, 1, 3), PENAJAM_DISTRICT, List.of(), 100, null)),
                new Guarded(
                        "VisitService.editVisit",
                        PLANNER,
                        t -> t.visits.editVisit(NO_SUCH_ID, 0, List.of(), 100, null)),
                new Guarded(
                        "VisitService.moveVisit",
                        PLANNER,
                        t -> t.visits.moveVisit(NO_SUCH_ID, 0, LocalDate.of(2000, 1, 3))),
                new Guarded("VisitService.cancelVisit", PLANNER, t -> t.visits.cancelVisit(NO_SUCH_ID, 0, "uji akses")),
                new Guarded(
                        "VisitService.recordDone",
                        PLANNER,
                        t -> t.visits.recordDone(NO_SUCH_ID, 0, Map.of(ServiceType.KTP, 1), 0, null)),
                new Guarded(
                        "VisitService.registerCaseDuringVisit",
                        CLERK,
                        t -> t.visits.registerCaseDuringVisit(NO_SUCH_ID, new ApplicantData())),
                new Guarded("ApiKeyService.create", ADMIN, t -> t.apiKeys.create("", Set.of(ApiScope.READ), null)),
                new Guarded("ApiKeyService.page", ADMIN, t -> t.apiKeys.page(PageRequest.of(0, 1))),
                new Guarded("ApiKeyService.revoke", ADMIN, t -> t.apiKeys.revoke(NO_SUCH_ID)),
                new Guarded("OutboxQueries.page", ADMIN, t -> t.outboxQueries.page(Set.of(), PageRequest.of(0, 1))),
                new Guarded("OutboxQueries.details", ADMIN, t -> t.outboxQueries.details(NO_SUCH_ID)),
                new Guarded("OutboundMessages.retry", ADMIN, t -> t.outbox.retry(NO_SUCH_ID)),
                new Guarded(
                        "ConversationService.conversationOf", CLERK, t -> t.conversations.conversationOf(NO_SUCH_ID)),
                new Guarded("ConversationService.replyOptions", CLERK, t -> t.conversations.replyOptions(NO_SUCH_ID)),
                new Guarded("ConversationService.reply", CLERK, t -> t.conversations.reply(NO_SUCH_ID, "k", "Halo")),
                new Guarded(
                        "CaseService.recordNotification",
                        CLERK,
                        t -> t.cases.recordNotification(NO_SUCH_ID, "uji akses")),
                new Guarded(
                        "CoverageService.changeTarget",
                        ADMIN,
                        t -> t.coverage.changeTarget(CoverageIndicator.EKTP, 2000, BigDecimal.ONE, "uji akses")),
                new Guarded(
                        "CoverageService.importFigures",
                        ADMIN,
                        t -> t.coverage.importFigures(new ByteArrayInputStream(new byte[0]), "uji akses")),
                new Guarded(
                        "PopulationService.change",
                        ADMIN,
                        t -> t.population.change("00.00.00.0000", 1, "uji akses", LocalDate.of(2000, 1, 1))),
                new Guarded(
                        "PopulationService.importSemester",
                        ADMIN,
                        t -> t.population.importSemester(
                                new Semester(2000, 1), "uji akses", new ByteArrayInputStream(new byte[0]))),
                new Guarded(
                        "HolidayService.add",
                        HOLIDAY_KEEPER,
                        t -> t.holidays.add(LocalDate.of(2000, 1, 1), "Uji akses")),
                new Guarded("HolidayService.remove", HOLIDAY_KEEPER, t -> t.holidays.remove(LocalDate.of(2000, 1, 1))),
                new Guarded("UserService.page", ADMIN, t -> t.users.page(PageRequest.of(0, 1))),
                new Guarded("UserService.createUser", ADMIN, t -> t.users.createUser("", "", "", Set.of(Role.PETUGAS))),
                new Guarded("UserService.setEnabled", ADMIN, t -> t.users.setEnabled(NO_SUCH_ID, true)),
                new Guarded("UserService.resetPassword", ADMIN, t -> t.users.resetPassword(NO_SUCH_ID, "")),
                new Guarded("UserService.assignRoles", ADMIN, t -> t.users.assignRoles(NO_SUCH_ID, Set.of())),
                new Guarded("UserService.unlock", ADMIN, t -> t.users.unlock(NO_SUCH_ID)),
                new Guarded("AuditTrail.page", ADMIN, t -> t.audit.page(AuditFilter.all(), PageRequest.of(0, 1))),
                new Guarded("NotificationTexts.all", ADMIN, t -> t.notificationTexts.all()),
                new Guarded(
                        "NotificationTexts.change",
                        ADMIN,
                        t -> t.notificationTexts.change(NotificationKind.COMPLETED, 0, "{nomor} selesai.")),
                new Guarded(
                        "NotificationTexts.resetToDefault",
                        ADMIN,
                        t -> t.notificationTexts.resetToDefault(NotificationKind.COMPLETED, 0)),
                new Guarded(
                        "NotificationTexts.preview",
                        ADMIN,
                        t -> t.notificationTexts.preview(NotificationKind.COMPLETED, "{nomor} selesai.")),
                new Guarded("ConversationService.threadOf", FULL_VIEW, t -> t.conversations.threadOf(NO_SUCH_ID)),
                new Guarded(
                        "ConversationService.hasConversation",
                        FULL_VIEW,
                        t -> t.conversations.hasConversation(NO_SUCH_ID)),
                new Guarded("MediaService.content", FULL_VIEW, t -> t.media.content(NO_SUCH_ID)),
                new Guarded("QuickAnswers.all", ADMIN, t -> t.quickAnswers.all()),
                new Guarded("QuickAnswers.usable", CLERK, t -> t.quickAnswers.usable()),
                new Guarded("QuickAnswers.create", ADMIN, t -> t.quickAnswers.create(new QuickAnswerDraft())),
                new Guarded(
                        "QuickAnswers.update",
                        ADMIN,
                        t -> t.quickAnswers.update(NO_SUCH_ID, 0, new QuickAnswerDraft())),
                new Guarded("QuickAnswers.delete", ADMIN, t -> t.quickAnswers.delete(NO_SUCH_ID, 0)));
    }

    static Stream<Arguments> callersWithoutTheRight() {
        return guardedMethods().stream()
                .flatMap(g -> Stream.concat(
                                EVERY_AUTHORITY.stream()
                                        .filter(a -> !g.allowed().contains(a)),
                                Stream.of("anonymous"))
                        .map(who -> Arguments.of(g, who)));
    }

    static Stream<Arguments> callersWithTheRight() {
        return guardedMethods().stream()
                .flatMap(g -> g.allowed().stream().sorted().map(who -> Arguments.of(g, who)));
    }

    /**
     * The list above is written by hand; this keeps it whole: every public method of the application
     * that carries {@code @PreAuthorize} is in it, and nothing in it is unguarded. (Package-private
     * guarded methods, such as {@code CsvImportService.importCsv}, cannot be called from here; their
     * public callers are listed.)
     */
    @Test
    void the_list_holds_every_public_guarded_method_of_the_application() {
        Set<String> guarded = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("id.ppu.dukcapil")
                        .stream()
                        .flatMap(c -> c.getMethods().stream())
                        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(m -> m.isAnnotatedWith(PreAuthorize.class))
                        .map(m -> m.getOwner().getSimpleName() + "." + m.getName())
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = guardedMethods().stream()
                .map(g -> g.method().replaceAll("\\(.*\\)$", ""))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(listed).as("guarded methods missing from the list").containsAll(guarded);
        assertThat(guarded).as("listed methods without @PreAuthorize").containsAll(listed);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0} is refused to {1}")
    @MethodSource("callersWithoutTheRight")
    void a_caller_without_the_right_is_refused(Guarded method, String who) {
        signIn(who);
        assertThat(catchThrowable(() -> callRolledBack(method))).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest(name = "{0} is refused without any authentication")
    @MethodSource("guardedMethods")
    void a_caller_without_any_authentication_is_refused(Guarded method) {
        SecurityContextHolder.clearContext();
        assertThat(catchThrowable(() -> callRolledBack(method)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @ParameterizedTest(name = "{0} is allowed to {1}")
    @MethodSource("callersWithTheRight")
    void a_caller_with_the_right_gets_through(Guarded method, String who) {
        signIn(who);
        // The harmless arguments may well fail validation or find nothing: but not for lack of a right.
        Throwable thrown = catchThrowable(() -> callRolledBack(method));
        assertThat(thrown)
                .satisfiesAnyOf(
                        t -> assertThat(t).isNull(),
                        t -> assertThat(t)
                                .isNotInstanceOfAny(
                                        AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class));
    }

    private void callRolledBack(Guarded method) {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                method.call().on(this);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void signIn(String authority) {
        if (authority.equals("anonymous")) {
            TestSignIn.signInAnonymously();
        } else {
            TestSignIn.signInWithAuthorities("uji-" + authority.toLowerCase(), authority);
        }
    }
}
