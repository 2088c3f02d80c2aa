package id.ppu.dukcapil.intake.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import id.ppu.dukcapil.DomainException;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.intake.CsvImportService;
import id.ppu.dukcapil.intake.CsvPreview;
import id.ppu.dukcapil.intake.ImportJob;
import id.ppu.dukcapil.intake.ImportProblem;
import id.ppu.dukcapil.intake.ImportReport;
import id.ppu.dukcapil.intake.ImportReportCsv;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * CSV import for clerks and administrators: upload, a preview of the first rows with the columns
 * found, the import itself in the background with progress, and a per-row report of rejected
 * rows on screen and as a CSV download.
 */
@Route("kasus/impor")
@RolesAllowed({Role.CLERK, Role.ADMINISTRATOR})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    private static final int POLL_MILLIS = 500;

    private final transient CsvImportService imports;
    private final transient ImportReportCsv reports;
    private final Upload upload = new Upload();
    private final ComboBox<Channel> defaultChannel = new ComboBox<>();
    private final Span previewInfo = new Span();
    private final Span missing = new Span();
    private final Grid<List<String>> previewGrid = new Grid<>();
    private final Button start = new Button();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final VerticalLayout result = new VerticalLayout();
    private final Span summary = new Span();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Div download = new Div();
    private byte[] file;
    private String fileName;
    private transient ImportJob job;
    private Registration pollRegistration;

    public ImportView(CsvImportService imports, ImportReportCsv reports) {
        this.imports = imports;
        this.reports = reports;
        setMaxWidth("90em");

        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")).setMany(getTranslation("import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop")).setMany(getTranslation("import.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("import.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("import.upload.tooBig", MAX_FILE_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("import.upload.type"))));
        // Vaadin runs this callback with the UI locked (UI.access), so it may update the view.
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) -> received(metadata.fileName(), data)));

        defaultChannel.setId("import-channel");
        defaultChannel.setLabel(getTranslation("import.defaultChannel"));
        defaultChannel.setHelperText(getTranslation("import.defaultChannel.help"));
        defaultChannel.setItems(Channel.values());
        defaultChannel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        defaultChannel.setClearButtonVisible(true);
        defaultChannel.addValueChangeListener(e -> preview());

        previewInfo.setId("import-preview-info");
        missing.setId("import-missing");
        missing.getStyle().set("color", "var(--lumo-error-text-color)");
        previewGrid.setId("import-preview");
        previewGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        previewGrid.setAllRowsVisible(true);
        previewGrid.setVisible(false);

        start.setText(getTranslation("import.start"));
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(e -> startImport());

        progressBar.setId("import-progress");
        progressBar.setVisible(false);
        progressText.setId("import-progress-text");

        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.addColumn(ImportProblem::line).setHeader(getTranslation("import.report.line")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader(getTranslation("import.report.column")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey())).setHeader(getTranslation("import.report.reason")).setFlexGrow(3);
        problems.addColumn(ImportProblem::value).setHeader(getTranslation("import.report.value")).setAutoWidth(true);
        problems.setHeight("24em");
        download.setId("import-download");
        result.setPadding(false);
        result.add(new H3(getTranslation("import.result")), summary, download, problems);
        result.setVisible(false);

        H2 title = new H2(getTranslation("import.title"));
        HorizontalLayout actions = new HorizontalLayout(defaultChannel, start);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, new Paragraph(getTranslation("import.help")), upload, previewInfo, missing, previewGrid, actions,
                progressBar, progressText, result);
    }

    private void received(String name, byte[] data) {
        file = data;
        fileName = name;
        result.setVisible(false);
        preview();
    }

    private void preview() {
        if (file == null) {
            return;
        }
        CsvPreview p = imports.preview(file, defaultChannel.getValue() != null);
        previewInfo.setText(getTranslation("import.preview.info", fileName, p.separator(), p.encoding(), p.rows()));
        missing.setText(p.missingColumns().isEmpty() ? "" : getTranslation("import.preview.missing", String.join(", ", p.missingColumns())));
        previewGrid.removeAllColumns();
        for (int i = 0; i < p.header().size(); i++) {
            int index = i;
            previewGrid.addColumn(row -> index < row.size() ? row.get(index) : "").setHeader(p.header().get(i)).setAutoWidth(true);
        }
        previewGrid.setItems(p.firstRows());
        previewGrid.setVisible(!p.header().isEmpty());
        start.setEnabled(p.importable() && (job == null || job.result().isDone()));
    }

    private void startImport() {
        if (file == null) {
            return;
        }
        UI ui = UI.getCurrent();
        job = imports.start(file, fileName, defaultChannel.getValue());
        start.setEnabled(false);
        result.setVisible(false);
        progressBar.setVisible(true);
        progressBar.setValue(0);
        showProgress();
        // No server push in this application: the browser asks for progress while the import runs.
        ui.setPollInterval(POLL_MILLIS);
        pollRegistration = ui.addPollListener(e -> showProgress());
        ImportJob running = job;
        running.result().whenComplete((report, failure) -> ui.access(() -> finished(running, report, failure)));
    }

    private void showProgress() {
        if (job != null) {
            progressBar.setValue(job.progress());
            progressText.setText(getTranslation("import.progress", job.done(), job.rows()));
        }
    }

    private void finished(ImportJob finishedJob, ImportReport report, Throwable failure) {
        stopPolling();
        progressBar.setVisible(false);
        start.setEnabled(true);
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            progressText.setText("");
            if (cause instanceof DomainException d) {
                Notifications.error(d.messageKey(), d.args());
            } else {
                Notifications.error("error.unexpected");
            }
            return;
        }
        progressText.setText(getTranslation("import.progress", finishedJob.rows(), finishedJob.rows()));
        summary.setText(getTranslation("import.summary", report.rows(), report.created(), report.merged(), report.duplicates(),
                report.rejected(), report.millis() / 1000.0));
        problems.setItems(report.problems());
        problems.setVisible(!report.problems().isEmpty());
        download.removeAll();
        if (!report.problems().isEmpty()) {
            Locale locale = getLocale();
            // Built and recorded in the audit trail when downloaded, not when the link is shown.
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] csv = reports.export(report, key -> getTranslation(locale, key));
                return new DownloadResponse(new ByteArrayInputStream(csv), "laporan-impor.csv", "text/csv", csv.length);
            }), getTranslation("import.download"));
            link.setId("import-download-link");
            download.add(link);
        }
        result.setVisible(true);
        Notifications.success("import.done", report.imported(), report.rejected());
    }

    private void stopPolling() {
        stopPolling(UI.getCurrent());
    }

    private void stopPolling(UI ui) {
        if (ui != null) {
            ui.setPollInterval(-1);
        }
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (job != null && !job.result().isDone()) {
            attachEvent.getUI().setPollInterval(POLL_MILLIS);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.title");
    }
}
