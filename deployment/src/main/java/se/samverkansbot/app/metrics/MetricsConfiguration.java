package se.samverkansbot.app.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samverkansbot.reminder.OutboundMessenger;
import se.samverkansbot.reminder.PlatformMessenger;
import se.samverkansbot.reminder.Reminders;

/**
 * Metrics for {@code /actuator/prometheus}, added by decorating the ports the use cases already go through,
 * so neither the core nor the wiring of the use cases knows about them.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    AnswerMetrics answerMetrics(MeterRegistry registry) {
        return new AnswerMetrics(registry);
    }

    /** Static, so wrapping does not pull the registry's own dependencies in early. */
    @Bean
    static BeanPostProcessor measuredPorts(
            ObjectProvider<MeterRegistry> registry, @Value("${samverkan.metrics.late-after:PT5M}") Duration lateAfter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof Reminders reminders && !(bean instanceof MeasuredReminders)) {
                    return new MeasuredReminders(reminders, registry.getObject(), lateAfter);
                }
                // The router every sender uses; each platform's own messenger stays as it is beneath it.
                if (bean instanceof OutboundMessenger messenger
                        && !(bean instanceof PlatformMessenger)
                        && !(bean instanceof MeasuredMessenger)) {
                    return new MeasuredMessenger(messenger, registry.getObject());
                }
                return bean;
            }
        };
    }
}
