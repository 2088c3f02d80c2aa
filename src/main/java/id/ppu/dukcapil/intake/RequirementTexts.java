package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.ServiceType;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A service's requirements (syarat) as residents get them: its active quick answers marked as
 * requirements, in their order, one after another, as many whole ones as one WhatsApp text holds.
 * The one source of requirement texts, read by the SYARAT reply and the WAITING_IN_PERSON
 * notification in the transaction of their caller; nothing here is personal data, so nothing is
 * guarded or audited.
 */
@Component
class RequirementTexts {

    private static final String SEPARATOR = "\n\n";

    private final JdbcClient jdbc;

    RequirementTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The service's requirements, or empty if the office keeps none active. */
    Optional<String> of(ServiceType service) {
        List<String> bodies =
                jdbc.sql("""
                select body from quick_answer
                where service_type = :s and active and requirements
                order by sort_order, id""").param("s", service.name()).query(String.class).list();
        StringBuilder text = new StringBuilder();
        for (String body : bodies) {
            int length = text.isEmpty() ? body.length() : text.length() + SEPARATOR.length() + body.length();
            if (length > OutboundContent.MAX_TEXT) {
                break;
            }
            if (!text.isEmpty()) {
                text.append(SEPARATOR);
            }
            text.append(body);
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text.toString());
    }

    /** The longest requirements text of any service now, 0 if none is kept. */
    int longest() {
        return java.util.Arrays.stream(ServiceType.values())
                .mapToInt(s -> of(s).map(String::length).orElse(0))
                .max()
                .orElse(0);
    }
}
