package id.ppu.dukcapil;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Entry point of the Disdukcapil PPU service dashboard. Lumo is Vaadin 24's default theme; an
 * explicit {@code @Theme(themeClass = Lumo.class)} made production pages link a non-existent
 * {@code VAADIN/themes//styles.css}. Without a theme folder there is no {@code theme.json} whose
 * {@code lumoImports} could list "utility", so the app shell loads the global Lumo utility classes
 * (the module that entry would import) for every page, the login included: views style themselves
 * with {@code LumoUtility} class names.
 */
@SpringBootApplication
@JsModule("@vaadin/vaadin-lumo-styles/utility-global.js")
@PWA(name = "Dasbor Layanan Disdukcapil PPU", shortName = "Dukcapil PPU")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The one source of "now", so tests and demo data can pin time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
