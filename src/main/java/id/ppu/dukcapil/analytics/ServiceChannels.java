package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.cases.ServiceType;

/** Requests for one service in the period, per channel. */
public record ServiceChannels(ServiceType service, ChannelCounts counts) {}
