package id.ppu.dukcapil.app;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import id.ppu.dukcapil.cases.ui.CaseListView;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import org.junit.jupiter.api.Test;

class LanguageViewIT extends AbstractViewIT {

    @Test
    void the_ui_speaks_indonesian_by_default_and_switches_to_english_for_the_session() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Daftar Kasus");

        ButtonKt._click(_get(Button.class, s -> s.withId("language-switch")));
        // The page reloads: the new UI of the same session is built in English.
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_get(H2.class).getText()).isEqualTo("Cases");
        assertThat(_get(Button.class, s -> s.withId("language-switch")).getText())
                .isEqualTo("Bahasa Indonesia");
    }
}
