package id.ppu.dukcapil.cases;

/** The way a request reached the office. */
public enum Channel {
    WEB(true),
    APP(true),
    WHATSAPP(true),
    OFFICE(false),
    OUTREACH(false);

    private final boolean online;

    Channel(boolean online) {
        this.online = online;
    }

    /**
     * WEB, APP and WHATSAPP are online; OFFICE and OUTREACH are in person. SQL says the same with
     * {@code channel_is_online(channel)} (V14); a test keeps the two equal for every channel.
     */
    public boolean isOnline() {
        return online;
    }
}
