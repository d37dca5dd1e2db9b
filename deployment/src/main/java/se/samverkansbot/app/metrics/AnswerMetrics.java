package se.samverkansbot.app.metrics;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Where answers are counted by kind: {@code samverkan.answers{kind, outcome}} with outcome {@code answered} or
 * {@code dont-know}, so the share of "don't know" per kind is one PromQL division. The answering code calls
 * {@link #answered} and {@link #didNotKnow}; a kind is a short stable name (next-meeting, representative …).
 */
public final class AnswerMetrics {
    private final MeterRegistry registry;

    AnswerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void answered(String kind) {
        counter(kind, "answered").increment();
    }

    public void didNotKnow(String kind) {
        counter(kind, "dont-know").increment();
    }

    private Counter counter(String kind, String outcome) {
        return Counter.builder("samverkan.answers")
                .description("Questions answered, by kind of question and whether the bot knew")
                .tag("kind", kind == null ? "unknown" : kind.toLowerCase(Locale.ROOT))
                .tag("outcome", outcome)
                .register(registry);
    }
}
