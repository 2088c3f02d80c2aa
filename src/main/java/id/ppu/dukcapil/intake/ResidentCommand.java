package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.CaseNumber;
import id.ppu.dukcapil.cases.ServiceType;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a resident can ask the office's WhatsApp number by themselves, in any case and with any
 * spacing: {@code BERHENTI} (no more messages), {@code MULAI} (messages again), {@code STATUS} or
 * {@code CEK} (the sender's open requests), {@code STATUS PPU-2026-0012345} (one request) and
 * {@code SYARAT KTP} (a service's requirements, by any name {@link ServiceNames} understands).
 * Anything else, including {@code STATUS} with something that is no case number and
 * {@code SYARAT} without a known service, is a question for the clerks.
 */
sealed interface ResidentCommand {

    Pattern WHITESPACE = Pattern.compile("\\s+");
    Pattern STATUS = Pattern.compile("^(?:STATUS|CEK)(?: (.+))?$");
    Pattern REQUIREMENTS = Pattern.compile("^SYARAT (.+)$");

    record OptOut() implements ResidentCommand {}

    record OptIn() implements ResidentCommand {}

    /** The sender's open requests. */
    record OpenRequests() implements ResidentCommand {}

    /** One request by its number (upper case, as the numbers are written). */
    record OneRequest(String caseNumber) implements ResidentCommand {}

    record Requirements(ServiceType service) implements ResidentCommand {}

    /** The command a text is, if any. */
    static Optional<ResidentCommand> parse(String text) {
        if (text == null || text.length() > 200) {
            return Optional.empty();
        }
        String t = WHITESPACE.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll(" ");
        if (t.equals("BERHENTI")) {
            return Optional.of(new OptOut());
        }
        if (t.equals("MULAI")) {
            return Optional.of(new OptIn());
        }
        Matcher status = STATUS.matcher(t);
        if (status.matches()) {
            if (status.group(1) == null) {
                return Optional.of(new OpenRequests());
            }
            // "PPU - 2026 - 0012345" and "PPU 2026 0012345" are the same number, typed on a phone.
            String number = status.group(1).replaceAll(" ?- ?", "-").replace(' ', '-');
            return CaseNumber.isValid(number) ? Optional.of(new OneRequest(number)) : Optional.empty();
        }
        Matcher requirements = REQUIREMENTS.matcher(t);
        if (requirements.matches()) {
            return ServiceNames.parse(requirements.group(1)).map(Requirements::new);
        }
        return Optional.empty();
    }
}
