package se.samverkansbot.adapter.teams;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import se.samverkansbot.chat.ConversationReferences;
import se.samverkansbot.chat.DurableInbox;
import se.samverkansbot.chat.InboundRequests;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.PlatformAccounts;
import se.samverkansbot.core.Core;
import se.samverkansbot.reminder.PlatformMessenger;
import se.samverkansbot.reminder.RateGate;

/**
 * Teams, when configured with the app's id and password (and tenant for single-tenant registrations). Without
 * them Teams stays off and says so once. Authentication can be turned off only by an explicit setting, for the
 * Bot Framework Emulator; the log then says so loudly at every start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TeamsProperties.class)
public class TeamsConfiguration {
    private static final Logger log = LoggerFactory.getLogger(TeamsConfiguration.class);

    static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return org.springframework.boot.context.properties.bind.Binder.get(context.getEnvironment())
                    .bind("samverkan.teams", TeamsProperties.class)
                    .map(TeamsProperties::configured)
                    .orElse(false);
        }
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> teamsStatus(TeamsProperties properties) {
        return event -> {
            if (properties.authDisabled()) {
                log.warn(
                        "TEAMS AUTHENTICATION IS OFF (samverkan.teams.auth-disabled=true): anyone can post to /api/messages. "
                                + "Use this only with the Bot Framework Emulator on your own machine, never in production.");
            } else if (!properties.configured()) {
                log.info(
                        "Teams is off: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (and MICROSOFT_APP_TENANT_ID for a single-tenant app).");
            } else {
                log.info(
                        "Teams is on (app {}{})",
                        properties.appId(),
                        TeamsProperties.present(properties.tenantId()) ? ", single-tenant" : "");
            }
        };
    }

    @Bean
    @Conditional(On.class)
    TeamsAdapter teamsAdapter(TeamsProperties properties, ObjectProvider<AppCredentials> suppliedCredentials) {
        if (TeamsProperties.present(properties.openIdMetadataUrl())) {
            ChannelValidation.setOpenIdMetaDataUrl(properties.openIdMetadataUrl());
        }
        String appId =
                properties.authDisabled() && !TeamsProperties.present(properties.appId()) ? "" : properties.appId();
        AppCredentials outbound =
                suppliedCredentials.getIfAvailable(() -> TeamsProperties.present(properties.tenantId())
                        ? new MicrosoftAppCredentials(appId, properties.appPassword(), properties.tenantId())
                        : new MicrosoftAppCredentials(appId, properties.appPassword()));
        return new TeamsAdapter(
                new SimpleCredentialProvider(appId, properties.appPassword()),
                new AuthenticationConfiguration(),
                outbound,
                appId);
    }

    @Bean(destroyMethod = "close")
    @Conditional(On.class)
    ExecutorService teamsWork() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    /**
     * Teams' messages, stored before the Bot Connector gets its answer. The worker name is unique per process, so a
     * restarted process never mistakes an old claim for its own.
     */
    @Bean
    @Conditional(On.class)
    DurableInbox teamsInbox(
            InboundRequests requests,
            Clock clock,
            @Value("${samverkan.inbox.lease:PT1M}") Duration lease,
            @Value("${samverkan.inbox.max-attempts:5}") int maxAttempts) {
        String worker = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        return new DurableInbox(requests, Platform.TEAMS, worker, lease, maxAttempts, clock);
    }

    @Bean
    @Conditional(On.class)
    TeamsBot teamsBot(
            Core core,
            ConversationReferences references,
            PlatformAccounts accounts,
            DurableInbox teamsInbox,
            ExecutorService teamsWork,
            TeamsAdapter adapter,
            Clock clock) {
        return new TeamsBot(
                core, references, new TeamsInbox(teamsInbox, teamsWork, adapter), new TeamsIdentities(accounts), clock);
    }

    /** Every tick, messages whose worker died (on any instance) are taken over once their lease has passed. */
    @Bean(destroyMethod = "shutdownNow")
    @Conditional(On.class)
    ScheduledExecutorService teamsInboxRecovery(
            TeamsBot teamsBot, @Value("${samverkan.inbox.tick:PT10S}") Duration tick) {
        ScheduledExecutorService recovery = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("teams-inbox-recovery").daemon().factory());
        recovery.scheduleWithFixedDelay(
                () -> {
                    try {
                        teamsBot.recover();
                    } catch (RuntimeException e) {
                        log.warn("Taking over abandoned Teams messages failed, trying again: {}", e.toString());
                    }
                },
                tick.toMillis(),
                tick.toMillis(),
                TimeUnit.MILLISECONDS);
        return recovery;
    }

    @Bean
    @Conditional(On.class)
    TeamsController teamsController(TeamsAdapter adapter, TeamsBot bot, TeamsProperties properties) {
        return new TeamsController(adapter, bot, properties);
    }

    /** Seven messages a second per conversation; 50 a second for the app in the tenant. */
    @Bean
    @Conditional(On.class)
    PlatformMessenger teamsMessenger(
            TeamsAdapter adapter, TeamsProperties properties, ConversationReferences references, Clock clock) {
        return new TeamsMessenger(adapter, references, new RateGate(Duration.ofMillis(143), 3000, clock));
    }
}
