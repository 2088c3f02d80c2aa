package id.ppu.dukcapil.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.ppu.dukcapil.base.Wita;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Notifications, WITA times and date pickers of the administration views. They cannot use the shared
 * {@code ui} package: that package already depends on {@code security} (the layout shows the
 * user), and the feature slices must stay free of cycles.
 */
final class AdminMessages {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Wita.ZONE);

    private AdminMessages() {
    }

    static void success(String key, Object... args) {
        show(key, NotificationVariant.LUMO_SUCCESS, args);
    }

    static void error(String key, Object... args) {
        show(key, NotificationVariant.LUMO_ERROR, args);
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A date picker reading and writing dd/MM/yyyy, like {@code ui.DatePickers}. */
    static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setMonthNames(List.of(picker.getTranslation("date.months").split(",")));
        i18n.setWeekdays(List.of(picker.getTranslation("date.weekdays").split(",")));
        i18n.setWeekdaysShort(List.of(picker.getTranslation("date.weekdaysShort").split(",")));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("date.today"));
        i18n.setCancel(picker.getTranslation("action.cancel"));
        picker.setI18n(i18n);
        picker.setClearButtonVisible(true);
        return picker;
    }

    private static void show(String key, NotificationVariant variant, Object... args) {
        UI ui = UI.getCurrent();
        Notification n = new Notification(ui.getTranslation(key, args), 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
        n.setId("notification");
        n.open();
    }
}
