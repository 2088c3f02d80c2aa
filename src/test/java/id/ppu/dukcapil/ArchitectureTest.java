package id.ppu.dukcapil;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;

/**
 * The shape of the code (docs/ARCHITECTURE.md): {@code base} below every feature, the features (each with its
 * {@code ui} subpackage) in the middle, the {@code app} shell on top; views above services, services free of UI.
 */
class ArchitectureTest {

    private static final String ROOT = "id.ppu.dukcapil";
    private static final String BASE = ROOT + ".base..";
    private static final String APP = ROOT + ".app..";
    /** The feature packages; {@code base} and {@code app} are layers, not features. */
    private static final Set<String> FEATURES =
            Set.of("region", "calendar", "cases", "intake", "analytics", "outreach", "security", "servicemode", "demo");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void every_top_level_package_is_base_the_app_shell_or_a_known_feature() {
        // A new package must be placed on purpose: the rules below only know the packages named here.
        Set<String> topLevel = CLASSES.stream()
                .filter(c -> c.getPackageName().startsWith(ROOT + "."))
                .map(ArchitectureTest::feature)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(topLevel)
                .containsExactlyInAnyOrderElementsOf(Stream.concat(FEATURES.stream(), Stream.of("base", "app"))
                        .toList());
    }

    @Test
    void feature_slices_with_their_ui_have_no_cycles() {
        DescribedPredicate<Slice> features =
                DescribedPredicate.describe("are features", s -> FEATURES.contains(s.getNamePart(1)));
        slices().matching(ROOT + ".(*)..")
                .namingSlices("$1")
                .that(features)
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void base_depends_on_no_feature_and_not_on_the_app_shell() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage(BASE)
                .should()
                .dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(BASE))))
                .because("base (and base.ui, base.api) lies below every feature");
        rule.check(CLASSES);
    }

    @Test
    void nothing_outside_the_app_shell_depends_on_it() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage(APP)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(APP)
                .because("the app shell sits on top: features and base never know it");
        rule.check(CLASSES);
    }

    @Test
    void views_do_not_touch_repositories() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage("..ui..", APP)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .because("a view calls a service, which owns the transaction");
        rule.check(CLASSES);
    }

    @Test
    void services_and_domain_do_not_use_the_ui() {
        // Application (the Vaadin app shell) and the security configuration (which names the login view) are wiring.
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", APP)
                .and()
                .areNotAnnotatedWith(SpringBootApplication.class)
                .and()
                .areNotAnnotatedWith(Configuration.class)
                .should()
                .dependOnClassesThat(resideInAnyPackage("..ui..", "com.vaadin.flow.component.."))
                .because("the UI sits on top of the services, never below them");
        rule.check(CLASSES);
    }

    @Test
    void features_do_not_reach_into_other_features_repositories() {
        // classes().should(...), not noClasses(): noClasses() inverts the condition's events, so a condition that
        // only reports violations could never fail under it.
        ArchRule rule = classes()
                .should(new ArchCondition<>("not use another feature's repository") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        item.getDirectDependenciesFromSelf().stream()
                                .filter(d -> d.getTargetClass().getPackageName().startsWith(ROOT + "."))
                                .filter(d -> d.getTargetClass().isAssignableTo(Repository.class))
                                .filter(d -> !feature(d.getTargetClass()).equals(feature(item)))
                                .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
                    }
                })
                .because("features call each other's services, never each other's repositories or tables");
        rule.check(CLASSES);
    }

    /** The top-level package under the root: a feature, base or app. */
    private static String feature(JavaClass c) {
        String name = c.getPackageName();
        return name.startsWith(ROOT + ".") ? name.substring(ROOT.length() + 1).split("\\.")[0] : name;
    }
}
