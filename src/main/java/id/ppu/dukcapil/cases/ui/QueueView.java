package id.ppu.dukcapil.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.ppu.dukcapil.base.MessageKey;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.cases.BulkOutcome;
import id.ppu.dukcapil.cases.CaseBulk;
import id.ppu.dukcapil.cases.CaseHeldException;
import id.ppu.dukcapil.cases.CaseQueues;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.CaseWork;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.Queue;
import id.ppu.dukcapil.cases.QueueFilter;
import id.ppu.dukcapil.cases.QueueRow;
import id.ppu.dukcapil.cases.SavedQueue;
import id.ppu.dukcapil.cases.SavedQueues;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.region.DistrictInfo;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.security.CurrentUser;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The clerks' work queues: what is new, what waits for verification or for the resident, what is
 * ready to collect, what is due soon or late, and what the clerk holds; each with its count and
 * sorted by due date. A clerk takes a case here, releases it or hands it to a colleague, or
 * selects cases and changes their status, takes or hands them over at once (asked first above
 * {@link CaseBulk#CONFIRM_ABOVE} cases), then reads what happened to each.
 */
@Route("kasus/antrean")
@Menu(order = 20.5, icon = "vaadin:list-ol", title = "nav.queues")
@RolesAllowed(Role.CLERK)
public class QueueView extends VerticalLayout implements HasDynamicTitle {

    private final transient CaseQueues queues;
    private final transient CaseWork work;
    private final transient CaseBulk bulk;
    private final transient SavedQueues saved;
    private final String me;
    private final Tabs tabs = new Tabs();
    private final Map<Queue, Tab> tabOf = new EnumMap<>(Queue.class);
    private final Grid<QueueRow> grid = new Grid<>();
    private Queue current = Queue.OVERDUE;

    private final ComboBox<CaseStatus> bulkStatus = new ComboBox<>();
    private final TextField bulkComment = new TextField();
    private final ComboBox<ServiceType> service = new ComboBox<>();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final ComboBox<DistrictInfo> district = new ComboBox<>();
    private final ComboBox<SavedQueue> savedQueue = new ComboBox<>();
    private final Button shareSaved = new Button();
    private final Button deleteSaved = new Button();

    public QueueView(
            CaseQueues queues,
            CaseWork work,
            CaseBulk bulk,
            SavedQueues saved,
            RegionService regions,
            CurrentUser currentUser) {
        this.queues = queues;
        this.work = work;
        this.bulk = bulk;
        this.saved = saved;
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
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
        });

        grid.setId("queue-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(r -> new RouterLink(
                        r.caseNumber(),
                        CaseDetailView.class,
                        new RouteParameters(CaseDetailView.PARAM, r.caseNumber())))
                .setHeader(getTranslation("case.number"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.serviceType() == null
                        ? "–"
                        : getTranslation("service." + r.serviceType().name()))
                .setHeader(getTranslation("case.serviceType"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> StatusBadge.of(r.status()))
                .setHeader(getTranslation("case.status"))
                .setAutoWidth(true);
        grid.addColumn(this::due).setHeader(getTranslation("queue.dueOn")).setAutoWidth(true);
        grid.addColumn(r -> r.holder() == null ? "–" : r.holder())
                .setHeader(getTranslation("queue.holder"))
                .setAutoWidth(true);
        grid.addColumn(QueueRow::applicantName).setHeader(getTranslation("case.applicant"));
        grid.addColumn(QueueRow::villageName).setHeader(getTranslation("case.village"));
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("queue.actions"))
                .setKey("actions")
                .setAutoWidth(true);
        grid.setItems(q -> queues.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());

        add(new H2(getTranslation("queue.title")), filterBar(regions), tabs, bulkBar(), grid);
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
        return r.dueOn().isBefore(today)
                ? getTranslation("queue.overdueOn", Formats.date(r.dueOn()))
                : Formats.date(r.dueOn());
    }

    private HorizontalLayout actions(QueueRow r) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        if (me.equals(r.holder())) {
            Button release = new Button(
                    getTranslation("queue.release"), e -> act(() -> work.release(r.id()), "queue.released", r));
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

    /** The current queue as narrowed by the filter fields. */
    private QueueFilter filter() {
        DistrictInfo d = district.getValue();
        return new QueueFilter(current, service.getValue(), channel.getValue(), d == null ? null : d.code());
    }

    private HorizontalLayout filterBar(RegionService regions) {
        service.setId("queue-service");
        service.setPlaceholder(getTranslation("case.serviceType"));
        service.setItems(ServiceType.values());
        service.setItemLabelGenerator(t -> getTranslation("service." + t.name()));
        service.setClearButtonVisible(true);
        channel.setId("queue-channel");
        channel.setPlaceholder(getTranslation("queue.saved.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        channel.setClearButtonVisible(true);
        district.setId("queue-district");
        district.setPlaceholder(getTranslation("queue.saved.district"));
        district.setItems(regions.districts());
        district.setItemLabelGenerator(DistrictInfo::name);
        district.setClearButtonVisible(true);
        for (ComboBox<?> c : List.of(service, channel, district)) {
            c.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    savedQueue.clear();
                }
                grid.deselectAll();
                refresh();
            });
        }
        savedQueue.setId("saved-queues");
        savedQueue.setPlaceholder(getTranslation("queue.saved.choose"));
        savedQueue.setItemLabelGenerator(
                q -> q.owner().equals(me) ? q.name() + (q.shared() ? " ⇄" : "") : q.name() + " (" + q.owner() + ")");
        savedQueue.setClearButtonVisible(true);
        savedQueue.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                apply(e.getValue().filter());
            }
            updateSavedButtons();
        });
        Button save = new Button(getTranslation("queue.saved.save"), e -> saveDialog());
        save.setId("saved-save");
        shareSaved.setId("saved-share");
        shareSaved.addClickListener(e -> {
            SavedQueue q = savedQueue.getValue();
            if (q != null && Notifications.guard(() -> saved.share(q.id(), !q.shared()))) {
                Notifications.success(q.shared() ? "queue.saved.unshared" : "queue.saved.shared", q.name());
                reloadSaved(q.name(), q.owner());
            }
        });
        deleteSaved.setText(getTranslation("queue.saved.delete"));
        deleteSaved.setId("saved-delete");
        deleteSaved.addClickListener(e -> {
            SavedQueue q = savedQueue.getValue();
            if (q != null && Notifications.guard(() -> saved.delete(q.id()))) {
                Notifications.success("queue.saved.deleted", q.name());
                reloadSaved(null, null);
            }
        });
        reloadSaved(null, null);
        HorizontalLayout bar =
                new HorizontalLayout(service, channel, district, savedQueue, save, shareSaved, deleteSaved);
        bar.setId("queue-filter-bar");
        bar.setAlignItems(Alignment.BASELINE);
        return bar;
    }

    /** Shows a saved queue: its tab and its narrowing. */
    private void apply(QueueFilter f) {
        current = f.queue();
        tabs.setSelectedTab(tabOf.get(current));
        service.setValue(f.service());
        channel.setValue(f.channel());
        district.setValue(
                f.districtCode() == null
                        ? null
                        : district.getListDataView()
                                .getItems()
                                .filter(d -> d.code().equals(f.districtCode()))
                                .findFirst()
                                .orElse(null));
        refresh();
    }

    private void reloadSaved(String selectName, String selectOwner) {
        List<SavedQueue> visible = saved.visible();
        savedQueue.setItems(visible);
        savedQueue.setValue(visible.stream()
                .filter(q -> q.name().equals(selectName) && q.owner().equals(selectOwner))
                .findFirst()
                .orElse(null));
        updateSavedButtons();
    }

    private void updateSavedButtons() {
        SavedQueue q = savedQueue.getValue();
        boolean mine = q != null && q.owner().equals(me);
        // Only the owner changes a queue; a colleague's shared queue is for reading.
        shareSaved.setEnabled(mine);
        deleteSaved.setEnabled(mine);
        shareSaved.setText(getTranslation(q != null && q.shared() ? "queue.saved.unshare" : "queue.saved.share"));
    }

    private void saveDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("saved-save-dialog");
        dialog.setHeaderTitle(getTranslation("queue.saved.save"));
        TextField name = new TextField(getTranslation("queue.saved.name"));
        name.setId("saved-name");
        name.setMaxLength(SavedQueues.MAX_NAME);
        SavedQueue chosen = savedQueue.getValue();
        if (chosen != null && chosen.owner().equals(me)) {
            name.setValue(chosen.name());
        }
        Checkbox share = new Checkbox(getTranslation("queue.saved.shareWithOffice"));
        share.setId("saved-shared");
        Button ok = new Button(getTranslation("queue.saved.save"), e -> {
            QueueFilter f = filter();
            if (Notifications.guard(() -> saved.save(name.getValue(), f, share.getValue()))) {
                dialog.close();
                Notifications.success("queue.saved.saved", name.getValue().strip());
                reloadSaved(name.getValue().strip(), me);
            }
        });
        ok.setId("saved-save-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, share));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private HorizontalLayout bulkBar() {
        bulkStatus.setId("bulk-status");
        bulkStatus.setPlaceholder(getTranslation("queue.bulk.status"));
        // Every status a clerk may choose somewhere; the state machine decides for each selected case.
        bulkStatus.setItems(List.of(CaseStatus.values()).stream()
                .filter(s -> s != CaseStatus.MERGED && s != CaseStatus.TRIAGE)
                .toList());
        bulkStatus.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        bulkComment.setId("bulk-comment");
        bulkComment.setPlaceholder(getTranslation("queue.bulk.comment"));
        bulkComment.setMaxLength(500);
        Button change = new Button(getTranslation("queue.bulk.change"), e -> {
            CaseStatus target = bulkStatus.getValue();
            if (target == null) {
                Notifications.error("queue.bulk.noStatus");
                return;
            }
            String comment = bulkComment.getValue();
            confirmThenRun(selected -> bulk.changeStatus(selected, target, comment));
        });
        change.setId("bulk-change");
        Button take = new Button(getTranslation("queue.bulk.take"), e -> confirmThenRun(bulk::take));
        take.setId("bulk-take");
        Button handOver = new Button(getTranslation("queue.bulk.handOver"), e -> bulkHandOver());
        handOver.setId("bulk-handover");
        HorizontalLayout bar = new HorizontalLayout(bulkStatus, bulkComment, change, take, handOver);
        bar.setId("bulk-bar");
        bar.setAlignItems(Alignment.BASELINE);
        return bar;
    }

    private void bulkHandOver() {
        Dialog dialog = new Dialog();
        dialog.setId("bulk-handover-dialog");
        dialog.setHeaderTitle(getTranslation("queue.bulk.handOver"));
        ComboBox<String> to = new ComboBox<>(getTranslation("queue.handOver.to"));
        to.setId("bulk-handover-to");
        to.setItems(work.colleagues());
        Button ok = new Button(getTranslation("queue.handOver"), e -> {
            if (to.getValue() != null) {
                dialog.close();
                String colleague = to.getValue();
                confirmThenRun(selected -> bulk.handOver(selected, colleague));
            }
        });
        ok.setId("bulk-handover-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(to);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** Runs a bulk action on the selection, in the grid's order, after a yes if it is large. */
    private void confirmThenRun(Function<List<QueueRow>, List<BulkOutcome>> action) {
        List<QueueRow> selected = new ArrayList<>(grid.getSelectedItems());
        if (selected.isEmpty()) {
            Notifications.error("queue.bulk.none");
            return;
        }
        selected.sort(Comparator.comparing(QueueRow::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(QueueRow::id));
        if (selected.size() <= CaseBulk.CONFIRM_ABOVE) {
            showOutcomes(action.apply(selected));
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("bulk-confirm");
        dialog.setHeader(getTranslation("queue.bulk.confirm.header"));
        dialog.setText(getTranslation("queue.bulk.confirm.text", selected.size()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("queue.bulk.confirm.ok", selected.size()));
        dialog.addConfirmListener(e -> showOutcomes(action.apply(selected)));
        dialog.open();
    }

    private void showOutcomes(List<BulkOutcome> outcomes) {
        grid.deselectAll();
        refresh();
        long done = outcomes.stream().filter(BulkOutcome::done).count();
        Dialog dialog = new Dialog();
        dialog.setId("bulk-results-dialog");
        dialog.setHeaderTitle(getTranslation("queue.bulk.results", done, outcomes.size() - done));
        Grid<BulkOutcome> results = new Grid<>();
        results.setId("bulk-results");
        results.addColumn(BulkOutcome::caseNumber)
                .setHeader(getTranslation("case.number"))
                .setAutoWidth(true);
        results.addColumn(this::outcomeText)
                .setHeader(getTranslation("queue.bulk.outcome"))
                .setKey("outcome");
        results.setItems(outcomes);
        results.setWidth("44rem");
        dialog.add(results);
        Button close = new Button(getTranslation("queue.bulk.close"), e -> dialog.close());
        close.setId("bulk-results-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private String outcomeText(BulkOutcome o) {
        if (o.done()) {
            return getTranslation("queue.bulk.done");
        }
        Object[] args = o.refusalArgs().stream()
                .map(a -> a instanceof MessageKey k ? getTranslation(k.messageKey()) : a)
                .toArray();
        return getTranslation("queue.bulk.refused", getTranslation(o.refusalKey(), args));
    }

    private void refresh() {
        refreshCounts();
        grid.getDataProvider().refreshAll();
    }

    private void refreshCounts() {
        queues.counts(filter())
                .forEach((q, n) -> tabOf.get(q).setLabel(getTranslation(q.messageKey()) + " (" + n + ")"));
    }
}
