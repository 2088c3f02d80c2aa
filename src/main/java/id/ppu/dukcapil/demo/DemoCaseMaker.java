package id.ppu.dukcapil.demo;

import static id.ppu.dukcapil.cases.CaseEvent.Type.CREATED;
import static id.ppu.dukcapil.cases.CaseEvent.Type.STATUS_CHANGED;
import static id.ppu.dukcapil.cases.CaseStatus.COMPLETED;
import static id.ppu.dukcapil.cases.CaseStatus.IN_PROCESS;
import static id.ppu.dukcapil.cases.CaseStatus.MERGED;
import static id.ppu.dukcapil.cases.CaseStatus.NEEDS_CORRECTION;
import static id.ppu.dukcapil.cases.CaseStatus.READY;
import static id.ppu.dukcapil.cases.CaseStatus.REJECTED;
import static id.ppu.dukcapil.cases.CaseStatus.SUBMITTED;
import static id.ppu.dukcapil.cases.CaseStatus.TRIAGE;
import static id.ppu.dukcapil.cases.CaseStatus.VERIFIED;
import static id.ppu.dukcapil.cases.CaseStatus.WAITING_IN_PERSON;
import static id.ppu.dukcapil.demo.DemoCalendar.DAY;
import static id.ppu.dukcapil.demo.DemoCalendar.HOUR;

import id.ppu.dukcapil.cases.CaseEvent;
import id.ppu.dukcapil.cases.CaseNumber;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.ServiceType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes one case at a time with its history and appends both as PostgreSQL COPY text rows.
 * A case's whole life is simulated from its submission on, and whatever would happen after the
 * cut-off (the start of "today") is left out, so recent cases stay open in whatever step they
 * have reached: that is where the backlog comes from.
 */
final class DemoCaseMaker {

    static final String CASE_COLUMNS = "id, case_number, channel, service_type, status, nik, applicant_name, phone, "
            + "village_code, district_code, submitted_at, updated_at, completed_at, merged_into_id, external_id, notes, version, "
            + "outreach_visit_id";
    static final String EVENT_COLUMNS = "id, case_id, occurred_at, actor, type, from_status, to_status, detail";

    /** "petugas" is the demo clerk account; the others stand for colleagues without a login here. */
    private static final String[] CLERKS = {
        "petugas", "petugas", "petugas", "petugas", "rahmawati", "syahrul.h", "norhayati", "andi.baso", "dimas.p"
    };

    private static final String[] REJECT_REASONS = {
        "Dokumen persyaratan tidak lengkap",
        "NIK tidak sesuai dengan data KK",
        "Data tidak sesuai dengan dokumen pendukung",
        "Pemohon terdaftar di luar wilayah PPU",
        "Permohonan dibatalkan pemohon"
    };
    private static final String[] CORRECTION_REASONS = {
        "Foto KK tidak terbaca",
        "Surat pengantar RT/RW belum dilampirkan",
        "Nama ibu kandung tidak sesuai",
        "Akta kelahiran belum dilampirkan",
        "Tanda tangan pemohon belum ada",
        "Surat keterangan dari desa/kelurahan belum dilampirkan"
    };
    private static final String[][] NOTES = {
        {
            "KTP rusak, minta cetak ulang",
            "KTP hilang, surat kehilangan dari polsek terlampir",
            "Perubahan status perkawinan",
            "Perekaman pertama, usia 17 tahun",
            "Perubahan pekerjaan"
        },
        {
            "Penambahan anggota keluarga (kelahiran)",
            "Pisah KK setelah menikah",
            "Perubahan alamat",
            "Pindah datang dari Balikpapan",
            "Pengurangan anggota keluarga (meninggal)"
        },
        {"KIA untuk pendaftaran sekolah", "KIA pertama"},
        {"Kelahiran di RSUD Ratu Aji Putri Botung", "Kelahiran di rumah, dibantu bidan desa", "Pencatatan terlambat"},
        {"Perkawinan non-muslim, pemberkatan di gereja", "Perkawinan di Balikpapan"},
        {"Putusan Pengadilan Negeri Penajam terlampir"},
        {
            "Meninggal di rumah",
            "Meninggal di RSUD Ratu Aji Putri Botung",
            "Surat keterangan kematian dari desa terlampir"
        },
    };
    /** Relative service demand per channel group: (in office, online, at outreach). */
    private static final double[][] SERVICE_MIX = {
        // KTP, KK, KIA, BIRTH_CERT, MARRIAGE_CERT, DIVORCE_CERT, DEATH_CERT
        {36, 28, 10, 14, 4, 0.8, 6},
        {26, 32, 12, 18, 4, 1, 7},
        {48, 18, 14, 14, 1.5, 0.5, 4},
    };

    private static final LocalDate ELECTION_RUSH_FIRST = LocalDate.of(2023, 10, 1);
    private static final LocalDate ELECTION_RUSH_LAST = LocalDate.of(2024, 2, 14);
    private static final int RECENT_SIZE = 256;
    private static final int MAX_EVENTS = 10;
    /**
     * The history ends in a shortage of blank e-KTP cards: for the last two months, printing
     * waits for new stock, so e-KTP cases pile up in IN_PROCESS as they did in real shortages.
     */
    private static final long BLANK_SHORTAGE_DAYS = 60;
    /** Online requests queue for a clerk's check: typically until the next working day. */
    private static final double VERIFICATION_QUEUE = 1.0 * DAY;

    private final SplittableRandom rnd;
    private final DemoCalendar calendar;
    private final DemoOutreachPlan plan;
    private final DemoPeople people;
    private final DemoVisitLog visitLog;
    private final long cutoff;
    private final StringBuilder caseRows;
    private final StringBuilder eventRows;

    private long nextId;
    private long nextEventId;
    private long nextSequence;
    private final int[][] externalCounters = new int[3][200];

    // The current case's history, reused from case to case.
    private final long[] evTime = new long[MAX_EVENTS];
    private final CaseEvent.Type[] evType = new CaseEvent.Type[MAX_EVENTS];
    private final String[] evActor = new String[MAX_EVENTS];
    private final CaseStatus[] evFrom = new CaseStatus[MAX_EVENTS];
    private final CaseStatus[] evTo = new CaseStatus[MAX_EVENTS];
    private final String[] evDetail = new String[MAX_EVENTS];
    private int evCount;
    /** The visit day of the last in-person step taken at an outreach visit, or -1. */
    private int stepVisitDay = -1;

    // Recent online cases, the pool that duplicates are made from.
    private final long[] recentId = new long[RECENT_SIZE];
    private final long[] recentTime = new long[RECENT_SIZE];
    private final String[] recentNumber = new String[RECENT_SIZE];
    private final String[] recentNik = new String[RECENT_SIZE];
    private final String[] recentName = new String[RECENT_SIZE];
    private final String[] recentPhone = new String[RECENT_SIZE];
    private final ServiceType[] recentService = new ServiceType[RECENT_SIZE];
    private final DemoVillage[] recentVillage = new DemoVillage[RECENT_SIZE];
    private int recentCount;
    private int recentNext;

    /** Cases still open at the cut-off, by NIK and service, to keep them one per citizen and service. */
    private final Map<String, OpenCase> openToday = new HashMap<>();

    private long cases;
    private long events;

    DemoCaseMaker(
            SplittableRandom rnd,
            DemoCalendar calendar,
            DemoOutreachPlan plan,
            DemoPeople people,
            DemoVisitLog visitLog,
            long cutoff,
            long firstId,
            long firstEventId,
            long firstSequence,
            StringBuilder caseRows,
            StringBuilder eventRows) {
        this.rnd = rnd;
        this.calendar = calendar;
        this.plan = plan;
        this.people = people;
        this.visitLog = visitLog;
        this.cutoff = cutoff;
        this.nextId = firstId;
        this.nextEventId = firstEventId;
        this.nextSequence = firstSequence;
        this.caseRows = caseRows;
        this.eventRows = eventRows;
    }

    /** Makes the case submitted at {@code t0} (epoch seconds) through {@code channel} from {@code village}. */
    void make(long t0, Channel channel, DemoVillage village) {
        long id = nextId++;
        int day = DemoCalendar.dayOf(t0);
        LocalDate date = DemoCalendar.date(day);
        String caseNumber = new CaseNumber(date.getYear(), nextSequence++).format();
        boolean online = channel.isOnline();
        int dup = online && rnd.nextDouble() < 0.012 ? duplicateCandidate(t0) : -1;

        ServiceType service;
        String nik;
        String name;
        String phone;
        int age;
        if (dup >= 0) {
            service = recentService[dup];
            nik = recentNik[dup];
            name = recentName[dup];
            phone = recentPhone[dup];
            village = recentVillage[dup];
            age = -1; // unused: a duplicate is merged, never processed
        } else {
            service = service(channel, date);
            DemoPeople.Person person = people.applicantFor(service, village, date);
            nik = person.nik;
            name = person.name;
            age = person.ageOn(date);
            phone = phone(channel, person.phone);
        }
        if (phone != null && channel == Channel.WHATSAPP && phone.startsWith("0")) {
            phone = DemoPeople.whatsApp(phone);
        }
        String externalId = online ? externalId(channel, date.getYear()) : null;
        String notes = channel == Channel.OUTREACH
                ? "Layanan jemput bola di " + village.name()
                : rnd.nextDouble() < 0.12 ? pick(NOTES[service.ordinal()]) : null;

        evCount = 0;
        CaseStatus initial = channel == Channel.WHATSAPP && rnd.nextDouble() < 0.35 ? TRIAGE : SUBMITTED;
        event(t0, CREATED, online ? channel.name().toLowerCase() : clerk(), null, initial, channel.name());
        if (dup >= 0) {
            event(
                    work(t0 + lognormal(6 * HOUR, 0.8)),
                    CaseEvent.Type.MERGED,
                    clerk(),
                    initial,
                    MERGED,
                    "Duplikat dari " + recentNumber[dup]);
        } else {
            life(t0, channel, service, village, age, initial);
        }

        int kept = 0;
        while (kept < evCount && evTime[kept] < cutoff) {
            kept++;
        }
        CaseStatus status = evTo[kept - 1];
        long mergedInto = status == MERGED ? recentId[dup] : -1;
        if (status.unifies()) {
            // One open case per citizen and service (the database's unique index): a second request
            // still open today was folded into the first one, as intake does.
            String key = nik + service.name();
            OpenCase first = openToday.get(key);
            if (first == null) {
                openToday.put(key, new OpenCase(id, caseNumber));
            } else {
                kept = foldedInto(first, t0, initial);
                status = MERGED;
                mergedInto = first.id();
            }
        }
        long completedAt = status == COMPLETED || status == REJECTED ? evTime[kept - 1] : -1;
        if (status == TRIAGE) {
            // Still in triage: the WhatsApp chat often has not yielded a NIK or a full name yet.
            double r = rnd.nextDouble();
            nik = r < 0.8 ? null : nik;
            name = r < 0.5 ? null : r < 0.8 ? name.split(" ")[0] : name;
        }

        StringBuilder c = caseRows;
        c.append(id)
                .append('\t')
                .append(caseNumber)
                .append('\t')
                .append(channel.name())
                .append('\t')
                .append(service.name())
                .append('\t')
                .append(status.name())
                .append('\t');
        text(c, nik).append('\t');
        text(c, name).append('\t');
        text(c, phone)
                .append('\t')
                .append(village.code())
                .append('\t')
                .append(village.districtCode())
                .append('\t');
        timestamp(c, t0).append('\t');
        timestamp(c, evTime[kept - 1]).append('\t');
        (completedAt < 0 ? c.append("\\N") : timestamp(c, completedAt)).append('\t');
        (mergedInto < 0 ? c.append("\\N") : c.append(mergedInto)).append('\t');
        text(c, externalId).append('\t');
        text(c, notes).append("\t0\t");
        long visitId = channel == Channel.OUTREACH ? visitLog.idOn(day) : -1;
        (visitId < 0 ? c.append("\\N") : c.append(visitId)).append('\n');
        if (channel == Channel.OUTREACH) {
            visitLog.served(day, service);
        }
        cases++;

        for (int i = 0; i < kept; i++) {
            StringBuilder e = eventRows;
            e.append(nextEventId++).append('\t').append(id).append('\t');
            timestamp(e, evTime[i])
                    .append('\t')
                    .append(evActor[i])
                    .append('\t')
                    .append(evType[i].name())
                    .append('\t')
                    .append(evFrom[i] == null ? "\\N" : evFrom[i].name())
                    .append('\t')
                    .append(evTo[i].name())
                    .append('\t');
            text(e, evDetail[i]).append('\n');
        }
        events += kept;

        if (online && dup < 0 && nik != null && name != null) {
            remember(id, t0, caseNumber, nik, name, phone, service, village);
        }
    }

    /**
     * Replaces the history after CREATED by a MERGED into {@code first}, on a working moment
     * before the cut-off; returns the number of events kept (two).
     */
    private int foldedInto(OpenCase first, long t0, CaseStatus initial) {
        evCount = 1;
        long at = work(t0 + lognormal(6 * HOUR, 0.8));
        if (at >= cutoff) {
            at = t0 + (cutoff - t0) / 2;
        }
        event(at, CaseEvent.Type.MERGED, clerk(), initial, MERGED, "Duplikat dari " + first.number());
        evTime[1] = Math.min(evTime[1], Math.max(t0, cutoff - 1));
        return 2;
    }

    /** The case's life after submission, as a sequence of events along the state machine. */
    private void life(long t0, Channel channel, ServiceType service, DemoVillage village, int age, CaseStatus initial) {
        long t = t0;
        if (initial == TRIAGE) {
            if (rnd.nextDouble() < 0.06) {
                event(
                        work(t + (long) ((3 + rnd.nextDouble() * 7) * DAY)),
                        STATUS_CHANGED,
                        clerk(),
                        TRIAGE,
                        REJECTED,
                        "Pemohon tidak melengkapi data lewat WhatsApp");
                return;
            }
            t = event(
                    work(t + lognormal(8 * HOUR, 1.3)),
                    STATUS_CHANGED,
                    clerk(),
                    TRIAGE,
                    SUBMITTED,
                    "Data pemohon dilengkapi dari percakapan WhatsApp");
        }
        boolean online = channel.isOnline();
        double turnaround = turnaroundDays(service, channel) * DAY;
        long start = t0;
        double r = rnd.nextDouble();
        if (r < 0.022) {
            long at = online ? t + lognormal(VERIFICATION_QUEUE, 0.7) : t + minutes(10, 60);
            event(work(at), STATUS_CHANGED, clerk(), SUBMITTED, REJECTED, pick(REJECT_REASONS));
            return;
        }
        if (online) {
            if (r < 0.022 + 0.09) {
                t = event(
                        work(t + lognormal(VERIFICATION_QUEUE, 0.7)),
                        STATUS_CHANGED,
                        clerk(),
                        SUBMITTED,
                        NEEDS_CORRECTION,
                        pick(CORRECTION_REASONS));
                if (rnd.nextDouble() < 0.22) {
                    event(
                            work(t + 14L * DAY),
                            STATUS_CHANGED,
                            clerk(),
                            NEEDS_CORRECTION,
                            REJECTED,
                            "Perbaikan tidak dikirim dalam 14 hari");
                    return;
                }
                t = event(
                        work(t + lognormal(2 * DAY, 0.8)),
                        STATUS_CHANGED,
                        clerk(),
                        NEEDS_CORRECTION,
                        VERIFIED,
                        "Perbaikan diterima");
            } else {
                t = event(
                        work(t + lognormal(VERIFICATION_QUEUE, 0.7)),
                        STATUS_CHANGED,
                        clerk(),
                        SUBMITTED,
                        VERIFIED,
                        null);
            }
            // A first e-KTP needs biometric recording; other documents sometimes a signature in person.
            boolean ktp = service == ServiceType.KTP;
            if (rnd.nextDouble() < (ktp ? (age <= 18 ? 0.9 : 0.25) : 0.08)) {
                String step = ktp ? "Perekaman biometrik" : "Tanda tangan pemohon";
                t = event(
                        work(t + minutes(5, 30)),
                        STATUS_CHANGED,
                        clerk(),
                        VERIFIED,
                        WAITING_IN_PERSON,
                        ktp ? "Menunggu perekaman biometrik" : "Menunggu tanda tangan pemohon di hadapan petugas");
                long waitingSince = t;
                String[] how = {step};
                long came = inPersonStep(village, t, how);
                if (came - waitingSince > 180L * DAY) {
                    event(
                            work(waitingSince + 180L * DAY),
                            STATUS_CHANGED,
                            clerk(),
                            WAITING_IN_PERSON,
                            REJECTED,
                            "Pemohon tidak datang dalam 180 hari");
                    return;
                }
                t = event(came, STATUS_CHANGED, clerk(), WAITING_IN_PERSON, IN_PROCESS, how[0]);
                if (stepVisitDay >= 0 && came < cutoff) {
                    visitLog.served(stepVisitDay, service);
                }
                start = t;
            } else {
                if (rnd.nextDouble() < 0.008) {
                    event(
                            work(t + lognormal(0.1 * turnaround, 0.5)),
                            STATUS_CHANGED,
                            clerk(),
                            VERIFIED,
                            REJECTED,
                            pick(REJECT_REASONS));
                    return;
                }
                t = event(
                        work(t + lognormal(0.1 * turnaround, 0.5)),
                        STATUS_CHANGED,
                        clerk(),
                        VERIFIED,
                        IN_PROCESS,
                        null);
            }
        } else if (r < 0.022 + 0.03) {
            t = event(
                    work(t + minutes(10, 40)),
                    STATUS_CHANGED,
                    clerk(),
                    SUBMITTED,
                    NEEDS_CORRECTION,
                    pick(CORRECTION_REASONS));
            if (rnd.nextDouble() < 0.2) {
                event(
                        work(t + 14L * DAY),
                        STATUS_CHANGED,
                        clerk(),
                        NEEDS_CORRECTION,
                        REJECTED,
                        "Berkas tidak dilengkapi dalam 14 hari");
                return;
            }
            t = event(
                    work(t + lognormal(1.5 * DAY, 0.8)),
                    STATUS_CHANGED,
                    clerk(),
                    NEEDS_CORRECTION,
                    VERIFIED,
                    "Berkas dilengkapi");
            t = event(work(t + minutes(10, 120)), STATUS_CHANGED, clerk(), VERIFIED, IN_PROCESS, null);
        } else {
            // Walk-ins and outreach applicants are checked at the desk and processed at once.
            t = event(work(t + minutes(5, 40)), STATUS_CHANGED, clerk(), SUBMITTED, IN_PROCESS, null);
        }
        // Pick-up: at the desk for walk-ins, through the village office after an outreach visit.
        long pickup =
                Math.min((long) (0.35 * turnaround), lognormal(channel == Channel.OUTREACH ? 3 * DAY : 0.6 * DAY, 0.8));
        long ready = work(Math.max(t + HOUR, start + (long) turnaround - pickup));
        String readyNote = null;
        if (service == ServiceType.KTP && t >= cutoff - BLANK_SHORTAGE_DAYS * DAY) {
            long restocked = work(t + lognormal(21 * DAY, 0.5));
            if (restocked > ready) {
                ready = restocked;
                readyNote = "Dicetak setelah blanko e-KTP tersedia kembali";
            }
        }
        t = event(ready, STATUS_CHANGED, clerk(), IN_PROCESS, READY, readyNote);
        if (rnd.nextDouble() < 0.05) {
            pickup = lognormal(25 * DAY, 0.6); // documents left uncollected for weeks
        }
        event(work(t + Math.max(10 * 60, pickup)), STATUS_CHANGED, clerk(), READY, COMPLETED, null);
    }

    /**
     * When an applicant waiting for an in-person step turns up: at the office, later the farther
     * the village (and from remote villages often not at all), or at the next outreach visit to
     * the village, whichever comes first. {@code how[0]} names the step and gets where it happened.
     */
    private long inPersonStep(DemoVillage village, long waitingSince, String[] how) {
        double medianDays = 4 * (1 + village.distanceKm() / 12) * (village.hardToReach() ? 3 : 1);
        double neverAlone = 0.08 + 0.4 * (village.hardToReach() ? 1 : Math.min(1, village.distanceKm() / 70));
        long trip =
                rnd.nextDouble() < neverAlone ? Long.MAX_VALUE : work(waitingSince + lognormal(medianDays * DAY, 0.9));
        int visitDay = plan.nextVisitDay(village.index(), DemoCalendar.dayOf(waitingSince));
        long visit = visitDay >= 0 && rnd.nextDouble() < 0.85
                ? DemoCalendar.epoch(visitDay, 9 * HOUR + rnd.nextInt(5 * HOUR))
                : Long.MAX_VALUE;
        if (visit < trip) {
            how[0] = how[0] + " saat jemput bola di " + village.name();
            stepVisitDay = visitDay;
            return visit;
        }
        stepVisitDay = -1;
        how[0] = how[0] + " di kantor Disdukcapil";
        return trip;
    }

    /** Days from submission to completion: service-typical, lognormal-ish, a bit longer online. */
    private double turnaroundDays(ServiceType service, Channel channel) {
        double median;
        double min = 1;
        double max;
        switch (service) {
            case KTP -> {
                median = 4;
                max = 14;
            }
            case KK -> {
                median = 2;
                max = 5;
            }
            case KIA -> {
                median = 2;
                max = 7;
            }
            case DIVORCE_CERT -> {
                median = 3.5;
                max = 7;
            }
            case MARRIAGE_CERT -> {
                median = 3;
                max = 7;
            }
            default -> {
                median = 2.5;
                max = 7;
            }
        }
        double factor = channel.isOnline() ? 1.3 : channel == Channel.OUTREACH ? 1.2 : 1;
        double days = median * factor * Math.exp(0.55 * rnd.nextGaussian());
        return Math.max(min, Math.min(max * factor, days));
    }

    private ServiceType service(Channel channel, LocalDate date) {
        double[] mix = SERVICE_MIX[channel == Channel.OUTREACH ? 2 : channel.isOnline() ? 1 : 0];
        double[] w = mix.clone();
        if (!date.isBefore(ELECTION_RUSH_FIRST) && !date.isAfter(ELECTION_RUSH_LAST)) {
            w[ServiceType.KTP.ordinal()] *= 1.35; // everyone wants an e-KTP before the 2024 election
        }
        if (date.getMonthValue() == 7) {
            w[ServiceType.KIA.ordinal()] *= 1.5; // school enrolment asks for KIA and birth certificates
            w[ServiceType.BIRTH_CERT.ordinal()] *= 1.2;
        }
        return ServiceType.values()[DemoOutreachPlan.pick(w, rnd)];
    }

    private String phone(Channel channel, String own) {
        double present = switch (channel) {
            case WHATSAPP -> 1.0;
            case WEB, APP -> 0.95;
            case OFFICE -> 0.45;
            case OUTREACH -> 0.25;
        };
        if (rnd.nextDouble() >= present) {
            return null;
        }
        // Children file through a parent, whose number it then is.
        return own != null ? own : people.phone();
    }

    private String externalId(Channel channel, int year) {
        int c = channel.ordinal();
        int n = ++externalCounters[c][year - DemoCalendar.START.getYear()];
        String prefix = channel == Channel.WHATSAPP ? "WA" : channel.name();
        StringBuilder sb =
                new StringBuilder(16).append(prefix).append('-').append(year).append('-');
        pad(sb, n, 6);
        return sb.toString();
    }

    private int duplicateCandidate(long t0) {
        if (recentCount == 0) {
            return -1;
        }
        int i = rnd.nextInt(recentCount);
        return t0 - recentTime[i] < 4L * DAY ? i : -1;
    }

    private void remember(
            long id,
            long t0,
            String number,
            String nik,
            String name,
            String phone,
            ServiceType service,
            DemoVillage village) {
        int i = recentNext;
        recentId[i] = id;
        recentTime[i] = t0;
        recentNumber[i] = number;
        recentNik[i] = nik;
        recentName[i] = name;
        recentPhone[i] = phone;
        recentService[i] = service;
        recentVillage[i] = village;
        recentNext = (recentNext + 1) % RECENT_SIZE;
        recentCount = Math.min(RECENT_SIZE, recentCount + 1);
    }

    /** Records an event no earlier than a minute after the previous one; returns its time. */
    private long event(long at, CaseEvent.Type type, String actor, CaseStatus from, CaseStatus to, String detail) {
        long t = evCount == 0 ? at : Math.max(at, evTime[evCount - 1] + 60);
        if (evCount > 0 && t != at) {
            t = work(t);
        }
        evTime[evCount] = t;
        evType[evCount] = type;
        evActor[evCount] = actor;
        evFrom[evCount] = from;
        evTo[evCount] = to;
        evDetail[evCount] = detail;
        evCount++;
        return t;
    }

    /** The first moment at or after {@code t} when clerks are at work; off-hours work starts the next morning. */
    private long work(long t) {
        int day = DemoCalendar.dayOf(t);
        int sec = DemoCalendar.secondOfDay(t);
        while (true) {
            if (calendar.clerkDay(day)) {
                if (sec < 8 * HOUR) {
                    return DemoCalendar.epoch(day, 8 * HOUR + rnd.nextInt(90 * 60));
                }
                if (sec < DemoCalendar.clerkClose(day)) {
                    return DemoCalendar.epoch(day, sec);
                }
            }
            day++;
            sec = 0;
        }
    }

    private long lognormal(double median, double sigma) {
        return (long) (median * Math.exp(sigma * rnd.nextGaussian()));
    }

    private long minutes(int min, int max) {
        return 60L * (min + rnd.nextInt(max - min + 1));
    }

    private String clerk() {
        return pick(CLERKS);
    }

    private String pick(String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    long cases() {
        return cases;
    }

    long events() {
        return events;
    }

    long lastId() {
        return nextId - 1;
    }

    long lastEventId() {
        return nextEventId - 1;
    }

    long lastSequence() {
        return nextSequence - 1;
    }

    private static void pad(StringBuilder sb, long value, int width) {
        String s = Long.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    /** A text field in COPY text format: backslash escapes, \N for null. */
    private static StringBuilder text(StringBuilder sb, String s) {
        if (s == null) {
            return sb.append("\\N");
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
        return sb;
    }

    /** An epoch second as a UTC timestamptz literal, without the cost of a formatter. */
    static StringBuilder timestamp(StringBuilder sb, long epochSecond) {
        long days = Math.floorDiv(epochSecond, DAY);
        int sec = (int) Math.floorMod(epochSecond, DAY);
        LocalDate d = LocalDate.ofEpochDay(days);
        sb.append(d.getYear()).append('-');
        pad(sb, d.getMonthValue(), 2);
        sb.append('-');
        pad(sb, d.getDayOfMonth(), 2);
        sb.append(' ');
        pad(sb, sec / 3600, 2);
        sb.append(':');
        pad(sb, sec / 60 % 60, 2);
        sb.append(':');
        pad(sb, sec % 60, 2);
        return sb.append("+00");
    }

    private record OpenCase(long id, String number) {}
}
