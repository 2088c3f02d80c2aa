package id.ppu.dukcapil.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AbstractEntityTest {

    static class Visit extends AbstractEntity {}

    static class Note extends AbstractEntity {}

    static class Amended extends VersionedEntity {}

    /** What persisting does: the database hands out the id. */
    private static <T extends AbstractEntity> T persisted(T entity, long id) {
        try {
            Field field = AbstractEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void entities_not_yet_persisted_equal_only_themselves() {
        Visit a = new Visit();
        assertThat(a).isEqualTo(a).isNotEqualTo(new Visit()).isNotEqualTo(null);
    }

    @Test
    void two_copies_of_one_row_are_equal() {
        Visit loaded = persisted(new Visit(), 7);
        Visit loadedAgain = persisted(new Visit(), 7);
        assertThat(loaded).isEqualTo(loadedAgain).hasSameHashCodeAs(loadedAgain);
        assertThat(loadedAgain).isEqualTo(loaded);
    }

    @Test
    void different_rows_are_not_equal() {
        assertThat(persisted(new Visit(), 7)).isNotEqualTo(persisted(new Visit(), 8));
    }

    @Test
    void the_same_id_in_another_entity_class_is_another_row() {
        assertThat(persisted(new Visit(), 7)).isNotEqualTo(persisted(new Note(), 7));
        assertThat(persisted(new Note(), 7)).isNotEqualTo(persisted(new Visit(), 7));
    }

    @Test
    void a_persisted_entity_does_not_equal_a_new_one() {
        Visit saved = persisted(new Visit(), 7);
        Visit fresh = new Visit();
        assertThat(saved).isNotEqualTo(fresh);
        assertThat(fresh).isNotEqualTo(saved);
    }

    @Test
    void the_hash_does_not_change_when_the_id_is_assigned_so_a_set_still_finds_the_entity() {
        Visit visit = new Visit();
        Set<Visit> set = new HashSet<>(Set.of(visit));
        int before = visit.hashCode();
        persisted(visit, 42);
        assertThat(visit.hashCode()).isEqualTo(before);
        assertThat(set).contains(visit);
        assertThat(set.contains(persisted(new Visit(), 42))).isTrue();
    }

    @Test
    void a_versioned_entity_compares_by_id_too_whatever_its_version() {
        Amended a = persisted(new Amended(), 3);
        Amended b = persisted(new Amended(), 3);
        assertThat(a.getVersion()).isZero();
        assertThat(a).isEqualTo(b);
    }
}
