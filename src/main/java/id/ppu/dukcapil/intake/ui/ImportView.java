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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.DomainException;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.intake.CsvImportService;
import id.ppu.dukcapil.intake.CsvPreview;
import id.ppu.dukcapil.intake.CsvSource;
import id.ppu.dukcapil.intake.ImportJob;
import id.ppu.dukcapil.intake.ImportProblem;
import id.ppu.dukcapil.intake.ImportReport;
import id.ppu.dukcapil.intake.ImportReportCsv;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSV import for clerks and administrators: upload, a preview of the first rows with the columns
 * found, the import itself in the background with progress, and a per-row report of rejected
 * rows on screen and as a CSV download.
 */
@Menu(order = 23, icon = "vaadin:upload", title = "nav.import")
@Route("kasus/impor")
@RolesAllowed({Role.CLERK, Role.ADMINISTRATOR})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

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
    /** The uploaded file, spooled to a temporary file by the upload receiver; deleted when replaced or done with. */
    private transient Path file;

    private String fileName;
    private int previewRows;
    private transient ImportJob job;
    /** Done once the last import's result has been handed to the UI (queued with {@code ui.access}). */
    private transient CompletableFuture<?> resultHandedOver = CompletableFuture.completedFuture(null);

    private Registration pollRegistration;

    public ImportView(CsvImportService imports, ImportReportCsv reports) {
        this.imports = imports;
        this.reports = reports;
        setMaxWidth("90em");

        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        long maxBytes = imports.maxBytes();
        // The browser refuses bigger files; the receiver enforces the same limit on the server.
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("import.upload.add"))
                        .setMany(getTranslation("import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("import.drop"))
                        .setMany(getTranslation("import.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("import.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("import.upload.tooBig", maxBytes / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("import.upload.type"))));
        upload.setUploadHandler(new LimitedUpload(maxBytes));

        defaultChannel.setId("import-channel");
        defaultChannel.setLabel(getTranslation("import.defaultChannel"));
        defaultChannel.setHelperText(getTranslation("import.defaultChannel.help"));
        defaultChannel.setItems(Channel.values());
        defaultChannel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        defaultChannel.setClearButtonVisible(true);
        defaultChannel.addValueChangeListener(e -> preview());

        previewInfo.setId("import-preview-info");
        missing.setId("import-missing");
        missing.addClassNames(LumoUtility.TextColor.ERROR);
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
        problems.addColumn(ImportProblem::line)
                .setHeader(getTranslation("import.report.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::column)
                .setHeader(getTranslation("import.report.column"))
                .setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey()))
                .setHeader(getTranslation("import.report.reason"))
                .setFlexGrow(3);
        problems.addColumn(ImportProblem::value)
                .setHeader(getTranslation("import.report.value"))
                .setAutoWidth(true);
        problems.setHeight("24em");
        download.setId("import-download");
        result.setPadding(false);
        result.add(new H3(getTranslation("import.result")), summary, download, problems);
        result.setVisible(false);

        H2 title = new H2(getTranslation("import.title"));
        HorizontalLayout actions = new HorizontalLayout(defaultChannel, start);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                title,
                new Paragraph(getTranslation("import.help")),
                upload,
                previewInfo,
                missing,
                previewGrid,
                actions,
                progressBar,
                progressText,
                result);
    }

    private void received(String name, Path data) {
        discardFile();
        file = data;
        fileName = name;
        result.setVisible(false);
        preview();
    }

    private void preview() {
        if (file == null) {
            return;
        }
        CsvPreview p = imports.preview(CsvSource.of(file), defaultChannel.getValue() != null);
        previewRows = p.rows();
        previewInfo.setText(getTranslation("import.preview.info", fileName, p.separator(), p.encoding(), p.rows()));
        if (p.malformedFromLine() > 0) {
            missing.setText(getTranslation("import.error.malformed", p.malformedFromLine()));
        } else {
            missing.setText(
                    p.missingColumns().isEmpty()
                            ? ""
                            : getTranslation("import.preview.missing", String.join(", ", p.missingColumns())));
        }
        previewGrid.removeAllColumns();
        for (int i = 0; i < p.header().size(); i++) {
            int index = i;
            previewGrid
                    .addColumn(row -> index < row.size() ? row.get(index) : "")
                    .setHeader(p.header().get(i))
                    .setAutoWidth(true);
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
        job = imports.start(CsvSource.of(file), fileName, defaultChannel.getValue());
        start.setEnabled(false);
        result.setVisible(false);
        progressBar.setVisible(true);
        progressBar.setValue(0);
        showProgress();
        // No server push in this application: the browser asks for progress while the import runs.
        ui.setPollInterval(POLL_MILLIS);
        pollRegistration = ui.addPollListener(e -> showProgress());
        ImportJob running = job;
        resultHandedOver =
                running.result().whenComplete((report, failure) -> ui.access(() -> finished(running, report, failure)));
    }

    /**
     * Done once the running import's result has been queued for this screen; the next round trip shows it.
     * (The import's own future completes before its listeners run, so waiting on it is not enough.)
     */
    CompletableFuture<?> resultHandedOver() {
        return resultHandedOver.handle((report, failure) -> null);
    }

    private void showProgress() {
        if (job != null) {
            progressBar.setValue(job.progress());
            progressText.setText(getTranslation("import.progress", job.done(), previewRows));
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
        progressText.setText(getTranslation("import.progress", report.rows(), report.rows()));
        summary.setText(getTranslation(
                "import.summary",
                report.rows(),
                report.created(),
                report.merged(),
                report.duplicates(),
                report.rejected(),
                report.millis() / 1000.0));
        problems.setItems(report.problems());
        problems.setVisible(!report.problems().isEmpty());
        download.removeAll();
        if (!report.problems().isEmpty()) {
            Locale locale = getLocale();
            // Built and recorded in the audit trail when downloaded, not when the link is shown.
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] csv = reports.export(report, key -> getTranslation(locale, key));
                        return new DownloadResponse(
                                new ByteArrayInputStream(csv), "laporan-impor.csv", "text/csv", csv.length);
                    }),
                    getTranslation("import.download"));
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
        if (job == null || job.result().isDone()) {
            discardFile();
        } else {
            // The background import still reads the file: delete it once it is done.
            Path reading = file;
            file = null;
            job.result().whenComplete((report, failure) -> delete(reading));
        }
        super.onDetach(detachEvent);
    }

    /** Deletes the uploaded file unless an import still reads it (that import deletes it when done). */
    private void discardFile() {
        if (file == null) {
            return;
        }
        Path old = file;
        file = null;
        if (job != null && !job.result().isDone()) {
            job.result().whenComplete((report, failure) -> delete(old));
        } else {
            delete(old);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded import file {}", path, e);
        }
    }

    /**
     * Receives an upload into a temporary file, counting its bytes and giving up past the import
     * limit, so that no upload is ever held in memory and a client that ignores the browser-side
     * limit still cannot fill the disk beyond it.
     */
    private final class LimitedUpload implements UploadHandler {

        private final long maxBytes;

        LimitedUpload(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            Path spooled = Files.createTempFile("dukcapil-import-", ".csv");
            long received = 0;
            try (InputStream in = event.getInputStream();
                    OutputStream out = Files.newOutputStream(spooled)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received += n;
                    if (received > maxBytes) {
                        throw new IOException("Upload over the import limit of " + maxBytes + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                delete(spooled);
                if (received > maxBytes) {
                    event.getUI().access(() -> Notifications.error("import.upload.tooBig", maxBytes / (1024 * 1024)));
                }
                throw e;
            }
            String name = event.getFileName();
            // The UI is not locked while the upload streams in: update the view through access().
            event.getUI().access(() -> received(name, spooled));
        }

        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }

        @Override
        public long getRequestSizeMax() {
            // The multipart envelope around the file.
            return maxBytes + 64 * 1024;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.title");
    }
}
