package id.ppu.dukcapil.base;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code LOG_FORMAT=json} switches console logging to structured JSON, one object per line, in the
 * Elastic Common Schema (Spring Boot's {@code logging.structured.format.console=ecs}), for a log
 * shipper reading the journal; {@code ecs}, {@code logstash} and {@code gelf} choose a schema
 * explicitly. Unset, blank or {@code text}: Spring Boot's plain text. With JSON the banner is off,
 * so that every line of the output parses. Runs before the logging system starts.
 */
public class LogFormat implements EnvironmentPostProcessor, Ordered {

    /** The environment variable (or property) naming the format. */
    public static final String VARIABLE = "LOG_FORMAT";

    static final String STRUCTURED_CONSOLE = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String format = structuredFormat(env.getProperty(VARIABLE));
        if (format != null) {
            env.getPropertySources()
                    .addFirst(new MapPropertySource(
                            "logFormat", Map.of(STRUCTURED_CONSOLE, format, "spring.main.banner-mode", "off")));
        }
    }

    /** Before the other checks of the environment, so that what they report is in the chosen format too. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 20;
    }

    /**
     * Spring Boot's structured format for a value of {@code LOG_FORMAT}, or null for plain text.
     *
     * @throws IllegalArgumentException for a value that names no format, so a typo does not pass unnoticed
     */
    static String structuredFormat(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "text", "plain" -> null;
            case "json", "ecs" -> "ecs";
            case "logstash", "gelf" -> v;
            default ->
                throw new IllegalArgumentException(
                        VARIABLE + " is '" + value + "': use json (or ecs, logstash, gelf) for JSON lines, or text.");
        };
    }
}
