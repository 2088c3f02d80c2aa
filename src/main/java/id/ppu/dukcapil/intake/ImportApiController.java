package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.api.ApiDocsConfig;
import id.ppu.dukcapil.base.api.ApiMessages;
import id.ppu.dukcapil.cases.CaseValidationException;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.FieldProblem;
import id.ppu.dukcapil.security.ApiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** CSV import for scripts (a nightly export of the portal, outreach batches), with an import key. */
@RestController
@Tag(name = "Imports", description = "CSV batches of any channel")
@SecurityRequirement(name = ApiDocsConfig.BEARER)
class ImportApiController {

    private final CsvImportService imports;
    private final ApiMessages messages;

    ImportApiController(CsvImportService imports, ApiMessages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(
            path = "/api/v1/imports",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a CSV file", description = """
            Columns by header name: external_id, channel, service_type, nik, applicant_name, village_code or \
            village_name, submitted_at, and optionally status, completed_at, phone, notes. Comma, semicolon or tab, UTF-8 \
            with or without BOM (or Windows-1252), at most app.import.max-mb (default 20 MB), dates ISO or dd/MM/yyyy [HH:mm] (WITA). Valid rows are imported, invalid rows \
            reported; rows already imported (same channel and external_id) are counted as duplicates.""")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(
            responseCode = "400",
            description = "No file, or required columns missing; nothing stored",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "413",
            description = "File larger than the upload limit",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ImportResponse importFile(
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "Channel of rows without a channel value (e.g. OUTREACH)")
                    @RequestParam(name = "channel", required = false)
                    String channel,
            HttpServletRequest request)
            throws IOException {
        ApiPrincipal caller =
                ApiPrincipal.current().orElseThrow(() -> new InsufficientAuthenticationException("API key required"));
        Channel defaultChannel = null;
        if (channel != null && !channel.isBlank()) {
            defaultChannel = ChannelNames.channel(channel)
                    .orElseThrow(() ->
                            new CaseValidationException(List.of(new FieldProblem("channel", "intake.error.channel"))));
        }
        // The container spooled the part to disk (over the limit it answered 413 before): read it as a stream.
        CsvSource source = new CsvSource() {
            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }

            @Override
            public long size() {
                return file.getSize();
            }
        };
        ImportReport report =
                imports.importCsv(source, file.getOriginalFilename(), defaultChannel, caller.actor(), handled -> {});
        Locale locale = messages.localeOf(request);
        Map<Integer, List<ImportProblem>> byLine = report.problems().stream()
                .collect(Collectors.groupingBy(ImportProblem::line, LinkedHashMap::new, Collectors.toList()));
        List<RejectedRow> rejected = byLine.entrySet().stream()
                .map(e -> new RejectedRow(
                        e.getKey(),
                        e.getValue().stream()
                                .map(p -> new RowProblem(
                                        p.column(), p.messageKey(), messages.get(p.messageKey(), locale), p.value()))
                                .toList()))
                .toList();
        return new ImportResponse(
                report.fileName(),
                report.rows(),
                report.imported(),
                report.created(),
                report.merged(),
                report.duplicates(),
                report.rejected(),
                report.millis(),
                rejected);
    }

    /** The import report as scripts receive it. */
    record ImportResponse(
            String fileName,
            int rows,
            int imported,
            int created,
            int merged,
            int duplicates,
            int rejected,
            long millis,
            List<RejectedRow> rejectedRows) {}

    /** A rejected row: its line in the file (the header is line 1) and why. */
    record RejectedRow(int line, List<RowProblem> problems) {}

    /** One reason a row was rejected. */
    record RowProblem(String column, String code, String message, String value) {}
}
