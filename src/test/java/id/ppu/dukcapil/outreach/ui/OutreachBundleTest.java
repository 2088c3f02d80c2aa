package id.ppu.dukcapil.outreach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.outreach.EffectReport;
import id.ppu.dukcapil.outreach.Factor;
import id.ppu.dukcapil.outreach.RedCategory;
import id.ppu.dukcapil.outreach.VisitStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OutreachBundleTest {

    private static final Pattern KEY = Pattern.compile("\"((?:nav\\.)?outreach\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");

    @Test
    void indonesian_and_english_bundles_have_the_same_keys() throws IOException {
        assertThat(load("i18n/outreach_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("i18n/outreach.properties").stringPropertyNames());
    }

    @Test
    void every_key_the_outreach_code_names_has_a_text() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/ppu/dukcapil/outreach"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("i18n/outreach.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void every_factor_category_status_and_verdict_has_its_texts() throws IOException {
        Set<String> keys = load("i18n/outreach.properties").stringPropertyNames();
        for (Factor f : Factor.values()) {
            assertThat(keys)
                    .contains(f.messageKey(), "outreach.factor.short." + f.name(), "outreach.factor.help." + f.name());
        }
        for (RedCategory c : RedCategory.values()) {
            assertThat(keys).contains(c.messageKey(), "outreach.red.advice." + c.name());
        }
        for (VisitStatus s : VisitStatus.values()) {
            assertThat(keys).contains(s.messageKey());
        }
        for (EffectReport.Verdict v : EffectReport.Verdict.values()) {
            assertThat(keys).contains("outreach.effect.verdict." + v.name());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = OutreachBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
