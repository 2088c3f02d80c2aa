package id.ppu.dukcapil.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to preview or import, read as a stream so that it is never held whole in memory: an
 * uploaded file the servlet container or the upload receiver spooled to disk, or bytes in tests.
 */
public interface CsvSource {

    /** A new stream over the file's bytes from the start; the caller closes it. */
    InputStream open() throws IOException;

    /** The file's size in bytes, checked against the import limit before anything is read. */
    long size();

    /** A file on disk, read when opened. */
    static CsvSource of(Path file) {
        return new CsvSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Bytes already in memory (tests, small generated files). */
    static CsvSource of(byte[] bytes) {
        return new CsvSource() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public long size() {
                return bytes.length;
            }
        };
    }
}
