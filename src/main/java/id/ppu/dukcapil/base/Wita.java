package id.ppu.dukcapil.base;

import java.time.ZoneId;

/** The office's time zone (Waktu Indonesia Tengah, UTC+8): dates and times are shown and filtered in it. */
public final class Wita {

    public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    private Wita() {}
}
