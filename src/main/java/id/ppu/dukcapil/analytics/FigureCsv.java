package id.ppu.dukcapil.analytics;

import java.util.List;
import java.util.Locale;

/**
 * The figures as CSV files: each dashboard chart's download and the open statistics' CSV answer,
 * written in one place with one writer ({@link Csv}). Column names are English and stable for other
 * tools; month keys are YYYY-MM. The dashboard's files give shares in percent, the API's answer
 * gives them as fractions rounded as in its JSON.
 */
public final class FigureCsv {

    public static final String TREND_FILE = "permohonan-per-bulan.csv";
    public static final String AREAS_FILE = "daring-per-wilayah.csv";
    public static final String HEATMAP_FILE = "porsi-daring-per-bulan.csv";
    public static final String SERVICES_FILE = "kanal-per-layanan.csv";
    public static final String TURNAROUND_FILE = "waktu-penyelesaian.csv";
    public static final String BACKLOG_FILE = "tunggakan.csv";
    public static final String WHATSAPP_FILE = "pesan-whatsapp.csv";

    private FigureCsv() {}

    /** Requests per month and channel, with the online share in percent. */
    public static Csv trend(List<MonthlyChannels> months) {
        Csv csv = Csv.withHeader("month", "web", "app", "whatsapp", "office", "outreach", "total", "online_share_pct");
        months.forEach(m -> csv.row(
                m.month().toString().substring(0, 7),
                m.counts().web(),
                m.counts().app(),
                m.counts().whatsapp(),
                m.counts().office(),
                m.counts().outreach(),
                m.counts().total(),
                pct(m.counts().onlineShare())));
        return csv;
    }

    /** Online and in-person requests per district or village, in the order given. */
    public static Csv areas(List<AreaUptake> areas) {
        Csv csv = Csv.withHeader(
                "code", "name", "population", "online", "in_person", "total", "online_share_pct", "uptake_per_1000");
        areas.forEach(a -> csv.row(
                a.code(),
                a.name(),
                a.population(),
                a.counts().online(),
                a.counts().inPerson(),
                a.counts().total(),
                pct(a.counts().onlineShare()),
                a.uptakePer1000()));
        return csv;
    }

    /** The online share per district and month. */
    public static Csv heatmap(List<HeatCell> cells) {
        Csv csv = Csv.withHeader("district_code", "district", "month", "online", "total", "online_share_pct");
        cells.forEach(c -> csv.row(
                c.districtCode(),
                c.districtName(),
                c.month().toString().substring(0, 7),
                c.online(),
                c.total(),
                pct(c.onlineShare())));
        return csv;
    }

    /** Requests per service and channel. */
    public static Csv services(List<ServiceChannels> rows) {
        Csv csv =
                Csv.withHeader("service", "web", "app", "whatsapp", "office", "outreach", "total", "online_share_pct");
        rows.forEach(r -> csv.row(
                r.service().name(),
                r.counts().web(),
                r.counts().app(),
                r.counts().whatsapp(),
                r.counts().office(),
                r.counts().outreach(),
                r.counts().total(),
                pct(r.counts().onlineShare())));
        return csv;
    }

    /** Median and 90th percentile turnaround in days; ALL stands for every channel or service. */
    public static Csv turnaround(List<Turnaround> rows) {
        Csv csv = Csv.withHeader("channel", "service", "completed", "median_days", "p90_days");
        rows.forEach(t -> csv.row(
                t.channel() == null ? "ALL" : t.channel().name(),
                t.service() == null ? "ALL" : t.service().name(),
                t.completed(),
                t.medianDays(),
                t.p90Days()));
        return csv;
    }

    /** Open requests by age band (youngest first) and, for today's backlog, status. */
    public static Csv backlog(Backlog backlog) {
        Csv csv = Csv.withHeader("as_of", "age", "status", "cases");
        for (AgeBucket age : AgeBucket.values()) {
            for (BacklogCount c : backlog.counts()) {
                if (c.age() == age) {
                    csv.row(
                            backlog.asOf().toString(),
                            age.name(),
                            c.status() == null ? "" : c.status().name(),
                            c.cases());
                }
            }
        }
        return csv;
    }

    /** The WhatsApp messages to residents (status notifications, clerks' replies) by the furthest status reached. */
    public static Csv whatsApp(WhatsAppFigures f) {
        Csv csv = Csv.withHeader("messages", "waiting", "sent", "delivered", "read", "failed", "skipped", "total");
        statusRow(csv, "status_notifications", f.notifications());
        statusRow(csv, "clerk_replies", f.replies());
        return csv;
    }

    private static void statusRow(Csv csv, String name, MessageCounts c) {
        csv.row(name, c.waiting(), c.sent(), c.delivered(), c.read(), c.failed(), c.skipped(), c.total());
    }

    /** The open statistics' groups with the figures rounded as in the JSON answer. */
    static Csv uptake(List<UptakeRow> rows) {
        Csv csv = Csv.withHeader(
                "key",
                "name",
                "population",
                "web",
                "app",
                "whatsapp",
                "office",
                "outreach",
                "online",
                "in_person",
                "total",
                "online_share",
                "uptake_per_1000",
                "median_turnaround_hours",
                "backlog");
        for (UptakeRow r : rows) {
            StatsController.Group g = StatsController.Group.of(r);
            csv.row(
                    g.key(),
                    g.name(),
                    g.population(),
                    r.counts().web(),
                    r.counts().app(),
                    r.counts().whatsapp(),
                    r.counts().office(),
                    r.counts().outreach(),
                    g.online(),
                    g.inPerson(),
                    g.total(),
                    g.onlineShare(),
                    g.uptakePer1000(),
                    g.medianTurnaroundHours(),
                    g.backlog());
        }
        return csv;
    }

    /** "uptake-district-2024-01-01-2024-12-31.csv". */
    static String uptakeFile(UptakeGrouping grouping, Period period) {
        return "uptake-" + grouping.name().toLowerCase(Locale.ROOT) + "-" + period.from() + "-" + period.to() + ".csv";
    }

    private static Double pct(Double share) {
        return share == null ? null : share * 100;
    }
}
