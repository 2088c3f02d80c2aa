package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.servicemode.ServiceMode;
import id.ppu.dukcapil.servicemode.ServiceModeService;
import org.springframework.stereotype.Component;

/** The office's current service mode, as set by the head, decides the planner's default weights. */
@Component
class OfficeModeFromServiceMode implements OfficeMode {

    private final ServiceModeService serviceModes;

    OfficeModeFromServiceMode(ServiceModeService serviceModes) {
        this.serviceModes = serviceModes;
    }

    @Override
    public boolean onlineOnly() {
        return serviceModes.current() == ServiceMode.ONLINE_ONLY;
    }
}
