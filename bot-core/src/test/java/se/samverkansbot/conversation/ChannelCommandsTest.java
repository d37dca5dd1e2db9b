package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.store.mongo.MongoForumChannels;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;

class ChannelCommandsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final ConversationHarness bot = new ConversationHarness(SmallForum.REGISTER, SmallForum.DIRECTORY, clock);
    private final MongoForumChannels channels = bot.core().channels();

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
        assertThat(bot.hears("koppla kanalen till gruppen").from("sekr").text())
                .startsWith("Skriv det i den Slack- eller Teams-kanal");
        assertThat(channels.linkedTo("test", "grupp")).isEmpty();
    }

    private String inChannel(String user, String text) {
        return bot.hears(text).inSlackChannel("C0GRUPP").from(user).text();
    }
}
