package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.intake.Placeholder.ALASAN;
import static id.ppu.dukcapil.intake.Placeholder.JAM_LAYANAN;
import static id.ppu.dukcapil.intake.Placeholder.KUNJUNGAN;
import static id.ppu.dukcapil.intake.Placeholder.LAYANAN;
import static id.ppu.dukcapil.intake.Placeholder.NOMOR;
import static id.ppu.dukcapil.intake.Placeholder.PERBAIKAN;
import static id.ppu.dukcapil.intake.Placeholder.SYARAT;
import static id.ppu.dukcapil.intake.Placeholder.TEMPAT_AMBIL;

import id.ppu.dukcapil.base.MessageKey;
import id.ppu.dukcapil.cases.CaseStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The status notifications whose text an administrator edits, one text each. WAITING_IN_PERSON has
 * two: one for when a planned outreach visit to the resident's district is coming (it names the
 * visit, and may name the office hours besides or leave them out), one for when none is. Each
 * kind says which placeholders it offers and which it must contain. Labels live in the i18n
 * bundle as {@code notificationText.kind.<NAME>}.
 */
public enum NotificationKind implements MessageKey {
    NEEDS_CORRECTION(OutboundKind.CASE_NEEDS_CORRECTION, EnumSet.of(PERBAIKAN), EnumSet.of(PERBAIKAN)),
    WAITING_IN_PERSON(OutboundKind.CASE_WAITING_IN_PERSON, EnumSet.of(SYARAT), EnumSet.of(SYARAT, JAM_LAYANAN)),
    WAITING_IN_PERSON_VISIT(
            OutboundKind.CASE_WAITING_IN_PERSON, EnumSet.of(SYARAT, KUNJUNGAN), EnumSet.of(SYARAT, KUNJUNGAN)),
    READY(OutboundKind.CASE_READY, EnumSet.of(TEMPAT_AMBIL), EnumSet.of(TEMPAT_AMBIL)),
    COMPLETED(OutboundKind.CASE_COMPLETED, EnumSet.noneOf(Placeholder.class), EnumSet.noneOf(Placeholder.class)),
    REJECTED(OutboundKind.CASE_REJECTED, EnumSet.of(ALASAN), EnumSet.of(ALASAN));

    private final OutboundKind outboundKind;
    private final Set<Placeholder> available;
    private final Set<Placeholder> required;

    NotificationKind(OutboundKind outboundKind, Set<Placeholder> own, Set<Placeholder> ownRequired) {
        this.outboundKind = outboundKind;
        // Every text may name the case, its service and the office hours, and must name the case: the resident
        // must know which request it is about. (Written out here: an enum's static fields are not set yet.)
        this.available = EnumSet.of(NOMOR, LAYANAN, JAM_LAYANAN);
        this.available.addAll(own);
        this.required = EnumSet.of(NOMOR);
        this.required.addAll(ownRequired);
    }

    /** The notification of a move to {@code status}, if the resident is told of it (without a visit). */
    static Optional<NotificationKind> of(CaseStatus status) {
        return switch (status) {
            case NEEDS_CORRECTION -> Optional.of(NEEDS_CORRECTION);
            case WAITING_IN_PERSON -> Optional.of(WAITING_IN_PERSON);
            case READY -> Optional.of(READY);
            case COMPLETED -> Optional.of(COMPLETED);
            case REJECTED -> Optional.of(REJECTED);
            default -> Optional.empty();
        };
    }

    /** The kind of the outbound message (and of its template outside the 24-hour window). */
    public OutboundKind outboundKind() {
        return outboundKind;
    }

    /** The placeholders this text may contain, in their natural order. */
    public List<Placeholder> available() {
        return List.copyOf(available);
    }

    /** The placeholders this text must contain. */
    public List<Placeholder> required() {
        return List.copyOf(required);
    }

    @Override
    public String messageKey() {
        return "notificationText.kind." + name();
    }
}
