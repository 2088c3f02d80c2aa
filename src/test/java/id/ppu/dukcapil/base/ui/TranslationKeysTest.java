package id.ppu.dukcapil.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.base.Bundles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key a screen asks for by name ({@code getTranslation("...")} with a literal) is in one of the
 * UI bundles, in Indonesian and in English. A missing key shows as {@code !key} on the screen (seen in
 * the queue view's service column before this test).
 */
class TranslationKeysTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([A-Za-z0-9_.-]+)\"");

    @Test
    void every_literal_translation_key_exists_in_both_languages() throws IOException {
        Properties indonesian = load("");
        Properties english = load("_en");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1);
                    if (key.endsWith(".")) {
                        continue; // a prefix completed at run time ("status." + status)
                    }
                    if (!indonesian.containsKey(key)) {
                        missing.add(key + " (Bahasa Indonesia) in " + file.getFileName());
                    }
                    if (!english.containsKey(key)) {
                        missing.add(key + " (English) in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void the_scan_sees_a_key_that_is_not_there() {
        Matcher m = LITERAL_KEY.matcher("label.setText(getTranslation( \"case.service\"));");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("case.service");
        assertThat(load("").containsKey("case.service")).isFalse();
    }

    private static Properties load(String suffix) {
        Properties all = new Properties();
        for (String bundle : Bundles.NAMES) {
            try (InputStream in =
                    TranslationKeysTest.class.getResourceAsStream("/" + bundle + suffix + ".properties")) {
                assertThat(in).as(bundle + suffix).isNotNull();
                Properties p = new Properties();
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                all.putAll(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }
}
