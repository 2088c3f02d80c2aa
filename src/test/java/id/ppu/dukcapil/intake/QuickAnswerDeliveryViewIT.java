package id.ppu.dukcapil.intake;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.ppu.dukcapil.intake.WhatsAppDeliveries.bytes;
import static id.ppu.dukcapil.intake.WhatsAppDeliveries.delivery;
import static id.ppu.dukcapil.intake.WhatsAppDeliveries.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.intake.ui.TriageView;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The "done when", short of a browser: a resident's question arrives through the signed
 * webhook, a clerk answers it from the triage queue with a quick answer, the local stand-in of the
 * Cloud API receives exactly that text over real HTTP, and once Meta's signed "delivered" status
 * arrives the thread shows the reply as delivered. Sender 6281702000001, message ids wamid.QADELIVERY.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuickAnswerDeliveryViewIT extends AbstractViewIT {

    private static final String SENDER = "6281702000001";

    @LocalServerPort
    int port;

    @Value("${app.whatsapp.app-secret}")
    String appSecret;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxStore store;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlatformTransactionManager transactionManager;

    private CloudApiStandIn meta;
    private WebhookHttp webhook;
    private final TestClock clock =
            new TestClock(Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MICROS));

    @BeforeEach
    void start() throws Exception {
        jdbc.sql("delete from outbound_message").update();
        meta = CloudApiStandIn.start();
        webhook = new WebhookHttp(port, appSecret);
    }

    @AfterEach
    void stop() {
        meta.close();
        jdbc.sql("delete from outbound_message").update();
        WhatsAppWebhookIT.deleteMine(jdbc, "wamid.QADELIVERY", "6281702");
    }

    private List<String> threadStatuses() {
        return _get(Div.class, s -> s.withId("triage-messages"))
                .getChildren()
                .flatMap(bubble -> bubble.getChildren())
                .flatMap(line -> line.getChildren())
                .filter(c -> c instanceof Span && c.getClassNames().contains("triage-reply-status"))
                .map(c -> ((Span) c).getText() + " "
                        + c.getElement().getThemeList().stream().sorted().toList())
                .toList();
    }

    @Test
    void a_clerk_answers_with_a_quick_answer_and_sees_it_delivered() throws Exception {
        assertThat(webhook.post(bytes(delivery(
                                SENDER,
                                "Rina",
                                text(
                                        "wamid.QADELIVERY1",
                                        SENDER,
                                        "Syaratnya apa saja untuk akta kelahiran anak saya?"))))
                        .statusCode())
                .isEqualTo(200);
        String requirements = jdbc.sql(
                        "select body from quick_answer where service_type = 'BIRTH_CERT' and requirements and active")
                .query(String.class)
                .single();

        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(TriageView.class);
        @SuppressWarnings("unchecked")
        Grid<TriageRow> grid = _get(Grid.class, s -> s.withId("triage-grid"));
        grid.asSingleSelect()
                .setValue(GridKt._findAll(grid).stream()
                        .filter(r -> SENDER.equals(r.phone()))
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<ServiceType> service = _get(Select.class, s -> s.withId("triage-quick-service"));
        HasValueUtilsKt._setValue(service, ServiceType.BIRTH_CERT);
        @SuppressWarnings("unchecked")
        ComboBox<QuickAnswer> picker = _get(ComboBox.class, s -> s.withId("triage-quick-answer"));
        ComboBoxKt.selectByLabel(picker, "Syarat Akta Kelahiran");
        TextArea reply = _get(TextArea.class, s -> s.withId("triage-reply-text"));
        assertThat(reply.getValue()).isEqualTo(requirements);
        // The clerk may edit the text before it goes out.
        String sent = "Selamat siang Ibu Rina.\n\n" + requirements;
        HasValueUtilsKt._setValue(reply, sent);
        ButtonKt._click(_get(Button.class, s -> s.withId("triage-reply-send")));
        NotificationsKt.expectNotifications("Balasan masuk antrean pengiriman.");
        assertThat(threadStatuses()).containsExactly("Menunggu [badge, contrast, small]");

        OutboxWorker worker =
                new OutboxWorker(store, OutboxSettings.on(meta.apiUrl()), json, clock, transactionManager);
        assertThat(worker.sendDue()).isEqualTo(1);

        assertThat(meta.requests()).singleElement().satisfies(r -> {
            assertThat(r.path())
                    .isEqualTo("/" + CloudApiStandIn.VERSION + "/" + CloudApiStandIn.PHONE_NUMBER_ID + "/messages");
            assertThat(r.body().path("to").asText()).isEqualTo(SENDER);
            assertThat(r.body().path("type").asText()).isEqualTo("text");
            assertThat(r.body().path("text").path("body").asText()).isEqualTo(sent);
        });
        ButtonKt._click(_get(Button.class, s -> s.withId("triage-reload")));
        assertThat(threadStatuses()).containsExactly("Terkirim [badge, small]");

        String wamid = jdbc.sql("select wa_message_id from outbound_message where recipient = :r")
                .param("r", SENDER)
                .query(String.class)
                .single();
        assertThat(webhook.post(bytes(DeliveryStatusReaderTest.notification("{\"id\":\"" + wamid
                                + "\",\"status\":\"delivered\",\"timestamp\":\""
                                + Instant.now().getEpochSecond()
                                + "\",\"recipient_id\":\"" + SENDER + "\"}")))
                        .statusCode())
                .isEqualTo(200);
        ButtonKt._click(_get(Button.class, s -> s.withId("triage-reload")));

        assertThat(threadStatuses()).containsExactly("Diterima [badge, small, success]");
    }
}
