package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Entity identity (base.AbstractEntity) with Hibernate's own objects: one row read in two
 * persistence contexts, once loaded and once as a lazy proxy, is one entity.
 */
@SpringBootTest
class EntityIdentityIT {

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    JdbcClient jdbc;

    long caseId;

    @BeforeEach
    void insertCase() {
        Timestamp now = Timestamp.from(Instant.now());
        caseId = jdbc.sql("""
                insert into service_case (case_number, channel, service_type, status, nik, applicant_name, submitted_at, updated_at)
                values ('IDENTTEST-1', 'WEB', 'KK', 'SUBMITTED', '6409024501907901', 'Siti Identtest', :at, :at) returning id""").param("at", now).query(Long.class).single();
    }

    @AfterEach
    void deleteCase() {
        jdbc.sql("delete from service_case where id = :id").param("id", caseId).update();
    }

    @Test
    void a_loaded_case_and_a_lazy_reference_to_its_row_are_equal_without_loading_the_reference() {
        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        try {
            ServiceCase loaded = first.find(ServiceCase.class, caseId);
            ServiceCase reference = second.getReference(ServiceCase.class, caseId);
            assertThat(reference.getClass()).isNotEqualTo(ServiceCase.class);

            assertThat(loaded.equals(reference)).isTrue();
            assertThat(Hibernate.isInitialized(reference)).isFalse();
            assertThat(reference.equals(loaded)).isTrue();
            assertThat(reference.hashCode()).isEqualTo(loaded.hashCode());
            assertThat(new HashSet<>(Set.of(loaded))).contains(reference);
        } finally {
            first.close();
            second.close();
        }
    }
}
