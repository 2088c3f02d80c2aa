package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who writes {@code service_case}, {@code case_event} and {@code case_channel} (the split stated in
 * {@code cases/package-info.java}): JPA for one case under its version, JdbcClient for set-based
 * writes, COPY for the demo load, and nobody else. SQL is found in the source text (text blocks
 * included), JPA writes in the compiled classes.
 */
class CaseTableWritersTest {

    /** The classes allowed to write the case tables, and how each does. */
    private static final Map<String, String> WRITERS = Map.of(
            "id.ppu.dukcapil.cases.CaseRegistry",
                    "intake: set-based inserts and updates (JdbcClient), one TRIAGE case (JPA)",
            "id.ppu.dukcapil.cases.CaseService",
                    "a clerk's change of one case under @Version and its history entry (JPA)",
            "id.ppu.dukcapil.cases.CaseDeadlines",
                    "set-based upkeep of the stored due dates (JdbcClient), in the writer's transaction",
            "id.ppu.dukcapil.cases.CaseWork",
                    "taking, releasing and handing over: one conditional update of the holder (JdbcClient)",
            "id.ppu.dukcapil.demo.DemoDataGenerator", "the demo history's bulk COPY");

    /** A statement that changes one of the tables (SQL, or JPQL on the entities). */
    private static final Pattern WRITE = Pattern.compile(
            "\\b(insert\\s+into|update|delete\\s+from|truncate(\\s+table)?|copy"
                    + "|merge\\s+into|alter\\s+table)\\s+(only\\s+)?(public\\.)?(service_case|case_event|case_channel|ServiceCase|CaseEvent)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Path SOURCES = Path.of("src/main/java");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.ppu.dukcapil");

    /** The case entities and their repositories: a class that reaches them can change a case through JPA. */
    private static final Set<String> REPOSITORIES =
            Set.of("id.ppu.dukcapil.cases.CaseRepository", "id.ppu.dukcapil.cases.CaseEventRepository");

    private static final String CASE = "id.ppu.dukcapil.cases.ServiceCase";
    private static final String EVENT = "id.ppu.dukcapil.cases.CaseEvent";

    @Test
    void only_the_named_classes_write_the_case_tables_in_sql() throws IOException {
        Map<String, String> found = sqlWriters();
        assertThat(found).as("the scan sees text blocks").containsKey("id.ppu.dukcapil.cases.CaseRegistry");
        Map<String, String> others = new TreeMap<>(found);
        others.keySet().removeAll(WRITERS.keySet());
        assertThat(others)
                .as("classes writing service_case, case_event or case_channel in SQL, with a statement each")
                .isEmpty();
    }

    @Test
    void only_the_named_classes_write_the_case_tables_through_jpa() {
        Set<String> violations = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String owner = topLevel(c).getFullName();
            if (WRITERS.containsKey(owner)
                    || REPOSITORIES.contains(owner)
                    || owner.equals(CASE)
                    || owner.equals(EVENT)) {
                continue;
            }
            for (JavaAccess<?> access : c.getAccessesFromSelf()) {
                String target = access.getTargetOwner().getFullName();
                boolean repository = REPOSITORIES.contains(target);
                boolean newEntity =
                        access instanceof JavaConstructorCall && (target.equals(CASE) || target.equals(EVENT));
                // Any ServiceCase method but a getter changes the managed case, which JPA then writes.
                boolean mutation = target.equals(CASE)
                        && !(access instanceof JavaConstructorCall)
                        && !access.getName().startsWith("get");
                if (repository || newEntity || mutation) {
                    violations.add(access.getDescription());
                }
            }
        }
        assertThat(violations)
                .as("JPA writes of cases or history outside " + WRITERS.keySet())
                .isEmpty();
    }

    /** Every class (by its file) whose source holds a write of the case tables, with the first such statement. */
    private static Map<String, String> sqlWriters() throws IOException {
        assertThat(SOURCES).as("run from the project directory").isDirectory();
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = WRITE.matcher(Files.readString(file));
                if (m.find()) {
                    String name = SOURCES.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                    found.put(
                            name.substring(0, name.length() - ".java".length()),
                            m.group().replaceAll("\\s+", " "));
                }
            }
        }
        return found;
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }
}
