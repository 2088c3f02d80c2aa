package id.ppu.dukcapil.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import id.ppu.dukcapil.base.ui.DatePickers;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.outreach.OutreachException;
import id.ppu.dukcapil.outreach.PlanRequest;
import id.ppu.dukcapil.outreach.VisitService;
import id.ppu.dukcapil.region.DistrictInfo;
import id.ppu.dukcapil.region.RegionService;
import id.ppu.dukcapil.region.VillageInfo;
import java.time.LocalDate;
import java.util.List;

/** Plans one visit by hand: a day, a district and some of its villages. */
class PlanVisitDialog extends Dialog {

    PlanVisitDialog(VisitService visits, RegionService regions, LocalDate today, Runnable onChange) {
        setId("plan-visit-dialog");
        setHeaderTitle(getTranslation("outreach.visits.new"));
        DatePicker date = DatePickers.create(getTranslation("outreach.visit.date"));
        date.setId("new-date");
        date.setMin(today);
        ComboBox<DistrictInfo> district = new ComboBox<>(getTranslation("outreach.district"));
        district.setId("new-district");
        district.setItems(regions.districts());
        district.setItemLabelGenerator(DistrictInfo::name);
        MultiSelectComboBox<VillageInfo> villages =
                new MultiSelectComboBox<>(getTranslation("outreach.visit.villages"));
        villages.setId("new-villages");
        villages.setItemLabelGenerator(VillageInfo::name);
        villages.setWidthFull();
        villages.setEnabled(false);
        district.addValueChangeListener(e -> {
            villages.clear();
            villages.setEnabled(e.getValue() != null);
            villages.setItems(
                    e.getValue() == null
                            ? List.of()
                            : regions.villagesOf(e.getValue().code()));
        });
        IntegerField capacity = new IntegerField(getTranslation("outreach.plan.capacity"));
        capacity.setId("new-capacity");
        capacity.setMin(1);
        capacity.setMax(1000);
        capacity.setStepButtonsVisible(true);
        capacity.setValue(PlanRequest.DEFAULT_CAPACITY);
        TextArea note = new TextArea(getTranslation("outreach.visit.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        add(new VerticalLayout(date, district, villages, capacity, note));

        Button save = new Button(getTranslation("outreach.visits.plan"), e -> {
            boolean ok = Notifications.guard(() -> {
                if (date.getValue() == null) {
                    throw new OutreachException("outreach.error.dateRequired");
                }
                if (district.getValue() == null) {
                    throw new OutreachException("outreach.error.unknownDistrict");
                }
                visits.planVisit(
                        date.getValue(),
                        district.getValue().code(),
                        villages.getValue().stream()
                                .map(VillageInfo::code)
                                .sorted()
                                .toList(),
                        capacity.getValue() == null ? 0 : capacity.getValue(),
                        note.getValue());
                Notifications.success("outreach.visits.planned", Formats.date(date.getValue()));
            });
            if (ok) {
                close();
                onChange.run();
            }
        });
        save.setId("new-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
