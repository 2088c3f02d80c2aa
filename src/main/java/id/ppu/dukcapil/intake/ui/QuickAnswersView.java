package id.ppu.dukcapil.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.intake.QuickAnswer;
import id.ppu.dukcapil.intake.QuickAnswerDraft;
import id.ppu.dukcapil.intake.QuickAnswerException;
import id.ppu.dukcapil.intake.QuickAnswers;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * "Jawaban Cepat": administrators keep the quick answers clerks pick when replying to residents,
 * per service or general, listed by service and order. An answer is added, edited (with a counter
 * of its characters against WhatsApp's limit), deactivated, or deleted after a confirmation. The
 * answers marked as a service's requirements are also the automatic reply to {@code SYARAT}.
 */
@Route("admin/jawaban-cepat")
@RolesAllowed(Role.ADMINISTRATOR)
@Menu(order = 93.5, icon = "vaadin:comments-o", title = "nav.quickAnswers")
public class QuickAnswersView extends VerticalLayout implements HasDynamicTitle {

    /** The filter's value for all answers; {@link #GENERAL} for the general ones; otherwise a service's name. */
    private static final String ALL = "ALL";

    private static final String GENERAL = "GENERAL";
    private static final int PREVIEW = 90;

    private final transient QuickAnswers quickAnswers;
    private final Select<String> filter = new Select<>();
    private final Grid<QuickAnswer> grid = new Grid<>();
    private final QuickAnswerForm form = new QuickAnswerForm();

    public QuickAnswersView(QuickAnswers quickAnswers) {
        this.quickAnswers = quickAnswers;
        setSizeFull();

        List<String> choices = new ArrayList<>(List.of(ALL));
        for (ServiceType s : ServiceType.values()) {
            choices.add(s.name());
        }
        choices.add(GENERAL);
        filter.setId("quick-answers-filter");
        filter.setLabel(getTranslation("quickAnswers.filter.service"));
        filter.setItems(choices);
        filter.setItemLabelGenerator(this::choiceLabel);
        filter.setValue(ALL);
        filter.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("quickAnswers.add"), VaadinIcon.PLUS.create(), e -> {
            grid.asSingleSelect().clear();
            form.create(filteredService());
            form.setVisible(true);
        });
        add.setId("quick-answers-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(filter, add);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("quick-answers-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> serviceLabel(a.serviceType()))
                .setHeader(getTranslation("quickAnswers.col.service"))
                .setKey("service")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(QuickAnswer::title)
                .setHeader(getTranslation("quickAnswers.col.title"))
                .setKey("title")
                .setAutoWidth(true);
        grid.addColumn(QuickAnswer::sortOrder)
                .setHeader(getTranslation("quickAnswers.col.order"))
                .setKey("order")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::stateLabel)
                .setHeader(getTranslation("quickAnswers.col.state"))
                .setKey("state")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> preview(a.body()))
                .setHeader(getTranslation("quickAnswers.col.text"))
                .setKey("text")
                .setFlexGrow(3);
        grid.addColumn(a -> a.updatedBy() + ", " + Formats.dateTime(a.updatedAt()))
                .setHeader(getTranslation("quickAnswers.col.updated"))
                .setKey("updated")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("quickAnswers.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                form.edit(e.getValue());
                form.setVisible(true);
            }
        });

        form.setVisible(false);
        form.addSaveListener(e -> save(e.answer(), e.draft()));
        form.addDeleteListener(e -> confirmDelete(e.answer()));
        form.addCancelListener(e -> close());

        SplitLayout split = new SplitLayout(grid, form);
        split.setSizeFull();
        split.setSplitterPosition(55);
        add(new H2(getTranslation("quickAnswers.title")), new Paragraph(getTranslation("quickAnswers.help")), tools);
        add(split);
        expand(split);
        refresh();
    }

    private void save(QuickAnswer answer, QuickAnswerDraft draft) {
        try {
            QuickAnswer saved = answer == null
                    ? quickAnswers.create(draft)
                    : quickAnswers.update(answer.id(), answer.version(), draft);
            Notifications.success("quickAnswers.saved", saved.title());
            close();
        } catch (QuickAnswerException e) {
            form.showProblem(e, getTranslation(e.messageKey(), e.args()));
            Notifications.error(e.messageKey(), e.args());
            if (e.field() == null) {
                // Changed or deleted meanwhile: the list shows what is there now.
                refresh();
            }
        }
    }

    private void confirmDelete(QuickAnswer answer) {
        if (answer == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("quick-answer-delete-confirm");
        dialog.setHeader(getTranslation("quickAnswers.delete.header"));
        dialog.setText(getTranslation("quickAnswers.delete.text", answer.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("quickAnswers.delete.ok"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            if (Notifications.guard(() -> quickAnswers.delete(answer.id(), answer.version()))) {
                Notifications.success("quickAnswers.deleted", answer.title());
                close();
            } else {
                refresh();
            }
        });
        dialog.open();
    }

    private void close() {
        form.setVisible(false);
        refresh();
    }

    private void refresh() {
        grid.asSingleSelect().clear();
        String choice = filter.getValue();
        grid.setItems(quickAnswers.all().stream()
                .filter(a -> ALL.equals(choice)
                        || (GENERAL.equals(choice)
                                ? a.serviceType() == null
                                : a.serviceType() != null
                                        && a.serviceType().name().equals(choice)))
                .toList());
    }

    /** The service a new answer gets: the one filtered by, if any. */
    private ServiceType filteredService() {
        String choice = filter.getValue();
        return ALL.equals(choice) || GENERAL.equals(choice) ? null : ServiceType.valueOf(choice);
    }

    private String choiceLabel(String choice) {
        return switch (choice) {
            case ALL -> getTranslation("quickAnswers.filter.all");
            case GENERAL -> getTranslation("quickAnswers.general");
            default -> getTranslation("service." + choice);
        };
    }

    private String serviceLabel(ServiceType s) {
        return s == null ? getTranslation("quickAnswers.general") : getTranslation("service." + s.name());
    }

    private String stateLabel(QuickAnswer a) {
        String state = getTranslation(a.active() ? "quickAnswers.state.active" : "quickAnswers.state.inactive");
        return a.requirements() ? state + " · " + getTranslation("quickAnswers.state.requirements") : state;
    }

    private static String preview(String body) {
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= PREVIEW ? oneLine : oneLine.substring(0, PREVIEW - 1) + "…";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quickAnswers.title") + " · " + getTranslation("app.title");
    }
}
