package se.samverkansbot.adapter.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import se.samverkansbot.agenda.AgendaRules;
import se.samverkansbot.agenda.ExportAgendaItems;
import se.samverkansbot.agenda.TellPeople;
import se.samverkansbot.answering.Conversation;
import se.samverkansbot.answering.QuestionAnswering;
import se.samverkansbot.meeting.ScheduleMeetings;
import se.samverkansbot.meeting.WorkingDays;
import se.samverkansbot.meeting.YearWheel;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.reminder.Inbox;
import se.samverkansbot.reminder.PlanReminders;
import se.samverkansbot.store.mongo.MongoAgendaItems;
import se.samverkansbot.store.mongo.MongoPendingConfirmations;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.InMemoryMeetings;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.ShippedStructures;
import se.samverkansbot.testing.SmallForum;

/** The web adapter on its own: the real core over the shipped register, behind real HTTP. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WebChatConfiguration.class)
class WebChatTestApplication {

    @Bean
    CurrentRegister register() {
        CurrentRegister register = new CurrentRegister();
        // The shipped structures, and a small one where Sara is secretary of Gruppen (HälSam names no secretaries).
        register.accept(new se.samverkansbot.register.Register(java.util.stream.Stream.concat(
                        ShippedStructures.register().structures().stream(), SmallForum.REGISTER.structures().stream())
                .toList()));
        return register;
    }

    /** The inbox as a map; MongoInbox is tested against the embedded server in bot-core. */
    @Bean
    Inbox inbox() {
        return new Inbox() {
            private final Map<String, Message> messages = new ConcurrentHashMap<>();

            @Override
            public String deliver(Message message) {
                messages.putIfAbsent(message.deliveryKey(), message);
                return message.deliveryKey();
            }

            @Override
            public Optional<Message> byKey(String deliveryKey) {
                return Optional.ofNullable(messages.get(deliveryKey));
            }

            @Override
            public List<Message> latest(String personId, int limit) {
                return messages.values().stream()
                        .filter(m -> m.personId().equals(personId))
                        .sorted(Comparator.comparing(Message::at).reversed())
                        .limit(limit)
                        .toList();
            }
        };
    }

    @Bean
    InMemoryMeetings meetings() {
        return new InMemoryMeetings();
    }

    @Bean
    YearWheel yearWheel(InMemoryMeetings meetings) {
        return new YearWheel(meetings);
    }

    @Bean
    MongoAgendaItems agendaItems(InMemoryMongo mongo) {
        return new MongoAgendaItems(mongo.freshDatabase());
    }

    @Bean
    ExportAgendaItems exportAgendaItems(MongoAgendaItems items) {
        return new ExportAgendaItems(items);
    }

    @Bean
    AgendaRules agendaRules(CurrentRegister register, InMemoryMeetings meetings) {
        return new AgendaRules(register, meetings);
    }

    @Bean(destroyMethod = "close")
    InMemoryMongo mongo() {
        return new InMemoryMongo();
    }

    @Bean
    Conversation conversation(
            CurrentRegister register, InMemoryMeetings meetings, InMemoryMongo mongo, MongoAgendaItems items) {
        MongoDatabase database = mongo.freshDatabase();
        MongoReminders reminders = new MongoReminders(database);
        ScheduleMeetings schedule = new ScheduleMeetings(
                meetings,
                reminders,
                new PlanReminders(reminders, SmallForum.DIRECTORY, register, new WorkingDays()),
                new WorkingDays(),
                ConversationHarness.CLOCK);
        return new Conversation(
                new QuestionAnswering(register, meetings, ConversationHarness.CLOCK),
                meetings,
                schedule,
                new MongoPendingConfirmations(database),
                items,
                new TellPeople(reminders, SmallForum.DIRECTORY, ConversationHarness.CLOCK),
                new se.samverkansbot.store.mongo.MongoForumChannels(database),
                ConversationHarness.CLOCK);
    }
}
