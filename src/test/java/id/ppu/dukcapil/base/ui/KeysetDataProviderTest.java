package id.ppu.dukcapil.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetDataProviderTest {

    /** An item of an ordered list: equal values tie, the id breaks the tie. */
    record Item(int value, long id) {}

    record Call(Item after, long skip, int limit) {}

    /** 10,000 items with many ties (each value 7 times). */
    final List<Item> items =
            IntStream.range(0, 10_000).mapToObj(i -> new Item(i / 7, i)).toList();

    final List<Call> calls = new ArrayList<>();

    /** The keyset read a backend does: the items after {@code after} in the list's order. */
    final KeysetDataProvider<Item> provider = new KeysetDataProvider<>((sort, after, skip, limit) -> {
        calls.add(new Call(after, skip, limit));
        int start = after == null ? 0 : items.indexOf(after) + 1;
        int from = (int) Math.min(items.size(), start + skip);
        return items.subList(from, Math.min(items.size(), from + limit));
    });

    @Test
    void scrolling_page_by_page_reads_each_page_after_the_last_item_of_the_one_before() {
        List<Item> seen = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            seen.addAll(fetch(page * 50, 50, List.of()));
        }
        assertThat(seen).isEqualTo(items.subList(0, 250));
        assertThat(calls)
                .containsExactly(
                        new Call(null, 0, 50),
                        new Call(items.get(49), 0, 50),
                        new Call(items.get(99), 0, 50),
                        new Call(items.get(149), 0, 50),
                        new Call(items.get(199), 0, 50));
    }

    @Test
    void a_jump_starts_from_the_nearest_page_read_before_it_and_skips_only_the_rest() {
        fetch(0, 50, List.of());
        fetch(50, 50, List.of());
        assertThat(fetch(5_000, 50, List.of())).isEqualTo(items.subList(5_000, 5_050));
        assertThat(calls.get(2)).isEqualTo(new Call(items.get(99), 4_900, 50));
        // Back above the jump: from the nearest boundary below, not from the jump's page.
        assertThat(fetch(150, 50, List.of())).isEqualTo(items.subList(150, 200));
        assertThat(calls.get(3)).isEqualTo(new Call(items.get(99), 50, 50));
        // Right after the jump's page: pure keyset again.
        assertThat(fetch(5_050, 50, List.of())).isEqualTo(items.subList(5_050, 5_100));
        assertThat(calls.get(4)).isEqualTo(new Call(items.get(5_049), 0, 50));
    }

    @Test
    void a_first_jump_skips_from_the_start() {
        assertThat(fetch(700, 50, List.of())).isEqualTo(items.subList(700, 750));
        assertThat(calls).containsExactly(new Call(null, 700, 50));
    }

    @Test
    void a_changed_filter_or_sort_forgets_the_pages_read() {
        fetch(0, 50, List.of());
        provider.refreshAll();
        fetch(50, 50, List.of());
        assertThat(calls.get(1)).isEqualTo(new Call(null, 50, 50));
        fetch(100, 50, List.of());
        assertThat(calls.get(2)).isEqualTo(new Call(items.get(99), 0, 50));
        fetch(150, 50, QuerySortOrder.desc("value").build());
        assertThat(calls.get(3)).isEqualTo(new Call(null, 150, 50));
    }

    @Test
    void the_end_of_the_list_returns_what_is_left_and_then_nothing() {
        for (int offset = 0; offset < 9_950; offset += 50) {
            fetch(offset, 50, List.of());
        }
        assertThat(fetch(9_950, 100, List.of())).isEqualTo(items.subList(9_950, 10_000));
        assertThat(fetch(10_000, 50, List.of())).isEmpty();
        assertThat(calls.get(calls.size() - 1)).isEqualTo(new Call(items.get(9_999), 0, 50));
    }

    @Test
    void a_very_long_scroll_remembers_a_bounded_number_of_pages_and_still_reads_every_one() {
        List<Item> seen = new ArrayList<>();
        List<Item> many = IntStream.range(0, 2 * KeysetDataProvider.MAX_BOUNDARIES + 10)
                .mapToObj(i -> new Item(i, i))
                .toList();
        KeysetDataProvider<Item> small = new KeysetDataProvider<>((sort, after, skip, limit) -> {
            int from = (int) ((after == null ? 0 : many.indexOf(after) + 1) + skip);
            return many.subList(Math.min(many.size(), from), Math.min(many.size(), from + limit));
        });
        for (int offset = 0; offset < many.size(); offset++) {
            seen.addAll(
                    small.fetch(new Query<>(offset, 1, List.of(), null, null)).toList());
        }
        assertThat(seen).isEqualTo(many);
        assertThat(small.boundaryCount()).isLessThanOrEqualTo(KeysetDataProvider.MAX_BOUNDARIES);
        assertThat(small.fetch(new Query<>(17, 3, List.of(), null, null)).toList())
                .isEqualTo(many.subList(17, 20));
    }

    private List<Item> fetch(int offset, int limit, List<QuerySortOrder> sort) {
        return provider.fetch(new Query<>(offset, limit, sort, null, null)).toList();
    }
}
