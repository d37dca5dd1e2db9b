package se.samverkansbot.app.core;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samverkansbot.agenda.AgendaItems;
import se.samverkansbot.agenda.ExportAgendaItems;
import se.samverkansbot.core.Core;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.meeting.ScheduleFromRegister;
import se.samverkansbot.meeting.YearWheel;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.EditRegister;
import se.samverkansbot.register.Structures;
import se.samverkansbot.reminder.EndingMandates;
import se.samverkansbot.reminder.ForumChannels;
import se.samverkansbot.reminder.Mutes;
import se.samverkansbot.reminder.OutboundMessenger;
import se.samverkansbot.reminder.RecipientDirectory;
import se.samverkansbot.reminder.Reminders;
import se.samverkansbot.reminder.ReplanReminders;
import se.samverkansbot.reminder.SendDueReminders;
import se.samverkansbot.store.mongo.MongoFollowUps;
import se.samverkansbot.store.mongo.MongoMinutesRecords;
import se.samverkansbot.store.mongo.MongoPendingConfirmations;
import se.samverkansbot.store.mongo.MongoRegisterChanges;

/**
 * The core, built once from the running app's ports: the MongoDB stores, the loaded register, the directory of
 * who is reached where (with email when it is on) and the Swedish clock. Each adapter gets the {@link Core} and
 * calls its use cases; the jobs get the few use cases they run. The ports arrive here already decorated (metrics),
 * so the core neither knows nor cares.
 */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    Core.Ports corePorts(
            CurrentRegister register,
            Meetings meetings,
            Reminders reminders,
            AgendaItems agendaItems,
            MongoDatabase database,
            ForumChannels channels,
            Mutes mutes,
            RecipientDirectory directory,
            Clock clock) {
        return new Core.Ports(
                register,
                meetings,
                reminders,
                agendaItems,
                new MongoPendingConfirmations(database),
                channels,
                mutes,
                directory,
                new MongoMinutesRecords(database),
                new MongoFollowUps(database),
                clock);
    }

    @Bean
    Core core(Core.Ports ports) {
        return new Core(ports);
    }

    @Bean
    ScheduleFromRegister scheduleFromRegister(Core core) {
        return core.scheduleFromRegister();
    }

    @Bean
    ReplanReminders replanReminders(Core core) {
        return core.replanReminders();
    }

    @Bean
    YearWheel yearWheel(Core core) {
        return core.yearWheel();
    }

    @Bean
    ExportAgendaItems exportAgendaItems(Core core) {
        return core.exportAgendaItems();
    }

    @Bean
    EndingMandates endingMandates(
            Core core,
            @Value("${samverkan.reminders.mandate-warning:P60D}") Period window,
            @Value("${samverkan.administrators:}") java.util.List<String> administrators) {
        return core.endingMandates(
                window, administrators.stream().filter(a -> !a.isBlank()).toList());
    }

    /** The register kept in the app: stored with the structures, its history beside them, published at once. */
    @Bean
    EditRegister editRegister(
            Core core,
            Structures structures,
            MongoDatabase database,
            CurrentRegister register,
            @Value("${samverkan.administrators:}") java.util.List<String> administrators) {
        return core.editRegister(
                structures,
                new MongoRegisterChanges(database),
                register,
                administrators.stream().filter(a -> !a.isBlank()).toList());
    }

    @Bean
    SendDueReminders sendDueReminders(
            Core core,
            OutboundMessenger messenger,
            @Value("${samverkan.reminders.lease:PT2M}") Duration lease,
            @Value("${samverkan.reminders.max-attempts:5}") int maxAttempts,
            @Value("${samverkan.reminders.lanes-per-platform:4}") int lanesPerPlatform) {
        // Unique per process, so a restarted process never mistakes an old claim for its own.
        String worker = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        return core.sendDueReminders(messenger, worker, lease, maxAttempts, lanesPerPlatform);
    }
}
