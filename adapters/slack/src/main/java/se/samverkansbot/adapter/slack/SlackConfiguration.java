package se.samverkansbot.adapter.slack;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import se.samverkansbot.chat.DurableInbox;
import se.samverkansbot.chat.InboundRequests;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.PlatformAccounts;
import se.samverkansbot.core.Core;
import se.samverkansbot.reminder.PlatformMessenger;
import se.samverkansbot.reminder.RateGate;

/**
 * Slack, when configured: Bolt's app with our handlers, served at {@code /slack/events} behind our signature
 * check (HTTP mode) or connected out through Socket Mode (for networks without a public URL). Without
 * credentials Slack stays off and the log says so once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlackProperties.class)
public class SlackConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

    @Bean
    ApplicationListener<ApplicationReadyEvent> slackStatus(SlackProperties properties) {
        return event -> {
            if (!properties.configured()) {
                log.info("Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN with "
                        + "samverkan.slack.mode=socket (Socket Mode) to connect it.");
            } else {
                log.info("Slack is on ({} mode)", properties.socketMode() ? "Socket" : "HTTP");
            }
        };
    }

    @Bean
    @Conditional(SlackConditions.On.class)
    Slack slack(SlackProperties properties) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(
                properties.apiUrl().endsWith("/") ? properties.apiUrl() : properties.apiUrl() + "/");
        config.setPrettyResponseLoggingEnabled(false);
        return Slack.getInstance(config);
    }

    @Bean(destroyMethod = "close")
    @Conditional(SlackConditions.On.class)
    ExecutorService slackWork() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    /**
     * Slack's requests, stored before they are acknowledged. The worker name is unique per process, so a restarted
     * process never mistakes an old claim for its own.
     */
    @Bean
    @Conditional(SlackConditions.On.class)
    DurableInbox slackInbox(
            InboundRequests requests,
            Clock clock,
            @Value("${samverkan.inbox.lease:PT1M}") Duration lease,
            @Value("${samverkan.inbox.max-attempts:5}") int maxAttempts) {
        String worker = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        return new DurableInbox(requests, Platform.SLACK, worker, lease, maxAttempts, clock);
    }

    @Bean
    @Conditional(SlackConditions.On.class)
    SlackBot slackBot(
            SlackProperties properties,
            Slack slack,
            Core core,
            DurableInbox slackInbox,
            ExecutorService slackWork,
            PlatformAccounts accounts,
            Clock clock) {
        // SlackSignatureFilter verifies every HTTP request first, stricter than Bolt (both directions of the time
        // window, constant-time compare), on the exact bytes; Bolt's own check re-reads the body line by line and
        // can reject a valid one, so it is off. Socket Mode needs no signature.
        AppConfig config = AppConfig.builder()
                .singleTeamBotToken(properties.botToken())
                .signingSecret(properties.signingSecret())
                .requestVerificationEnabled(false)
                .slack(slack)
                .build();
        return SlackBot.create(
                config,
                core,
                slackInbox,
                slackWork,
                new SlackIdentities(slack.methods(properties.botToken()), accounts),
                properties.command(),
                clock);
    }

    @Bean
    @Conditional(SlackConditions.On.class)
    App slackApp(SlackBot slackBot) {
        return slackBot.app();
    }

    /** Every tick, requests whose worker died (on any instance) are taken over once their lease has passed. */
    @Bean(destroyMethod = "shutdownNow")
    @Conditional(SlackConditions.On.class)
    ScheduledExecutorService slackInboxRecovery(
            SlackBot slackBot, @Value("${samverkan.inbox.tick:PT10S}") Duration tick) {
        ScheduledExecutorService recovery = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("slack-inbox-recovery").daemon().factory());
        recovery.scheduleWithFixedDelay(
                () -> {
                    try {
                        slackBot.recover();
                    } catch (RuntimeException e) {
                        log.warn("Taking over abandoned Slack requests failed, trying again: {}", e.toString());
                    }
                },
                tick.toMillis(),
                tick.toMillis(),
                TimeUnit.MILLISECONDS);
        return recovery;
    }

    @Bean
    @Conditional(SlackConditions.OnHttp.class)
    ServletRegistrationBean<SlackAppServlet> slackServlet(App slackApp) {
        return new ServletRegistrationBean<>(new AcknowledgeFirstServlet(slackApp), "/slack/events");
    }

    @Bean
    @Conditional(SlackConditions.OnHttp.class)
    FilterRegistrationBean<SlackSignatureFilter> slackSignatureFilter(SlackProperties properties, Clock clock) {
        FilterRegistrationBean<SlackSignatureFilter> registration = new FilterRegistrationBean<>(
                new SlackSignatureFilter(new SlackSignature(properties.signingSecret(), clock)));
        registration.setUrlPatterns(List.of("/slack/events"));
        // Early, but after the application's body limit, so an oversized body is refused before it is read.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean(destroyMethod = "close")
    @Conditional(SlackConditions.OnSocketMode.class)
    SocketModeApp slackSocketMode(SlackProperties properties, App slackApp) throws Exception {
        SocketModeApp socketMode =
                new SocketModeApp(properties.appToken(), SocketModeClient.Backend.JavaWebSocket, slackApp);
        socketMode.startAsync();
        return socketMode;
    }

    @Bean
    @Conditional(SlackConditions.On.class)
    PlatformMessenger slackMessenger(SlackProperties properties, Slack slack, Clock clock) {
        return new SlackMessenger(
                slack.methods(properties.botToken()),
                new RateGate(properties.perChannel(), properties.perWorkspaceMinute(), clock));
    }
}
