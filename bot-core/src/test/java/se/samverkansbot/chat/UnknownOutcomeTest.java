package se.samverkansbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A keyed write whose outcome is unknown is settled by its request id before anyone is told it failed. */
class UnknownOutcomeTest {
    private final List<String> looks = new ArrayList<>();

    @Test
    void a_write_that_answers_is_its_own_outcome_and_nothing_is_looked_up() {
        assertThat(UnknownOutcome.reconciled(() -> "A-FIRST", () -> look(Optional.of("other"))))
                .isEqualTo("A-FIRST");
        assertThat(looks).isEmpty();
    }

    @Test
    void a_write_that_landed_but_whose_answer_was_lost_is_found_by_its_request_id() {
        String outcome = UnknownOutcome.reconciled(
                () -> {
                    throw new IllegalStateException("socket read timed out");
                },
                () -> look(Optional.of("A-LANDED")));

        assertThat(outcome).isEqualTo("A-LANDED");
        assertThat(looks).hasSize(1);
    }

    @Test
    void a_write_found_nowhere_after_a_second_look_did_not_land() {
        IllegalStateException lost = new IllegalStateException("connection reset");

        assertThatThrownBy(() -> UnknownOutcome.reconciled(
                        () -> {
                            throw lost;
                        },
                        () -> look(Optional.empty())))
                .isInstanceOf(UnknownOutcome.NotLanded.class)
                .isInstanceOf(UnknownOutcome.NothingWritten.class)
                .hasCause(lost);
        assertThat(looks).hasSize(2);
    }

    @Test
    void a_write_that_shows_at_the_second_look_is_the_outcome() {
        List<Optional<String>> answers = new ArrayList<>(List.of(Optional.empty(), Optional.of("A-LATE1")));

        assertThat(UnknownOutcome.reconciled(
                        () -> {
                            throw new IllegalStateException("timed out");
                        },
                        () -> look(answers.removeFirst())))
                .isEqualTo("A-LATE1");
    }

    @Test
    void when_the_lookup_fails_too_the_outcome_stays_unknown_with_the_writes_failure_and_the_lookups_attached() {
        IllegalStateException lost = new IllegalStateException("connection reset");
        IllegalStateException noServer = new IllegalStateException("no server");

        assertThatThrownBy(() -> UnknownOutcome.reconciled(
                        () -> {
                            throw lost;
                        },
                        () -> {
                            looks.add("look");
                            throw noServer;
                        }))
                .isInstanceOf(UnknownOutcome.StillUnknown.class)
                .hasCause(lost)
                .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(noServer));
        assertThat(looks).as("no second look at a database that is away").hasSize(1);
    }

    @Test
    void a_lookup_that_was_never_sent_either_leaves_the_outcome_unknown_not_nothing_written() {
        assertThatThrownBy(() -> UnknownOutcome.reconciled(
                        () -> {
                            throw new IllegalStateException("socket read timed out");
                        },
                        () -> {
                            throw new UnknownOutcome.NotSent(new IllegalStateException("no server to send to"));
                        }))
                .isInstanceOf(UnknownOutcome.StillUnknown.class)
                .isNotInstanceOf(UnknownOutcome.NothingWritten.class);
    }

    @Test
    void a_write_that_was_never_sent_is_nothing_written_and_not_looked_up() {
        UnknownOutcome.NotSent notSent = new UnknownOutcome.NotSent(new IllegalStateException("connection refused"));

        assertThatThrownBy(() -> UnknownOutcome.reconciled(
                        () -> {
                            throw notSent;
                        },
                        () -> look(Optional.of("A-OTHER"))))
                .isSameAs(notSent)
                .isInstanceOf(UnknownOutcome.NothingWritten.class);
        assertThat(looks).isEmpty();
    }

    @Test
    void a_failure_that_says_nothing_was_written_is_not_looked_up() {
        class Refused extends UnknownOutcome.NothingWritten {
            Refused() {
                super("id taken", null);
            }
        }

        assertThatThrownBy(() -> UnknownOutcome.reconciled(
                        () -> {
                            throw new Refused();
                        },
                        () -> look(Optional.of("A-OTHER"))))
                .isInstanceOf(Refused.class);
        assertThat(looks).isEmpty();
    }

    private Optional<String> look(Optional<String> answer) {
        looks.add("look");
        return answer;
    }
}
