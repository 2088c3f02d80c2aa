package id.ppu.dukcapil.outreach;

import org.springframework.stereotype.Component;

/**
 * Until the service-mode feature lands, the office counts as open (NORMAL). Replace with a call
 * to {@code ServiceModeService.current() == ONLINE_ONLY} once it exists.
 */
@Component
class OfficeOpenUntilServiceModeExists implements OfficeMode {

    @Override
    public boolean onlineOnly() {
        return false;
    }
}
