package id.ppu.dukcapil.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules every new request must pass, whichever channel it came through. Reports every
 * problem at once (an API lists them all; a form shows the first). Messages are i18n keys.
 */
public final class CaseRules {

    /** Clock skew tolerated before a submission time counts as being in the future. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    static final int MAX_EXTERNAL_ID = 100;
    static final int MAX_NOTES = 2000;
    /**
     * Earliest submission time accepted: older times are typing errors, and times before 4713 BC
     * do not even fit PostgreSQL's timestamptz.
     */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9]{8,15}$");
    private static final Pattern EXTERNAL_ID = Pattern.compile("^[\\p{Graph}]+$");

    private CaseRules() {}

    /**
     * Problems of {@code c}; empty when it may be registered.
     *
     * @param knownVillage whether a village code exists
     */
    public static List<FieldProblem> check(NewCase c, Instant now, LocalDate today, Predicate<String> knownVillage) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.channel() == null) {
            problems.add(new FieldProblem("channel", "validation.required"));
        }
        if (c.externalId() != null
                && (c.externalId().length() > MAX_EXTERNAL_ID
                        || !EXTERNAL_ID.matcher(c.externalId()).matches())) {
            problems.add(new FieldProblem("externalId", "intake.error.externalId"));
        }
        boolean triage = c.status() == CaseStatus.TRIAGE;
        if (c.status() == null) {
            problems.add(new FieldProblem("status", "validation.required"));
        } else if (c.status() == CaseStatus.MERGED) {
            problems.add(new FieldProblem("status", "intake.error.status.merged"));
        }
        if (c.serviceType() == null && !triage) {
            problems.add(new FieldProblem("serviceType", "validation.required"));
        }
        if (c.nik() == null) {
            if (!triage) {
                problems.add(new FieldProblem("nik", "validation.required"));
            }
        } else {
            try {
                Nik.parse(c.nik(), today);
            } catch (InvalidIdentityNumberException e) {
                problems.add(new FieldProblem("nik", e.messageKey()));
            }
        }
        if (c.applicantName() == null) {
            if (!triage) {
                problems.add(new FieldProblem("applicantName", "validation.required"));
            }
        } else if (c.applicantName().length() < 2 || c.applicantName().length() > 120) {
            problems.add(new FieldProblem("applicantName", "validation.name.size"));
        } else if (!isPrintable(c.applicantName(), false)) {
            problems.add(new FieldProblem("applicantName", "validation.name.chars"));
        }
        if (c.phone() != null && !PHONE.matcher(c.phone()).matches()) {
            problems.add(new FieldProblem("phone", "validation.phone"));
        }
        if (c.villageCode() != null && !knownVillage.test(c.villageCode())) {
            problems.add(new FieldProblem("villageCode", "validation.village.unknown"));
        }
        Instant latest = now.plus(FUTURE_TOLERANCE);
        if (c.submittedAt() == null) {
            problems.add(new FieldProblem("submittedAt", "validation.required"));
        } else if (c.submittedAt().isAfter(latest)) {
            problems.add(new FieldProblem("submittedAt", "intake.error.future"));
        } else if (c.submittedAt().isBefore(EARLIEST)) {
            problems.add(new FieldProblem("submittedAt", "intake.error.past"));
        }
        checkCompletion(c, latest, problems);
        if (lacksReason(c.status(), c.notes())) {
            // A record rejected in another system brings its reason in the notes.
            problems.add(new FieldProblem("notes", "intake.error.rejectReason"));
        } else if (c.notes() != null && c.notes().length() > MAX_NOTES) {
            problems.add(new FieldProblem("notes", "validation.notes.size"));
        } else if (c.notes() != null && !isPrintable(c.notes(), true)) {
            problems.add(new FieldProblem("notes", "validation.notes.chars"));
        }
        return problems;
    }

    /**
     * Whether a case moving to (or arriving in) {@code target} lacks the reason that status needs:
     * a rejection says why, whether a clerk rejects a case, a triage message is turned down or an
     * import brings a case rejected elsewhere.
     */
    public static boolean lacksReason(CaseStatus target, String reason) {
        return target != null && target.needsReason() && (reason == null || reason.isBlank());
    }

    /**
     * Whether {@code s} holds only text a person writes: no control characters (PostgreSQL refuses
     * NUL outright), no unpaired surrogates (they would be stored as '?'), and in a name no
     * invisible formatting characters such as a right-to-left override either.
     */
    private static boolean isPrintable(String s, boolean multiline) {
        return s.codePoints().allMatch(cp -> switch (Character.getType(cp)) {
            case Character.CONTROL -> multiline && (cp == '\n' || cp == '\r' || cp == '\t');
            case Character.SURROGATE -> false;
            // Notes may hold emoji sequences (joiners) and characters newer than this JDK's Unicode.
            case Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED -> multiline;
            default -> true;
        });
    }

    private static void checkCompletion(NewCase c, Instant latest, List<FieldProblem> problems) {
        boolean closed = c.status() == CaseStatus.COMPLETED || c.status() == CaseStatus.REJECTED;
        if (c.completedAt() == null) {
            if (closed) {
                problems.add(new FieldProblem("completedAt", "intake.error.completedAt.required"));
            }
        } else if (!closed) {
            problems.add(new FieldProblem("completedAt", "intake.error.completedAt.open"));
        } else if (c.completedAt().isAfter(latest)) {
            problems.add(new FieldProblem("completedAt", "intake.error.future"));
        } else if (c.submittedAt() != null && c.completedAt().isBefore(c.submittedAt())) {
            problems.add(new FieldProblem("completedAt", "intake.error.completedAt.beforeSubmitted"));
        }
    }
}
