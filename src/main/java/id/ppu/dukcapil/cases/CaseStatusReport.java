package id.ppu.dukcapil.cases;

import java.time.Instant;
import java.util.List;

/**
 * Where a case stands, without personal data, for the channel that submitted it to show the
 * citizen: status, the channels the case was touched by (arrival channel first) and the
 * timestamps of its history.
 */
public record CaseStatusReport(
        String caseNumber,
        Channel channel,
        List<Channel> channels,
        ServiceType serviceType,
        CaseStatus status,
        Instant submittedAt,
        Instant updatedAt,
        Instant completedAt,
        String mergedInto,
        List<Step> history) {

    /** One history entry: when, what kind ({@link CaseEvent.Type#isStatusStep() a status step}), and the status it led to, if any. */
    public record Step(Instant at, CaseEvent.Type event, CaseStatus status) {}
}
