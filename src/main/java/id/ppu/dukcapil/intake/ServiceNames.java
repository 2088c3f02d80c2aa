package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.ServiceType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Service names as citizens and offices write them: the code names (KTP, BIRTH_CERT) and the
 * Indonesian ones (E-KTP, KARTU KELUARGA, AKTA LAHIR, AKTA KELAHIRAN, AKTA MATI, ...), in any
 * case, with hyphens, underscores or extra spaces.
 */
public final class ServiceNames {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<String, ServiceType> NAMES = new LinkedHashMap<>();
    /** Longest names first, so "AKTA KELAHIRAN ..." is not read as something shorter. */
    private static final List<String> BY_LENGTH;

    static {
        for (ServiceType t : ServiceType.values()) {
            NAMES.put(normalize(t.name()), t);
        }
        put(ServiceType.KTP, "KTP", "E-KTP", "EKTP", "KTP-EL", "KTP EL", "KTP ELEKTRONIK");
        put(ServiceType.KK, "KK", "KARTU KELUARGA");
        put(ServiceType.KIA, "KIA", "KARTU IDENTITAS ANAK");
        put(ServiceType.BIRTH_CERT, "AKTA LAHIR", "AKTA KELAHIRAN", "AKTE LAHIR", "AKTE KELAHIRAN");
        put(ServiceType.MARRIAGE_CERT, "AKTA NIKAH", "AKTA PERKAWINAN", "AKTE NIKAH", "AKTE PERKAWINAN");
        put(ServiceType.DIVORCE_CERT, "AKTA CERAI", "AKTA PERCERAIAN", "AKTE CERAI", "AKTE PERCERAIAN");
        put(ServiceType.DEATH_CERT, "AKTA KEMATIAN", "AKTA MATI", "AKTE KEMATIAN", "AKTE MATI");
        BY_LENGTH = NAMES.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private ServiceNames() {}

    /** The service a whole name denotes. */
    public static Optional<ServiceType> parse(String raw) {
        return raw == null ? Optional.empty() : Optional.ofNullable(NAMES.get(normalize(raw)));
    }

    /** A service name at the start of a text, and the rest of the text after it. */
    static Optional<Prefix> prefix(String text) {
        String n = normalize(text);
        for (String name : BY_LENGTH) {
            if (n.equals(name) || n.startsWith(name + " ")) {
                return Optional.of(
                        new Prefix(NAMES.get(name), n.substring(name.length()).strip()));
            }
        }
        return Optional.empty();
    }

    /** Upper case, hyphens and underscores as spaces, runs of whitespace as one space. */
    static String normalize(String s) {
        return WHITESPACE
                .matcher(s.toUpperCase(Locale.ROOT).replace('-', ' ').replace('_', ' '))
                .replaceAll(" ")
                .strip();
    }

    private static void put(ServiceType type, String... names) {
        for (String name : names) {
            NAMES.put(normalize(name), type);
        }
    }

    /** A service named at the start of a text; {@code rest} is normalized (upper case). */
    record Prefix(ServiceType service, String rest) {}
}
