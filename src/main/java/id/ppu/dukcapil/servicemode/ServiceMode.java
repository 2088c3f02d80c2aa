package id.ppu.dukcapil.servicemode;

import id.ppu.dukcapil.base.MessageKey;

/** How the office serves residents: normally, with hours limited to 13:00, or online only (office closed). */
public enum ServiceMode implements MessageKey {
    NORMAL,
    LIMITED_HOURS,
    ONLINE_ONLY;

    @Override
    public String messageKey() {
        return "servicemode." + name();
    }
}
