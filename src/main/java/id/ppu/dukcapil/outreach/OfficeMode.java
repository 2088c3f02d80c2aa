package id.ppu.dukcapil.outreach;

/**
 * Whether the office is closed to walk-ins (service mode ONLINE_ONLY), which raises the default
 * weight of in-person demand. The service-mode feature provides the answer.
 */
interface OfficeMode {

    boolean onlineOnly();
}
