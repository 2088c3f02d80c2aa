package id.ppu.dukcapil.base;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity edited in place under optimistic locking (a {@code version bigint} column): a write
 * based on an outdated read fails instead of overwriting someone else's change. Append-only rows
 * (history entries, service-mode changes) have no version and extend {@link AbstractEntity}.
 */
@MappedSuperclass
public abstract class VersionedEntity extends AbstractEntity {

    @Version
    private long version;

    /** The version the entity was read at; it moves on with every committed change. */
    public long getVersion() {
        return version;
    }
}
