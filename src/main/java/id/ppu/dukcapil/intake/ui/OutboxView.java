package id.ppu.dukcapil.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.intake.OutboundMessageDetails;
import id.ppu.dukcapil.intake.OutboundMessageRow;
import id.ppu.dukcapil.intake.OutboundMessages;
import id.ppu.dukcapil.intake.OutboundStatus;
import id.ppu.dukcapil.intake.OutboxQueries;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * "Pesan Keluar": administrators follow the WhatsApp messages to residents (replies and
 * notifications) through the outbox, newest first, filtered by status: what was sent, delivered
 * and read, what waits for another attempt, and what failed and why. A failed message can be put
 * back in the queue after a confirmation. The page says whether sending is on at all.
 */
@Route("admin/pesan-keluar")
@RolesAllowed(Role.ADMINISTRATOR)
@Menu(order = 93, icon = "vaadin:envelope-o", title = "nav.outbox")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    /** Error codes with an explanation of their own; others show Meta's text. */
    private static final Set<String> EXPLAINED_ERRORS =
            Set.of("131047", "131026", "131049", "131051", "130429", "131056", "190", "timeout", "io", "attempts");

    private final transient OutboxQueries queries;
    private final transient OutboundMessages outbox;
    private final Grid<OutboundMessageRow> grid = new Grid<>();
    private final MultiSelectComboBox<OutboundStatus> statuses = new MultiSelectComboBox<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final H3 detailTitle = new H3();
    private final Div detailFields = new Div();
    private final Button retry = new Button();
    private Set<OutboundStatus> filter = EnumSet.noneOf(OutboundStatus.class);
    private OutboundMessageDetails current;

    public OutboxView(OutboxQueries queries, OutboundMessages outbox) {
        this.queries = queries;
        this.outbox = outbox;
        setSizeFull();

        OutboxQueries.SendingState state = queries.sendingState();
        Paragraph sending = new Paragraph(
                state.enabled()
                        ? getTranslation("outbox.sending.on")
                        : getTranslation("outbox.sending.off", getTranslation(state.offReasonKey())));
        sending.setId("outbox-sending");
        sending.addClassNames(state.enabled() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);

        statuses.setId("outbox-status");
        statuses.setLabel(getTranslation("outbox.filter.status"));
        statuses.setItems(OutboundStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        statuses.setClearButtonVisible(true);
        statuses.setWidth("22em");
        statuses.addValueChangeListener(e -> {
            filter = e.getValue().isEmpty() ? EnumSet.noneOf(OutboundStatus.class) : EnumSet.copyOf(e.getValue());
            grid.getDataProvider().refreshAll();
        });

        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> Formats.dateTime(r.createdAt()))
                .setHeader(getTranslation("outbox.col.created"))
                .setKey("created")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.kind().messageKey()))
                .setHeader(getTranslation("outbox.col.kind"))
                .setKey("kind")
                .setAutoWidth(true);
        grid.addColumn(r -> r.caseNumber() == null ? "" : r.caseNumber())
                .setHeader(getTranslation("outbox.col.case"))
                .setKey("case")
                .setAutoWidth(true);
        grid.addColumn(OutboundMessageRow::recipient)
                .setHeader(getTranslation("outbox.col.recipient"))
                .setKey("recipient")
                .setAutoWidth(true);
        grid.addColumn(this::contentLabel)
                .setHeader(getTranslation("outbox.col.content"))
                .setKey("content")
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.status().messageKey()))
                .setHeader(getTranslation("outbox.col.status"))
                .setKey("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboundMessageRow::attempts)
                .setHeader(getTranslation("outbox.col.attempts"))
                .setKey("attempts")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.status() == OutboundStatus.PENDING ? Formats.dateTime(r.nextAttemptAt()) : "")
                .setHeader(getTranslation("outbox.col.next"))
                .setKey("next")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> errorLabel(r.lastErrorCode(), r.lastErrorText()))
                .setHeader(getTranslation("outbox.col.error"))
                .setKey("error")
                .setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        // Paged in SQL, newest first, without a count: the outbox only grows.
        grid.setItems(query -> queries.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        detailTitle.setId("outbox-detail-title");
        detailFields.setId("outbox-detail");
        detailFields.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        retry.setText(getTranslation("outbox.retry"));
        retry.setId("outbox-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retry.addClickListener(e -> confirmRetry());
        detail.add(detailTitle, detailFields, retry);
        detail.setVisible(false);

        SplitLayout split = new SplitLayout(grid, detail);
        split.setSizeFull();
        split.setSplitterPosition(65);
        HorizontalLayout filters = new HorizontalLayout(statuses);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("outbox.title")),
                new Paragraph(getTranslation("outbox.help")),
                sending,
                filters,
                split);
        expand(split);
    }

    private void show(OutboundMessageRow row) {
        Optional<OutboundMessageDetails> d = row == null ? Optional.empty() : queries.details(row.id());
        current = d.orElse(null);
        detail.setVisible(current != null);
        if (current == null) {
            return;
        }
        OutboundMessageRow r = current.row();
        detailTitle.setText(getTranslation("outbox.detail.title", r.id()));
        detailFields.removeAll();
        field("recipient", r.recipient());
        field("kind", getTranslation(r.kind().messageKey()));
        field("case", r.caseNumber());
        field("status", getTranslation(r.status().messageKey()));
        if (current.templateName() != null) {
            field("template", current.templateName() + " (" + current.templateLanguage() + ")");
            for (int i = 0; i < current.templateParameters().size(); i++) {
                field(
                        "parameter",
                        "{{" + (i + 1) + "}} " + current.templateParameters().get(i));
            }
        } else {
            field("text", current.text());
        }
        field("attempts", String.valueOf(r.attempts()));
        field("error", errorLabel(r.lastErrorCode(), r.lastErrorText()));
        field("created", Formats.dateTime(r.createdAt()) + " · " + current.createdBy());
        field("sent", Formats.dateTime(current.sentAt()));
        field("delivered", Formats.dateTime(current.deliveredAt()));
        field("read", Formats.dateTime(current.readAt()));
        field("waMessageId", current.waMessageId());
        retry.setVisible(r.failed());
    }

    private void field(String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation("outbox.detail." + key) + ": ");
        label.addClassNames(LumoUtility.TextColor.SECONDARY);
        Span text = new Span(value);
        text.addClassNames(LumoUtility.Whitespace.PRE_WRAP);
        Div line = new Div(label, text);
        line.setId("outbox-detail-" + key + (key.equals("parameter") ? "-" + detailFields.getComponentCount() : ""));
        detailFields.add(line);
    }

    private void confirmRetry() {
        if (current == null || !current.row().failed()) {
            return;
        }
        long id = current.row().id();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("outbox-retry-confirm");
        dialog.setHeader(getTranslation("outbox.retry.header"));
        dialog.setText(getTranslation(
                "outbox.retry.text",
                id,
                current.row().caseNumber() == null ? "-" : current.row().caseNumber()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("outbox.retry.ok"));
        dialog.addConfirmListener(e -> {
            if (Notifications.guard(() -> outbox.retry(id))) {
                Notifications.success("outbox.retried", id);
            }
            grid.getDataProvider().refreshAll();
            grid.asSingleSelect().clear();
        });
        dialog.open();
    }

    private String contentLabel(OutboundMessageRow r) {
        return r.templateName() == null
                ? getTranslation("outbox.content.text")
                : getTranslation("outbox.content.template", r.templateName());
    }

    private String errorLabel(String code, String text) {
        if (code == null) {
            return "";
        }
        String explained = EXPLAINED_ERRORS.contains(code) ? getTranslation("outbox.errorCode." + code) : null;
        String t = explained != null ? explained : text == null ? "" : text;
        return t.isBlank() ? code : code + " · " + t;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " · " + getTranslation("app.title");
    }
}
