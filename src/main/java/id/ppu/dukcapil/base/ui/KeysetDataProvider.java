package id.ppu.dukcapil.base.ui;

import com.vaadin.flow.data.provider.AbstractBackEndDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A lazy grid's data provider that pages by keyset instead of OFFSET: it remembers the last item
 * of every page it fetched, and asks for the next page as "the items after this one". Scrolling
 * down page by page is then pure keyset (the database seeks to the item in an index, however
 * deep); a jump to an offset further down starts from the nearest remembered item before it and
 * skips only the rest. The grid shows no total (no count query): set it up with {@code
 * grid.setItems(provider).setItemCountUnknown()}. Remembered items are forgotten when the sort
 * changes and on {@link #refreshAll()} (a changed filter).
 *
 * @param <T> the grid's item, which must carry its sort values and id
 */
public class KeysetDataProvider<T> extends AbstractBackEndDataProvider<T, Void> {

    /** Beyond this many remembered pages every second one is forgotten (a jump then skips at most one page more). */
    static final int MAX_BOUNDARIES = 1_000;

    /** Reads items in the order of {@code sort}. */
    @FunctionalInterface
    public interface Fetch<T> extends Serializable {

        /**
         * Up to {@code limit} items after {@code after} (an item of an earlier page in the same
         * order; null: from the first), skipping {@code skip} items more.
         */
        List<T> fetch(List<QuerySortOrder> sort, T after, long skip, int limit);
    }

    private final Fetch<T> fetch;
    /** Offset -> the item just before it, for each page fetched in the current order. */
    private final TreeMap<Long, T> boundaries = new TreeMap<>();

    private List<String> sortOfBoundaries = List.of();

    public KeysetDataProvider(Fetch<T> fetch) {
        this.fetch = fetch;
    }

    @Override
    protected Stream<T> fetchFromBackEnd(Query<T, Void> query) {
        List<String> sort = query.getSortOrders().stream()
                .map(o -> o.getSorted() + (o.getDirection() == SortDirection.ASCENDING ? " asc" : " desc"))
                .toList();
        if (!sort.equals(sortOfBoundaries)) {
            boundaries.clear();
            sortOfBoundaries = sort;
        }
        long offset = query.getOffset();
        Map.Entry<Long, T> from = boundaries.floorEntry(offset);
        List<T> items = from == null
                ? fetch.fetch(query.getSortOrders(), null, offset, query.getLimit())
                : fetch.fetch(query.getSortOrders(), from.getValue(), offset - from.getKey(), query.getLimit());
        if (!items.isEmpty()) {
            boundaries.put(offset + items.size(), items.get(items.size() - 1));
            if (boundaries.size() > MAX_BOUNDARIES) {
                thin();
            }
        }
        return items.stream();
    }

    /** Never asked: the grid's item count is unknown, so that no search is ever counted. */
    @Override
    protected int sizeInBackEnd(Query<T, Void> query) {
        throw new UnsupportedOperationException("The item count is unknown: use setItemCountUnknown()");
    }

    @Override
    public void refreshAll() {
        boundaries.clear();
        super.refreshAll();
    }

    /** How many page boundaries are remembered (for tests). */
    int boundaryCount() {
        return boundaries.size();
    }

    private void thin() {
        List<Long> offsets = new ArrayList<>(boundaries.keySet());
        for (int i = 1; i < offsets.size(); i += 2) {
            boundaries.remove(offsets.get(i));
        }
    }
}
