package se.samverkansbot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
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

    /**
     * Packages depend one way: a cycle (as meeting → reminder → meeting once was) means neither can be understood,
     * tested or changed alone.
     */
    @Test
    void no_package_depends_on_itself_through_others() {
        slices().matching("se.samverkansbot.(*)..").should().beFreeOfCycles().check(CORE);
    }

    /** Meetings announce what happened (MeetingEvents); reminders react. Meetings never call reminders. */
    @Test
    void meetings_know_nothing_of_reminders() {
        noClasses()
                .that()
                .resideInAPackage("se.samverkansbot.meeting..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.samverkansbot.reminder..")
                .check(CORE);
    }

    /** Understanding turns text into intents; it neither answers nor acts. */
    @Test
    void understanding_does_not_answer_or_act() {
        noClasses()
                .that()
                .resideInAPackage("se.samverkansbot.understanding..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "se.samverkansbot.answers..",
                        "se.samverkansbot.commands..",
                        "se.samverkansbot.conversation..",
                        "se.samverkansbot.agenda..",
                        "se.samverkansbot.reminder..")
                .check(CORE);
    }

    /** The neutral chat types are what adapters see; they do not reach into the use cases. */
    @Test
    void the_chat_types_depend_on_no_use_case() {
        noClasses()
                .that()
                .resideInAPackage("se.samverkansbot.chat..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "se.samverkansbot.answers..",
                        "se.samverkansbot.commands..",
                        "se.samverkansbot.conversation..",
                        "se.samverkansbot.understanding..",
                        "se.samverkansbot.agenda..",
                        "se.samverkansbot.meeting..",
                        "se.samverkansbot.reminder..")
                .check(CORE);
    }

    /**
     * Since Java 19 a pattern's {@code \b} is a boundary of ASCII words unless it asks for Unicode ones: "\b(är|…)"
     * never matched "Är vår kommun tvungen att följa den?", as "Ä" is no word character to it. Every constant pattern
     * of the core with a word boundary says (?U) or UNICODE_CHARACTER_CLASS.
     */
    @Test
    void every_word_boundary_of_the_cores_patterns_is_one_of_unicode_words() throws IllegalAccessException {
        List<String> asciiOnly = new ArrayList<>();
        int checked = 0;
        for (JavaClass javaClass : CORE) {
            Class<?> type = javaClass.reflect();
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || field.getType() != Pattern.class) {
                    continue;
                }
                field.setAccessible(true);
                Pattern pattern = (Pattern) field.get(null);
                if (pattern.pattern().contains("\\b")) {
                    checked++;
                    if (!unicodeWords(pattern)) {
                        asciiOnly.add(type.getName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(checked).as("patterns with a word boundary found").isGreaterThan(50);
        assertThat(asciiOnly).isEmpty();
    }

    private static boolean unicodeWords(Pattern pattern) {
        return (pattern.flags() & Pattern.UNICODE_CHARACTER_CLASS) != 0
                || pattern.pattern().matches("(?s)\\(\\?[a-zA-Z]*U[a-zA-Z]*\\).*");
    }
}
