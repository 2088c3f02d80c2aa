package id.ppu.dukcapil.region.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.DatePickers;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.region.CoverageIndicator;
import id.ppu.dukcapil.region.CoverageService;
import id.ppu.dukcapil.region.CoverageTarget;
import id.ppu.dukcapil.region.FigureImportResult;
import id.ppu.dukcapil.region.LineProblem;
import id.ppu.dukcapil.region.PopulationService;
import id.ppu.dukcapil.region.Semester;
import id.ppu.dukcapil.region.VillagePopulation;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The administrator's population and coverage screen: one village's population with source and
 * as-of date, the semester population file and the coverage file (a file with any bad line is
 * refused whole, its lines listed with the reason), and the targets per indicator and year.
 */
@Menu(order = 95, icon = "vaadin:chart-grid", title = "nav.coverage")
@Route("admin/penduduk-cakupan")
@RolesAllowed(Role.ADMINISTRATOR)
public class CoverageAdminView extends VerticalLayout implements HasDynamicTitle {

    /** The aggregate files have a line per village (and indicator and semester): a few thousand lines at most. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final transient PopulationService population;
    private final transient CoverageService coverage;

    private final Grid<VillagePopulation> villages = new Grid<>();
    private final Span selectedVillage = new Span();
    private final IntegerField populationField = new IntegerField();
    private final TextField populationSource = new TextField();
    private final DatePicker populationAsOf;
    private final Button savePopulation = new Button();

    private final ComboBox<Semester> importSemester = new ComboBox<>();
    private final TextField importSource = new TextField();
    private final Upload populationUpload = new Upload();
    private final Upload coverageUpload = new Upload();
    private final Span importSummary = new Span();
    private final Div importProblems = new Div();

    private final Grid<CoverageTarget> targets = new Grid<>();
    private final ComboBox<CoverageIndicator> targetIndicator = new ComboBox<>();
    private final IntegerField targetYear = new IntegerField();
    private final BigDecimalField targetPercent = new BigDecimalField();
    private final TextField targetSource = new TextField();
    private final Button saveTarget = new Button();

    public CoverageAdminView(PopulationService population, CoverageService coverage, Clock clock) {
        this.population = population;
        this.coverage = coverage;
        setMaxWidth("90em");
        LocalDate today = LocalDate.now(clock);

        // Population of one village
        villages.setId("coverage-villages");
        villages.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        villages.addColumn(VillagePopulation::name)
                .setHeader(getTranslation("coverage.village"))
                .setAutoWidth(true);
        villages.addColumn(VillagePopulation::districtCode)
                .setHeader(getTranslation("coverage.district"))
                .setAutoWidth(true);
        villages.addColumn(v -> number(v.population())
                        + (v.estimated() ? " (" + getTranslation("coverage.estimated") + ")" : ""))
                .setHeader(getTranslation("coverage.population"))
                .setAutoWidth(true);
        villages.addColumn(v -> v.source() == null ? "" : v.source())
                .setHeader(getTranslation("coverage.source"))
                .setFlexGrow(2);
        villages.addColumn(v -> v.asOf() == null ? "" : Formats.date(v.asOf()))
                .setHeader(getTranslation("coverage.asOf"))
                .setAutoWidth(true);
        villages.setHeight("22em");
        villages.asSingleSelect().addValueChangeListener(e -> editVillage(e.getValue()));
        selectedVillage.setId("coverage-selected-village");
        populationField.setId("coverage-population");
        populationField.setLabel(getTranslation("coverage.population"));
        populationField.setMin(0);
        populationSource.setId("coverage-population-source");
        populationSource.setLabel(getTranslation("coverage.source"));
        populationSource.setMaxLength(PopulationService.MAX_SOURCE);
        populationAsOf = DatePickers.create(getTranslation("coverage.asOf"));
        populationAsOf.setId("coverage-population-asof");
        populationAsOf.setMax(today);
        savePopulation.setId("coverage-population-save");
        savePopulation.setText(getTranslation("coverage.save"));
        savePopulation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savePopulation.addClickListener(e -> savePopulation());
        editVillage(null);

        // Imports
        importSemester.setId("coverage-import-semester");
        importSemester.setLabel(getTranslation("coverage.semester"));
        List<Semester> recent = new ArrayList<>();
        for (Semester s = Semester.of(today); recent.size() < 8; s = previous(s)) {
            recent.add(s);
        }
        importSemester.setItems(recent);
        importSemester.setItemLabelGenerator(Semester::toString);
        importSemester.setValue(previous(Semester.of(today)));
        importSource.setId("coverage-import-source");
        importSource.setLabel(getTranslation("coverage.source"));
        importSource.setMaxLength(CoverageTarget.MAX_SOURCE);
        importSource.setWidth("24em");
        configure(populationUpload, "coverage-upload-population", this::importPopulation);
        configure(coverageUpload, "coverage-upload-coverage", this::importCoverage);
        importSummary.setId("coverage-import-summary");
        importProblems.setId("coverage-import-problems");
        importProblems.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);

        // Targets
        targets.setId("coverage-targets");
        targets.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        targets.addColumn(t -> getTranslation(t.indicator().messageKey()))
                .setHeader(getTranslation("coverage.admin.indicator"))
                .setAutoWidth(true);
        targets.addColumn(CoverageTarget::year)
                .setHeader(getTranslation("coverage.year"))
                .setAutoWidth(true);
        targets.addColumn(t -> percent(t.target()))
                .setHeader(getTranslation("coverage.target"))
                .setAutoWidth(true);
        targets.addColumn(CoverageTarget::source)
                .setHeader(getTranslation("coverage.source"))
                .setFlexGrow(2);
        targets.addColumn(CoverageTarget::updatedBy)
                .setHeader(getTranslation("coverage.admin.updatedBy"))
                .setAutoWidth(true);
        targets.setHeight("16em");
        targets.asSingleSelect().addValueChangeListener(e -> editTarget(e.getValue()));
        targetIndicator.setId("coverage-target-indicator");
        targetIndicator.setLabel(getTranslation("coverage.admin.indicator"));
        targetIndicator.setItems(CoverageIndicator.values());
        targetIndicator.setItemLabelGenerator(i -> getTranslation(i.messageKey()));
        targetYear.setId("coverage-target-year");
        targetYear.setLabel(getTranslation("coverage.year"));
        targetYear.setValue(today.getYear());
        targetPercent.setId("coverage-target-percent");
        targetPercent.setLabel(getTranslation("coverage.admin.targetPercent"));
        targetSource.setId("coverage-target-source");
        targetSource.setLabel(getTranslation("coverage.source"));
        targetSource.setMaxLength(CoverageTarget.MAX_SOURCE);
        targetSource.setWidth("24em");
        saveTarget.setId("coverage-target-save");
        saveTarget.setText(getTranslation("coverage.save"));
        saveTarget.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveTarget.addClickListener(e -> saveTarget());

        add(
                new H2(getTranslation("coverage.title")),
                new H3(getTranslation("coverage.tab.population")),
                villages,
                selectedVillage,
                row(populationField, populationSource, populationAsOf, savePopulation),
                new H3(getTranslation("coverage.tab.import")),
                row(importSemester, importSource),
                new Paragraph(getTranslation("coverage.importPopulation")),
                populationUpload,
                new Paragraph(getTranslation("coverage.importCoverage")),
                coverageUpload,
                importSummary,
                importProblems,
                new H3(getTranslation("coverage.tab.targets")),
                targets,
                row(targetIndicator, targetYear, targetPercent, targetSource, saveTarget));
        refreshVillages();
        refreshTargets();
    }

    private void editVillage(VillagePopulation v) {
        selectedVillage.setText(v == null ? getTranslation("coverage.admin.choose") : v.name() + " (" + v.code() + ")");
        populationField.setValue(v == null ? null : v.population());
        populationSource.setValue(v == null || v.source() == null ? "" : v.source());
        populationAsOf.setValue(v == null ? null : v.asOf());
        savePopulation.setEnabled(v != null);
    }

    private void savePopulation() {
        VillagePopulation v = villages.asSingleSelect().getValue();
        if (v == null) {
            return;
        }
        if (populationField.getValue() == null) {
            Notifications.error("population.error.value");
            return;
        }
        if (Notifications.guard(() -> population.change(
                v.code(), populationField.getValue(), populationSource.getValue(), populationAsOf.getValue()))) {
            Notifications.success("coverage.saved", v.name());
            refreshVillages();
        }
    }

    private void importPopulation(byte[] file) {
        Semester semester = importSemester.getValue();
        if (semester == null) {
            Notifications.error("coverage.admin.semesterRequired");
            return;
        }
        runImport(() -> population.importSemester(semester, importSource.getValue(), new ByteArrayInputStream(file)));
        refreshVillages();
    }

    private void importCoverage(byte[] file) {
        runImport(() -> coverage.importFigures(new ByteArrayInputStream(file), importSource.getValue()));
    }

    private void runImport(java.util.function.Supplier<FigureImportResult> action) {
        importSummary.setText("");
        importProblems.removeAll();
        FigureImportResult[] result = new FigureImportResult[1];
        if (!Notifications.guard(() -> result[0] = action.get())) {
            return;
        }
        FigureImportResult r = result[0];
        if (r.ok()) {
            importSummary.setText(getTranslation("coverage.imported", r.rows()));
            Notifications.success("coverage.imported", r.rows());
            return;
        }
        importSummary.setText(getTranslation("coverage.rejected", r.problems().size()));
        for (LineProblem p : r.problems()) {
            Div line = new Div(getTranslation(
                    "coverage.line",
                    p.line(),
                    getTranslation(p.messageKey(), p.args().toArray())));
            importProblems.add(line);
        }
        Notifications.error("coverage.rejected", r.problems().size());
    }

    private void editTarget(CoverageTarget t) {
        if (t == null) {
            return;
        }
        targetIndicator.setValue(t.indicator());
        targetYear.setValue(t.year());
        targetPercent.setValue(t.target().movePointRight(2).stripTrailingZeros());
        targetSource.setValue(t.source());
    }

    private void saveTarget() {
        CoverageIndicator indicator = targetIndicator.getValue();
        Integer year = targetYear.getValue();
        BigDecimal pct = targetPercent.getValue();
        if (indicator == null || year == null || pct == null) {
            Notifications.error("coverage.error.target");
            return;
        }
        BigDecimal share = pct.movePointLeft(2);
        if (share.scale() > 4) {
            share = share.setScale(4, RoundingMode.HALF_UP);
        }
        BigDecimal target = share;
        if (Notifications.guard(() -> coverage.changeTarget(indicator, year, target, targetSource.getValue()))) {
            Notifications.success("coverage.saved", getTranslation(indicator.messageKey()) + " " + year);
            refreshTargets();
        }
    }

    private void refreshVillages() {
        villages.setItems(population.villages());
    }

    private void refreshTargets() {
        targets.setItems(coverage.targets());
    }

    private void configure(Upload upload, String id, Consumer<byte[]> onFile) {
        upload.setId(id);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setUploadHandler(new InMemoryUpload(onFile));
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassNames(LumoUtility.FlexWrap.WRAP);
        return row;
    }

    private static Semester previous(Semester s) {
        return s.half() == 2 ? new Semester(s.year(), 1) : new Semester(s.year() - 1, 2);
    }

    private String number(long n) {
        return NumberFormat.getIntegerInstance(getLocale()).format(n);
    }

    private String percent(BigDecimal share) {
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMaximumFractionDigits(2);
        return f.format(share.movePointRight(2)) + " %";
    }

    /** Reads a small aggregate file into memory, refusing more than {@link #MAX_BYTES}, and hands it to the screen. */
    private static final class InMemoryUpload implements UploadHandler {

        private final Consumer<byte[]> onFile;

        InMemoryUpload(Consumer<byte[]> onFile) {
            this.onFile = onFile;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = event.getInputStream()) {
                byte[] buffer = new byte[16 * 1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (out.size() + n > MAX_BYTES) {
                        throw new IOException("Upload over the limit of " + MAX_BYTES + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
            }
            byte[] data = out.toByteArray();
            // The UI is not locked while the upload streams in.
            event.getUI().access(() -> onFile.accept(data));
        }

        @Override
        public long getFileSizeMax() {
            return MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return MAX_BYTES + 64 * 1024;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.title") + " · " + getTranslation("app.title");
    }
}
