package id.ppu.dukcapil.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.outreach.Factor;
import id.ppu.dukcapil.outreach.PlannerSettings;
import id.ppu.dukcapil.outreach.PriorityModel;
import id.ppu.dukcapil.outreach.Thresholds;
import id.ppu.dukcapil.outreach.Weights;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weights as sliders (0..100) with their documentation, and the 2x2 thresholds. Every change
 * is reported at once; out-of-range thresholds are refused and the last valid one is kept.
 */
class WeightsPanel extends Details {

    private final Map<Factor, RangeSlider> sliders = new EnumMap<>(Factor.class);
    private final Map<Factor, Span> values = new EnumMap<>(Factor.class);
    private final IntegerField accessGood = new IntegerField();
    private final IntegerField utilisationGood = new IntegerField();
    private final Span savedInfo = new Span();
    private final Button save;
    private final Button forget;
    private final Runnable onChange;
    private Weights weights;
    private Thresholds thresholds;
    private boolean updating;

    WeightsPanel(
            PlannerSettings settings,
            Weights defaults,
            boolean canSave,
            Runnable onChange,
            Runnable onSave,
            Runnable onForget) {
        this.onChange = onChange;
        this.weights = settings.weights();
        this.thresholds = settings.thresholds();
        setSummaryText(getTranslation("outreach.weights.title"));
        setId("weights-panel");

        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(new Paragraph(getTranslation("outreach.weights.help", PriorityModel.RECENCY_FULL_DAYS)));
        content.add(new Paragraph(getTranslation(
                "outreach.weights.defaults", describe(Weights.OFFICE_OPEN), describe(Weights.OFFICE_ONLINE_ONLY))));
        if (settings.officeOnlineOnly()) {
            content.add(Texts.secondary(getTranslation("outreach.weights.onlineOnlyNow")));
        }
        for (Factor f : Factor.values()) {
            RangeSlider slider = new RangeSlider(0, Weights.MAX, 5);
            slider.setId("weight-" + f.name());
            slider.setAriaLabel(getTranslation(f.messageKey()));
            Span value = new Span();
            value.setId("weight-value-" + f.name());
            value.setWidth("3em");
            Span label = new Span(getTranslation(f.messageKey()));
            label.setWidth("14em");
            Span help = Texts.secondary(getTranslation("outreach.factor.help." + f.name()));
            slider.addValueChangeListener(e -> {
                if (!updating && e.getValue() != null) {
                    weights = weights.with(f, Math.max(0, Math.min(Weights.MAX, e.getValue())));
                    value.setText(String.valueOf(weights.of(f)));
                    onChange.run();
                }
            });
            sliders.put(f, slider);
            values.put(f, value);
            HorizontalLayout row = new HorizontalLayout(label, slider, value, help);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            content.add(row);
        }

        accessGood.setId("threshold-access");
        accessGood.setLabel(getTranslation("outreach.threshold.access"));
        accessGood.setHelperText(getTranslation("outreach.threshold.access.help"));
        accessGood.setMin(1);
        accessGood.setMax(200);
        accessGood.setStepButtonsVisible(true);
        accessGood.setStep(5);
        utilisationGood.setId("threshold-utilisation");
        utilisationGood.setLabel(getTranslation("outreach.threshold.utilisation"));
        utilisationGood.setHelperText(getTranslation("outreach.threshold.utilisation.help"));
        utilisationGood.setMin(1);
        utilisationGood.setMax(100);
        utilisationGood.setStepButtonsVisible(true);
        utilisationGood.setStep(5);
        accessGood.addValueChangeListener(e -> thresholdChanged());
        utilisationGood.addValueChangeListener(e -> thresholdChanged());

        Button defaultsButton = new Button(getTranslation("outreach.weights.useDefaults"), e -> {
            set(defaults, Thresholds.DEFAULT);
            onChange.run();
        });
        defaultsButton.setId("weights-default");
        defaultsButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save = new Button(getTranslation("outreach.weights.save"), e -> onSave.run());
        save.setId("weights-save");
        save.setVisible(canSave);
        forget = new Button(getTranslation("outreach.weights.forget"), e -> onForget.run());
        forget.setId("weights-forget");
        forget.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        forget.setVisible(canSave && settings.saved());
        savedInfo.setId("weights-saved-info");
        HorizontalLayout thresholdsRow = new HorizontalLayout(accessGood, utilisationGood);
        HorizontalLayout buttons = new HorizontalLayout(defaultsButton, save, forget, savedInfo);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.add(thresholdsRow, buttons);
        add(content);
        set(weights, thresholds);
        showSaved(settings);
    }

    Weights weights() {
        return weights;
    }

    Thresholds thresholds() {
        return thresholds;
    }

    /** Shows who saved the weights in force, or that they are the defaults. */
    void showSaved(PlannerSettings settings) {
        savedInfo.setText(
                settings.saved()
                        ? getTranslation(
                                "outreach.weights.savedBy",
                                settings.updatedBy(),
                                Formats.dateTime(settings.updatedAt()))
                        : getTranslation("outreach.weights.notSaved"));
        forget.setVisible(save.isVisible() && settings.saved());
    }

    private void set(Weights w, Thresholds t) {
        updating = true;
        weights = w;
        thresholds = t;
        for (Factor f : Factor.values()) {
            sliders.get(f).setValue(w.of(f));
            values.get(f).setText(String.valueOf(w.of(f)));
        }
        accessGood.setValue(t.accessGoodPct());
        accessGood.setInvalid(false);
        utilisationGood.setValue(t.utilisationGoodPct());
        utilisationGood.setInvalid(false);
        updating = false;
    }

    private void thresholdChanged() {
        if (updating) {
            return;
        }
        Integer access = accessGood.getValue();
        Integer utilisation = utilisationGood.getValue();
        boolean accessOk = access != null && access >= 1 && access <= 200;
        boolean utilisationOk = utilisation != null && utilisation >= 1 && utilisation <= 100;
        accessGood.setInvalid(!accessOk);
        accessGood.setErrorMessage(accessOk ? null : getTranslation("outreach.threshold.access.invalid"));
        utilisationGood.setInvalid(!utilisationOk);
        utilisationGood.setErrorMessage(
                utilisationOk ? null : getTranslation("outreach.threshold.utilisation.invalid"));
        // Each threshold keeps its last valid value while the other one changes.
        Thresholds next = new Thresholds(
                accessOk ? access : thresholds.accessGoodPct(),
                utilisationOk ? utilisation : thresholds.utilisationGoodPct());
        if (!next.equals(thresholds)) {
            thresholds = next;
            onChange.run();
        }
    }

    private String describe(Weights w) {
        StringBuilder sb = new StringBuilder();
        for (Factor f : Factor.values()) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(getTranslation(f.messageKey()).toLowerCase(getLocale()))
                    .append(' ')
                    .append(w.of(f));
        }
        return sb.toString();
    }
}
