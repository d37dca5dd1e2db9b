package se.samverkansbot.register.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansbot.register.Language;
import se.samverkansbot.register.Structure;

class StructureFileReaderTest {
    private final StructureFileReader reader = new StructureFileReader();

    private static final String VALID = """
            version: 1
            structure:
              id: test
              name: Testsamverkan
            parties:
              - {id: region, name: Testregionen, kind: region, principal: true}
              - {id: stad, name: Teststad, kind: municipality, principal: true}
            bodies:
              - {id: stad-soc, party: stad, name: Socialnämnden, kind: board}
            forums:
              - {id: politisk, name: Politisk nivå, level: political}
              - {id: lokal, name: Lokal grupp, level: local, municipality: stad, reportsTo: politisk}
            seats:
              - {id: s1, forum: politisk, role: member, party: stad, body: stad-soc, position: Ordförande, from: 2023-01-01, to: 2026-12-31}
            """;

    @Test
    void reads_a_valid_file() {
        Structure structure = reader.read("test.yaml", VALID);
        assertThat(structure.id()).isEqualTo("test");
        assertThat(structure.forums()).hasSize(2);
        assertThat(structure.consultativeOnly()).isTrue();
    }

    @Test
    void a_forum_may_set_its_follow_up_reminder_days_and_they_must_be_positive_and_ascending() {
        String local = "{id: lokal, name: Lokal grupp, level: local, municipality: stad, reportsTo: politisk";
        Structure set = reader.read("test.yaml", VALID.replace(local, local + ", followUpReminderDays: [14, 45]"));
        assertThat(set.forum("lokal").orElseThrow().followUpReminderDays()).containsExactly(14, 45);
        assertThat(set.forum("politisk").orElseThrow().followUpReminderDays())
                .as("absent: the standard schedule")
                .isEmpty();

        assertProblem(VALID.replace(local, local + ", followUpReminderDays: [60, 30]"), 12, ProblemKind.REMINDER_DAYS);
        assertProblem(VALID.replace(local, local + ", followUpReminderDays: [0, 30]"), 12, ProblemKind.REMINDER_DAYS);
        assertProblem(VALID.replace(local, local + ", followUpReminderDays: [30, 30]"), 12, ProblemKind.REMINDER_DAYS);
        assertProblem(
                VALID.replace(local, local + ", followUpReminderDays: [trettio]"), 12, ProblemKind.EXPECTED_NUMBER);
        assertThat(problems(VALID.replace(local, local + ", followUpReminderDays: [60, 30]")))
                .anySatisfy(p -> assertThat(p.message(Language.SWEDISH))
                        .contains("'followUpReminderDays' ska vara dagar efter publiceringen"));
    }

    @Test
    void a_file_over_the_character_limit_is_refused_even_when_the_excess_is_only_a_trailing_comment() {
        String padded = VALID + "# " + "x".repeat(StructureFileReader.MAX_FILE_CHARS) + "\n";

        assertThatThrownBy(() -> reader.read("stor.yaml", padded))
                .isInstanceOfSatisfying(
                        InvalidStructureFile.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(problem -> assertThat(problem.kind()).isEqualTo(ProblemKind.TOO_LONG)));
    }

    /** A sparse file: 400 MB to the file system, nothing on disk, and never in the heap. */
    @Test
    void a_huge_file_is_refused_by_its_size_before_it_is_read(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path huge = dir.resolve("enorm.yaml");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(400L * 1024 * 1024);
        }

        assertThatThrownBy(() -> reader.read(huge))
                .isInstanceOfSatisfying(
                        InvalidStructureFile.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.kind()).isEqualTo(ProblemKind.TOO_LARGE);
                            assertThat(problem.arguments()).containsExactly("419.4", "8.0");
                        }));
    }

    @Test
    void reports_a_syntax_error_with_its_line() {
        assertProblem(VALID + "forums: [unclosed\n", 16, ProblemKind.SYNTAX);
    }

    @Test
    void reports_an_unknown_key_with_the_closest_known_key() {
        List<Problem> problems =
                problems(VALID.replace("level: political}", "level: political, mandat: {summary: x}}"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.kind()).isEqualTo(ProblemKind.UNKNOWN_KEY);
            assertThat(p.message(Language.ENGLISH))
                    .isEqualTo("test.yaml:11: unknown key 'mandat' (did you mean 'mandate'?)");
            assertThat(p.message(Language.SWEDISH))
                    .isEqualTo("test.yaml:11: okänd nyckel 'mandat' (menade du 'mandate'?)");
        });
    }

    @Test
    void reports_a_duplicate_id_and_where_it_was_first_used() {
        List<Problem> problems = problems(
                VALID.replace("{id: lokal,", "{id: politisk,").replace("reportsTo: politisk", "reportsTo: region-x"));
        assertThat(problems).extracting(Problem::kind).contains(ProblemKind.DUPLICATE_ID);
        assertThat(problems)
                .filteredOn(p -> p.kind() == ProblemKind.DUPLICATE_ID)
                .singleElement()
                .satisfies(p -> assertThat(p.message(Language.ENGLISH))
                        .isEqualTo("test.yaml:12: forum id 'politisk' is already used on line 11"));
    }

    @Test
    void reports_an_unknown_reference_with_a_suggestion() {
        List<Problem> problems = problems(VALID.replace("reportsTo: politisk", "reportsTo: politsk"));
        assertThat(problems)
                .singleElement()
                .satisfies(
                        p -> assertThat(p.message(Language.ENGLISH))
                                .isEqualTo(
                                        "test.yaml:12: 'reportsTo' refers to an unknown forum 'politsk' (did you mean 'politisk'?)"));
    }

    @Test
    void reports_overlapping_periods_for_the_same_seat() {
        String overlapping = VALID
                + "  - {id: s2, forum: politisk, role: member, party: stad, body: stad-soc, position: Ordförande, from: 2026-06-01, to: 2030-12-31}\n";
        assertThat(problems(overlapping)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.SEAT_OVERLAP);
            assertThat(p.line()).isEqualTo(15);
        });
        String successor = VALID
                + "  - {id: s2, forum: politisk, role: member, party: stad, body: stad-soc, position: Ordförande, from: 2027-01-01}\n";
        assertThat(reader.read("test.yaml", successor).seats()).hasSize(2);
    }

    @Test
    void reports_impossible_dates_and_periods_that_end_before_they_start() {
        assertProblem(VALID.replace("from: 2023-01-01", "from: 2023-02-30"), 14, ProblemKind.BAD_DATE);
        assertProblem(VALID.replace("to: 2026-12-31", "to: 2022-12-31"), 14, ProblemKind.PERIOD_REVERSED);
        assertProblem(
                VALID.replace("level: political}", "level: political, validFrom: 2023-13}"),
                11,
                ProblemKind.BAD_PARTIAL_DATE);
    }

    @Test
    void reports_missing_required_values_and_unknown_choices() {
        assertProblem(VALID.replace("name: Testsamverkan", "name:"), 4, ProblemKind.MISSING);
        assertProblem(VALID.replace("level: political}", "level: politisk}"), 11, ProblemKind.BAD_CHOICE);
        assertThat(problems(VALID.replace("level: political}", "level: politisk}"))
                        .getFirst()
                        .message(Language.ENGLISH))
                .contains("political, strategic, county-coordination, local, working-group, preparation");
    }

    @Test
    void reports_values_of_the_wrong_shape() {
        assertProblem(VALID.replace("name: Testsamverkan", "name: [a, b]"), 4, ProblemKind.EXPECTED_TEXT);
        assertProblem(VALID.replace("structure:\n", "structure: hej\nx:\n"), 2, ProblemKind.EXPECTED_MAP);
        assertProblem(
                VALID.replace("principal: true}\n  - {id: stad", "principal: ja}\n  - {id: stad"),
                6,
                ProblemKind.EXPECTED_BOOLEAN);
        assertProblem(
                VALID.replace("{id: stad-soc,", "{id: Stad_Soc,").replace("body: stad-soc,", "body: Stad_Soc,"),
                9,
                ProblemKind.BAD_ID);
    }

    @Test
    void reports_a_seat_without_person_or_position() {
        assertProblem(VALID.replace(", position: Ordförande", ""), 14, ProblemKind.SEAT_HOLDER);
    }

    @Test
    void reports_a_body_of_another_party_and_a_local_group_outside_a_municipality() {
        assertProblem(
                VALID.replace("role: member, party: stad,", "role: member, party: region,"),
                14,
                ProblemKind.BODY_OF_OTHER_PARTY);
        assertProblem(VALID.replace("municipality: stad", "municipality: region"), 12, ProblemKind.NOT_A_MUNICIPALITY);
    }

    @Test
    void reports_a_forum_that_reports_to_itself() {
        assertThat(problems(VALID.replace("level: political}", "level: political, reportsTo: lokal}")))
                .extracting(Problem::kind)
                .contains(ProblemKind.REPORTING_CYCLE);
    }

    @Test
    void reports_a_total_that_is_not_the_sum_of_its_costs() {
        String costs = VALID + """
                adminSupport:
                  costs:
                    - {level: a, resource: b, amountMnkr: 0.9}
                    - {level: a, resource: c, amountMnkr: "0,4"}
                  totalMnkr: 1.4
                """;
        assertThat(problems(costs))
                .singleElement()
                .satisfies(p -> assertThat(p.message(Language.ENGLISH))
                        .isEqualTo("test.yaml:19: totalMnkr 1.4 is not the sum of the cost lines (1.3)"));
    }

    @Test
    void reads_a_meeting_schedule_and_refuses_a_rule_or_time_it_cannot_read() {
        String scheduled = VALID.replace(
                "level: political}",
                "level: political, meets: {schedule: {rule: \"FREQ=YEARLY;BYMONTH=2,9;BYDAY=1TU\", "
                        + "from: 2027-01-01, at: \"13:00\", minutes: 120, place: Sundsvall}}}");
        var schedule = reader.read("test.yaml", scheduled)
                .forum("politisk")
                .orElseThrow()
                .meets()
                .schedule();
        assertThat(schedule.rule()).isEqualTo("FREQ=YEARLY;BYMONTH=2,9;BYDAY=1TU");
        assertThat(schedule.at()).isEqualTo(java.time.LocalTime.of(13, 0));

        assertProblem(scheduled.replace("FREQ=YEARLY", "FREQ=SOMETIMES"), 11, ProblemKind.BAD_RULE);
        assertProblem(scheduled.replace("\"13:00\"", "\"25:00\""), 11, ProblemKind.BAD_TIME);
        assertProblem(scheduled.replace("at: \"13:00\", ", ""), 11, ProblemKind.SCHEDULE_INCOMPLETE);
    }

    @Test
    void reads_a_persons_language_and_a_forum_kept_off_the_public_pages() {
        Structure structure = reader.read(
                "test.yaml",
                VALID.replace(
                                "  - {id: lokal,",
                                "  - {id: sip, name: SIP-gruppen, level: working-group, public: false}\n  - {id: lokal,")
                        + "people:\n  - {id: eva, name: Eva Engelsk, language: en}\n  - {id: sven, name: Sven Svensk}\n");

        assertThat(structure.person("eva")).map(p -> p.language()).contains(Language.ENGLISH);
        assertThat(structure.person("sven")).map(p -> p.language()).contains(Language.SWEDISH);
        assertThat(structure.forum("sip")).map(f -> f.isPublic()).contains(false);
        assertThat(structure.forum("politisk")).map(f -> f.isPublic()).contains(true);
    }

    @Test
    void refuses_a_language_it_does_not_speak() {
        assertProblem(VALID + "people:\n  - {id: eva, name: Eva, language: fr}\n", 16, ProblemKind.BAD_CHOICE);
    }

    @Test
    void refuses_an_empty_file_and_one_that_is_not_a_mapping() {
        assertProblem("", 0, ProblemKind.EMPTY);
        assertProblem("# bara en kommentar\n", 0, ProblemKind.EMPTY);
        assertProblem("- en\n- lista\n", 1, ProblemKind.EXPECTED_MAP);
    }

    @Test
    void does_not_let_yaml_guess_types_behind_the_secretarys_back() {
        // "no" is Norway's country code, not false; an id that looks like a number stays text.
        Structure structure = reader.read("test.yaml", VALID.replace("name: Testsamverkan", "name: no"));
        assertThat(structure.name()).isEqualTo("no");
    }

    @Test
    void reports_every_problem_in_one_go_sorted_by_line() {
        String broken = VALID.replace("kind: region", "kind: landsting")
                .replace("reportsTo: politisk", "reportsTo: x")
                .replace("from: 2023-01-01", "from: igår");
        InvalidStructureFile refused = (InvalidStructureFile) catchRefusal(broken);
        assertThat(refused.problems()).extracting(Problem::line).containsExactly(6, 12, 14);
        assertThat(refused.describe(Language.SWEDISH))
                .startsWith("Strukturfilen avvisades (3 fel), inget har ändrats:");
        assertThat(refused.getMessage())
                .contains("test.yaml:14: 'from' is not a valid date: 'igår' (write YYYY-MM-DD)");
    }

    private void assertProblem(String content, int line, ProblemKind kind) {
        assertThat(problems(content)).as("problems of%n%s", content).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.file()).isEqualTo("test.yaml");
        });
    }

    private List<Problem> problems(String content) {
        return ((InvalidStructureFile) catchRefusal(content)).problems();
    }

    private Throwable catchRefusal(String content) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> reader.read("test.yaml", content))
                .isInstanceOf(InvalidStructureFile.class)
                .satisfies(t -> thrown[0] = t);
        return thrown[0];
    }
}
