package id.ppu.dukcapil.intake;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.Executable;

/**
 * Building blocks of the seeded generated inputs: numbers and lengths that favour the limits and
 * the small, strings over a set of characters, picks, filters, and failure messages that show the
 * input. The same {@link Random} gives the same inputs, so a failure names a reproducible input.
 */
final class RandomInputs {

    /** Characters a generated string is made of. */
    @FunctionalInterface
    interface Chars {
        char next(Random random);
    }

    /** Every UTF-16 unit: NUL, controls, lone surrogates, private use, noncharacters. */
    static final Chars ALL = random -> (char) random.nextInt(Character.MAX_VALUE + 1);
    /** Any character but the private use ones and the noncharacters (U+FDD0-U+FDEF, U+FFFE, U+FFFF). */
    static final Chars ANY = random -> {
        char c;
        do {
            c = ALL.next(random);
        } while (Character.getType(c) == Character.PRIVATE_USE || (c >= '\ufdd0' && c <= '\ufdef') || c >= '\ufffe');
        return c;
    };

    static final Chars ASCII = range('\0', '\u007f');
    static final Chars ALPHA = of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    static final Chars NUMERIC = of("0123456789");
    static final Chars ALPHANUMERIC = of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /** A generator gives up after this many inputs its filter refused: the filter is too strict. */
    private static final int MAX_MISSES = 10_000;

    private static final int SHOWN = 300;

    private RandomInputs() {}

    static Chars of(String chars) {
        return random -> chars.charAt(random.nextInt(chars.length()));
    }

    static Chars range(char from, char to) {
        return random -> (char) (from + random.nextInt(to - from + 1));
    }

    /**
     * A number from {@code min} to {@code max}: often a limit, often close to zero (or to the limit
     * nearest zero), otherwise anywhere, so that small values and the edges are all tried.
     */
    static int between(Random random, int min, int max) {
        int kind = random.nextInt(10);
        if (kind == 0 || min == max) {
            return min;
        }
        if (kind == 1) {
            return max;
        }
        if (kind >= 6) {
            return (int) (min + Math.floorMod(random.nextLong(), (long) max - min + 1));
        }
        long target = Math.max(min, Math.min(max, 0));
        boolean up = target == min || (target != max && random.nextBoolean());
        long room = up ? max - target : target - min;
        // Every order of magnitude is as likely as any other.
        int bits = 1 + random.nextInt(64 - Long.numberOfLeadingZeros(room));
        long offset = Math.floorMod(random.nextLong(), Math.min(room, (1L << bits) - 1) + 1);
        return (int) (up ? target + offset : target - offset);
    }

    /** Any long: the limits, small ones, any. */
    static long anyLong(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> pick(random, 0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE);
            case 1, 2, 3, 4 -> random.nextLong() >> random.nextInt(64);
            default -> random.nextLong();
        };
    }

    /** Any finite double: the limits, small ones with two decimals, and any magnitude. */
    static double anyDouble(Random random) {
        return switch (random.nextInt(10)) {
            case 0 ->
                pick(random, 0.0, -0.0, 1.0, -1.0, 0.01, -0.01, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE);
            case 1, 2, 3, 4 -> between(random, -1_000_000, 1_000_000) / 100.0;
            default -> (random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(309));
        };
    }

    /** A string of {@code min} to {@code max} characters (the length as {@link #between} picks it). */
    static String string(Random random, Chars chars, int min, int max) {
        char[] s = new char[between(random, min, max)];
        for (int i = 0; i < s.length; i++) {
            s[i] = chars.next(random);
        }
        return new String(s);
    }

    /** Up to {@code max} random bytes, also invalid UTF-8. */
    static byte[] bytes(Random random, int max) {
        byte[] b = new byte[between(random, 0, max)];
        random.nextBytes(b);
        return b;
    }

    @SafeVarargs
    static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The first input of {@code generator} that {@code accepted} lets through. */
    static <T> T until(Supplier<T> generator, Predicate<? super T> accepted) {
        for (int i = 0; i < MAX_MISSES; i++) {
            T value = generator.get();
            if (accepted.test(value)) {
                return value;
            }
        }
        throw new IllegalStateException("The filter refused " + MAX_MISSES + " generated inputs in a row");
    }

    /**
     * The check, failing with the input named, so that a failure can be reproduced from the report
     * alone (the test name gives the kind and index; the seed gives the same input again).
     */
    static Executable showing(Supplier<String> input, Executable check) {
        return () -> {
            try {
                check.execute();
            } catch (AssertionError | Exception e) {
                throw new AssertionError("Input " + input.get() + ": " + e, e);
            }
        };
    }

    /** {@code s} readable in a report: control characters, non-ASCII and lone surrogates escaped, long texts cut. */
    static String shown(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < Math.min(s.length(), SHOWN); i++) {
            char c = s.charAt(i);
            b.append(
                    c >= 0x20 && c < 0x7f && c != '\\' && c != '"'
                            ? String.valueOf(c)
                            : String.format("\\u%04x", (int) c));
        }
        return b.append(s.length() > SHOWN ? "\"...(" + s.length() + " chars)" : "\"")
                .toString();
    }

    /** {@code bytes} in hex (long ones cut), and as UTF-8 text. */
    static String shown(byte[] bytes) {
        String hex = HexFormat.of().formatHex(Arrays.copyOf(bytes, Math.min(bytes.length, SHOWN)));
        return bytes.length + " bytes " + hex + (bytes.length > SHOWN ? "..." : "") + " = "
                + shown(new String(bytes, StandardCharsets.UTF_8));
    }
}
