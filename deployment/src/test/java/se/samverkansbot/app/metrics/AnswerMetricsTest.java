package se.samverkansbot.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class AnswerMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AnswerMetrics answers = new AnswerMetrics(registry);

    @Test
    void counts_answers_per_kind_apart_from_the_ones_the_bot_did_not_know() {
        answers.answered("next-meeting");
        answers.answered("next-meeting");
        answers.didNotKnow("next-meeting");
        answers.didNotKnow("Representative");

        assertThat(count("next-meeting", "answered")).isEqualTo(2);
        assertThat(count("next-meeting", "dont-know")).isEqualTo(1);
        assertThat(count("representative", "dont-know")).isEqualTo(1);
    }

    private double count(String kind, String outcome) {
        return registry.get("samverkan.answers")
                .tag("kind", kind)
                .tag("outcome", outcome)
                .counter()
                .count();
    }
}
