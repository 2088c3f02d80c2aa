package id.ppu.dukcapil;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.ppu.dukcapil");

    @Test
    void views_do_not_touch_repositories() {
        ArchRule rule = noClasses().that().resideInAnyPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class);
        rule.check(CLASSES);
    }

    @Test
    void services_and_domain_do_not_use_the_ui() {
        // Application (the Vaadin app shell) and the security configuration (which names the login view) are wiring.
        ArchRule rule = noClasses().that().resideOutsideOfPackages("..ui..", "id.ppu.dukcapil.app..")
                .and().areNotAnnotatedWith(org.springframework.boot.autoconfigure.SpringBootApplication.class)
                .and().areNotAnnotatedWith(org.springframework.context.annotation.Configuration.class)
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin.flow.component..")
                .because("the UI sits on top of the services, never below them");
        rule.check(CLASSES);
    }

    @Test
    void feature_slices_have_no_cycles() {
        slices().matching("id.ppu.dukcapil.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void features_do_not_reach_into_other_features_repositories() {
        ArchRule rule = noClasses().should(new com.tngtech.archunit.lang.ArchCondition<>("use another feature's repository") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                item.getDirectDependenciesFromSelf().stream()
                        .filter(d -> d.getTargetClass().isAssignableTo(Repository.class))
                        .filter(d -> !d.getTargetClass().getPackageName().equals(item.getPackageName()))
                        .forEach(d -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(d, d.getDescription())));
            }
        });
        rule.check(CLASSES);
    }
}
