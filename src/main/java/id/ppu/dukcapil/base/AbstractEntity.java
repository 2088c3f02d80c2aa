package id.ppu.dukcapil.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.proxy.HibernateProxy;

/**
 * An entity with a database-generated id (a {@code bigserial} column named {@code id}). Two
 * entities are equal when they are of the same class and have the same id; one without an id yet
 * (not persisted) equals only itself. The hash is the class's, so it does not change when the id
 * is assigned on persist: an entity put in a set before it is saved can still be found after.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The id, or null before the entity is first persisted. */
    public Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AbstractEntity other) || entityClass(this) != entityClass(other)) {
            return false;
        }
        // The getter, not the field: a lazy proxy keeps its id behind it.
        Long mine = getId();
        return mine != null && mine.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return entityClass(this).hashCode();
    }

    /** The mapped class, also for a lazy proxy (a generated subclass), without loading the proxy. */
    private static Class<?> entityClass(Object entity) {
        return entity instanceof HibernateProxy proxy
                ? proxy.getHibernateLazyInitializer().getPersistentClass()
                : entity.getClass();
    }
}
