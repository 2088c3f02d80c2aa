package id.ppu.dukcapil.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;

/** Date pickers that read and write dd/MM/yyyy with month and day names in the UI language. */
public final class DatePickers {

    private DatePickers() {}

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setMonthNames(List.of(picker.getTranslation("date.months").split(",")));
        i18n.setWeekdays(List.of(picker.getTranslation("date.weekdays").split(",")));
        i18n.setWeekdaysShort(
                List.of(picker.getTranslation("date.weekdaysShort").split(",")));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("date.today"));
        i18n.setCancel(picker.getTranslation("action.cancel"));
        picker.setI18n(i18n);
        picker.setClearButtonVisible(true);
        return picker;
    }
}
