package id.ppu.dukcapil.cases;

/** The way a request reached the office. */
public enum Channel {
    WEB(true), APP(true), WHATSAPP(true), OFFICE(false), OUTREACH(false);

    private final boolean online;

    Channel(boolean online) {
        this.online = online;
    }

    /** WEB, APP and WHATSAPP are online; OFFICE and OUTREACH are in person. */
    public boolean isOnline() {
        return online;
    }
}
