package id.ppu.dukcapil.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * The API's refusal texts live where their code does: what {@code base} names in the shared
 * bundle ({@code messages}), what a feature names in the shared bundle or its own, each in both
 * languages. So no package reads a text another feature owns, and none is missing in English.
 */
class ApiTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/id/ppu/dukcapil");
    private static final Pattern KEY = Pattern.compile("\"(api\\.error\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    @Test
    void every_api_text_a_package_names_is_in_its_own_or_the_shared_bundle_in_both_languages() throws IOException {
        List<String> missing = new ArrayList<>();
        int keys = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String feature = SOURCES.relativize(f).getName(0).toString();
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys++;
                    for (String language : List.of("", "_en")) {
                        if (!has("messages" + language, m.group(1))
                                && (feature.equals("base") || !has(feature + language, m.group(1)))) {
                            missing.add(
                                    m.group(1) + " (" + SOURCES.relativize(f) + ", bundle " + feature + language + ")");
                        }
                    }
                }
            }
        }
        assertThat(keys).as("api.error keys found in the code").isGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    private static boolean has(String bundle, String key) throws IOException {
        try (InputStream in = ApiTextsTest.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            if (in == null) {
                return false;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p.containsKey(key);
        }
    }
}
