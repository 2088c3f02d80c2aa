package id.ppu.dukcapil.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The security stamp (V11) moves on exactly the changes that must end a session, however they are
 * made, and stays put for sign-in counters and the display name, so those never sign anyone out.
 */
@SpringBootTest
class SecurityStampIT {

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    long id;

    @BeforeEach
    void createAccount() {
        users.createIfMissing("stempel", "Stempel", "stempel-sandi-1", Set.of(Role.PETUGAS));
        id = jdbc.sql("select id from app_user where username = 'stempel'")
                .query(Long.class)
                .single();
    }

    @AfterEach
    void removeAccount() {
        jdbc.sql("delete from app_user where username = 'stempel'").update();
    }

    @Test
    void sign_in_counters_and_the_display_name_leave_the_stamp_alone() {
        long before = stamp();
        jdbc.sql(
                        "update app_user set failed_attempts = 3, locked_until = now() + interval '1 minute', display_name = 'Baru',"
                                + " version = version + 1 where id = :id")
                .param("id", id)
                .update();
        assertThat(stamp()).isEqualTo(before);
    }

    @Test
    void password_enabled_username_and_each_role_change_move_the_stamp() {
        long s0 = stamp();
        jdbc.sql("update app_user set password_hash = 'x' where id = :id")
                .param("id", id)
                .update();
        long s1 = stamp();
        jdbc.sql("update app_user set enabled = false where id = :id")
                .param("id", id)
                .update();
        long s2 = stamp();
        jdbc.sql("update app_user set username = 'stempel' || '2' where id = :id")
                .param("id", id)
                .update();
        long s3 = stamp();
        jdbc.sql("update app_user set username = 'stempel' where id = :id")
                .param("id", id)
                .update();
        jdbc.sql("insert into app_user_role (user_id, role) values (:id, 'KEPALA')")
                .param("id", id)
                .update();
        long s4 = stamp();
        jdbc.sql("update app_user_role set role = 'PERENCANA' where user_id = :id and role = 'KEPALA'")
                .param("id", id)
                .update();
        long s5 = stamp();
        jdbc.sql("delete from app_user_role where user_id = :id and role = 'PERENCANA'")
                .param("id", id)
                .update();
        long s6 = stamp();

        assertThat(new long[] {s0, s1, s2, s3, s4, s5, s6}).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void a_stamp_set_by_hand_only_moves_forward() {
        jdbc.sql("update app_user set enabled = false where id = :id")
                .param("id", id)
                .update();
        long before = stamp();
        jdbc.sql("update app_user set security_stamp = 0 where id = :id")
                .param("id", id)
                .update();
        assertThat(stamp()).isGreaterThan(before);
    }

    private long stamp() {
        return jdbc.sql("select security_stamp from app_user where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
