package se.samverkansbot.adapter.slack;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Slack is on only with credentials; which beans it needs depends on the mode. */
final class SlackConditions {
    private SlackConditions() {}

    static SlackProperties properties(ConditionContext context) {
        return Binder.get(context.getEnvironment())
                .bind("samverkan.slack", SlackProperties.class)
                .orElse(new SlackProperties(
                        null,
                        null,
                        null,
                        "http",
                        "https://slack.com/api/",
                        "/samverkan",
                        java.time.Duration.ofSeconds(1),
                        300));
    }

    static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return properties(context).configured();
        }
    }

    static final class OnHttp implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            SlackProperties properties = properties(context);
            return properties.configured() && !properties.socketMode();
        }
    }

    static final class OnSocketMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            SlackProperties properties = properties(context);
            return properties.configured() && properties.socketMode();
        }
    }
}
