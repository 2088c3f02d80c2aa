package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.outreach.UpcomingVisit;

/**
 * What a status notification tells about one case: its number and service, the clerk's comment
 * (what to fix, or the reason) and the outreach visit it names, if any.
 *
 * @param comment the clerk's comment or reason, or null
 * @param visit   the next planned outreach visit to the resident's district, or null
 */
record NotificationFacts(String caseNumber, ServiceType service, String comment, UpcomingVisit visit) {}
