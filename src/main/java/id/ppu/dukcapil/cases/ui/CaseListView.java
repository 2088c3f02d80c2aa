package id.ppu.dukcapil.cases.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.DatePickers;
import id.ppu.dukcapil.base.ui.FilterChips;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.KeysetDataProvider;
import id.ppu.dukcapil.base.ui.Responsive;
import id.ppu.dukcapil.cases.CaseFilter;
import id.ppu.dukcapil.cases.CaseQueries;
import id.ppu.dukcapil.cases.CaseRow;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.region.DistrictInfo;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.region.VillageInfo;
import id.ppu.dukcapil.security.CurrentUser;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;

/**
 * The clerks' case list: every channel's cases, searched and filtered in the database. The
 * filter lives in the URL so a search can be bookmarked and shared.
 */
@Menu(order = 20, icon = "vaadin:records", title = "nav.cases")
@Route("kasus")
@RolesAllowed({Role.CLERK, Role.ADMINISTRATOR, Role.HEAD, Role.PLANNER})
public class CaseListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "kasus";

    private final TextField search = new TextField();
    private final MultiSelectComboBox<CaseStatus> status = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Channel> channel = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ServiceType> service = new MultiSelectComboBox<>();
    private final ComboBox<DistrictInfo> district = new ComboBox<>();
    private final ComboBox<VillageInfo> village = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Grid<CaseRow> grid = new Grid<>(CaseRow.class, false);
    private final Span searchHint = new Span();
    private final FilterChips chips;
    private final transient RegionService regions;
    private CaseFilter filter = CaseFilter.all();
    private boolean applyingUrl;

    public CaseListView(CaseQueries queries, RegionService regions, CurrentUser currentUser) {
        this.regions = regions;
        setSizeFull();

        search.setId("filter-text");
        // Roles that may not see personal data search by case number only (see CaseQueries.page).
        String placeholder = getTranslation(
                currentUser.canSeePersonalData() ? "cases.search.placeholder" : "cases.search.placeholder.caseNumber");
        search.setPlaceholder(placeholder);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.setWidth("22em");
        search.setAriaLabel(placeholder);

        status.setId("filter-status");
        status.setLabel(getTranslation("case.status"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        channel.setId("filter-channel");
        channel.setLabel(getTranslation("case.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        service.setId("filter-service");
        service.setLabel(getTranslation("case.serviceType"));
        service.setItems(ServiceType.values());
        service.setItemLabelGenerator(s -> getTranslation("service." + s.name()));
        district.setId("filter-district");
        district.setLabel(getTranslation("case.district"));
        district.setItems(regions.districts());
        district.setItemLabelGenerator(DistrictInfo::name);
        district.setClearButtonVisible(true);
        village.setId("filter-village");
        village.setLabel(getTranslation("case.village"));
        village.setItems(regions.villages());
        village.setItemLabelGenerator(VillageInfo::name);
        village.setClearButtonVisible(true);
        from = DatePickers.create(getTranslation("cases.filter.from"));
        from.setId("filter-from");
        to = DatePickers.create(getTranslation("cases.filter.to"));
        to.setId("filter-to");

        Button reset = new Button(getTranslation("cases.filter.reset"), e -> resetFilters());
        reset.setId("filter-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        List.of(status, channel, service).forEach(c -> c.setWidth("14em"));
        List<HasValue<?, ?>> fields = List.of(search, status, channel, service, district, village, from, to);
        fields.forEach(f -> f.addValueChangeListener(e -> onFilterChange(f)));

        Button walkIn = new Button(
                getTranslation("cases.walkin"),
                VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(WalkInView.class));
        walkIn.setId("walk-in");
        walkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        walkIn.setVisible(currentUser.canEditCases());

        H2 title = new H2(getTranslation("cases.title"));
        title.addClassNames(LumoUtility.Margin.NONE);
        FlexLayout filters = new FlexLayout(status, channel, service, district, village, from, to, reset);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.Gap.SMALL);
        chips = new FilterChips("filter", filters);

        HorizontalLayout top = new HorizontalLayout(title, search, chips.toggle(), walkIn);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();
        top.expand(search);
        top.addClassName("wrap-row");

        configureGrid(queries, currentUser.canSeePersonalData());
        searchHint.setId("search-hint");
        searchHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(top, filters, chips, searchHint, grid);
        expand(grid);
    }

    private void configureGrid(CaseQueries queries, boolean personalData) {
        grid.setId("case-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        Grid.Column<CaseRow> number = grid.addColumn(CaseRow::caseNumber)
                .setHeader(getTranslation("case.number"))
                .setSortProperty("caseNumber")
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<CaseRow> submitted = grid.addColumn(r -> Formats.dateTime(r.submittedAt()))
                .setHeader(getTranslation("case.submittedAt"))
                .setSortProperty("submittedAt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<CaseRow> channelColumn = grid.addColumn(
                        r -> getTranslation("channel." + r.channel().name()))
                .setHeader(getTranslation("case.channel"))
                .setAutoWidth(true);
        Grid.Column<CaseRow> serviceColumn = grid.addColumn(r -> r.serviceType() == null
                        ? "–"
                        : getTranslation("service." + r.serviceType().name()))
                .setHeader(getTranslation("case.serviceType"))
                .setAutoWidth(true);
        grid.addColumn(CaseRow::applicantName)
                .setHeader(getTranslation("case.applicant"))
                .setKey("applicantName")
                .setSortProperty("applicantName")
                .setSortable(personalData)
                .setFlexGrow(2)
                .setWidth("14em");
        Grid.Column<CaseRow> villageColumn = grid.addColumn(CaseRow::villageName)
                .setHeader(getTranslation("case.village"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> StatusBadge.of(r.status()))
                .setHeader(getTranslation("case.status"))
                .setAutoWidth(true);
        grid.addColumn(CaseRow::ageDays)
                .setHeader(getTranslation("case.ageDays"))
                .setSortProperty("ageDays")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        // On a phone: case number, applicant (as the role may see it), status and age; a tap opens the case.
        Responsive.columns(grid).hideBelow(Responsive.PHONE, submitted, channelColumn, serviceColumn, villageColumn);
        number.setFrozen(true);
        grid.setMultiSort(false);
        // No count query: the grid grows as the user scrolls (counting free-text matches is slow at scale).
        // Each page is read as the rows after the last one of the page before (keyset), so that
        // scrolling deep costs what the first page costs.
        grid.setItems(new KeysetDataProvider<CaseRow>(
                        (sort, after, skip, limit) -> queries.pageAfter(filter, springSort(sort), after, skip, limit)))
                .setItemCountUnknown();
        grid.setEmptyStateText(getTranslation("cases.empty"));
        grid.addItemClickListener(e -> UI.getCurrent()
                .navigate(
                        CaseDetailView.class,
                        new RouteParameters(CaseDetailView.PARAM, e.getItem().caseNumber())));
    }

    private static Sort springSort(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream()
                .map(o -> o.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(o.getSorted())
                        : Sort.Order.desc(o.getSorted()))
                .toList());
    }

    private void onFilterChange(HasValue<?, ?> source) {
        if (applyingUrl) {
            return;
        }
        if (source == district) {
            DistrictInfo d = district.getValue();
            applyingUrl = true;
            village.setItems(d == null ? regions.villages() : regions.villagesOf(d.code()));
            village.clear();
            applyingUrl = false;
        }
        filter = currentFilter();
        describeSearch();
        showChips();
        grid.getDataProvider().refreshAll();
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE, UrlFilter.toQuery(filter)));
    }

    private CaseFilter currentFilter() {
        // The filter drops free text too short to search.
        return new CaseFilter(
                search.getValue(),
                status.getValue(),
                channel.getValue(),
                service.getValue(),
                district.getValue() == null ? null : district.getValue().code(),
                village.getValue() == null ? null : village.getValue().code(),
                from.getValue(),
                to.getValue());
    }

    private void describeSearch() {
        searchHint.setText(CaseFilter.isTooShort(search.getValue()) ? getTranslation("cases.search.tooShort") : "");
    }

    private void resetFilters() {
        applyingUrl = true;
        search.clear();
        status.clear();
        channel.clear();
        service.clear();
        district.clear();
        village.setItems(regions.villages());
        village.clear();
        from.clear();
        to.clear();
        applyingUrl = false;
        onFilterChange(search);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        CaseFilter f = UrlFilter.fromQuery(query);
        if (query.getParameters().containsKey("q") && f.text() == null) {
            // A link carrying a NIK or a name: not searched, and taken out of the address bar.
            event.forwardTo(ROUTE, UrlFilter.toQuery(f));
            return;
        }
        applyingUrl = true;
        search.setValue(f.text() == null ? "" : f.text());
        status.setValue(f.statuses());
        channel.setValue(f.channels());
        service.setValue(f.services());
        Map<String, DistrictInfo> districts =
                regions.districts().stream().collect(Collectors.toMap(DistrictInfo::code, Function.identity()));
        district.setValue(f.districtCode() == null ? null : districts.get(f.districtCode()));
        List<VillageInfo> villages =
                f.districtCode() == null ? regions.villages() : regions.villagesOf(f.districtCode());
        village.setItems(villages);
        village.setValue(villages.stream()
                .filter(v -> v.code().equals(f.villageCode()))
                .findFirst()
                .orElse(null));
        from.setValue(f.from());
        to.setValue(f.to());
        applyingUrl = false;
        filter = currentFilter();
        showChips();
        grid.getDataProvider().refreshAll();
    }

    /** The active filters (the search stays in its own field) as chips; removing one clears its field. */
    private void showChips() {
        List<FilterChips.Chip> active = new ArrayList<>();
        multi(active, "status", status, s -> getTranslation("status." + s.name()));
        multi(active, "channel", channel, c -> getTranslation("channel." + c.name()));
        multi(active, "service", service, s -> getTranslation("service." + s.name()));
        if (district.getValue() != null) {
            active.add(new FilterChips.Chip("district", district.getValue().name(), district::clear));
        }
        if (village.getValue() != null) {
            active.add(new FilterChips.Chip("village", village.getValue().name(), village::clear));
        }
        if (from.getValue() != null) {
            active.add(new FilterChips.Chip(
                    "from", getTranslation("filter.chip.from", Formats.date(from.getValue())), from::clear));
        }
        if (to.getValue() != null) {
            active.add(new FilterChips.Chip(
                    "to", getTranslation("filter.chip.to", Formats.date(to.getValue())), to::clear));
        }
        chips.setChips(active);
    }

    /** One chip per chosen value of a multi-select filter: removing it deselects only that value. */
    private static <T extends Enum<T>> void multi(
            List<FilterChips.Chip> active, String key, MultiSelectComboBox<T> field, Function<T, String> label) {
        Collection<T> chosen = field.getValue().stream().sorted().toList();
        for (T value : chosen) {
            active.add(new FilterChips.Chip(
                    key + "-" + value.name().toLowerCase(java.util.Locale.ROOT),
                    label.apply(value),
                    () -> field.deselect(value)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " · " + getTranslation("app.title");
    }
}
