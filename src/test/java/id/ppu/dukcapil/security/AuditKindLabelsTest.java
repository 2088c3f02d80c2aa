package id.ppu.dukcapil.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AuditKindLabelsTest {

    @Test
    void every_kind_of_audit_entry_has_a_label_in_both_languages() throws IOException {
        for (String bundle : new String[] {"i18n/security.properties", "i18n/security_en.properties"}) {
            Properties texts = load(bundle);
            assertThat(Arrays.stream(AuditKind.values())
                            .map(AuditKind::messageKey)
                            .filter(k -> texts.getProperty(k, "").isBlank()))
                    .as(bundle)
                    .isEmpty();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditKindLabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
