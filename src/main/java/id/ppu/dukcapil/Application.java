package id.ppu.dukcapil;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Entry point of the Disdukcapil PPU service dashboard. */
@SpringBootApplication
@Theme(themeClass = Lumo.class)
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
