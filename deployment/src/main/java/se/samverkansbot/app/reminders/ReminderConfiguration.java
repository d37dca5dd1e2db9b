package se.samverkansbot.app.reminders;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samverkansbot.agenda.AgendaItems;
import se.samverkansbot.app.config.SamverkanProperties;
import se.samverkansbot.app.embedded.SoleProcessInboundRequests;
import se.samverkansbot.chat.ConversationReferences;
import se.samverkansbot.chat.InboundRequests;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.PlatformAccounts;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.reminder.ForumChannels;
import se.samverkansbot.reminder.Inbox;
import se.samverkansbot.reminder.InboxMessenger;
import se.samverkansbot.reminder.Mutes;
import se.samverkansbot.reminder.OutboundMessenger;
import se.samverkansbot.reminder.PlatformMessenger;
import se.samverkansbot.reminder.RegisterDirectory;
import se.samverkansbot.reminder.Reminders;
import se.samverkansbot.reminder.RoutingMessenger;
import se.samverkansbot.store.mongo.MongoAgendaItems;
import se.samverkansbot.store.mongo.MongoConversationReferences;
import se.samverkansbot.store.mongo.MongoForumChannels;
import se.samverkansbot.store.mongo.MongoInboundRequests;
import se.samverkansbot.store.mongo.MongoInbox;
import se.samverkansbot.store.mongo.MongoMutes;
import se.samverkansbot.store.mongo.MongoPlatformAccounts;
import se.samverkansbot.store.mongo.MongoReminders;

/**
 * Reminders in the running app. Quartz (in memory) only ticks; the reminders in MongoDB are the truth, so a
 * restart or a second instance loses or doubles nothing.
 */
@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    @Bean
    Reminders reminders(MongoDatabase database) {
        return new MongoReminders(database);
    }

    @Bean
    Mutes mutes(MongoDatabase database) {
        return new MongoMutes(database);
    }

    @Bean
    Inbox inbox(MongoDatabase database) {
        return new MongoInbox(database);
    }

    @Bean
    ForumChannels forumChannels(MongoDatabase database) {
        return new MongoForumChannels(database);
    }

    @Bean
    ConversationReferences conversationReferences(MongoDatabase database, Clock clock) {
        return new MongoConversationReferences(database, clock);
    }

    @Bean
    PlatformAccounts platformAccounts(MongoDatabase database, Clock clock) {
        return new MongoPlatformAccounts(database, clock);
    }

    @Bean
    RegisterDirectory recipientDirectory(
            CurrentRegister register,
            ForumChannels channels,
            ConversationReferences references,
            PlatformAccounts accounts) {
        return new RegisterDirectory(register, channels, references, accounts);
    }

    /**
     * The durable inbox of platform requests: stored before they are acknowledged, done from the record. On the
     * embedded server, which only this process uses, it looks for abandoned requests only when there can be some.
     */
    @Bean
    InboundRequests inboundRequests(MongoDatabase database, SamverkanProperties properties) {
        MongoInboundRequests stored = new MongoInboundRequests(database);
        return properties.embedded() ? new SoleProcessInboundRequests(stored) : stored;
    }

    @Bean
    AgendaItems agendaItems(MongoDatabase database) {
        return new MongoAgendaItems(database);
    }

    /** The in-app inbox always; each connected platform adapter adds its messenger. This router is what senders use. */
    @Bean
    @org.springframework.context.annotation.Primary
    OutboundMessenger outboundMessenger(Inbox inbox, Clock clock, java.util.List<PlatformMessenger> platforms) {
        Map<Platform, OutboundMessenger> byPlatform = new java.util.EnumMap<>(Platform.class);
        byPlatform.put(Platform.WEB, new InboxMessenger(inbox, clock));
        platforms.forEach(messenger -> byPlatform.put(messenger.platform(), messenger));
        return new RoutingMessenger(byPlatform);
    }

    @Bean
    JobDetail scheduleMeetingsJob() {
        return JobBuilder.newJob(ScheduleMeetingsJob.class)
                .withIdentity("schedule-meetings")
                .storeDurably()
                .build();
    }

    /** Once a few seconds after start (the register is loaded by then), then every night at 02:00 Swedish time. */
    @Bean
    Trigger scheduleMeetingsAtStart(
            @org.springframework.beans.factory.annotation.Qualifier("scheduleMeetingsJob")
                    JobDetail scheduleMeetingsJob) {
        return TriggerBuilder.newTrigger()
                .forJob(scheduleMeetingsJob)
                .withIdentity("schedule-meetings-at-start")
                .startAt(java.util.Date.from(java.time.Instant.now().plusSeconds(1)))
                .build();
    }

    @Bean
    Trigger scheduleMeetingsNightly(
            @org.springframework.beans.factory.annotation.Qualifier("scheduleMeetingsJob")
                    JobDetail scheduleMeetingsJob) {
        return TriggerBuilder.newTrigger()
                .forJob(scheduleMeetingsJob)
                .withIdentity("schedule-meetings-nightly")
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(2, 0)
                        .inTimeZone(java.util.TimeZone.getTimeZone("Europe/Stockholm")))
                .build();
    }

    @Bean
    JobDetail dispatchRemindersJob() {
        return JobBuilder.newJob(DispatchRemindersJob.class)
                .withIdentity("dispatch-reminders")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger dispatchRemindersTrigger(
            @org.springframework.beans.factory.annotation.Qualifier("dispatchRemindersJob")
                    JobDetail dispatchRemindersJob,
            @Value("${samverkan.reminders.tick:PT15S}") Duration tick) {
        return TriggerBuilder.newTrigger()
                .forJob(dispatchRemindersJob)
                .withIdentity("dispatch-reminders-tick")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(tick.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
