package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Channel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Channel and status names in imported files: the code names (WEB, COMPLETED) and the
 * Indonesian words offices use (KANTOR, JEMPUT BOLA, SELESAI, DITOLAK, ...).
 */
final class ChannelNames {

    private static final Map<String, Channel> CHANNELS = new HashMap<>();
    private static final Map<String, CaseStatus> STATUSES = new HashMap<>();

    static {
        for (Channel c : Channel.values()) {
            CHANNELS.put(c.name(), c);
        }
        put(Channel.WEB, "PORTAL", "PORTAL WEB", "WEBSITE");
        put(Channel.APP, "APLIKASI", "GOPPU", "APLIKASI GOPPU");
        put(Channel.WHATSAPP, "WA");
        put(Channel.OFFICE, "KANTOR", "LOKET", "WALK IN");
        put(Channel.OUTREACH, "JEMPUT BOLA", "DUKCAPIL MOBILE", "MOBILE");
        for (CaseStatus s : CaseStatus.values()) {
            STATUSES.put(ServiceNames.normalize(s.name()), s);
        }
        status(CaseStatus.SUBMITTED, "DIAJUKAN", "BARU");
        status(CaseStatus.VERIFIED, "TERVERIFIKASI");
        status(CaseStatus.NEEDS_CORRECTION, "PERLU PERBAIKAN");
        status(CaseStatus.WAITING_IN_PERSON, "MENUNGGU KEHADIRAN");
        status(CaseStatus.IN_PROCESS, "DIPROSES", "PROSES");
        status(CaseStatus.READY, "SIAP DIAMBIL", "SIAP");
        status(CaseStatus.COMPLETED, "SELESAI");
        status(CaseStatus.REJECTED, "DITOLAK");
    }

    private ChannelNames() {}

    static Optional<Channel> channel(String raw) {
        return Optional.ofNullable(CHANNELS.get(ServiceNames.normalize(raw)));
    }

    static Optional<CaseStatus> status(String raw) {
        return Optional.ofNullable(STATUSES.get(ServiceNames.normalize(raw)));
    }

    private static void put(Channel channel, String... names) {
        for (String n : names) {
            CHANNELS.put(ServiceNames.normalize(n), channel);
        }
    }

    private static void status(CaseStatus status, String... names) {
        for (String n : names) {
            STATUSES.put(ServiceNames.normalize(n), status);
        }
    }
}
