package se.samverkansbot.register.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumRhythm;
import se.samverkansbot.register.ForumRhythm.Audience;
import se.samverkansbot.register.ForumRhythm.Counting;
import se.samverkansbot.register.ForumRhythm.DeadlineSetting;
import se.samverkansbot.register.ForumRhythm.ReminderSetting;
import se.samverkansbot.register.ForumRhythm.Step;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Structure;

/** A structure file sets each forum's rhythm, over the structure's own; what it gets wrong is named with its line. */
class RhythmBlockTest {
    private final StructureFileReader reader = new StructureFileReader();

    private static final String FILE = """
            structure:
              id: test
              name: Testsamverkan
              rhythm:
                reminders:
                  - {about: agenda-cutoff, daysBefore: [5], to: [members]}
                remindSubmitters: false
            forums:
              - id: lansledning
                name: Länsledning
                level: strategic
                rhythm:
                  deadlines:
                    - {kind: agenda-cutoff, workingDaysBefore: 10, at: "09:00"}
                    - {kind: notice, daysBefore: 7}
                    - {kind: minutes, workingDaysAfter: 10, at: "15:00"}
              - {id: grupp, name: Gruppen, level: county-coordination}
              - id: lokal
                name: Lokal grupp
                level: local
                rhythm:
                  remindSubmitters: true
            """;

    @Test
    void a_forum_sets_its_deadlines_and_takes_the_rest_from_the_structure() {
        Structure structure = reader.read("test.yaml", FILE);

        ForumRhythm lansledning = forum(structure, "lansledning").rhythm();
        assertThat(lansledning.deadlines())
                .containsExactly(
                        new DeadlineSetting(Step.AGENDA_CUTOFF, 10, Counting.WORKING_DAYS, LocalTime.of(9, 0)),
                        new DeadlineSetting(Step.NOTICE, 7, Counting.CALENDAR_DAYS, null),
                        new DeadlineSetting(Step.MINUTES, 10, Counting.WORKING_DAYS, LocalTime.of(15, 0)));
        assertThat(lansledning.reminders())
                .as("from the structure's block")
                .containsExactly(new ReminderSetting(Step.AGENDA_CUTOFF, List.of(5), Set.of(Audience.MEMBERS)));
        assertThat(lansledning.remindSubmitters()).isFalse();
    }

    @Test
    void a_forum_without_a_block_has_the_structure_s_and_its_own_overrides_one_part() {
        Structure structure = reader.read("test.yaml", FILE);

        assertThat(forum(structure, "grupp").rhythm().deadlines())
                .as("standard")
                .isNull();
        assertThat(forum(structure, "grupp").rhythm().remindSubmitters()).isFalse();
        assertThat(forum(structure, "lokal").rhythm().remindSubmitters()).isTrue();
        assertThat(forum(structure, "lokal").rhythm().reminders()).hasSize(1);
    }

    @Test
    void a_file_without_any_rhythm_leaves_every_forum_on_the_standard() {
        Structure structure = reader.read("test.yaml", """
                structure: {id: test, name: Testsamverkan}
                forums:
                  - {id: grupp, name: Gruppen, level: county-coordination}
                """);

        assertThat(forum(structure, "grupp").rhythm()).isNull();
    }

    @Test
    void a_negative_offset_is_refused_with_its_line() {
        assertProblem(
                FILE.replace("workingDaysBefore: 10", "workingDaysBefore: -3"),
                14,
                ProblemKind.NEGATIVE_DAYS,
                "test.yaml:14: 'workingDaysBefore' cannot be negative: -3");
        assertProblem(
                FILE.replace("daysBefore: [5]", "daysBefore: [5, -1]"),
                6,
                ProblemKind.NEGATIVE_DAYS,
                "test.yaml:6: 'daysBefore' cannot be negative: -1");
    }

    @Test
    void an_unknown_deadline_kind_is_refused_with_the_kinds_there_are() {
        assertProblem(
                FILE.replace("kind: notice", "kind: kallelse"),
                15,
                ProblemKind.BAD_CHOICE,
                "test.yaml:15: 'kind' can be agenda-cutoff, notice, material, minutes, not 'kallelse'");
        assertProblem(FILE.replace("kind: notice", "kind: meeting"), 15, ProblemKind.BAD_CHOICE, null);
        assertThat(problemsOf(FILE.replace("kind: notice", "kind: kallelse")))
                .as("only the kind, not its offset as well")
                .hasSize(1);
    }

    @Test
    void an_unknown_audience_is_refused() {
        assertProblem(
                FILE.replace("to: [members]", "to: [members, everyone]"),
                6,
                ProblemKind.BAD_CHOICE,
                "test.yaml:6: 'to' can be channel, members, role-holders, not 'everyone'");
    }

    @Test
    void a_deadline_needs_one_offset_in_its_own_direction_and_appears_once() {
        assertProblem(
                FILE.replace("workingDaysAfter: 10", "daysBefore: 2"),
                16,
                ProblemKind.DEADLINE_OFFSET,
                "test.yaml:16: deadline 'minutes' needs exactly one of 'daysAfter' and 'workingDaysAfter'");
        assertProblem(
                FILE.replace("daysBefore: 7}", "daysBefore: 7, workingDaysBefore: 5}"),
                15,
                ProblemKind.DEADLINE_OFFSET,
                null);
        assertProblem(FILE.replace("kind: notice", "kind: agenda-cutoff"), 15, ProblemKind.DEADLINE_TWICE, null);
    }

    @Test
    void a_reminder_of_a_deadline_the_forum_does_not_have_is_refused() {
        String withoutMaterial = FILE.replace(
                "    rhythm:\n      deadlines:",
                "    rhythm:\n      reminders:\n        - {about: material, daysBefore: [1], to: [role-holders]}\n      deadlines:");
        assertProblem(
                withoutMaterial,
                14,
                ProblemKind.REMINDER_WITHOUT_DEADLINE,
                "test.yaml:14: there is no deadline 'material' to remind of (the forum has: agenda-cutoff, notice, "
                        + "minutes)");
    }

    @Test
    void unknown_keys_in_the_block_are_named() {
        assertProblem(
                FILE.replace("remindSubmitters: false", "remindSubmiters: false"), 7, ProblemKind.UNKNOWN_KEY, null);
    }

    private static Forum forum(Structure structure, String id) {
        return structure.forum(id).orElseThrow();
    }

    private List<Problem> problemsOf(String content) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> reader.read("test.yaml", content))
                .isInstanceOf(InvalidStructureFile.class)
                .satisfies(t -> thrown[0] = t);
        return ((InvalidStructureFile) thrown[0]).problems();
    }

    private void assertProblem(String content, int line, ProblemKind kind, String message) {
        List<Problem> problems = problemsOf(content);
        assertThat(problems).as("problems of%n%s", content).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.line()).isEqualTo(line);
            if (message != null) {
                assertThat(p.message(Language.ENGLISH)).isEqualTo(message);
            }
        });
    }
}
