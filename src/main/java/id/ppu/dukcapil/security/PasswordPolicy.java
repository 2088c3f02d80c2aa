package id.ppu.dukcapil.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a staff password must be: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes in UTF-8 (bcrypt ignores every byte after the 72nd, and Spring's
 * encoder refuses such a password outright), not one of the most common passwords (the list
 * shipped in {@code security/common-passwords.txt}) and not containing the username. Common
 * passwords and the username are compared case-insensitively.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_BYTES = 72;
    private static final String COMMON_LIST = "/security/common-passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /**
     * Checks the length rules only: what bcrypt can store at all.
     *
     * @throws AccountException on field {@code password}
     */
    static void checkLength(String password) {
        if (password == null || password.isBlank() || password.length() < MIN_LENGTH) {
            throw new AccountException("password", "user.error.password", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountException("password", "user.error.passwordTooLong", MAX_BYTES);
        }
    }

    /**
     * Checks every rule for the account {@code username}.
     *
     * @throws AccountException on field {@code password}
     */
    static void check(String password, String username) {
        checkLength(password);
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw new AccountException("password", "user.error.passwordCommon");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new AccountException("password", "user.error.passwordUsername");
        }
    }

    /** How many common passwords the shipped list holds. */
    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST);
        if (in == null) {
            throw new IllegalStateException(
                    "The list of common passwords " + COMMON_LIST + " is missing from the build");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
