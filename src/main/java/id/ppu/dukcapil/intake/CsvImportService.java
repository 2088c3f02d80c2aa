package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.intake.ImportColumns.APPLICANT_NAME;
import static id.ppu.dukcapil.intake.ImportColumns.CHANNEL;
import static id.ppu.dukcapil.intake.ImportColumns.COMPLETED_AT;
import static id.ppu.dukcapil.intake.ImportColumns.EXTERNAL_ID;
import static id.ppu.dukcapil.intake.ImportColumns.NIK;
import static id.ppu.dukcapil.intake.ImportColumns.NOTES;
import static id.ppu.dukcapil.intake.ImportColumns.PHONE;
import static id.ppu.dukcapil.intake.ImportColumns.SERVICE_TYPE;
import static id.ppu.dukcapil.intake.ImportColumns.STATUS;
import static id.ppu.dukcapil.intake.ImportColumns.SUBMITTED_AT;
import static id.ppu.dukcapil.intake.ImportColumns.VILLAGE_CODE;
import static id.ppu.dukcapil.intake.ImportColumns.VILLAGE_NAME;

import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.cases.CaseRegistry;
import id.ppu.dukcapil.cases.CaseRules;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.CaseValidationException;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.FieldProblem;
import id.ppu.dukcapil.cases.NewCase;
import id.ppu.dukcapil.cases.Registration;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.security.ApiPrincipal;
import id.ppu.dukcapil.security.CurrentUser;
import jakarta.annotation.PreDestroy;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * CSV import of outreach batches captured offline and of legacy portal exports. Every row is
 * validated by the same rules as any other request; valid rows are registered through the one
 * intake path in batches of {@value #CHUNK} rows (a few statements per batch, one transaction
 * each), invalid rows are reported with line, column and reason. Importing a file again creates
 * no duplicates: a row is identified by its channel and external id.
 */
@Service
public class CsvImportService {

    static final int CHUNK = 5_000;
    static final int PREVIEW_ROWS = 10;
    private static final int RECENT_JOBS = 20;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Logger log = LoggerFactory.getLogger(CsvImportService.class);
    /** CaseRules' field names as the file's columns. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "channel",
            CHANNEL,
            "externalId",
            EXTERNAL_ID,
            "serviceType",
            SERVICE_TYPE,
            "nik",
            NIK,
            "applicantName",
            APPLICANT_NAME,
            "phone",
            PHONE,
            "submittedAt",
            SUBMITTED_AT,
            "completedAt",
            COMPLETED_AT,
            "notes",
            NOTES,
            "status",
            STATUS);

    private final CaseRegistry registry;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** One import at a time: imports hold intake's lock per batch, and the machine has few cores. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "csv-import");
        t.setDaemon(true);
        return t;
    });

    private final Deque<ImportJob> recent = new ConcurrentLinkedDeque<>();

    private final long maxBytes;
    private final IntakeMetrics metrics;

    CsvImportService(
            CaseRegistry registry,
            RegionService regions,
            CurrentUser currentUser,
            Clock clock,
            @Value("${app.import.max-mb:20}") int maxMegabytes,
            IntakeMetrics metrics) {
        this.registry = registry;
        this.regions = regions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxBytes = maxMegabytes * 1024L * 1024L;
        this.metrics = metrics;
    }

    /** The largest file accepted, in bytes ({@code app.import.max-mb}, {@code IMPORT_MAX_MB}). */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The separator, encoding, columns and first rows of a file, its number of data rows and
     * whether it can be imported; the file is read as a stream, keeping only the first rows.
     *
     * @throws ImportRejectedException if the file is over the size limit
     */
    @PreAuthorize("hasAnyRole('PETUGAS', 'ADMIN')")
    public CsvPreview preview(CsvSource file, boolean defaultChannel) {
        requireWithinLimit(file);
        try (CsvReader reader = CsvReader.open(file.open())) {
            List<String> header = reader.header();
            List<String> missing =
                    header.isEmpty() ? List.of(EXTERNAL_ID) : new ImportColumns(header).missing(defaultChannel);
            List<List<String>> first = new ArrayList<>();
            int rows = 0;
            int malformed = 0;
            try {
                for (CsvReader.CsvRecord r = reader.next(); r != null; r = reader.next()) {
                    if (rows++ < PREVIEW_ROWS) {
                        first.add(r.fields());
                    }
                }
            } catch (CsvReader.MalformedCsvException e) {
                malformed = e.line();
            }
            return new CsvPreview(
                    reader.separator() == '\t' ? "TAB" : String.valueOf(reader.separator()),
                    reader.charset().name(),
                    header,
                    missing,
                    List.copyOf(first),
                    rows,
                    malformed);
        } catch (CsvReader.MalformedCsvException e) {
            return new CsvPreview(
                    ",", StandardCharsets.UTF_8.name(), List.of(), List.of(EXTERNAL_ID), List.of(), 0, e.line());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts importing a file in the background (clerks and administrators); follow it through
     * the returned job. The file must stay readable until the job's result is complete.
     *
     * @param defaultChannel the channel of rows without a channel column or value, or null
     * @throws ImportRejectedException if the file is over the size limit
     */
    @PreAuthorize("hasAnyRole('PETUGAS', 'ADMIN') or hasAuthority('SCOPE_import')")
    public ImportJob start(CsvSource file, String fileName, Channel defaultChannel) {
        String actor = importer();
        requireWithinLimit(file);
        ImportJob job = new ImportJob(fileName, file.size(), actor);
        recent.addFirst(job);
        while (recent.size() > RECENT_JOBS) {
            recent.removeLast();
        }
        CsvSource counted = new CsvSource() {
            @Override
            public InputStream open() throws IOException {
                return new CountingInputStream(file.open(), job::bytesRead);
            }

            @Override
            public long size() {
                return file.size();
            }
        };
        executor.execute(() -> {
            try {
                job.finish(importCsv(counted, fileName, defaultChannel, actor, job::progressTo));
            } catch (RuntimeException e) {
                if (!(e instanceof ImportRejectedException)) {
                    log.error("Import of {} failed", fileName, e);
                }
                job.fail(e);
            }
        });
        return job;
    }

    /** Imports started in this application instance, newest first. */
    @PreAuthorize("hasAnyRole('PETUGAS', 'ADMIN')")
    public List<ImportJob> recentJobs() {
        return List.copyOf(recent);
    }

    /** {@link #importCsv(CsvSource, String, Channel, String, IntConsumer)} of bytes in memory (small files, tests). */
    ImportReport importCsv(byte[] file, String fileName, Channel defaultChannel, String actor, IntConsumer progress) {
        return importCsv(CsvSource.of(file), fileName, defaultChannel, actor, progress);
    }

    /**
     * Imports a file now, in the calling thread (the API for scripts, and background jobs). The
     * file is parsed once, as a stream: rows are validated and registered {@value #CHUNK} at a
     * time, so memory holds one batch (and the problems found), whatever the file's size. A file
     * that cannot be parsed to its end is imported up to that point and the report names the line.
     *
     * @param actor    who imports, for the history
     * @param progress told how many rows have been handled after each batch
     * @throws ImportRejectedException if the file is over the size limit, or lacks a header or required columns;
     *                                 nothing is stored
     */
    @PreAuthorize("hasAnyRole('PETUGAS', 'ADMIN') or hasAuthority('SCOPE_import')")
    ImportReport importCsv(
            CsvSource file, String fileName, Channel defaultChannel, String actor, IntConsumer progress) {
        long started = System.nanoTime();
        requireWithinLimit(file);
        try (CsvReader reader = open(file)) {
            if (reader.header().isEmpty()) {
                throw new ImportRejectedException("import.error.empty");
            }
            ImportColumns columns = new ImportColumns(reader.header());
            List<String> missing = columns.missing(defaultChannel != null);
            if (!missing.isEmpty()) {
                throw new ImportRejectedException("import.error.columns", String.join(", ", missing));
            }
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, Wita.ZONE);
            VillageDirectory villages = new VillageDirectory(regions.villages());
            String source = "import " + (fileName == null ? "" : fileName);

            List<ImportProblem> problems = new ArrayList<>();
            List<NewCase> valid = new ArrayList<>(CHUNK);
            List<CsvReader.CsvRecord> validRecords = new ArrayList<>(CHUNK);
            Tally tally = new Tally();
            boolean more = true;
            while (more) {
                CsvReader.CsvRecord record;
                try {
                    record = reader.next();
                } catch (CsvReader.MalformedCsvException e) {
                    problems.add(new ImportProblem(e.line(), "", "import.error.malformed", ""));
                    tally.rows++;
                    tally.rejected++;
                    record = null;
                }
                more = record != null;
                if (more) {
                    tally.rows++;
                    List<ImportProblem> rowProblems = new ArrayList<>();
                    NewCase request = toRequest(
                            record, columns, defaultChannel, villages, actor, source, now, today, rowProblems);
                    if (rowProblems.isEmpty()) {
                        valid.add(request);
                        validRecords.add(record);
                    } else {
                        tally.rejected++;
                        problems.addAll(rowProblems);
                    }
                }
                if (valid.size() == CHUNK || !more && !valid.isEmpty()) {
                    tally.count(register(valid, validRecords, problems));
                    valid.clear();
                    validRecords.clear();
                    progress.accept(tally.handled());
                }
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            log.info(
                    "Imported {} by {}: {} rows, {} new, {} merged, {} duplicates, {} rejected in {} ms",
                    fileName,
                    actor,
                    tally.rows,
                    tally.created,
                    tally.merged,
                    tally.duplicates,
                    tally.rejected,
                    millis);
            ImportReport report = new ImportReport(
                    fileName,
                    tally.rows,
                    tally.created,
                    tally.merged,
                    tally.duplicates,
                    tally.rejected,
                    List.copyOf(problems),
                    millis);
            metrics.imported(report);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvReader open(CsvSource file) throws IOException {
        try {
            return CsvReader.open(file.open());
        } catch (CsvReader.MalformedCsvException e) {
            throw new ImportRejectedException("import.error.malformed", e.line());
        }
    }

    private void requireWithinLimit(CsvSource file) {
        if (file.size() > maxBytes) {
            throw new ImportRejectedException("import.error.tooLarge", maxBytes / (1024 * 1024));
        }
    }

    /** Tells how many bytes of a file went by, for an import's progress. */
    private static final class CountingInputStream extends FilterInputStream {

        private final LongConsumer counter;

        CountingInputStream(InputStream in, LongConsumer counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.accept(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.accept(n);
            }
            return n;
        }
    }

    /** What happened to the rows so far. */
    private static final class Tally {
        int rows;
        int created;
        int merged;
        int duplicates;
        int rejected;

        void count(List<Optional<Registration>> registrations) {
            for (Optional<Registration> r : registrations) {
                if (r.isEmpty()) {
                    rejected++;
                } else if (r.get().outcome() == Registration.Outcome.DUPLICATE) {
                    duplicates++;
                } else if (r.get().outcome() == Registration.Outcome.MERGED) {
                    merged++;
                } else {
                    created++;
                }
            }
        }

        int handled() {
            return created + merged + duplicates + rejected;
        }
    }

    /** Registers one batch; if the batch is refused as a whole, each row alone, so one bad row costs only itself. */
    private List<Optional<Registration>> register(
            List<NewCase> batch, List<CsvReader.CsvRecord> records, List<ImportProblem> problems) {
        try {
            return registry.registerAll(batch).stream().map(Optional::of).toList();
        } catch (CaseValidationException batchRefused) {
            List<Optional<Registration>> result = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                try {
                    result.add(Optional.of(registry.register(batch.get(i))));
                } catch (CaseValidationException e) {
                    for (FieldProblem p : e.problems()) {
                        problems.add(new ImportProblem(records.get(i).line(), column(p.field()), p.messageKey(), ""));
                    }
                    result.add(Optional.empty());
                }
            }
            return result;
        }
    }

    private static NewCase toRequest(
            CsvReader.CsvRecord record,
            ImportColumns columns,
            Channel defaultChannel,
            VillageDirectory villages,
            String actor,
            String source,
            Instant now,
            LocalDate today,
            List<ImportProblem> problems) {
        int line = record.line();
        String externalId = columns.value(record, EXTERNAL_ID);
        if (externalId.isEmpty()) {
            problems.add(new ImportProblem(line, EXTERNAL_ID, "validation.required", ""));
        }
        Channel channel = defaultChannel;
        String rawChannel = columns.value(record, CHANNEL);
        if (!rawChannel.isEmpty()) {
            channel = ChannelNames.channel(rawChannel).orElse(null);
            if (channel == null) {
                problems.add(new ImportProblem(line, CHANNEL, "intake.error.channel", rawChannel));
            }
        } else if (channel == null) {
            problems.add(new ImportProblem(line, CHANNEL, "validation.required", ""));
        }
        ServiceType service = null;
        String rawService = columns.value(record, SERVICE_TYPE);
        if (!rawService.isEmpty()) {
            service = ServiceNames.parse(rawService).orElse(null);
            if (service == null) {
                problems.add(new ImportProblem(line, SERVICE_TYPE, "intake.error.serviceType", rawService));
            }
        }
        CaseStatus status = CaseStatus.SUBMITTED;
        String rawStatus = columns.value(record, STATUS);
        if (!rawStatus.isEmpty()) {
            status = ChannelNames.status(rawStatus)
                    .filter(s -> s != CaseStatus.TRIAGE && s != CaseStatus.MERGED)
                    .orElse(null);
            if (status == null) {
                problems.add(new ImportProblem(line, STATUS, "intake.error.status", rawStatus));
            }
        }
        String villageColumn = columns.has(VILLAGE_CODE)
                        && !columns.value(record, VILLAGE_CODE).isEmpty()
                ? VILLAGE_CODE
                : columns.has(VILLAGE_NAME) ? VILLAGE_NAME : VILLAGE_CODE;
        String rawVillage = columns.value(record, villageColumn);
        String village = null;
        if (rawVillage.isEmpty()) {
            problems.add(new ImportProblem(line, villageColumn, "validation.required", ""));
        } else {
            VillageDirectory.Resolution r = villages.resolve(rawVillage);
            village = r.code();
            if (village == null) {
                problems.add(new ImportProblem(line, villageColumn, r.problemKey(), rawVillage));
            }
        }
        Instant submittedAt = date(record, columns, SUBMITTED_AT, problems);
        Instant completedAt = date(record, columns, COMPLETED_AT, problems);
        // Excel users force text with a leading apostrophe; it is not part of the NIK.
        String nik = blankToNull(columns.value(record, NIK).replaceFirst("^'", ""));
        NewCase request = new NewCase(
                channel,
                blankToNull(externalId),
                service,
                status,
                nik,
                blankToNull(WHITESPACE
                        .matcher(columns.value(record, APPLICANT_NAME))
                        .replaceAll(" ")),
                IntakeService.normalizePhone(columns.value(record, PHONE)),
                village,
                submittedAt,
                completedAt,
                blankToNull(columns.value(record, NOTES)),
                actor,
                source + ":" + line);
        for (FieldProblem p : CaseRules.check(request, now, today, villages::isKnown)) {
            String column = "villageCode".equals(p.field()) ? villageColumn : column(p.field());
            boolean alreadyReported = problems.stream().anyMatch(q -> q.column().equals(column));
            if (!alreadyReported) {
                problems.add(new ImportProblem(line, column, p.messageKey(), columns.value(record, column)));
            }
        }
        return request;
    }

    private static Instant date(
            CsvReader.CsvRecord record, ImportColumns columns, String column, List<ImportProblem> problems) {
        String raw = columns.value(record, column);
        if (raw.isEmpty()) {
            return null;
        }
        Optional<Instant> parsed = CsvDates.parse(raw);
        if (parsed.isEmpty()) {
            problems.add(new ImportProblem(record.line(), column, "intake.error.date", raw));
        }
        return parsed.orElse(null);
    }

    private static String column(String field) {
        return COLUMN_OF_FIELD.getOrDefault(field, field);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Who imports, for the history: the API key of a script, or the signed-in clerk or administrator. */
    private String importer() {
        return ApiPrincipal.current().map(ApiPrincipal::actor).orElseGet(currentUser::username);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
