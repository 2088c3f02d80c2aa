package id.ppu.dukcapil.analytics;

/** Failed messages to residents with one WhatsApp Cloud API error code (131026, 131047, http.500, ...). */
public record FailureCount(String code, long messages) {}
