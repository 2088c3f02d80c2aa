package id.ppu.dukcapil.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sign-in counters of {@code app_user}, each change one atomic statement: concurrent attempts
 * never read-modify-write the (versioned) account, so none fails on a stale version, and the row
 * lock orders them. Runs outside transactions (each statement commits at once), so a password
 * check never holds a database connection.
 */
@Component
class SignInAttempts {

    /** An attempt counted before its password is checked, with what the check needs. */
    record Reservation(long id, String passwordHash, long securityStamp, boolean lockedByThisAttempt) {}

    /** Why an account takes no attempt: it does not exist, is disabled, or is locked. */
    enum Refusal {
        UNKNOWN,
        DISABLED,
        LOCKED
    }

    private final JdbcClient jdbc;

    SignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one attempt on an enabled, unlocked account before its password is checked; the
     * attempt that reaches {@link AppUser#MAX_FAILED_ATTEMPTS} locks the account at once, so that
     * however many guesses arrive together, at most that many passwords are ever checked. A
     * successful check then clears the count ({@link #succeeded}). An expired lock starts the
     * count afresh.
     */
    Optional<Reservation> reserve(String username, Instant now) {
        return jdbc.sql("""
                update app_user set
                    failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
                    locked_until = case when failed_attempts + 1 >= :max then cast(:lockUntil as timestamptz) else null end
                where username = :username and enabled and (locked_until is null or locked_until <= :now)
                returning id, password_hash, security_stamp, locked_until is not null as locked""")
                .param("max", AppUser.MAX_FAILED_ATTEMPTS)
                .param("lockUntil", Timestamp.from(now.plus(AppUser.LOCK_DURATION)))
                .param("username", username)
                .param("now", Timestamp.from(now))
                .query((rs, i) -> new Reservation(
                        rs.getLong("id"),
                        rs.getString("password_hash"),
                        rs.getLong("security_stamp"),
                        rs.getBoolean("locked")))
                .optional();
    }

    /**
     * Why {@link #reserve} took no attempt for {@code username}. An account that is neither
     * disabled nor locked any more (its lock ran out in between) counts as locked this once.
     */
    Refusal refusal(String username) {
        return jdbc.sql("select enabled from app_user where username = :username")
                .param("username", username)
                .query(Boolean.class)
                .optional()
                .map(enabled -> enabled ? Refusal.LOCKED : Refusal.DISABLED)
                .orElse(Refusal.UNKNOWN);
    }

    /** A correct password: the count starts again and a lock set by this very attempt is lifted. */
    void succeeded(long id) {
        clear(id);
    }

    /** Clears the count and any lock (after a password reset or an administrator's unlock). */
    void clear(long id) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = :id")
                .param("id", id)
                .update();
    }

    Set<Role> roles(long id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from app_user_role where user_id = :id")
                .param("id", id)
                .query(String.class)
                .list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    /** The security stamp of an enabled account, empty if it is disabled or gone. */
    Optional<Long> liveStamp(long id) {
        return jdbc.sql("select security_stamp from app_user where id = :id and enabled")
                .param("id", id)
                .query(Long.class)
                .optional();
    }
}
