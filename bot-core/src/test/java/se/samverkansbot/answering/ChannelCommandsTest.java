package se.samverkansbot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.samverkansbot.agenda.TellPeople;
import se.samverkansbot.conversation.ConversationAddress;
import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.Platform;
import se.samverkansbot.conversation.Sender;
import se.samverkansbot.meeting.ScheduleMeetings;
import se.samverkansbot.meeting.WorkingDays;
import se.samverkansbot.reminder.PlanReminders;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.store.mongo.MongoAgendaItems;
import se.samverkansbot.store.mongo.MongoForumChannels;
import se.samverkansbot.store.mongo.MongoMeetings;
import se.samverkansbot.store.mongo.MongoPendingConfirmations;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;

class ChannelCommandsTest {
    private static final InMemoryMongo mongo = new InMemoryMongo();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final MongoDatabase database = mongo.freshDatabase();
    private final MongoMeetings meetings = new MongoMeetings(database);
    private final MongoReminders reminders = new MongoReminders(database);
    private final MongoForumChannels channels = new MongoForumChannels(database);
    private final Conversation bot = new Conversation(
            new QuestionAnswering(() -> SmallForum.REGISTER, meetings, clock),
            meetings,
            new ScheduleMeetings(
                    meetings,
                    reminders,
                    new PlanReminders(reminders, SmallForum.DIRECTORY, () -> SmallForum.REGISTER, new WorkingDays()),
                    new WorkingDays(),
                    clock),
            new MongoPendingConfirmations(database),
            new MongoAgendaItems(database),
            new TellPeople(reminders, SmallForum.DIRECTORY, clock),
            channels,
            clock);

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void the_secretary_links_a_slack_channel_to_the_forum_and_can_unlink_it() {
        assertThat(inChannel("sekr", "koppla kanalen till gruppen"))
                .isEqualTo("Klart: kallelser och påminnelser för Gruppen (Testsamverkan) kommer hit.");
        assertThat(channels.linkedTo("test", "grupp")).containsExactly(new Recipient(Platform.SLACK, "C0GRUPP", null));

        assertThat(inChannel("sekr", "unlink this channel from gruppen"))
                .isEqualTo("Done: the channel is no longer linked to Gruppen (Testsamverkan).");
        assertThat(channels.linkedTo("test", "grupp")).isEmpty();
    }

    @Test
    void a_member_may_not_link_and_a_direct_chat_is_not_a_channel() {
        assertThat(inChannel("led", "koppla kanalen till gruppen"))
                .startsWith("Bara forumets ordförande, sammankallande eller sekreterare");
        assertThat(bot.handle(InboundMessage.text(
                                new Sender(Platform.SLACK, "sekr", null, null),
                                new ConversationAddress(Platform.SLACK, "D0DIRECT", null, true),
                                "koppla kanalen till gruppen",
                                null))
                        .text())
                .startsWith("Skriv det i den Slack- eller Teams-kanal");
        assertThat(channels.linkedTo("test", "grupp")).isEmpty();
    }

    private String inChannel(String user, String text) {
        return bot.handle(InboundMessage.text(
                        new Sender(Platform.SLACK, user, null, null),
                        new ConversationAddress(Platform.SLACK, "C0GRUPP", null, false),
                        text,
                        null))
                .text();
    }
}
