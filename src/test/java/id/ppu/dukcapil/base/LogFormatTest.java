package id.ppu.dukcapil.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LogFormatTest {

    private static MockEnvironment after(String logFormat) {
        MockEnvironment env = new MockEnvironment();
        if (logFormat != null) {
            env.setProperty(LogFormat.VARIABLE, logFormat);
        }
        new LogFormat().postProcessEnvironment(env, new SpringApplication());
        return env;
    }

    @Test
    void json_selects_spring_boots_ecs_lines_and_turns_the_banner_off() {
        MockEnvironment env = after("json");

        assertThat(env.getProperty(LogFormat.STRUCTURED_CONSOLE)).isEqualTo("ecs");
        assertThat(env.getProperty("spring.main.banner-mode")).isEqualTo("off");
    }

    @Test
    void without_the_variable_or_with_text_the_console_stays_plain() {
        for (String value : new String[] {null, "", "  ", "text", "TEXT", "plain"}) {
            MockEnvironment env = after(value);

            assertThat(env.getProperty(LogFormat.STRUCTURED_CONSOLE)).as(value).isNull();
            assertThat(env.getProperty("spring.main.banner-mode")).as(value).isNull();
        }
    }

    @Test
    void a_schema_can_be_named_and_case_and_spaces_do_not_matter() {
        assertThat(LogFormat.structuredFormat(" JSON ")).isEqualTo("ecs");
        assertThat(LogFormat.structuredFormat("ecs")).isEqualTo("ecs");
        assertThat(LogFormat.structuredFormat("Logstash")).isEqualTo("logstash");
        assertThat(LogFormat.structuredFormat("gelf")).isEqualTo("gelf");
    }

    @Test
    void a_value_that_names_no_format_stops_the_start_with_what_to_use() {
        assertThatThrownBy(() -> after("jsno"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LOG_FORMAT")
                .hasMessageContaining("jsno")
                .hasMessageContaining("json");
    }
}
