package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.outreach.UpcomingVisit;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the office writes to residents on WhatsApp, from the bundle {@code i18n/resident}: always
 * Bahasa Indonesia, whatever the language of the clerk whose action causes the message.
 */
final class ResidentTexts {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "i18n/resident",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /** The most characters of an outreach visit as told ({@link #visit}); a longer one is cut. */
    static final int MAX_VISIT = 300;

    /** How many covered villages a visit names when it does not cover the resident's own. */
    private static final int VILLAGES_NAMED = 3;

    private static final DateTimeFormatter VISIT_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);

    private ResidentTexts() {}

    /** The text of {@code key} with its arguments filled in. */
    static String text(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), INDONESIAN).format(arguments);
    }

    static String service(ServiceType service) {
        return service == null ? "-" : BUNDLE.getString("resident.service." + service.name());
    }

    /** The line that reminds a resident how to stop messages. */
    static String footer() {
        return BUNDLE.getString("resident.footer");
    }

    /**
     * An outreach visit as a resident reads it: "Kamis, 11 Maret 2027 di Kelurahan Nipah-Nipah,
     * Kecamatan Penajam". A visit to the resident's own village names that village only; another
     * names the first villages it covers and how many more.
     */
    static String visit(UpcomingVisit v) {
        List<UpcomingVisit.Village> villages = v.villages();
        List<String> named = villages.stream()
                .limit(v.coversResidentsVillage() ? 1 : VILLAGES_NAMED)
                .map(ResidentTexts::village)
                .toList();
        String places;
        if (named.isEmpty()) {
            places = "";
        } else if (villages.size() > named.size() && !v.coversResidentsVillage()) {
            places = text("resident.visit.more", String.join(", ", named), villages.size() - named.size());
        } else if (named.size() == 1) {
            places = named.get(0);
        } else {
            places = text(
                    "resident.visit.and",
                    String.join(", ", named.subList(0, named.size() - 1)),
                    named.get(named.size() - 1));
        }
        String told = places.isEmpty()
                ? text("resident.visit.district", VISIT_DATE.format(v.date()), v.districtName())
                : text("resident.visit", VISIT_DATE.format(v.date()), places, v.districtName());
        return told.length() <= MAX_VISIT ? told : told.substring(0, MAX_VISIT);
    }

    private static String village(UpcomingVisit.Village v) {
        return text(v.kelurahan() ? "resident.village.kelurahan" : "resident.village.desa", v.name());
    }

    /** The longest label of a service. */
    static int longestService() {
        return Arrays.stream(ServiceType.values())
                .mapToInt(s -> service(s).length())
                .max()
                .orElse(1);
    }
}
