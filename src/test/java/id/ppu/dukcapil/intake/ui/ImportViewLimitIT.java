package id.ppu.dukcapil.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import id.ppu.dukcapil.intake.CsvImportService;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import screen's upload limit: the browser is told the limit, and the server's receiver
 * refuses a bigger upload itself (a client may ignore the browser's check), keeping nothing.
 */
class ImportViewLimitIT extends AbstractViewIT {

    @Autowired
    CsvImportService imports;

    @Test
    void the_upload_tells_the_browser_the_documented_limit() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(ImportView.class);

        assertThat((long) _get(Upload.class, s -> s.withId("import-upload")).getMaxFileSize())
                .isEqualTo(imports.maxBytes())
                .isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void an_upload_over_the_limit_is_refused_by_the_server_and_leaves_no_file() throws IOException {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(ImportView.class);
        List<Path> before = spooled();
        byte[] tooBig = new byte[(int) imports.maxBytes() + 1];

        Throwable refused = catchThrowable(() ->
                UploadKt._upload(_get(Upload.class, s -> s.withId("import-upload")), "gross.csv", "text/csv", tooBig));

        assertThat(refused).isNotNull();
        assertThat(_get(Span.class, s -> s.withId("import-preview-info")).getText())
                .isEmpty();
        assertThat(_get(Button.class, s -> s.withId("import-start")).isEnabled())
                .isFalse();
        NotificationsKt.expectNotifications("Berkas lebih dari 20 MB.");
        assertThat(spooled()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void an_accepted_upload_is_spooled_to_a_temporary_file_that_leaving_the_screen_deletes() throws IOException {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(ImportView.class);
        List<Path> before = spooled();

        UploadKt._upload(
                _get(Upload.class, s -> s.withId("import-upload")),
                "kecil.csv",
                "text/csv",
                "external_id;nik\r\nVIEWLIMIT-1;6409014501900003\r\n".getBytes());

        assertThat(_get(Span.class, s -> s.withId("import-preview-info")).getText())
                .contains("kecil.csv", "1 baris");
        assertThat(spooled()).hasSize(before.size() + 1);

        UI.getCurrent().navigate(TriageView.class);

        assertThat(spooled()).as("leaving the screen deletes it").containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<Path> spooled() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("dukcapil-import-"))
                    .toList();
        }
    }
}
