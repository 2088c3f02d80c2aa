package id.ppu.dukcapil.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.outreach.EffectModel;
import id.ppu.dukcapil.outreach.EffectReport;
import id.ppu.dukcapil.outreach.EffectService;
import id.ppu.dukcapil.outreach.VisitEffect;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Did it help?": for each done visit, the covered villages' online share in the 90 days before
 * and after, beside villages not visited in that window; the spread of the differences across
 * visits and their average, in plain words, including when the data are too few to tell.
 */
@Menu(order = 42, icon = "vaadin:line-bar-chart", title = "nav.outreach.effect")
@Route("jemput-bola/dampak")
@RolesAllowed({Role.PLANNER, Role.HEAD})
public class EffectView extends VerticalLayout implements HasDynamicTitle {

    public EffectView(EffectService effects) {
        EffectReport report = effects.effect();
        EffectReport.Summary s = report.summary();
        H2 title = new H2(getTranslation("outreach.effect.title"));
        Paragraph method = new Paragraph(getTranslation(
                "outreach.effect.method", EffectService.WINDOW_DAYS, EffectModel.MIN_CASES, EffectModel.MIN_VISITS));
        method.addClassNames(LumoUtility.TextColor.SECONDARY);

        Paragraph verdict = new Paragraph(verdict(report));
        verdict.setId("effect-verdict");
        verdict.addClassNames(
                LumoUtility.FontSize.LARGE,
                LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.MEDIUM,
                s.verdict() == EffectReport.Verdict.TOO_FEW
                        ? LumoUtility.Background.CONTRAST_5
                        : LumoUtility.Background.PRIMARY_10);

        HorizontalLayout figures = new HorizontalLayout(
                figure("outreach.effect.done", String.valueOf(report.doneVisits())),
                figure("outreach.effect.pending", String.valueOf(report.pendingVisits())),
                figure("outreach.effect.evaluated", String.valueOf(s.visits())),
                figure("outreach.effect.tooFewCases", String.valueOf(s.tooFewCases())),
                figure("outreach.effect.visitedChange", Texts.points(this, s.meanVisitedChange())),
                figure("outreach.effect.comparisonChange", Texts.points(this, s.meanComparisonChange())),
                figure("outreach.effect.difference", Texts.points(this, s.meanDifference())));
        figures.addClassNames(LumoUtility.FlexWrap.WRAP);

        add(
                title,
                method,
                verdict,
                figures,
                new H3(getTranslation("outreach.effect.distribution")),
                distribution(report),
                new H3(getTranslation("outreach.effect.perVisit")),
                grid(report));
    }

    private String verdict(EffectReport r) {
        EffectReport.Summary s = r.summary();
        return switch (s.verdict()) {
            case TOO_FEW ->
                getTranslation(
                        "outreach.effect.verdict.TOO_FEW",
                        s.visits(),
                        EffectModel.MIN_VISITS,
                        r.pendingVisits(),
                        s.tooFewCases());
            case NO_CLEAR_CHANGE, ROSE, FELL ->
                getTranslation(
                        "outreach.effect.verdict." + s.verdict().name(),
                        Texts.points(this, s.meanDifference()),
                        Texts.points(this, s.low()),
                        Texts.points(this, s.high()),
                        s.visits());
        };
    }

    private Component figure(String key, String value) {
        Span number = new Span(value);
        number.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
        Div box = new Div(number, Texts.secondary(getTranslation(key)));
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        box.getStyle().set("min-width", "9em");
        return box;
    }

    /** Horizontal bars, one per 5-point bin of the per-visit difference. */
    private Component distribution(EffectReport r) {
        VerticalLayout bars = new VerticalLayout();
        bars.setId("effect-distribution");
        bars.setPadding(false);
        bars.setSpacing(false);
        int max = r.distribution().stream()
                .mapToInt(EffectReport.Bin::visits)
                .max()
                .orElse(0);
        if (max == 0) {
            bars.add(Texts.secondary(getTranslation("outreach.effect.noDistribution")));
            return bars;
        }
        for (EffectReport.Bin b : r.distribution()) {
            String label = Double.isInfinite(b.from())
                    ? getTranslation("outreach.effect.below", Texts.points(this, b.to()))
                    : Double.isInfinite(b.to())
                            ? getTranslation("outreach.effect.above", Texts.points(this, b.from()))
                            : getTranslation(
                                    "outreach.effect.range", Texts.points(this, b.from()), Texts.points(this, b.to()));
            Span name = new Span(label);
            name.setWidth("11em");
            name.addClassNames(LumoUtility.FontSize.SMALL);
            Div bar = new Div();
            bar.getStyle().set("height", "0.9em").set("width", (20.0 * b.visits() / max) + "em");
            bar.addClassNames(
                    b.to() <= 0 ? LumoUtility.Background.CONTRAST_40 : LumoUtility.Background.SUCCESS,
                    LumoUtility.BorderRadius.SMALL);
            HorizontalLayout row = new HorizontalLayout(name, bar, new Span(String.valueOf(b.visits())));
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            bars.add(row);
        }
        return bars;
    }

    private Grid<VisitEffect> grid(EffectReport r) {
        Grid<VisitEffect> grid = new Grid<>();
        grid.setId("effect-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> Texts.day(this, v.date()))
                .setHeader(getTranslation("outreach.visit.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(VisitEffect::districtName)
                .setHeader(getTranslation("outreach.district"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> String.join(", ", v.villageNames())).setHeader(getTranslation("outreach.visit.villages"));
        grid.addColumn(v -> shares(v.visitedBefore(), v.visitedAfter()))
                .setHeader(getTranslation("outreach.effect.visited"))
                .setAutoWidth(true);
        grid.addColumn(v -> shares(v.comparisonBefore(), v.comparisonAfter()))
                .setHeader(getTranslation("outreach.effect.comparison"))
                .setAutoWidth(true);
        grid.addColumn(v ->
                        v.enoughData() ? Texts.points(this, v.difference()) : getTranslation("outreach.effect.tooFew"))
                .setHeader(getTranslation("outreach.effect.differenceColumn"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.setItems(r.visits());
        grid.setEmptyStateText(getTranslation("outreach.effect.empty"));
        // Hundreds of visits after a few years: the grid scrolls instead of rendering every row.
        grid.setHeight("32em");
        return grid;
    }

    private String shares(VisitEffect.Counts before, VisitEffect.Counts after) {
        return getTranslation(
                "outreach.effect.shares",
                Texts.percent(this, before.share()),
                before.total(),
                Texts.percent(this, after.share()),
                after.total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outreach.effect.title") + " · " + getTranslation("app.title");
    }
}
