package id.ppu.dukcapil.servicemode.ui;

import id.ppu.dukcapil.servicemode.ServiceMode;

/**
 * Where the header's service-mode badge reads the mode in force: {@code ServiceModeService::current} in the app,
 * a fixed mode in a unit test of the badge.
 */
@FunctionalInterface
public interface ServiceModeIndicator {

    ServiceMode currentMode();
}
