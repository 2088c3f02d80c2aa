package id.ppu.dukcapil.outreach.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.outreach.PriorityReport;
import id.ppu.dukcapil.outreach.RedCategory;
import id.ppu.dukcapil.outreach.VillagePriority;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The "Reaching Every District" 2x2 as four quadrants listing their villages: utilisation
 * across (poor left, good right), access down (good on top, poor below), so category 4 sits
 * bottom left. Each village shows its uptake against the regency and its completed share.
 */
class RedQuadrants extends Div {

    private final Map<RedCategory, Div> lists = new EnumMap<>(RedCategory.class);
    private final Map<RedCategory, Span> counts = new EnumMap<>(RedCategory.class);
    private final Span axes = new Span();

    RedQuadrants() {
        setId("red-quadrants");
        addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.SMALL, LumoUtility.Width.FULL);
        getStyle().set("grid-template-columns", "1fr 1fr");
        // Reading order: good access row on top (2, 1), poor access row below (4, 3).
        for (RedCategory c : List.of(RedCategory.CAT_2, RedCategory.CAT_1, RedCategory.CAT_4, RedCategory.CAT_3)) {
            Div cell = new Div();
            cell.setId("red-" + c.name());
            cell.addClassNames(
                    LumoUtility.Border.ALL,
                    LumoUtility.BorderColor.CONTRAST_20,
                    LumoUtility.BorderRadius.MEDIUM,
                    LumoUtility.Padding.SMALL,
                    c == RedCategory.CAT_4 ? LumoUtility.Background.ERROR_10 : LumoUtility.Background.CONTRAST_5);
            Span count = new Span();
            counts.put(c, count);
            H4 title = new H4();
            title.add(Texts.badge(this, c), new Span(" " + getTranslation(c.messageKey()) + " "), count);
            title.addClassNames(LumoUtility.Margin.NONE);
            Span advice = Texts.secondary(getTranslation("outreach.red.advice." + c.name()));
            Div list = new Div();
            list.addClassNames(
                    LumoUtility.Display.FLEX,
                    LumoUtility.FlexWrap.WRAP,
                    LumoUtility.Gap.XSMALL,
                    LumoUtility.Margin.Top.SMALL);
            lists.put(c, list);
            cell.add(title, advice, list);
            add(cell);
        }
        axes.setId("red-axes");
        axes.getStyle().set("grid-column", "1 / span 2");
        add(axes);
    }

    void show(PriorityReport report) {
        lists.values().forEach(Div::removeAll);
        Map<RedCategory, Integer> n = new EnumMap<>(RedCategory.class);
        report.villages().stream()
                .sorted(Comparator.comparingDouble(VillagePriority::accessRatio)
                        .thenComparing(p -> p.village().name()))
                .forEach(p -> {
                    Span chip = new Span(p.village().name());
                    chip.getElement().getThemeList().add("badge");
                    chip.getElement()
                            .setAttribute(
                                    "title",
                                    getTranslation(
                                            "outreach.red.villageTitle",
                                            Texts.access(this, p),
                                            Texts.percent(this, p.utilisation()),
                                            p.village().districtName()));
                    lists.get(p.category()).add(chip);
                    n.merge(p.category(), 1, Integer::sum);
                });
        counts.forEach((c, span) -> span.setText("(" + n.getOrDefault(c, 0) + ")"));
        axes.setText(getTranslation(
                "outreach.red.axes",
                report.thresholds().accessGoodPct(),
                report.thresholds().utilisationGoodPct()));
        axes.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
    }
}
