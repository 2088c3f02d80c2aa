package id.ppu.dukcapil.servicemode.ui;

import id.ppu.dukcapil.servicemode.ServiceModeService;
import id.ppu.dukcapil.app.ServiceModeIndicator;
import org.springframework.stereotype.Component;

/** Feeds the header badge with the mode in force. */
@Component
class ServiceModeHeader implements ServiceModeIndicator {

    private final ServiceModeService serviceModes;

    ServiceModeHeader(ServiceModeService serviceModes) {
        this.serviceModes = serviceModes;
    }

    @Override
    public String currentMode() {
        return serviceModes.current().name();
    }
}
