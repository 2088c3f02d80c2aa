package id.ppu.dukcapil.demo;

import id.ppu.dukcapil.base.OfficeCalendar;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.base.WorkingHours;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The demo's two-way WhatsApp of the last {@value #DAYS} days (when the office started answering
 * on WhatsApp): residents' questions in the triage queue, most answered by the demo clerks within
 * working hours, some not yet; the residents' data that completed a request, confirmed by a clerk;
 * the status notifications of every case with a mobile number and what became of each (delivered,
 * read, a few failed with the Cloud API's error codes 131026 and 131047, held back after an
 * opt-out); and a few opt-outs (BERHENTI), one in four back with MULAI. Written after the case
 * history it follows, with the statuses the webhook would have reported: no message waits in the
 * outbox, because the demo's numbers are made up and must never be sent to. (The notifications'
 * entries in the case history are the generator's: it alone writes the case tables.)
 */
final class DemoWhatsApp {

    /** How far back the WhatsApp traffic goes. */
    static final int DAYS = 90;

    /** What was written. */
    record Summary(int conversations, int inbound, int replies, int notifications, int failed, int optOuts) {}

    /** Idempotency-key prefix and template of each status notification (intake.CaseStatusNotifications). */
    private static final Map<String, String[]> NOTIFICATIONS = Map.of(
            "NEEDS_CORRECTION",
            new String[] {
                "CASE_NEEDS_CORRECTION",
                "dukcapil_perlu_perbaikan",
                "Permohonan %1$s (%2$s) perlu diperbaiki: %3$s. Balas pesan ini bila ada pertanyaan."
            },
            "WAITING_IN_PERSON",
            new String[] {
                "CASE_WAITING_IN_PERSON",
                "dukcapil_datang_ke_kantor",
                "Permohonan %1$s (%2$s) menunggu kehadiran Anda di kantor Disdukcapil Kabupaten Penajam Paser Utara."
                        + " Jam layanan: Senin-Jumat 08.00-15.00 WITA."
            },
            "READY",
            new String[] {
                "CASE_READY",
                "dukcapil_dokumen_siap",
                "Dokumen %2$s untuk permohonan %1$s sudah selesai dan dapat diambil di %3$s. Sebutkan nomor permohonan"
                        + " ini saat mengambil."
            },
            "COMPLETED",
            new String[] {
                "CASE_COMPLETED",
                "dukcapil_permohonan_selesai",
                "Permohonan %1$s (%2$s) sudah selesai. Terima kasih telah menggunakan layanan Disdukcapil."
            },
            "REJECTED",
            new String[] {
                "CASE_REJECTED", "dukcapil_permohonan_ditolak", "Permohonan %1$s (%2$s) tidak dapat diproses: %3$s."
            });

    private static final String COLLECTION_POINT =
            "loket pengambilan dokumen kantor Disdukcapil Kabupaten Penajam Paser Utara";
    private static final String FOOTER = "\n\nBalas BERHENTI bila tidak ingin menerima pesan lagi.";

    /** The clerk's answer to each of {@link DemoDataGenerator#TRIAGE_TEXTS}, in the same order. */
    static final String[] ANSWERS = {
        "Untuk KTP yang hilang: surat keterangan hilang dari kepolisian dan fotokopi KK. Kirim NIK dan nama lengkap"
                + " Anda, nanti kami daftarkan cetak ulangnya.",
        "Untuk akta kelahiran: surat keterangan lahir dari bidan, KK, KTP ayah dan ibu, serta buku nikah. Kirim NIK"
                + " dan nama lengkap anak, nanti kami daftarkan.",
        "Bisa lewat WhatsApp ini. Kirim foto KK lama dan akta kelahiran anggota baru, lalu NIK dan nama kepala"
                + " keluarga.",
        "Bisa. KTP yang rusak dibawa saat mengambil yang baru. Kirim NIK dan nama lengkap agar kami siapkan.",
        "Untuk anak di bawah 5 tahun cukup KK dan akta kelahiran anak, tanpa pas foto. Kirim NIK dan nama anak.",
        "Turut berduka cita. Untuk akta kematian: surat keterangan kematian dari desa/kelurahan atau rumah sakit, KK,"
                + " dan KTP almarhum. Kirim NIK dan nama almarhum.",
        "Ya, perlu. Bawa surat keterangan pindah dari Disdukcapil Balikpapan; KK dan KTP baru kami terbitkan di sini."
                + " Kirim NIK dan nama lengkap.",
        "Formulir perubahan data bisa diisi di kantor atau kami kirim lewat sini. Siapkan KK dan dokumen yang nama"
                + " ibunya benar, misalnya akta kelahiran atau ijazah.",
    };

    /** What residents ask after the first answer, and the clerk's answer. */
    private static final String[][] FOLLOW_UPS = {
        {"Baik, terima kasih. Kalau diwakilkan keluarga bisa?", "Bisa, dengan surat kuasa dan KTP yang mewakili."},
        {"Kantor buka hari Sabtu?", "Kantor buka Senin-Jumat 08.00-15.00 WITA; hari Sabtu dan Minggu tutup."},
        {"Berapa lama jadinya?", "Biasanya 1-3 hari kerja setelah berkas lengkap. Kami kabari lewat WhatsApp ini."},
        {"Apakah ada biayanya?", "Tidak ada biaya. Semua layanan Disdukcapil gratis."},
        {"Bisa sekalian buat KIA anak saya?", "Bisa, kirim juga NIK dan nama anak."},
    };

    private static final Map<String, String> SERVICES = Map.of(
            "KTP", "e-KTP",
            "KK", "Kartu Keluarga",
            "KIA", "Kartu Identitas Anak",
            "BIRTH_CERT", "akta kelahiran",
            "MARRIAGE_CERT", "akta perkawinan",
            "DIVORCE_CERT", "akta perceraian",
            "DEATH_CERT", "akta kematian");

    /** Who answers on WhatsApp (the demo clerks of the case history). */
    private static final String[] CLERKS = {"petugas", "petugas", "petugas", "rahmawati", "norhayati", "dimas.p"};

    private static final String UNDELIVERABLE = "131026";
    private static final String RE_ENGAGEMENT = "131047";

    private record Conversation(
            long id,
            String caseNumber,
            String status,
            String service,
            String nik,
            String name,
            String waId,
            Instant submitted,
            Instant leftTriage,
            String leftTo) {}

    private record Inbound(String messageId, String sender, String body, Instant at, Long caseId) {}

    private record Outbound(
            String key,
            Long caseId,
            String recipient,
            String kind,
            String body,
            String templateName,
            String templateParams,
            String createdBy,
            Instant createdAt,
            Delivery delivery) {}

    /** What became of a message: its status with the times and the error WhatsApp reported. */
    private record Delivery(
            String status,
            int attempts,
            Instant updated,
            Instant sent,
            Instant delivered,
            Instant read,
            String errorCode,
            String errorText) {}

    private final Connection c;
    private final SplittableRandom rnd;
    private final WorkingHours hours;
    private final Instant cutoff;
    private final Instant windowStart;
    private final long firstCaseId;
    /** Residents' messages per WhatsApp number: the 24-hour window opens at each. */
    private final Map<String, TreeSet<Instant>> written = new TreeMap<>();
    /** Opt-outs per number: {from, until (null: still opted out)}. */
    private final Map<String, Instant[]> optedOut = new LinkedHashMap<>();

    private final List<Inbound> inbound = new ArrayList<>();
    private final List<Outbound> outbound = new ArrayList<>();
    private int commands;

    private DemoWhatsApp(Connection c, long firstCaseId, LocalDate today, DemoCalendar calendar, SplittableRandom rnd) {
        this.c = c;
        this.rnd = rnd;
        this.firstCaseId = firstCaseId;
        this.cutoff = today.atStartOfDay(Wita.ZONE).toInstant();
        this.windowStart = today.minusDays(DAYS).atStartOfDay(Wita.ZONE).toInstant();
        Set<LocalDate> holidays = new HashSet<>();
        for (LocalDate d = today.minusDays(DAYS + 10L); d.isBefore(today.plusDays(60)); d = d.plusDays(1)) {
            int index = DemoCalendar.dayIndex(d);
            if (index >= 0 && calendar.holiday(index)) {
                holidays.add(d);
            }
        }
        this.hours =
                new WorkingHours(new OfficeCalendar(holidays), WorkingHours.DEFAULT_OPENS, WorkingHours.DEFAULT_CLOSES);
    }

    /** Writes the WhatsApp traffic of the demo cases from {@code firstCaseId} up to the start of {@code today}. */
    static Summary write(Connection c, long firstCaseId, LocalDate today, DemoCalendar calendar, SplittableRandom rnd)
            throws SQLException {
        return new DemoWhatsApp(c, firstCaseId, today, calendar, rnd).write();
    }

    private Summary write() throws SQLException {
        List<Conversation> conversations = conversations();
        int optOuts = optOuts(conversations);
        int replies = 0;
        for (Conversation conv : conversations) {
            replies += converse(conv);
        }
        insertInbound();
        int notifications = notifications();
        int failed = (int) outbound.stream()
                .filter(o -> o.delivery().status().equals("FAILED"))
                .count();
        insertOutbound();
        for (Map.Entry<String, Instant[]> o : optedOut.entrySet()) {
            if (o.getValue()[1] == null) {
                try (PreparedStatement s = c.prepareStatement(
                        "insert into whatsapp_opt_out (wa_id, opted_out_at) values (?, ?) on conflict do nothing")) {
                    s.setString(1, o.getKey());
                    s.setTimestamp(2, Timestamp.from(o.getValue()[0]));
                    s.executeUpdate();
                }
            }
        }
        return new Summary(conversations.size(), inbound.size() + commands, replies, notifications, failed, optOuts);
    }

    /** The demo's WhatsApp cases of the window that began in triage, oldest first. */
    private List<Conversation> conversations() throws SQLException {
        List<Conversation> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select c.id, c.case_number, c.status, c.service_type, c.nik, c.applicant_name, wa_id(c.phone) as wa,
                       c.submitted_at, l.occurred_at as left_at, l.to_status as left_to
                from service_case c
                left join lateral (select e.occurred_at, e.to_status from case_event e
                                   where e.case_id = c.id and e.from_status = 'TRIAGE'
                                   order by e.occurred_at, e.id limit 1) l on true
                where c.id >= ? and c.channel = 'WHATSAPP' and wa_id(c.phone) is not null
                  and c.submitted_at >= ? and c.submitted_at < ?
                  and exists (select 1 from case_event e where e.case_id = c.id and e.type = 'CREATED' and e.to_status = 'TRIAGE')
                order by c.submitted_at, c.id""")) {
            s.setLong(1, firstCaseId);
            s.setTimestamp(2, Timestamp.from(windowStart));
            s.setTimestamp(3, Timestamp.from(cutoff));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Timestamp left = rs.getTimestamp("left_at");
                    list.add(new Conversation(
                            rs.getLong("id"),
                            rs.getString("case_number"),
                            rs.getString("status"),
                            rs.getString("service_type"),
                            rs.getString("nik"),
                            rs.getString("applicant_name"),
                            rs.getString("wa"),
                            rs.getTimestamp("submitted_at").toInstant(),
                            left == null ? null : left.toInstant(),
                            rs.getString("left_to")));
                }
            }
        }
        return list;
    }

    /**
     * A few residents who chatted write BERHENTI some days later, one in four MULAI again: their
     * messages, the confirmations, and the opt-outs that hold back later messages.
     */
    private int optOuts(List<Conversation> conversations) throws SQLException {
        int n = 0;
        for (Conversation conv : conversations) {
            if (rnd.nextDouble() >= 0.06 || optedOut.containsKey(conv.waId())) {
                continue;
            }
            Instant out = evening(conv.submitted().plus(Duration.ofDays(1 + rnd.nextInt(10))));
            if (!out.isBefore(cutoff)) {
                continue;
            }
            Instant back = null;
            // The second of every four comes back: with two or more opt-outs, both kinds are there.
            if (n % 4 == 1) {
                Instant b = evening(out.plus(Duration.ofDays(1 + rnd.nextInt(7))));
                back = b.isBefore(cutoff) ? b : null;
            }
            optedOut.put(conv.waId(), new Instant[] {out, back});
            n++;
            command(
                    conv.waId(),
                    out,
                    "BERHENTI",
                    "Anda tidak akan menerima pesan WhatsApp dari Disdukcapil Kabupaten"
                            + " Penajam Paser Utara lagi. Kirim MULAI bila ingin menerimanya kembali.");
            if (back != null) {
                command(
                        conv.waId(),
                        back,
                        "MULAI",
                        "Terima kasih, Anda akan kembali menerima kabar permohonan Anda" + " lewat WhatsApp ini.");
            }
        }
        return n;
    }

    /** A resident's BERHENTI or MULAI, kept without a case as the intake keeps it, and its confirmation. */
    private void command(String waId, Instant at, String word, String confirmation) throws SQLException {
        long row;
        try (PreparedStatement s = c.prepareStatement("""
                insert into inbound_message (channel, message_id, sender, message_type, body, received_at)
                values ('WHATSAPP', ?, ?, 'text', ?, ?) returning id""")) {
            s.setString(1, "wamid.DEMO-" + word + "-" + waId + "-" + at.getEpochSecond());
            s.setString(2, waId);
            s.setString(3, word);
            s.setTimestamp(4, Timestamp.from(at));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                row = rs.getLong(1);
            }
        }
        written(waId, at);
        commands++;
        Instant queued = at.plusSeconds(2);
        outbound.add(new Outbound(
                "self:" + row,
                null,
                waId,
                "OPT_OUT_CONFIRMATION",
                confirmation,
                null,
                null,
                "whatsapp",
                queued,
                deliver(waId, queued, true, true)));
    }

    /**
     * One conversation: the question, the clerk's answer in working time (unless the clerk has not
     * got to it yet, or the case was closed first), then the resident's data and the clerk's
     * confirmation when the case was completed from the chat, or sometimes a second question.
     *
     * @return the replies written
     */
    private int converse(Conversation conv) {
        int replies = 0;
        int question = (int) (conv.id() % DemoDataGenerator.TRIAGE_TEXTS.length);
        if (conv.leftTriage() != null) {
            // Still-open triage cases have their question already (DemoDataGenerator.writeTriageMessages).
            inbound.add(new Inbound(
                    "wamid.DEMO" + conv.id(),
                    conv.waId(),
                    DemoDataGenerator.TRIAGE_TEXTS[question],
                    conv.submitted(),
                    conv.id()));
        }
        written(conv.waId(), conv.submitted());
        Instant answer = hours.plus(conv.submitted(), workingTime(1.2, 1.0));
        boolean completed = "SUBMITTED".equals(conv.leftTo());
        if (conv.leftTriage() == null) {
            if (rnd.nextDouble() < 0.2 || !answer.isBefore(cutoff)) {
                return 0;
            }
        } else if (completed) {
            Instant latest = conv.leftTriage().minus(Duration.ofMinutes(10));
            if (!latest.isAfter(conv.submitted())) {
                answer = null;
            } else if (!answer.isBefore(latest)) {
                // The clerk answered sooner than usual, but still in working time: from the first working
                // minute after the question, a third of the way to registering the request.
                Instant first = hours.plus(conv.submitted(), Duration.ofMinutes(1));
                answer = first.isBefore(latest)
                        ? hours.plus(first, hours.between(first, latest).dividedBy(3))
                        : null;
            }
        } else if (!answer.isBefore(conv.leftTriage()) || rnd.nextDouble() < 0.5) {
            // Rejected or merged before anyone answered: closed without a reply.
            return 0;
        }
        if (answer != null) {
            reply(conv, answer, greeting(answer) + ", Bapak/Ibu. " + ANSWERS[question]);
            replies++;
        }
        if (completed) {
            Instant from = answer == null ? conv.submitted() : answer;
            Instant data = from.plus(Duration.between(from, conv.leftTriage())
                    .multipliedBy(3 + rnd.nextInt(5))
                    .dividedBy(10));
            resident(conv, data, "Baik. NIK saya " + conv.nik() + ", nama " + conv.name() + ".", 2);
            // In working time, as every clerk's reply: a request registered at 14:58 is confirmed the next morning.
            Instant confirmed = hours.plus(conv.leftTriage(), Duration.ofMinutes(1 + rnd.nextInt(8)));
            // One clerk in ten registers the request without telling the resident: closed without a reply.
            if (rnd.nextDouble() >= 0.1 && confirmed.isBefore(cutoff)) {
                reply(
                        conv,
                        confirmed,
                        "Terima kasih, data sudah kami terima. Permohonan " + service(conv.service()) + " atas nama "
                                + conv.name() + " terdaftar dengan nomor " + conv.caseNumber()
                                + ". Perkembangannya kami kabarkan lewat WhatsApp ini.");
                replies++;
            }
        } else if (conv.leftTriage() == null && rnd.nextDouble() < 0.35) {
            String[] followUp = FOLLOW_UPS[rnd.nextInt(FOLLOW_UPS.length)];
            Instant asked = answer.plus(Duration.ofMinutes(5 + rnd.nextInt(180)));
            if (asked.isBefore(cutoff)) {
                resident(conv, asked, followUp[0], 2);
                Instant answered = hours.plus(asked, workingTime(0.8, 1.0));
                if (rnd.nextDouble() < 0.6 && answered.isBefore(cutoff)) {
                    reply(conv, answered, followUp[1]);
                    replies++;
                }
            }
        }
        return replies;
    }

    private void resident(Conversation conv, Instant at, String body, int n) {
        inbound.add(new Inbound("wamid.DEMO" + conv.id() + "-" + n, conv.waId(), body, at, conv.id()));
        written(conv.waId(), at);
    }

    /** A clerk's reply: free text within 24 hours of the resident's last message, otherwise the reply template. */
    private void reply(Conversation conv, Instant at, String text) {
        boolean free = windowOpen(conv.waId(), at);
        outbound.add(new Outbound(
                "reply-" + conv.id() + "-demo" + at.getEpochSecond(),
                conv.id(),
                conv.waId(),
                "REPLY",
                free ? text : null,
                free ? null : "dukcapil_balasan",
                free ? null : json(List.of(text)),
                CLERKS[rnd.nextInt(CLERKS.length)],
                at,
                deliver(conv.waId(), at, free, false)));
    }

    /** The status notifications of the window's status changes of cases with a WhatsApp-capable number. */
    private int notifications() throws SQLException {
        int n = 0;
        try (PreparedStatement s = c.prepareStatement("""
                select e.id, e.case_id, e.occurred_at, e.actor, e.to_status, e.detail, c.case_number, c.service_type,
                       wa_id(c.phone) as wa
                from case_event e join service_case c on c.id = e.case_id
                where e.case_id >= ? and e.type = 'STATUS_CHANGED'
                  and e.to_status in ('NEEDS_CORRECTION', 'WAITING_IN_PERSON', 'READY', 'COMPLETED', 'REJECTED')
                  and e.occurred_at >= ? and e.occurred_at < ? and wa_id(c.phone) is not null
                order by e.occurred_at, e.id""")) {
            s.setLong(1, firstCaseId);
            s.setTimestamp(2, Timestamp.from(windowStart));
            s.setTimestamp(3, Timestamp.from(cutoff));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String[] kind = NOTIFICATIONS.get(rs.getString("to_status"));
                    String waId = rs.getString("wa");
                    Instant at = rs.getTimestamp("occurred_at").toInstant();
                    String number = rs.getString("case_number");
                    String service = service(rs.getString("service_type"));
                    String detail = kind[0].equals("CASE_READY")
                            ? COLLECTION_POINT
                            : rs.getString("detail") == null ? "-" : rs.getString("detail");
                    boolean free = windowOpen(waId, at);
                    outbound.add(new Outbound(
                            "status:" + rs.getLong("case_id") + ":" + rs.getLong("id"),
                            rs.getLong("case_id"),
                            waId,
                            kind[0],
                            free ? String.format(kind[2], number, service, detail) + FOOTER : null,
                            free ? null : kind[1],
                            free ? null : json(List.of(number, service, detail)),
                            rs.getString("actor"),
                            at,
                            deliver(waId, at, free, false)));
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * What became of a message queued at {@code queued}: held back after an opt-out; or failed
     * (undeliverable, or free text that went out only after the 24-hour window had closed); or
     * sent, mostly delivered within a minute (some phones are off for hours) and mostly read. A
     * status whose time would fall after the history's end has not happened yet.
     */
    private Delivery deliver(String waId, Instant queued, boolean freeText, boolean confirmation) {
        Instant[] out = optedOut.get(waId);
        if (!confirmation && out != null && !queued.isBefore(out[0]) && (out[1] == null || queued.isBefore(out[1]))) {
            return new Delivery("SKIPPED", 0, queued, null, null, null, null, null);
        }
        Instant sent = queued.plusSeconds(2 + rnd.nextInt(20));
        double r = rnd.nextDouble();
        if (freeText && !confirmation && r < 0.06) {
            Instant closed = written.get(waId).floor(queued).plus(Duration.ofHours(24));
            Instant failed = latest(queued, closed).plus(Duration.ofMinutes(1 + rnd.nextInt(30)));
            return new Delivery(
                    "FAILED",
                    3,
                    earliest(failed, cutoff.minusSeconds(1)),
                    null,
                    null,
                    null,
                    RE_ENGAGEMENT,
                    "Re-engagement message");
        }
        if (!confirmation && r >= 0.95) {
            Instant failed = earliest(sent.plusSeconds(1 + rnd.nextInt(60)), cutoff.minusSeconds(1));
            return new Delivery("FAILED", 1, failed, sent, null, null, UNDELIVERABLE, "Message undeliverable");
        }
        Instant delivered = rnd.nextDouble() < 0.95
                ? sent.plusSeconds(Math.min(3 * 86_400L, (long) (30 * Math.exp(2.0 * rnd.nextGaussian()))))
                : null;
        Instant read = delivered != null && rnd.nextDouble() < 0.8
                ? delivered.plusSeconds(Math.min(7 * 86_400L, (long) (1200 * Math.exp(1.5 * rnd.nextGaussian()))))
                : null;
        if (delivered != null && !delivered.isBefore(cutoff)) {
            delivered = null;
            read = null;
        }
        if (read != null && !read.isBefore(cutoff)) {
            read = null;
        }
        String status = read != null ? "READ" : delivered != null ? "DELIVERED" : "SENT";
        Instant updated = read != null ? read : delivered != null ? delivered : sent;
        return new Delivery(status, 1, earliest(updated, cutoff.minusSeconds(1)), sent, delivered, read, null, null);
    }

    private void insertInbound() throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into inbound_message (channel, message_id, sender, message_type, body, received_at, case_id)
                values ('WHATSAPP', ?, ?, 'text', ?, ?, ?) on conflict (channel, message_id) do nothing""")) {
            for (Inbound m : inbound) {
                s.setString(1, m.messageId());
                s.setString(2, m.sender());
                s.setString(3, m.body());
                s.setTimestamp(4, Timestamp.from(m.at()));
                s.setObject(5, m.caseId(), Types.BIGINT);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertOutbound() throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into outbound_message (idempotency_key, case_id, recipient, kind, body, template_name,
                    template_language, template_params, status, attempts, next_attempt_at, last_error_code,
                    last_error_text, wa_message_id, created_by, created_at, updated_at, sent_at, delivered_at, read_at)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int batched = 0;
            for (Outbound o : outbound) {
                Delivery d = o.delivery();
                s.setString(1, o.key());
                s.setObject(2, o.caseId(), Types.BIGINT);
                s.setString(3, o.recipient());
                s.setString(4, o.kind());
                s.setString(5, o.body());
                s.setString(6, o.templateName());
                s.setString(7, o.templateName() == null ? null : "id");
                s.setString(8, o.templateParams());
                s.setString(9, d.status());
                s.setInt(10, d.attempts());
                s.setTimestamp(11, Timestamp.from(o.createdAt()));
                s.setString(12, d.errorCode());
                s.setString(13, d.errorText());
                s.setString(
                        14,
                        d.sent() == null ? null : "wamid.DEMO-OUT." + o.key().replace(':', '.'));
                s.setString(15, o.createdBy());
                s.setTimestamp(16, Timestamp.from(o.createdAt()));
                s.setTimestamp(17, Timestamp.from(d.updated()));
                s.setTimestamp(18, timestamp(d.sent()));
                s.setTimestamp(19, timestamp(d.delivered()));
                s.setTimestamp(20, timestamp(d.read()));
                s.addBatch();
                if (++batched % 1000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private void written(String waId, Instant at) {
        written.computeIfAbsent(waId, k -> new TreeSet<>()).add(at);
    }

    /** Whether the resident wrote within the 24 hours before {@code at}. */
    private boolean windowOpen(String waId, Instant at) {
        TreeSet<Instant> times = written.get(waId);
        Instant last = times == null ? null : times.floor(at);
        return last != null && Duration.between(last, at).compareTo(Duration.ofHours(24)) < 0;
    }

    /** Working time drawn from a log-normal distribution with the given median (hours), at most 30 hours. */
    private Duration workingTime(double medianHours, double sigma) {
        double h = Math.min(30, medianHours * Math.exp(sigma * rnd.nextGaussian()));
        return Duration.ofSeconds((long) (h * 3600));
    }

    /** Between 18:00 and 22:00 WITA on the day of {@code around}. */
    private Instant evening(Instant around) {
        return around.atZone(Wita.ZONE)
                .toLocalDate()
                .atTime(18, 0)
                .plusMinutes(rnd.nextInt(240))
                .atZone(Wita.ZONE)
                .toInstant();
    }

    private static String greeting(Instant at) {
        int hour = at.atZone(Wita.ZONE).getHour();
        return hour < 11 ? "Selamat pagi" : hour < 15 ? "Selamat siang" : hour < 18 ? "Selamat sore" : "Selamat malam";
    }

    private static String service(String code) {
        return code == null ? "permohonan" : SERVICES.get(code);
    }

    /** A JSON array of strings (template parameters: one line each, no control characters). */
    private static String json(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (String v : values) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"')
                    .append(v.replaceAll("\\s+", " ").replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return sb.append(']').toString();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
