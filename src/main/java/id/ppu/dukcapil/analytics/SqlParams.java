package id.ppu.dukcapil.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

/** Named parameters for SQL assembled from fragments: each value gets a fresh name. */
final class SqlParams {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Binds {@code value} and returns its placeholder, e.g. {@code :p3}. */
    String bind(Object value) {
        String name = "p" + values.size();
        values.put(name, value);
        return ":" + name;
    }

    Map<String, Object> values() {
        return values;
    }
}
