package se.samverkansbot.app.benchmark;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;

import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.InboundRequests;
import se.samverkansbot.testing.ForwardingInboundRequests;

/**
 * Where an acknowledgement's time goes inside the app, for the benchmark to print: from the first servlet filter to
 * the response (the app's share of the round trip), and of that the inbox insert (through the driver to the store
 * and its commit) and the rest (signature check, Bolt, our handler). Installed into the app by the benchmark only.
 */
final class AckTimings implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    final ConcurrentLinkedQueue<Long> inAppMicros = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> insertMicros = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> restMicros = new ConcurrentLinkedQueue<>();

    /** The insert's time on this request's thread (Bolt answers a servlet request on the thread that took it). */
    private final ThreadLocal<long[]> insertNanos = ThreadLocal.withInitial(() -> new long[1]);

    void clear() {
        inAppMicros.clear();
        insertMicros.clear();
        restMicros.clear();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof InboundRequests requests ? new Timed(requests) : bean;
            }
        });
        ((GenericApplicationContext) context).registerBean("ackTimings", FilterRegistrationBean.class, () -> {
            FilterRegistrationBean<HttpFilter> registration = new FilterRegistrationBean<>(new HttpFilter() {
                @Override
                protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws IOException, ServletException {
                    long[] insert = insertNanos.get();
                    insert[0] = 0;
                    long start = System.nanoTime();
                    try {
                        chain.doFilter(request, response);
                    } finally {
                        long total = System.nanoTime() - start;
                        inAppMicros.add(total / 1000);
                        insertMicros.add(insert[0] / 1000);
                        restMicros.add((total - insert[0]) / 1000);
                    }
                }
            });
            registration.addUrlPatterns("/slack/events");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        });
    }

    /** The app's inbox, timing each receive. */
    private final class Timed extends ForwardingInboundRequests {
        Timed(InboundRequests requests) {
            super(requests);
        }

        @Override
        public Optional<InboundRequest> receive(
                InboundMessage message, Map<String, String> replyTo, String worker, Instant now, Duration lease) {
            long start = System.nanoTime();
            try {
                return super.receive(message, replyTo, worker, now, lease);
            } finally {
                insertNanos.get()[0] += System.nanoTime() - start;
            }
        }
    }
}
