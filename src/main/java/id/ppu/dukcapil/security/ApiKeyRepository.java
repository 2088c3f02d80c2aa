package id.ppu.dukcapil.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    Optional<ApiKey> findByKeyHash(String keyHash);

    boolean existsByNameIgnoreCase(String name);

    /** Stamps the last use at most once a minute, without a version bump (concurrent requests must not conflict). */
    @Modifying
    @Query(value = """
            update api_key set last_used_at = :now
            where id = :id and (last_used_at is null or last_used_at < cast(:now as timestamptz) - interval '1 minute')""", nativeQuery = true)
    int markUsed(long id, Instant now);
}
