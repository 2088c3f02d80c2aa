package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.ppu.dukcapil.security.ApiPrincipal;
import id.ppu.dukcapil.security.ApiScope;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.TestSignIn;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import itself (what the API and the background job run) is guarded like the screen: clerks,
 * administrators and keys with the import scope (see {@code MethodSecurityIT} for the public methods).
 */
@SpringBootTest
class ImportAccessIT {

    /** No header: refused as a file before anything is stored, once the caller is let through. */
    private static final CsvSource EMPTY = CsvSource.of(new byte[0]);

    @Autowired
    CsvImportService imports;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"KEPALA", "PERENCANA"})
    void staff_without_the_right_may_not_import(Role role) {
        TestSignIn.signIn("uji", role);
        assertThat(catchThrowable(this::importEmpty)).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = ApiScope.class,
            names = {"SUBMIT", "READ"})
    void keys_without_the_import_scope_may_not_import(ApiScope scope) {
        TestSignIn.key(new ApiPrincipal(1, "uji", Set.of(scope), scope == ApiScope.SUBMIT ? "WEB" : null));
        assertThat(catchThrowable(this::importEmpty)).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"PETUGAS", "ADMIN"})
    void clerks_and_administrators_import(Role role) {
        TestSignIn.signIn("uji", role);
        assertThat(catchThrowable(this::importEmpty)).isInstanceOf(ImportRejectedException.class);
    }

    @Test
    void a_key_with_the_import_scope_imports() {
        TestSignIn.key(new ApiPrincipal(1, "uji", Set.of(ApiScope.IMPORT), null));
        assertThat(catchThrowable(this::importEmpty)).isInstanceOf(ImportRejectedException.class);
    }

    private void importEmpty() {
        imports.importCsv(EMPTY, "kosong.csv", null, "uji", n -> {});
    }
}
