package id.ppu.dukcapil.app;

/**
 * What the header's service-mode badge shows. The feature that owns the service mode implements
 * it, so the layout does not depend on that feature.
 */
public interface ServiceModeIndicator {

    /** Name of the mode in force: NORMAL, LIMITED_HOURS or ONLINE_ONLY (texts {@code servicemode.<name>}). */
    String currentMode();
}
