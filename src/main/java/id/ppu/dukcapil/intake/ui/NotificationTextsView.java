package id.ppu.dukcapil.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.ppu.dukcapil.base.MessageKey;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.base.ui.Notifications;
import id.ppu.dukcapil.intake.NotificationKind;
import id.ppu.dukcapil.intake.NotificationText;
import id.ppu.dukcapil.intake.NotificationTextException;
import id.ppu.dukcapil.intake.NotificationTexts;
import id.ppu.dukcapil.intake.OutboundContent;
import id.ppu.dukcapil.intake.Placeholder;
import id.ppu.dukcapil.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The administrator's screen of the status notifications' texts: one editor per kind with the
 * placeholders it offers, a live preview for a sample case, save, and a reset to the default text
 * after confirmation.
 */
@Route("admin/teks-notifikasi")
@Menu(order = 93.7, icon = "vaadin:comment-ellipsis-o", title = "nav.notificationTexts")
@RolesAllowed(Role.ADMINISTRATOR)
public class NotificationTextsView extends VerticalLayout implements HasDynamicTitle {

    private static final String CONFLICT = "notificationText.error.conflict";

    private final transient NotificationTexts texts;

    public NotificationTextsView(NotificationTexts texts) {
        this.texts = texts;
        add(new H2(getTranslation("notificationText.title")), new Paragraph(getTranslation("notificationText.help")));
        for (NotificationText t : texts.all()) {
            add(new Editor(t));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notificationText.title");
    }

    /** The editor of one kind's text. */
    private final class Editor extends VerticalLayout {

        private final NotificationKind kind;
        private final TextArea text = new TextArea();
        private final Div preview = new Div();
        private final Span state = new Span();
        private final Button reset = new Button(getTranslation("notificationText.reset"));
        private NotificationText current;

        Editor(NotificationText t) {
            this.kind = t.kind();
            String id = t.kind().name();
            setId("notification-editor-" + id);
            setPadding(false);
            addClassNames(
                    LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Padding.Bottom.LARGE);

            H3 title = new H3(getTranslation(kind.messageKey()));
            Paragraph when = new Paragraph(getTranslation("notificationText.when." + id));
            when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
            state.setId("notification-state-" + id);
            state.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);

            text.setId("notification-text-" + id);
            text.setLabel(getTranslation("notificationText.text"));
            text.setMaxLength(OutboundContent.MAX_TEXT);
            text.setWidthFull();
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.addValueChangeListener(e -> refreshPreview());

            UnorderedList placeholders = new UnorderedList();
            placeholders.setId("notification-placeholders-" + id);
            placeholders.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.SMALL);
            for (Placeholder p : kind.available()) {
                String line = p.token() + " – " + getTranslation(p.messageKey())
                        + (kind.required().contains(p) ? " (" + getTranslation("notificationText.required") + ")" : "");
                placeholders.add(new ListItem(line));
            }
            Span placeholdersLabel = new Span(getTranslation("notificationText.placeholders"));
            placeholdersLabel.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD);

            Span previewLabel = new Span(getTranslation("notificationText.preview"));
            previewLabel.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD);
            preview.setId("notification-preview-" + id);
            preview.setWidthFull();
            preview.addClassNames(
                    LumoUtility.Whitespace.PRE_WRAP,
                    LumoUtility.Background.CONTRAST_5,
                    LumoUtility.BorderRadius.MEDIUM,
                    LumoUtility.Padding.MEDIUM);

            Button save = new Button(getTranslation("notificationText.save"), e -> save());
            save.setId("notification-save-" + id);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reset.setId("notification-reset-" + id);
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reset.addClickListener(e -> confirmReset());

            add(
                    title,
                    when,
                    state,
                    text,
                    placeholdersLabel,
                    placeholders,
                    previewLabel,
                    preview,
                    new HorizontalLayout(save, reset));
            show(t);
        }

        private void show(NotificationText t) {
            current = t;
            text.setValue(t.body());
            text.setInvalid(false);
            reset.setEnabled(!t.isDefault());
            state.setText(
                    t.isDefault()
                            ? getTranslation("notificationText.isDefault")
                            : getTranslation("notificationText.isChanged") + " · "
                                    + getTranslation(
                                            "notificationText.updated",
                                            t.updatedBy(),
                                            Formats.dateTime(t.updatedAt())));
            refreshPreview();
        }

        private void refreshPreview() {
            try {
                preview.setText(texts.preview(kind, text.getValue()));
                text.setInvalid(false);
            } catch (NotificationTextException e) {
                preview.setText("");
                text.setErrorMessage(message(e));
                text.setInvalid(true);
            }
        }

        private void save() {
            try {
                NotificationText saved = texts.change(kind, current.version(), text.getValue());
                boolean changed = saved.version() != current.version();
                show(saved);
                Notifications.success(
                        changed ? "notificationText.saved" : "notificationText.unchanged",
                        getTranslation(kind.messageKey()));
            } catch (NotificationTextException e) {
                if (CONFLICT.equals(e.messageKey())) {
                    Notifications.showIfKnown(e);
                } else {
                    text.setErrorMessage(message(e));
                    text.setInvalid(true);
                }
            }
        }

        private void confirmReset() {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("notification-reset-confirm");
            dialog.setHeader(getTranslation("notificationText.reset.header"));
            dialog.setText(getTranslation("notificationText.reset.text", getTranslation(kind.messageKey())));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setConfirmText(getTranslation("notificationText.reset.ok"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(e -> {
                try {
                    show(texts.resetToDefault(kind, current.version()));
                    Notifications.success("notificationText.resetDone", getTranslation(kind.messageKey()));
                } catch (NotificationTextException ex) {
                    Notifications.showIfKnown(ex);
                }
            });
            dialog.open();
        }

        private String message(NotificationTextException e) {
            Object[] args = e.args();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof MessageKey k) {
                    args[i] = getTranslation(k.messageKey());
                }
            }
            return getTranslation(e.messageKey(), args);
        }
    }
}
