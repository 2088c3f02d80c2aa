package id.ppu.dukcapil.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.cases.ApplicantData;
import id.ppu.dukcapil.cases.CaseConflictException;
import id.ppu.dukcapil.cases.CaseRules;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.CaseValidationException;
import id.ppu.dukcapil.cases.Registration;
import id.ppu.dukcapil.cases.ui.CaseForm;
import id.ppu.dukcapil.intake.ConversationService;
import id.ppu.dukcapil.intake.ConversationThread;
import id.ppu.dukcapil.intake.MediaService;
import id.ppu.dukcapil.intake.QuickAnswers;
import id.ppu.dukcapil.intake.TriageMessage;
import id.ppu.dukcapil.intake.TriageQueries;
import id.ppu.dukcapil.intake.TriageRow;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * The clerks' triage queue: WhatsApp requests that arrived without enough data. The clerk reads
 * the citizen's messages as a thread (texts; photos, documents, locations and replies by a label of
 * their type with the caption, a stored photo shown and any stored media to download; see
 * {@link MessageThread}), completes the data and submits the request (which may join the
 * citizen's open case of the same service), or rejects it (spam, not a request). The clerk can answer
 * in the thread: the reply form says first whether free text may go out (24-hour window) or only
 * the approved template, and the reply joins the thread with its delivery status.
 */
@Menu(order = 22, icon = "vaadin:chat", title = "nav.triage")
@Route("kasus/triase")
@RolesAllowed(Role.CLERK)
public class TriageView extends VerticalLayout implements HasDynamicTitle {

    private final transient TriageQueries triage;
    private final transient CaseService cases;
    private final transient ConversationService conversations;
    private final transient QuickAnswers quickAnswers;
    private final Grid<TriageRow> grid = new Grid<>();
    private final Span waiting = new Span();
    private final VerticalLayout detail = new VerticalLayout();
    private final H3 detailTitle = new H3();
    private final MessageThread messages;
    private final CaseForm form;
    private final TextField rejectReason = new TextField();
    private final ReplyForm reply = new ReplyForm();
    private TriageRow current;

    public TriageView(
            TriageQueries triage,
            CaseService cases,
            ConversationService conversations,
            QuickAnswers quickAnswers,
            MediaService media,
            RegionService regions,
            Clock clock) {
        this.triage = triage;
        this.cases = cases;
        this.conversations = conversations;
        this.quickAnswers = quickAnswers;
        this.messages = new MessageThread(media);
        setSizeFull();

        waiting.setId("triage-waiting");
        waiting.addClassNames(LumoUtility.TextColor.SECONDARY);
        H2 title = new H2(getTranslation("triage.title"));
        title.addClassNames(LumoUtility.Margin.NONE);
        HorizontalLayout top = new HorizontalLayout(title, waiting);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("triage-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> Formats.dateTime(r.receivedAt()))
                .setHeader(getTranslation("triage.receivedAt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TriageRow::phone)
                .setHeader(getTranslation("case.phone"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TriageRow::senderName)
                .setHeader(getTranslation("triage.sender"))
                .setAutoWidth(true);
        grid.addColumn(r -> MessageLabel.of(r.last(), this::getTranslation))
                .setKey("lastMessage")
                .setHeader(getTranslation("triage.lastMessage"))
                .setFlexGrow(3);
        grid.addColumn(TriageRow::messages)
                .setHeader(getTranslation("triage.messages"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> triage.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("triage.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        messages.setId("triage-messages");
        form = new CaseForm(regions.districts(), regions.villages(), clock);
        form.setSaveText(getTranslation("triage.submit"));
        form.addSaveListener(e -> submit(e.getSource(), e.data()));
        rejectReason.setId("triage-reject-reason");
        rejectReason.setLabel(getTranslation("triage.rejectReason"));
        rejectReason.setMaxLength(500);
        Button reject = new Button(getTranslation("triage.reject"), e -> reject());
        reject.setId("triage-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout rejectRow = new HorizontalLayout(rejectReason, reject);
        rejectRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        detailTitle.setId("triage-case");
        // Delivery statuses arrive through the webhook: the clerk reads the thread again to see them.
        Button reload = new Button(getTranslation("triage.reload"), VaadinIcon.REFRESH.create(), e -> {
            if (current != null) {
                showConversation(current);
            }
        });
        reload.setId("triage-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout detailHead = new HorizontalLayout(detailTitle, reload);
        detailHead.setAlignItems(FlexComponent.Alignment.BASELINE);
        reply.addSendListener(e -> sendReply(e.text(), e.requestKey()));
        detail.add(
                detailHead,
                messages,
                reply,
                new H3(getTranslation("triage.complete")),
                new Paragraph(getTranslation("triage.help")),
                form,
                rejectRow);
        detail.setVisible(false);

        SplitLayout split = new SplitLayout(grid, detail);
        split.setSizeFull();
        split.setSplitterPosition(50);
        add(top, split);
        expand(split);
        refresh();
    }

    private void show(TriageRow row) {
        current = row;
        detail.setVisible(row != null);
        if (row == null) {
            return;
        }
        detailTitle.setText(row.caseNumber());
        reply.setQuickAnswers(quickAnswers.usable(), row.serviceType());
        List<TriageMessage> conversation = showConversation(row);
        ApplicantData data = new ApplicantData();
        data.setServiceType(row.serviceType());
        data.setNik(
                row.nik() != null
                        ? row.nik()
                        : triage.nikMentioned(conversation).orElse(null));
        data.setApplicantName(row.senderName());
        data.setPhone(row.phone());
        form.setData(data);
        rejectReason.clear();
    }

    /** The resident's messages and the office's replies as a thread, and what a reply may be now; the resident's messages. */
    private List<TriageMessage> showConversation(TriageRow row) {
        ConversationThread thread = conversations.threadOf(row.caseId());
        messages.show(thread);
        reply.setOptions(conversations.replyOptions(row.caseId()));
        return thread.messages();
    }

    private void sendReply(String text, String requestKey) {
        if (current == null) {
            return;
        }
        if (Notifications.guard(() -> conversations.reply(current.caseId(), requestKey, text))) {
            Notifications.success("triage.reply.queued");
            reply.sent();
            showConversation(current);
        }
    }

    private void submit(CaseForm source, ApplicantData data) {
        if (current == null) {
            return;
        }
        try {
            Registration r = cases.completeTriage(current.caseId(), current.version(), data);
            if (r.mergedInto() == null) {
                Notifications.success("triage.submitted", r.caseNumber());
            } else {
                Notifications.success("triage.merged", r.caseNumber(), r.mergedInto());
            }
            refresh();
        } catch (CaseValidationException e) {
            source.showFieldError(e.field(), e.messageKey());
            Notifications.error(e.messageKey(), e.args());
        } catch (CaseConflictException e) {
            Notifications.error(e.messageKey(), e.args());
            refresh();
        }
    }

    private void reject() {
        if (current == null) {
            return;
        }
        if (CaseRules.lacksReason(CaseStatus.REJECTED, rejectReason.getValue())) {
            rejectReason.setInvalid(true);
            rejectReason.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        boolean done = Notifications.guard(() ->
                cases.changeStatus(current.caseId(), current.version(), CaseStatus.REJECTED, rejectReason.getValue()));
        if (done) {
            Notifications.success("triage.rejected", current.caseNumber());
        }
        refresh();
    }

    private void refresh() {
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
        waiting.setText(getTranslation("triage.waiting", triage.count()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("triage.title") + " · " + getTranslation("app.title");
    }
}
