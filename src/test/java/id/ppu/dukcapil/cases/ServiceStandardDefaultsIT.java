package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shipped service standards say, in Bahasa Indonesia, where their figures come from and that they are unverified. */
@SpringBootTest
class ServiceStandardDefaultsIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void each_default_names_the_offices_decree_and_what_national_rule_was_found() {
        Map<String, String> sources = jdbc
                .sql("select service_type, source from service_standard where updated_by = 'migration V16'")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        // Other tests may change a standard (the KTP one) and put its figure back under their own name.
        assertThat(sources).containsKeys("BIRTH_CERT", "MARRIAGE_CERT");
        assertThat(sources.values())
                .allSatisfy(s -> assertThat(s)
                        .startsWith("Bawaan, belum diverifikasi")
                        .contains("470/045/Dukcapil/VII/2019")
                        .doesNotContain("Default"));
        assertThat(sources.get("BIRTH_CERT")).contains("Permendagri 19/2018");
        assertThat(sources.get("MARRIAGE_CERT")).contains("Tidak ditemukan ketentuan nasional");
    }
}
