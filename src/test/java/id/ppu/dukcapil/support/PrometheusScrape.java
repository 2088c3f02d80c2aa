package id.ppu.dukcapil.support;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One answer of {@code /actuator/prometheus} (text exposition format), read as a test reads it:
 * the value of a series given its name and some of its labels.
 */
public final class PrometheusScrape {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    private final String body;

    public PrometheusScrape(String body) {
        this.body = body;
    }

    public String body() {
        return body;
    }

    /** The value of the one series named {@code name} whose labels include {@code labels}; empty if there is none. */
    public Optional<Double> value(String name, Map<String, String> labels) {
        Double found = null;
        for (String line : body.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (line.startsWith("#") || !m.matches() || !m.group(1).equals(name)) {
                continue;
            }
            Map<String, String> present = labels(m.group(3));
            if (present.entrySet().containsAll(labels.entrySet())) {
                if (found != null) {
                    throw new AssertionError("more than one series " + name + " with " + labels);
                }
                found = Double.valueOf(m.group(4));
            }
        }
        return Optional.ofNullable(found);
    }

    /** {@link #value} that must exist. */
    public double require(String name, Map<String, String> labels) {
        return value(name, labels)
                .orElseThrow(() -> new AssertionError("no series " + name + " " + labels + " in\n" + body));
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new TreeMap<>();
        if (text != null) {
            Matcher m = LABEL.matcher(text);
            while (m.find()) {
                labels.put(m.group(1), m.group(2));
            }
        }
        return labels;
    }
}
