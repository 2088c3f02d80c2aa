package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.security.ApiKeyService;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.TestCases;
import id.ppu.dukcapil.support.TestSignIn;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import's size limit (20 MB by default) over real HTTP, with request bodies generated on the
 * fly (never held in this test's memory, never written to disk here), and the import reading a
 * file as a stream.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("slow")
class ImportLimitIT {

    private static final Logger log = LoggerFactory.getLogger(ImportLimitIT.class);
    private static final String IMPORT_KEY = "ppu_limittestImportKey000000000000000000000";
    private static final long MB = 1024 * 1024;
    private static final String HEADER =
            "external_id;channel;service_type;nik;applicant_name;village_code;submitted_at\r\n";

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyService keys;

    @Autowired
    CsvImportService imports;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void createKey() {
        keys.createIfMissing("limittest-import", IMPORT_KEY, Set.of(ApiScope.IMPORT), null);
    }

    @AfterEach
    void cleanUp() {
        TestCases.deleteWhere(jdbc, "external_id like 'LIMITTEST-%'");
        jdbc.sql("delete from api_key where name like 'limittest-%'").update();
    }

    @Test
    void a_200_mb_upload_is_refused_with_413_and_leaves_the_heap_flat() throws Exception {
        long before = usedHeapAfterGc();

        Upload upload = post(new GeneratedFile(200 * MB, 0), false);
        long after = usedHeapAfterGc();

        log.info(
                "200 MB upload: {} after {} MB sent; used heap after GC {} MB before, {} MB after",
                upload.answer().status(),
                upload.sent() / MB,
                before / MB,
                after / MB);
        assertThat(upload.answer().status()).isEqualTo(413);
        assertThat(upload.answer().contentType()).startsWith("application/problem+json");
        // The server stopped reading soon after the limit instead of taking all 200 MB.
        assertThat(upload.sent()).isLessThan(100 * MB);
        assertThat(after - before).isLessThan(30 * MB);
        assertThat(countMine()).isZero();
    }

    @Test
    void a_file_just_over_the_documented_limit_is_refused() throws Exception {
        Upload upload = post(new GeneratedFile(20 * MB + 1, 3), true);

        assertThat(upload.answer().status()).isEqualTo(413);
        assertThat(upload.answer().contentType()).startsWith("application/problem+json");
        assertThat(countMine()).isZero();
    }

    @Test
    void a_file_just_under_the_limit_is_imported() throws Exception {
        Upload upload = post(new GeneratedFile(20 * MB - 1024, 3), true);

        assertThat(upload.answer().status()).as(upload.answer().body()).isEqualTo(200);
        JsonNode report = json.readTree(upload.answer().body());
        assertThat(report.path("rows").asInt()).isEqualTo(3);
        assertThat(report.path("created").asInt()).isEqualTo(3);
        assertThat(countMine()).isEqualTo(3);
    }

    /**
     * The importer registers its first batch after reading little more than that batch: it works
     * on the file as it streams by instead of reading it whole first.
     */
    @Test
    void the_import_registers_rows_while_it_reads_the_file() {
        int rows = CsvImportService.CHUNK + 1_000;
        long size = 19 * MB;
        AtomicLong readAtFirstBatch = new AtomicLong(-1);
        AtomicReference<GeneratedFile> opened = new AtomicReference<>();
        CsvSource source = new CsvSource() {
            @Override
            public InputStream open() {
                GeneratedFile file = new GeneratedFile(size, rows).csvOnly();
                opened.set(file);
                return file;
            }

            @Override
            public long size() {
                return size;
            }
        };

        // The import runs as a clerk would start it (the service method is guarded).
        TestSignIn.signIn("limittest", Role.PETUGAS);
        ImportReport report;
        try {
            report = imports.importCsv(
                    source,
                    "stream.csv",
                    null,
                    "limittest",
                    handled -> readAtFirstBatch.compareAndSet(-1, opened.get().delivered));
        } finally {
            SecurityContextHolder.clearContext();
        }

        log.info(
                "Streaming import: first batch of {} rows registered after {} KiB of {} MiB read",
                CsvImportService.CHUNK,
                readAtFirstBatch.get() / 1024,
                size / MB);
        assertThat(report.rows()).isEqualTo(rows);
        assertThat(report.created()).isEqualTo(rows);
        assertThat(readAtFirstBatch.get()).isPositive().isLessThan(4 * MB);
    }

    private long countMine() {
        return jdbc.sql("select count(*) from service_case where external_id like 'LIMITTEST-%'")
                .query(Long.class)
                .single();
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * POSTs a generated multipart body over a plain socket: one thread writes (and stops when the
     * server closes), this one reads the answer, which the server may give before the body ends.
     */
    private Upload post(GeneratedFile file, boolean declareLength) throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            String head = "POST /api/v1/imports HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Bearer "
                    + IMPORT_KEY
                    + "\r\nContent-Type: multipart/form-data; boundary=" + GeneratedFile.BOUNDARY
                    + "\r\nAccept: application/json\r\n"
                    + "Connection: close\r\n"
                    + (declareLength ? "Content-Length: " + file.length() : "Transfer-Encoding: chunked") + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            Future<?> sending = writer.submit(() -> {
                byte[] buffer = new byte[64 * 1024];
                try {
                    for (int n; (n = file.read(buffer)) > 0; ) {
                        if (declareLength) {
                            out.write(buffer, 0, n);
                        } else {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.write(buffer, 0, n);
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                    if (!declareLength) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // Expected once the server has answered a refused upload and closed the connection.
                }
                return null;
            });
            RawHttpAnswer answer = RawHttpAnswer.read(socket.getInputStream());
            socket.shutdownOutput();
            sending.get();
            return new Upload(answer, file.delivered);
        } finally {
            writer.shutdownNow();
        }
    }

    /** An answer to an upload and how many bytes of the body had been sent by then. */
    private record Upload(RawHttpAnswer answer, long sent) {}

    /**
     * A multipart body with one CSV file of exactly {@code size} bytes, made as it is read: a
     * header, {@code rows} valid rows and then rows of empty fields (which the import skips).
     */
    private static final class GeneratedFile extends InputStream {

        static final String BOUNDARY = "----limittest7d1f";
        private static final byte[] PREFIX = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"gross.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        private static final byte[] SUFFIX = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        private static final byte[] BLANK = ";;;;;;\r\n".getBytes(StandardCharsets.US_ASCII);

        private final long size;
        private final int rows;
        private boolean multipart = true;
        private long position;
        private int row;
        private byte[] current = PREFIX;
        private int inCurrent;
        private long fileBytes;
        volatile long delivered;

        GeneratedFile(long size, int rows) {
            this.size = size;
            this.rows = rows;
        }

        /** The CSV file alone, without the multipart envelope. */
        GeneratedFile csvOnly() {
            multipart = false;
            current = HEADER.getBytes(StandardCharsets.US_ASCII);
            return this;
        }

        long length() {
            return PREFIX.length + size + SUFFIX.length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                if (inCurrent == current.length && !next()) {
                    break;
                }
                int take = Math.min(len - n, current.length - inCurrent);
                System.arraycopy(current, inCurrent, b, off + n, take);
                inCurrent += take;
                n += take;
            }
            position += n;
            delivered = position;
            return n == 0 && len > 0 ? -1 : n;
        }

        /** Moves to the next piece of the body; false at its end. */
        private boolean next() {
            if (current == SUFFIX) {
                return false;
            }
            if (current == PREFIX) {
                current = HEADER.getBytes(StandardCharsets.US_ASCII);
            } else {
                fileBytes += current.length;
                long left = size - fileBytes;
                if (left <= 0) {
                    if (!multipart) {
                        return false;
                    }
                    current = SUFFIX;
                } else {
                    byte[] piece = row < rows ? row(row++) : BLANK;
                    current = piece.length <= left ? piece : Arrays.copyOf(BLANK, (int) left);
                    if (piece.length > left) {
                        // Pad the last bytes with spaces so the file has exactly its size.
                        Arrays.fill(current, (byte) ' ');
                    }
                }
            }
            inCurrent = 0;
            return true;
        }

        private static byte[] row(int i) {
            return ("LIMITTEST-" + i + ";WEB;KTP;"
                            + IntakeTestData.nik(1 + i % 4, 1 + i % 28, 1 + i / 28 % 12, 80, 1 + i / 336)
                            + ";Warga Uji " + i + ";64.09.01.1009;01/11/2025 08:00\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }
    }
}
