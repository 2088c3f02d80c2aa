package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.ServiceType;

/**
 * Turnaround (completed minus submitted) of the COMPLETED requests submitted in the period,
 * read from the log-bucket histogram.
 *
 * @param channel   null for all channels
 * @param service   null for all services
 * @param completed how many requests the figures rest on
 */
public record Turnaround(Channel channel, ServiceType service, long completed, double medianHours, double p90Hours) {

    public double medianDays() {
        return medianHours / 24;
    }

    public double p90Days() {
        return p90Hours / 24;
    }
}
