package id.ppu.dukcapil.analytics;

import id.ppu.dukcapil.cases.Channel;

/** Counted requests per channel. Online = WEB, APP and WHATSAPP; in person = OFFICE and OUTREACH. */
public record ChannelCounts(long web, long app, long whatsapp, long office, long outreach) {

    public static final ChannelCounts NONE = new ChannelCounts(0, 0, 0, 0, 0);

    public long of(Channel channel) {
        return switch (channel) {
            case WEB -> web;
            case APP -> app;
            case WHATSAPP -> whatsapp;
            case OFFICE -> office;
            case OUTREACH -> outreach;
        };
    }

    public long online() {
        return web + app + whatsapp;
    }

    public long inPerson() {
        return office + outreach;
    }

    public long total() {
        return online() + inPerson();
    }

    /** Online requests as a fraction of all (0..1), or null when there were none. */
    public Double onlineShare() {
        return total() == 0 ? null : (double) online() / total();
    }
}
