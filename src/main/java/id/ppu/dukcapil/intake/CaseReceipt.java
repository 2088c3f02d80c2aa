package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Registration;

/**
 * The answer to a submission: the case number to show the citizen, its status, and the case it
 * was merged into when the citizen already had an open request for the same service.
 */
public record CaseReceipt(String caseNumber, CaseStatus status, String mergedInto) {

    static CaseReceipt of(Registration r) {
        return new CaseReceipt(r.caseNumber(), r.status(), r.mergedInto());
    }
}
