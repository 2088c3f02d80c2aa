package id.ppu.dukcapil.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Translations;
import id.ppu.dukcapil.outreach.Factor;
import id.ppu.dukcapil.outreach.FactorValue;
import id.ppu.dukcapil.outreach.RedCategory;
import id.ppu.dukcapil.outreach.RegencyFacts;
import id.ppu.dukcapil.outreach.VillagePriority;
import id.ppu.dukcapil.outreach.VisitStatus;
import java.time.LocalDate;
import java.util.Locale;

/** Numbers, dates and factor values as the planner reads them, in the UI language. */
final class Texts {

    private Texts() {}

    static String number(Component c, double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return String.format(locale(c), "%,." + decimals + "f", value);
    }

    /** A signed number of percentage points, e.g. +3,2. */
    static String points(Component c, double value) {
        return Double.isNaN(value) ? "–" : (value > 0 ? "+" : "") + number(c, value, 1);
    }

    /** A share 0..1 as a percentage, e.g. 41,5%. */
    static String percent(Component c, double share) {
        return Double.isNaN(share) ? "–" : number(c, 100 * share, 1) + "%";
    }

    /** A date with its short weekday name, e.g. Sel 03/11/2026. */
    static String day(Component c, LocalDate date) {
        if (date == null) {
            return "";
        }
        String[] weekdays = c.getTranslation("date.weekdaysShort").split(",");
        return weekdays[date.getDayOfWeek().getValue() % 7] + " " + Formats.date(date);
    }

    /** A factor's raw value with its unit and the regency reference where there is one. */
    static String raw(Component c, FactorValue f, VillagePriority p, RegencyFacts regency) {
        Factor factor = f.factor();
        return switch (factor) {
            case DEMAND -> c.getTranslation("outreach.raw.DEMAND", number(c, f.raw(), 0));
            case ADOPTION_GAP ->
                c.getTranslation(
                        "outreach.raw.ADOPTION_GAP",
                        number(c, f.raw(), 1),
                        number(c, 100 * regency.onlineShare(), 1),
                        p.village().cases12m());
            case UNDER_SERVICE ->
                c.getTranslation(
                        "outreach.raw.UNDER_SERVICE", number(c, f.raw(), 1), number(c, regency.casesPer1000(), 1));
            case ACCESS ->
                c.getTranslation(
                        p.village().hardToReach() ? "outreach.raw.ACCESS.hard" : "outreach.raw.ACCESS",
                        number(c, f.raw(), 0));
            case RECENCY ->
                f.raw() == null
                        ? c.getTranslation("outreach.raw.RECENCY.never")
                        : c.getTranslation(
                                "outreach.raw.RECENCY",
                                number(c, f.raw(), 0),
                                Formats.date(p.village().lastVisit()));
            case COVERAGE_GAP ->
                f.raw() == null
                        ? c.getTranslation("outreach.raw.COVERAGE_GAP.none")
                        : c.getTranslation("outreach.raw.COVERAGE_GAP", number(c, f.raw(), 0));
        };
    }

    /** The 2x2 access value with what it is read from: coverage against target, or the uptake proxy. */
    static String access(Component c, VillagePriority p) {
        return percent(c, p.accessRatio()) + " "
                + c.getTranslation(
                        p.accessFromCoverage() ? "outreach.red.access.coverage" : "outreach.red.access.proxy");
    }

    static Span badge(Component c, RedCategory category) {
        Span badge = new Span(c.getTranslation("outreach.red.short", category.number()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement()
                .getThemeList()
                .add(
                        switch (category) {
                            case CAT_1 -> "success";
                            case CAT_2 -> "primary";
                            case CAT_3 -> "contrast";
                            case CAT_4 -> "error";
                        });
        badge.getElement().setAttribute("title", c.getTranslation(category.messageKey()));
        return badge;
    }

    static Span badge(Component c, VisitStatus status) {
        Span badge = new Span(c.getTranslation(status.messageKey()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement()
                .getThemeList()
                .add(
                        switch (status) {
                            case PLANNED -> "primary";
                            case DONE -> "success";
                            case CANCELLED -> "contrast";
                        });
        return badge;
    }

    static Span secondary(String text) {
        Span s = new Span(text);
        s.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return s;
    }

    private static Locale locale(Component c) {
        UI ui = c.getUI().orElse(UI.getCurrent());
        return ui == null ? Translations.INDONESIAN : ui.getLocale();
    }
}
