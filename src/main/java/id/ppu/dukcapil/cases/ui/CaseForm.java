package id.ppu.dukcapil.cases.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.base.ui.Responsive;
import id.ppu.dukcapil.cases.AgeRules;
import id.ppu.dukcapil.cases.ApplicantData;
import id.ppu.dukcapil.cases.InvalidIdentityNumberException;
import id.ppu.dukcapil.cases.Nik;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.region.DistrictInfo;
import id.ppu.dukcapil.region.VillageInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applicant data of a case: used both to register a walk-in and to correct a case. Shows the sex
 * and birth date the NIK encodes, and age warnings. Raises {@link SaveEvent} with a validated
 * copy of the data; the view decides what saving means.
 */
public class CaseForm extends FormLayout {

    private final ComboBox<ServiceType> serviceType = new ComboBox<>();
    private final TextField nik = new TextField();
    private final Span nikInfo = new Span();
    private final TextField applicantName = new TextField();
    private final TextField phone = new TextField();
    private final ComboBox<String> villageCode = new ComboBox<>();
    private final TextArea notes = new TextArea();
    private final Button save = new Button();
    private final BeanValidationBinder<ApplicantData> binder = new BeanValidationBinder<>(ApplicantData.class);
    private final transient Clock clock;

    public CaseForm(List<DistrictInfo> districts, List<VillageInfo> villages, Clock clock) {
        this.clock = clock;
        setId("case-form");
        serviceType.setLabel(getTranslation("case.serviceType"));
        serviceType.setId("form-service");
        serviceType.setItems(ServiceType.values());
        serviceType.setItemLabelGenerator(s -> getTranslation("service." + s.name()));

        nik.setLabel(getTranslation("case.nik"));
        nik.setId("form-nik");
        nik.setMaxLength(16);
        nik.setAllowedCharPattern("[0-9]");
        nik.setHelperText(getTranslation("form.nik.help"));
        nik.setValueChangeMode(ValueChangeMode.EAGER);
        nikInfo.setId("form-nik-info");
        nikInfo.addClassNames(LumoUtility.FontSize.SMALL);

        applicantName.setLabel(getTranslation("case.applicantName"));
        applicantName.setId("form-name");
        applicantName.setMaxLength(120);
        phone.setLabel(getTranslation("case.phone"));
        phone.setId("form-phone");
        phone.setHelperText(getTranslation("form.phone.help"));
        // Touch devices open the digit keyboard for the NIK and the phone keypad for the number.
        Responsive.inputMode(nik, "numeric");
        Responsive.inputMode(phone, "tel");

        Map<String, String> districtNames =
                districts.stream().collect(Collectors.toMap(DistrictInfo::code, DistrictInfo::name));
        Map<String, VillageInfo> byCode =
                villages.stream().collect(Collectors.toMap(VillageInfo::code, Function.identity()));
        villageCode.setLabel(getTranslation("case.village"));
        villageCode.setId("form-village");
        villageCode.setItems(villages.stream().map(VillageInfo::code).toList());
        villageCode.setItemLabelGenerator(code -> {
            VillageInfo v = byCode.get(code);
            return v == null ? code : v.name() + " (" + districtNames.get(v.districtCode()) + ")";
        });

        notes.setLabel(getTranslation("case.notes"));
        notes.setId("form-notes");
        notes.setMaxLength(2000);

        binder.forField(nik)
                .withValidator((value, ctx) ->
                        nikProblem(value).map(ValidationResult::error).orElse(ValidationResult.ok()))
                .bind("nik");
        binder.bindInstanceFields(this);
        nik.addValueChangeListener(e -> describeNik());
        serviceType.addValueChangeListener(e -> describeNik());

        save.setText(getTranslation("action.save"));
        save.setId("form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> validData().ifPresent(d -> fireEvent(new SaveEvent(this, d))));

        add(serviceType, nik, nikInfo, applicantName, phone, villageCode, notes, new HorizontalLayout(save));
        setColspan(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }

    /**
     * Laid out for a desk with a touch tablet (walk-in, outreach): one column until the form is 800 px wide, and
     * touch-sized fields and buttons on a touch or narrow screen (frontend/styles/responsive.css).
     */
    public void forTouchDesk() {
        addClassName("touch-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("800px", 2));
    }

    /** Shows {@code data} for editing; the bean itself is never written to. */
    public void setData(ApplicantData data) {
        binder.readBean(data);
        describeNik();
    }

    /** A validated copy of the form's values, or empty after marking the invalid fields. */
    public Optional<ApplicantData> validData() {
        ApplicantData copy = new ApplicantData();
        return binder.writeBeanIfValid(copy) ? Optional.of(copy) : Optional.empty();
    }

    /** Marks one field invalid with a translated message (used for errors found by the service). */
    public void showFieldError(String field, String messageKey) {
        TextField target = switch (field) {
            case "nik" -> nik;
            case "applicantName" -> applicantName;
            case "phone" -> phone;
            default -> null;
        };
        if (target != null) {
            target.setInvalid(true);
            target.setErrorMessage(getTranslation(messageKey));
        } else if ("villageCode".equals(field)) {
            villageCode.setInvalid(true);
            villageCode.setErrorMessage(getTranslation(messageKey));
        }
    }

    public void setSaveText(String text) {
        save.setText(text);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private Optional<String> nikProblem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty(); // @NotBlank reports the missing value
        }
        try {
            Nik.parse(value, today());
            return Optional.empty();
        } catch (InvalidIdentityNumberException e) {
            return Optional.of(getTranslation(e.messageKey()));
        }
    }

    private void describeNik() {
        String value = nik.getValue();
        if (value == null || value.length() != 16) {
            nikInfo.setText("");
            return;
        }
        try {
            Nik parsed = Nik.parse(value, today());
            StringBuilder text = new StringBuilder(NikTexts.of(this, parsed.describe(today())));
            if (serviceType.getValue() != null) {
                AgeRules.warnings(serviceType.getValue(), parsed, today())
                        .forEach(w -> text.append(" ⚠ ").append(getTranslation(w)));
            }
            nikInfo.setText(text.toString());
        } catch (InvalidIdentityNumberException e) {
            nikInfo.setText(getTranslation(e.messageKey()));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Wita.ZONE));
    }

    /** The user asked to save valid data. */
    public static class SaveEvent extends ComponentEvent<CaseForm> {

        private final transient ApplicantData data;

        SaveEvent(CaseForm source, ApplicantData data) {
            super(source, false);
            this.data = data;
        }

        public ApplicantData data() {
            return data;
        }
    }
}
