package id.ppu.dukcapil.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.cases.CaseHeldException;
import id.ppu.dukcapil.cases.CaseQueues;
import id.ppu.dukcapil.cases.CaseWork;
import id.ppu.dukcapil.cases.Queue;
import id.ppu.dukcapil.cases.QueueRow;
import id.ppu.dukcapil.security.CurrentUser;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The clerks' work queues: what is new, what waits for verification or for the resident, what is
 * ready to collect, what is due soon or late, and what the clerk holds; each with its count and
 * sorted by due date. A clerk takes a case here, releases it or hands it to a colleague.
 */
@Route("kasus/antrean")
@Menu(order = 20.5, icon = "vaadin:list-ol", title = "nav.queues")
@RolesAllowed(Role.CLERK)
public class QueueView extends VerticalLayout implements HasDynamicTitle {

    private final transient CaseQueues queues;
    private final transient CaseWork work;
    private final String me;
    private final Tabs tabs = new Tabs();
    private final Map<Queue, Tab> tabOf = new EnumMap<>(Queue.class);
    private final Grid<QueueRow> grid = new Grid<>();
    private Queue current = Queue.OVERDUE;

    public QueueView(CaseQueues queues, CaseWork work, CurrentUser currentUser) {
        this.queues = queues;
        this.work = work;
        this.me = currentUser.username();
        setSizeFull();

        for (Queue q : Queue.values()) {
            Tab tab = new Tab();
            tab.setId("queue-" + q.name());
            tabOf.put(q, tab);
            tabs.add(tab);
        }
        tabs.setSelectedTab(tabOf.get(current));
        tabs.addSelectedChangeListener(e -> {
            tabOf.forEach((q, t) -> {
                if (t == e.getSelectedTab()) {
                    current = q;
                }
            });
            grid.getDataProvider().refreshAll();
        });

        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(r -> new RouterLink(r.caseNumber(), CaseDetailView.class,
                new RouteParameters(CaseDetailView.PARAM, r.caseNumber()))).setHeader(getTranslation("case.number")).setAutoWidth(true);
        grid.addColumn(r -> r.serviceType() == null ? "–" : getTranslation("service." + r.serviceType().name()))
                .setHeader(getTranslation("case.service")).setAutoWidth(true);
        grid.addComponentColumn(r -> StatusBadge.of(r.status())).setHeader(getTranslation("case.status")).setAutoWidth(true);
        grid.addColumn(this::due).setHeader(getTranslation("queue.dueOn")).setAutoWidth(true);
        grid.addColumn(r -> r.holder() == null ? "–" : r.holder()).setHeader(getTranslation("queue.holder")).setAutoWidth(true);
        grid.addColumn(QueueRow::applicantName).setHeader(getTranslation("case.applicant"));
        grid.addColumn(QueueRow::villageName).setHeader(getTranslation("case.village"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("queue.actions")).setKey("actions").setAutoWidth(true);
        grid.setItems(q -> queues.page(current, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());

        add(new H2(getTranslation("queue.title")), tabs, grid);
        setFlexGrow(1, grid);
        refreshCounts();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title");
    }

    private String due(QueueRow r) {
        if (r.waitingSince() != null) {
            return getTranslation("queue.paused");
        }
        if (r.dueOn() == null) {
            return "–";
        }
        LocalDate today = queues.today();
        return r.dueOn().isBefore(today) ? getTranslation("queue.overdueOn", Formats.date(r.dueOn())) : Formats.date(r.dueOn());
    }

    private HorizontalLayout actions(QueueRow r) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        if (me.equals(r.holder())) {
            Button release = new Button(getTranslation("queue.release"), e -> act(() -> work.release(r.id()), "queue.released", r));
            release.setId("release-" + r.caseNumber());
            release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            buttons.add(release);
        } else {
            Button take = new Button(getTranslation("queue.take"), e -> take(r));
            take.setId("take-" + r.caseNumber());
            take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            buttons.add(take);
        }
        Button handOver = new Button(getTranslation("queue.handOver"), e -> handOver(r));
        handOver.setId("handover-" + r.caseNumber());
        handOver.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        buttons.add(handOver);
        return buttons;
    }

    private void take(QueueRow r) {
        try {
            work.take(r.id(), null);
            Notifications.success("queue.taken", r.caseNumber());
            refresh();
        } catch (CaseHeldException e) {
            // Someone holds it (maybe took it a moment ago): taking it from them needs a yes.
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("take-confirm");
            dialog.setHeader(getTranslation("queue.takeOver.header"));
            dialog.setText(getTranslation("queue.takeOver.text", r.caseNumber(), e.holder()));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setConfirmText(getTranslation("queue.takeOver.ok"));
            dialog.addConfirmListener(ev -> act(() -> work.take(r.id(), e.holder()), "queue.taken", r));
            dialog.addCancelListener(ev -> refresh());
            dialog.open();
        } catch (RuntimeException e) {
            if (!Notifications.showIfKnown(e)) {
                throw e;
            }
            refresh();
        }
    }

    private void handOver(QueueRow r) {
        Dialog dialog = new Dialog();
        dialog.setId("handover-dialog");
        dialog.setHeaderTitle(getTranslation("queue.handOver.header", r.caseNumber()));
        ComboBox<String> to = new ComboBox<>(getTranslation("queue.handOver.to"));
        to.setId("handover-to");
        to.setItems(work.colleagues());
        Button ok = new Button(getTranslation("queue.handOver"), e -> {
            if (to.getValue() != null) {
                dialog.close();
                act(() -> work.handOver(r.id(), to.getValue()), "queue.handedOver", r);
            }
        });
        ok.setId("handover-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(to);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void act(Runnable action, String successKey, QueueRow r) {
        if (Notifications.guard(action)) {
            Notifications.success(successKey, r.caseNumber());
        }
        refresh();
    }

    private void refresh() {
        refreshCounts();
        grid.getDataProvider().refreshAll();
    }

    private void refreshCounts() {
        queues.counts().forEach((q, n) -> tabOf.get(q).setLabel(getTranslation(q.messageKey()) + " (" + n + ")"));
    }
}
