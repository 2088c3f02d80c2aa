package id.ppu.dukcapil.security;

import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Over real HTTP: disabling an account, changing its roles or resetting its password ends its
 * open sessions within 10 seconds, whether the administrator did it in the app or somebody did it
 * in the database; other accounts' sessions go on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CountingPasswordEncoder.Config.class)
@Tag("slow")
class SessionEndsHttpIT {

    private static final Duration BOUND = Duration.ofSeconds(10);
    /** A fresh checkout builds Vaadin's development bundle first (npm install and Vite): minutes on a busy machine. */
    private static final Duration FRONTEND_READY = Duration.ofMinutes(5);

    private static final String PASSWORD = "sesi-rahasia-77";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    BrowserSession clerk;
    BrowserSession bystander;

    @BeforeEach
    void signInTwoClerks() throws Exception {
        users.createIfMissing("sesi.petugas", "Petugas Sesi", PASSWORD, Set.of(Role.PETUGAS));
        users.createIfMissing("sesi.lain", "Petugas Lain", PASSWORD, Set.of(Role.PETUGAS));
        clerk = signedIn("sesi.petugas");
        bystander = signedIn("sesi.lain");
    }

    @AfterEach
    void removeAccounts() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from app_user where username in ('sesi.petugas', 'sesi.lain')")
                .update();
    }

    @Test
    void disabling_an_account_in_the_admin_screen_ends_its_session_within_ten_seconds() throws Exception {
        signIn("admin", Role.ADMIN);
        users.setEnabled(id("sesi.petugas"), false);

        assertThat(clerk.awaitLoginPage(BOUND)).isLessThanOrEqualTo(BOUND);
        assertThat(bystander.seesTheApp()).isTrue();
    }

    @Test
    void disabling_an_account_directly_in_the_database_ends_its_session_within_ten_seconds() throws Exception {
        jdbc.sql("update app_user set enabled = false where username = 'sesi.petugas'")
                .update();

        assertThat(clerk.awaitLoginPage(BOUND)).isLessThanOrEqualTo(BOUND);
        assertThat(bystander.seesTheApp()).isTrue();
    }

    @Test
    void changing_roles_in_the_admin_screen_or_in_the_database_ends_the_session() throws Exception {
        signIn("admin", Role.ADMIN);
        users.assignRoles(id("sesi.petugas"), Set.of(Role.KEPALA));
        assertThat(clerk.awaitLoginPage(BOUND)).isLessThanOrEqualTo(BOUND);

        BrowserSession again = signedIn("sesi.lain");
        jdbc.sql("insert into app_user_role (user_id, role) values (:id, 'KEPALA')")
                .param("id", id("sesi.lain"))
                .update();
        assertThat(again.awaitLoginPage(BOUND)).isLessThanOrEqualTo(BOUND);
        assertThat(bystander.awaitLoginPage(BOUND))
                .as("the same account's other session")
                .isLessThanOrEqualTo(BOUND);
    }

    @Test
    void resetting_the_password_in_the_admin_screen_or_in_the_database_ends_the_session() throws Exception {
        signIn("admin", Role.ADMIN);
        users.resetPassword(id("sesi.petugas"), "kata-sandi-baru-1");
        assertThat(clerk.awaitLoginPage(BOUND)).isLessThanOrEqualTo(BOUND);
        assertThat(BrowserSession.isLoginErrorRedirect(new BrowserSession(port).signIn("sesi.petugas", PASSWORD)))
                .isTrue();

        String otherHash = jdbc.sql("select password_hash from app_user where username = 'sesi.petugas'")
                .query(String.class)
                .single();
        jdbc.sql("update app_user set password_hash = :h where username = 'sesi.lain'")
                .param("h", otherHash)
                .update();
        assertThat(bystander.awaitLoginPage(BOUND)).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void a_vaadin_round_trip_of_an_ended_session_answers_session_expired_so_the_client_reloads_into_the_login_page()
            throws Exception {
        BrowserSession.VaadinUi ui = clerk.openUi(FRONTEND_READY);
        // Two: the second shows the client's counters are followed, as the polls below rely on.
        for (int i = 0; i < 2; i++) {
            BrowserSession.UidlAnswer answer = ui.roundTrip();
            assertThat(answer.accepted())
                    .as("round trip %s of an unchanged account: %s", i, answer)
                    .isTrue();
        }

        jdbc.sql("update app_user set enabled = false where username = 'sesi.petugas'")
                .update();

        long end = System.nanoTime() + BOUND.toNanos();
        BrowserSession.UidlAnswer answer = ui.roundTrip();
        while (!answer.sessionExpired()) {
            assertThat(answer.accepted())
                    .as("until the session ends its round trips go on: %s", answer)
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("session expired within %s s", BOUND.toSeconds())
                    .isLessThan(end);
            // A short pause between round trips: the deadline, not this pause, bounds the wait.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            answer = ui.roundTrip();
        }
        assertThat(BrowserSession.isLoginRedirect(clerk.get("/")))
                .as("the reload lands on the login page")
                .isTrue();
    }

    @Test
    void a_deleted_account_loses_its_session_too() throws Exception {
        jdbc.sql("delete from app_user where username = 'sesi.petugas'").update();

        assertThat(clerk.awaitLoginPage(BOUND)).isLessThanOrEqualTo(BOUND);
        assertThat(bystander.seesTheApp()).isTrue();
    }

    private BrowserSession signedIn(String username) throws Exception {
        BrowserSession browser = new BrowserSession(port);
        HttpResponse<String> login = browser.signIn(username, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(BrowserSession.isLoginErrorRedirect(login)).as("signed in").isFalse();
        assertThat(browser.seesTheApp()).isTrue();
        return browser;
    }

    private long id(String username) {
        return jdbc.sql("select id from app_user where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }
}
