package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.security.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal queues (table {@code saved_queue}): a clerk saves the queue screen's current filter
 * under a name and may share it with the office. A clerk sees their own and the shared ones;
 * only the owner changes or deletes a queue.
 */
@Service
public class SavedQueues {

    /** The longest name (the table's check). */
    public static final int MAX_NAME = 60;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedQueues(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The current clerk's queues, then those colleagues share, each by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PETUGAS')")
    public List<SavedQueue> visible() {
        return jdbc.sql("""
                select id, owner, name, filter, shared from saved_queue
                where owner = :me or shared
                order by owner <> :me, lower(name), id""")
                .param("me", currentUser.username())
                .query((rs, i) -> new SavedQueue(
                        rs.getLong("id"),
                        rs.getString("owner"),
                        rs.getString("name"),
                        QueueFilter.parse(rs.getString("filter")),
                        rs.getBoolean("shared")))
                .list();
    }

    /**
     * Saves {@code filter} as the current clerk's queue {@code name}; a queue of theirs with that
     * name gets the new filter and sharing.
     *
     * @throws CaseValidationException on the field {@code name} if it is blank or too long
     */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public SavedQueue save(String name, QueueFilter filter, boolean shared) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new CaseValidationException("name", "queue.saved.error.name");
        }
        String me = currentUser.username();
        long id;
        try {
            id = jdbc.sql("""
                    insert into saved_queue (owner, name, filter, shared, created_at) values (:me, :name, :filter, :shared, :now)
                    on conflict (owner, name) do update set filter = excluded.filter, shared = excluded.shared
                    returning id""")
                    .param("me", me)
                    .param("name", n)
                    .param("filter", filter.toText())
                    .param("shared", shared)
                    .param("now", Timestamp.from(clock.instant()))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new CaseValidationException("name", "queue.saved.error.name");
        }
        return new SavedQueue(id, me, n, filter, shared);
    }

    /** Shares a queue of the current clerk with the office, or stops sharing it. */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public void share(long id, boolean shared) {
        owned(jdbc.sql("update saved_queue set shared = :s where id = :id and owner = :me")
                .param("s", shared)
                .param("id", id)
                .param("me", currentUser.username())
                .update());
    }

    /** Deletes a queue of the current clerk. */
    @Transactional
    @PreAuthorize("hasRole('PETUGAS')")
    public void delete(long id) {
        owned(jdbc.sql("delete from saved_queue where id = :id and owner = :me")
                .param("id", id)
                .param("me", currentUser.username())
                .update());
    }

    private static void owned(int updated) {
        if (updated == 0) {
            throw new CaseException("queue.saved.error.notOwner");
        }
    }
}
