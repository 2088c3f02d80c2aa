package id.ppu.dukcapil.security;

import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.support.SignedIn;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
@SignedIn(user = "admin", roles = Role.ADMIN)
class ApiKeyServiceIT {

    @Autowired
    ApiKeyService keys;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from api_key where name like 'keytest-%'").update();
    }

    @Test
    void a_new_key_is_stored_only_as_its_hash_and_authenticates_with_its_scopes_and_channel() {
        CreatedApiKey created = keys.create("keytest-portal", Set.of(ApiScope.SUBMIT, ApiScope.READ), "WEB");

        assertThat(created.key()).startsWith("ppu_").hasSize(44);
        assertThat(jdbc.sql("select count(*) from api_key where key_hash = :k or key_prefix = :k or name = :k")
                        .param("k", created.key())
                        .query(Long.class)
                        .single())
                .isZero();
        ApiPrincipal principal = keys.authenticate(created.key()).orElseThrow();
        assertThat(principal.scopes()).containsExactlyInAnyOrder(ApiScope.SUBMIT, ApiScope.READ);
        assertThat(principal.channel()).isEqualTo("WEB");
        assertThat(principal.actor()).isEqualTo("api:keytest-portal");
        assertThat(keys.authenticate(created.key() + "x")).isEmpty();
        assertThat(keys.page(PageRequest.of(0, 50)))
                .filteredOn(r -> r.name().equals("keytest-portal"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.keyPrefix()).isEqualTo(created.key().substring(0, 8));
                    assertThat(r.lastUsedAt()).isNotNull();
                });
    }

    @Test
    void a_revoked_key_no_longer_authenticates() {
        CreatedApiKey created = keys.create("keytest-script", Set.of(ApiScope.IMPORT), null);

        keys.revoke(created.id());
        keys.revoke(created.id());

        assertThat(keys.authenticate(created.key())).isEmpty();
        assertThat(keys.page(PageRequest.of(0, 50)))
                .filteredOn(r -> r.name().equals("keytest-script"))
                .singleElement()
                .satisfies(r -> assertThat(r.revokedBy()).isEqualTo("admin"));
    }

    @Test
    void a_submit_key_needs_a_channel_and_a_key_needs_a_scope_and_a_free_name() {
        keys.create("keytest-taken", Set.of(ApiScope.READ), null);

        assertThatThrownBy(() -> keys.create("keytest-web", Set.of(ApiScope.SUBMIT), null))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.field()).isEqualTo("channel"));
        assertThatThrownBy(() -> keys.create("keytest-none", Set.of(), null))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.field()).isEqualTo("scopes"));
        assertThatThrownBy(() -> keys.create("KEYTEST-TAKEN", Set.of(ApiScope.READ), null))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("apikey.error.nameTaken"));
        assertThat(jdbc.sql("select count(*) from api_key where name like 'keytest-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void only_administrators_manage_keys() {
        signIn("petugas", Role.PETUGAS);

        assertThatThrownBy(() -> keys.create("keytest-x", Set.of(ApiScope.READ), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.page(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_channels_a_key_may_belong_to_are_the_case_channels() {
        assertThat(keys.channels())
                .isEqualTo(Arrays.stream(Channel.values()).map(Enum::name).toList());
        for (Channel c : Channel.values()) {
            assertThat(keys.create("keytest-" + c.name(), Set.of(ApiScope.SUBMIT), c.name())
                            .key())
                    .startsWith("ppu_");
        }
        assertThatThrownBy(() -> keys.create("keytest-fax", Set.of(ApiScope.SUBMIT), "FAX"))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("apikey.error.channel"));
    }
}
