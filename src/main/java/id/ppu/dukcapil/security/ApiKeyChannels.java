package id.ppu.dukcapil.security;

import java.util.List;

/**
 * The channels a submit key may belong to, provided by the feature that owns them (cases, from
 * its {@code Channel}). Security cannot name that enum itself: cases audits its reads and checks
 * roles through security, so security sits below cases, and naming cases here would close a cycle.
 */
public interface ApiKeyChannels {

    /** The channel names, in the order they are offered. */
    List<String> names();
}
