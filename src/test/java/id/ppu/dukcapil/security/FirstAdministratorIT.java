package id.ppu.dukcapil.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a deployment without demo data. Each test runs in a transaction
 * that is rolled back, so emptying the account table does not touch other tests' accounts.
 */
@SpringBootTest
@Transactional
class FirstAdministratorIT {

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void on_a_database_without_accounts_the_configured_administrator_is_created() {
        removeEveryAccount();

        boolean created = new FirstAdministratorRunner(users, "Kepala.TI", "kata-sandi-awal").createIfNoAccounts();

        assertThat(created).isTrue();
        assertThat(jdbc.sql(
                                "select role from app_user_role r join app_user u on u.id = r.user_id where u.username = 'kepala.ti'")
                        .query(String.class)
                        .list())
                .containsExactly("ADMIN");
        String hash = jdbc.sql("select password_hash from app_user where username = 'kepala.ti'")
                .query(String.class)
                .single();
        assertThat(encoder.matches("kata-sandi-awal", hash)).isTrue();
    }

    @Test
    void once_any_account_exists_nothing_is_created() {
        removeEveryAccount();
        users.createIfMissing("petugas.satu", "Petugas Satu", "rahasia-petugas", java.util.Set.of(Role.PETUGAS));

        assertThat(new FirstAdministratorRunner(users, "admin", "kata-sandi-awal").createIfNoAccounts())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void without_a_password_nothing_is_created_and_a_short_one_stops_the_start() {
        removeEveryAccount();

        assertThat(new FirstAdministratorRunner(users, "admin", "").createIfNoAccounts())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isZero();
        assertThatThrownBy(() -> new FirstAdministratorRunner(users, "admin", "pendek").createIfNoAccounts())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 8 characters");
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isZero();
    }

    private void removeEveryAccount() {
        jdbc.sql("delete from app_user_role").update();
        jdbc.sql("delete from app_user").update();
    }
}
