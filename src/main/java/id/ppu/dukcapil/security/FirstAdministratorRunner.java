package id.ppu.dukcapil.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A fresh deployment (no demo data) has no account at all. With {@code FIRST_ADMIN_PASSWORD}
 * set, the first start on such a database creates the administrator {@code FIRST_ADMIN_USERNAME}
 * (default {@code admin}), who then creates everyone else; without it the start says plainly that
 * nobody can sign in yet. Once any account exists this does nothing.
 */
@Component
class FirstAdministratorRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministratorRunner.class);

    private final UserService users;
    private final String username;
    private final String password;

    FirstAdministratorRunner(
            UserService users,
            @Value("${app.first-admin.username:admin}") String username,
            @Value("${app.first-admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfNoAccounts();
    }

    /** Returns whether the administrator was created. */
    boolean createIfNoAccounts() {
        if (password == null || password.isEmpty()) {
            if (!users.anyAccount()) {
                log.warn(
                        "No accounts exist, so nobody can sign in: set FIRST_ADMIN_PASSWORD (at least {} characters) and"
                                + " restart to create the administrator '{}', or start with the demo profile.",
                        UserService.MIN_PASSWORD,
                        username);
            }
            return false;
        }
        try {
            return users.createFirstAdministrator(username, password);
        } catch (AccountException e) {
            throw new IllegalStateException(reason(e), e);
        }
    }

    /** One sentence saying which setting is wrong and what it needs; never the password itself. */
    private static String reason(AccountException e) {
        return switch (e.messageKey()) {
            case "user.error.username" ->
                "FIRST_ADMIN_USERNAME is not a valid username: it needs 3-40 of a-z 0-9 . _ -.";
            case "user.error.passwordTooLong" ->
                "FIRST_ADMIN_PASSWORD is longer than " + PasswordPolicy.MAX_BYTES
                        + " bytes (UTF-8), more than bcrypt can store: choose a shorter one.";
            case "user.error.passwordCommon" ->
                "FIRST_ADMIN_PASSWORD is one of the most common passwords: choose another one.";
            case "user.error.passwordUsername" -> "FIRST_ADMIN_PASSWORD contains the username: choose another one.";
            default ->
                "FIRST_ADMIN_PASSWORD is too short: it needs at least " + PasswordPolicy.MIN_LENGTH + " characters.";
        };
    }
}
