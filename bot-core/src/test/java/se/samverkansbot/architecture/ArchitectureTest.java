package se.samverkansbot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The hexagon, stated: the core speaks no platform, and the domain does not know how it is stored. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.samverkansbot");

    @Test
    void the_core_knows_nothing_of_slack_teams_servlets_or_spring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.slack..",
                        "com.microsoft.bot..",
                        "jakarta.servlet..",
                        "javax.servlet..",
                        "org.springframework..")
                .check(CORE);
    }

    @Test
    void the_domain_does_not_depend_on_the_database() {
        noClasses()
                .that()
                .resideOutsideOfPackage("se.samverkansbot.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.mongodb..", "org.bson..", "se.samverkansbot.store..")
                .check(CORE);
    }
}
