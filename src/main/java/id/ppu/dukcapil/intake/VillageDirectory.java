package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.region.VillageInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves what a channel wrote for a village: the Kemendagri code (64.09.01.1009) or a name
 * that denotes exactly one village ("Nipah-Nipah", "nipah nipah"). Built once per request or
 * import from the region reference data.
 */
final class VillageDirectory {

    private static final Pattern CODE = Pattern.compile("^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}$");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private final Set<String> codes;
    private final Map<String, List<String>> codesByName;

    VillageDirectory(List<VillageInfo> villages) {
        this.codes = villages.stream().map(VillageInfo::code).collect(Collectors.toUnmodifiableSet());
        Map<String, List<String>> byName = villages.stream()
                .collect(Collectors.groupingBy(
                        v -> key(v.name()), Collectors.mapping(VillageInfo::code, Collectors.toList())));
        this.codesByName = new HashMap<>(byName);
    }

    boolean isKnown(String code) {
        return codes.contains(code);
    }

    /** The village code, or why none could be found. */
    Resolution resolve(String raw) {
        String value = raw.strip();
        if (CODE.matcher(value).matches()) {
            return codes.contains(value) ? Resolution.of(value) : Resolution.problem("validation.village.unknown");
        }
        List<String> candidates = codesByName.getOrDefault(key(value), List.of());
        if (candidates.size() == 1) {
            return Resolution.of(candidates.get(0));
        }
        return Resolution.problem(
                candidates.isEmpty() ? "validation.village.unknown" : "intake.error.village.ambiguous");
    }

    /** Names compared by letters and digits only: "Nipah-Nipah" = "nipah nipah". */
    private static String key(String name) {
        return NOT_LETTER_OR_DIGIT.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Either a code or the i18n key of the problem. */
    record Resolution(String code, String problemKey) {
        static Resolution of(String code) {
            return new Resolution(code, null);
        }

        static Resolution problem(String key) {
            return new Resolution(null, key);
        }
    }
}
