package se.samverkansbot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.samverkansbot.register.Register;
import se.samverkansbot.testing.ShippedStructures;
import se.samverkansbot.time.SwedishTime;

/** Whether a question asks for a time: "when" as the question, not as a clause that says when something else was. */
class AsksWhenTest {
    private final Register register = ShippedStructures.register();
    private final Understanding understanding =
            new Understanding(() -> register, Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), SwedishTime.ZONE));

    private boolean asksWhen(String question) {
        return understanding.understand(question, Optional.empty(), null, null).asksWhen();
    }

    @Test
    void a_when_before_an_ing_verb_says_when_something_else_was_and_asks_no_time() {
        assertThat(asksWhen("Which horizontal assignments were mentioned when working on the new model?"))
                .isFalse();
    }

    @Test
    void a_when_that_opens_the_question_asks_a_time_even_before_during() {
        assertThat(asksWhen("When during the spring is the joint meeting held?"))
                .isTrue();
        assertThat(asksWhen("When is the next meeting of Länsledning?")).isTrue();
        assertThat(asksWhen("När ska det nya presidiet väljas?")).isTrue();
    }
}
