package id.ppu.dukcapil.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.analytics.Csv;
import id.ppu.dukcapil.base.ui.chart.ApexChart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A titled card around one chart: an optional help line, the chart or a friendly empty state,
 * and a link that downloads the chart's figures as CSV.
 */
class ChartCard extends Div {

    private final H3 title = new H3();
    private final HorizontalLayout tools = new HorizontalLayout();
    private final Div body = new Div();
    private final Paragraph empty = new Paragraph();
    private final Anchor download;
    private transient Supplier<Csv> csv = () -> Csv.withHeader();

    ChartCard(String id, String titleText, String help, String fileName, ApexChart... charts) {
        setId(id);
        addClassNames(
                LumoUtility.Background.BASE,
                LumoUtility.Border.ALL,
                LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.LARGE,
                LumoUtility.Padding.MEDIUM,
                LumoUtility.BoxSizing.BORDER,
                LumoUtility.MinWidth.NONE);
        title.setText(titleText);
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(csv.get().toString().getBytes(StandardCharsets.UTF_8)),
                        fileName,
                        "text/csv; charset=utf-8",
                        -1)),
                "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + getTranslation("dashboard.csv")));
        download.setId(id + "-csv");
        download.getElement().setAttribute("download", fileName);
        download.addClassNames(LumoUtility.FontSize.SMALL);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setSpacing(true);
        HorizontalLayout header = new HorizontalLayout(title, tools, download);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(title);
        header.setWrap(true);
        add(header);
        if (help != null) {
            Paragraph helpText = new Paragraph(help);
            helpText.addClassNames(
                    LumoUtility.Margin.Vertical.XSMALL,
                    LumoUtility.Margin.Horizontal.NONE,
                    LumoUtility.TextColor.SECONDARY,
                    LumoUtility.FontSize.SMALL);
            add(helpText);
        }
        empty.setId(id + "-empty");
        empty.setText(getTranslation("dashboard.empty"));
        empty.addClassNames(
                LumoUtility.TextColor.SECONDARY,
                LumoUtility.Padding.Vertical.LARGE,
                LumoUtility.Padding.Horizontal.NONE,
                LumoUtility.TextAlignment.CENTER);
        body.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
        for (ApexChart chart : charts) {
            body.add(chart);
        }
        add(body, empty);
    }

    /** Controls shown in the card's header, e.g. a sort order. */
    void addTools(Component... components) {
        tools.add(components);
    }

    void setHeading(String text) {
        title.setText(text);
    }

    /** Shows the charts with their data's CSV, or the empty state when there is nothing to show. */
    void show(boolean hasData, Supplier<Csv> data) {
        this.csv = data;
        body.setVisible(hasData);
        empty.setVisible(!hasData);
        download.setVisible(hasData);
    }

    /** The CSV the download link serves now (for tests and reuse). */
    String csvText() {
        return csv.get().toString();
    }
}
