package id.ppu.dukcapil.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lockout over real HTTP under concurrency: 40 wrong guesses released together lock the
 * account, at most 5 passwords are checked, every answer is the login page's error and nothing
 * fails or is logged as an error; the right password is then refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CountingPasswordEncoder.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutHttpIT {

    private static final int GUESSES = 40;
    private static final String PASSWORD = "kunci-benar-42";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CountingPasswordEncoder passwords;

    @BeforeEach
    void createAccount() {
        jdbc.sql("delete from app_user where username = 'kunci.http'").update();
        users.createIfMissing("kunci.http", "Kunci Http", PASSWORD, Set.of(Role.PETUGAS));
    }

    @AfterEach
    void removeAccount() {
        jdbc.sql("delete from app_user where username = 'kunci.http'").update();
    }

    @Test
    void forty_simultaneous_wrong_guesses_lock_the_account_after_at_most_five_password_checks(CapturedOutput output)
            throws Exception {
        passwords.reset();
        CountDownLatch ready = new CountDownLatch(GUESSES);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(GUESSES);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < GUESSES; i++) {
                String guess = "salah-tebak-" + i;
                answers.add(pool.submit(() -> {
                    BrowserSession browser = new BrowserSession(port);
                    ready.countDown();
                    go.await();
                    return browser.signIn("kunci.http", guess);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> r = answer.get(60, TimeUnit.SECONDS);
                assertThat(BrowserSession.isLoginErrorRedirect(r))
                        .as("answer %s %s", r.statusCode(), r.headers().map())
                        .isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(passwords.checks()).isBetween(1, 5);
        assertThat(jdbc.sql(
                                "select locked_until > now() + interval '14 minutes' from app_user where username = 'kunci.http'")
                        .query(Boolean.class)
                        .single())
                .isTrue();

        BrowserSession rightful = new BrowserSession(port);
        assertThat(BrowserSession.isLoginErrorRedirect(rightful.signIn("kunci.http", PASSWORD)))
                .isTrue();
        assertThat(rightful.seesTheApp()).isFalse();
        assertThat(passwords.checks())
                .as("a locked account costs no password check")
                .isLessThanOrEqualTo(5);

        assertThat(output.getAll())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain(" ERROR ");
    }
}
