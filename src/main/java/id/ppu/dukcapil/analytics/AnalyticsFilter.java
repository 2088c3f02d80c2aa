package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.cases.ServiceType;

/**
 * What the figures cover: a period of submission days, optionally one district (Kemendagri code,
 * e.g. 64.09.04) and one service.
 */
public record AnalyticsFilter(Period period, String districtCode, ServiceType service) {

    public AnalyticsFilter {
        if (period == null) {
            throw new IllegalArgumentException("A filter needs a period");
        }
        if (districtCode != null && districtCode.isBlank()) {
            districtCode = null;
        }
    }

    public AnalyticsFilter withPeriod(Period other) {
        return new AnalyticsFilter(other, districtCode, service);
    }
}
