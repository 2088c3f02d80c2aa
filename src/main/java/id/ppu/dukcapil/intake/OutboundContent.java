package id.ppu.dukcapil.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an outbound message says: free text, allowed within 24 hours of the resident's last
 * message, or an approved template with its language and body parameters, for any time.
 */
public sealed interface OutboundContent {

    /** WhatsApp's limit of a text message's body. */
    int MAX_TEXT = 4096;

    /** Free text, 1 to 4096 characters. */
    record Text(String body) implements OutboundContent {
        public Text {
            if (body == null || body.isBlank() || body.length() > MAX_TEXT) {
                throw new OutboxException("outbox.error.text", MAX_TEXT);
            }
        }
    }

    /** An approved template by name (lower case, digits, underscores) and language ({@code id}), with its body parameters in order. */
    record Template(String name, String language, List<String> parameters) implements OutboundContent {
        private static final Pattern NAME = Pattern.compile("^[a-z0-9_]{1,512}$");
        private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(_[A-Z]{2})?$");
        /** Meta's limit of one body parameter. */
        static final int MAX_PARAMETER = 1024;

        public Template {
            if (name == null
                    || !NAME.matcher(name).matches()
                    || language == null
                    || !LANGUAGE.matcher(language).matches()) {
                throw new OutboxException("outbox.error.template");
            }
            if (parameters == null) {
                parameters = List.of();
            }
            if (parameters.size() > 20
                    || parameters.stream().anyMatch(p -> p == null || p.isBlank() || p.length() > MAX_PARAMETER)) {
                throw new OutboxException("outbox.error.templateParameters");
            }
            parameters = List.copyOf(parameters);
        }
    }
}
