package se.samverkansbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import se.samverkansbot.answering.QuestionAnswering;
import se.samverkansbot.conversation.ConversationAddress;
import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.Reply;
import se.samverkansbot.conversation.ReplyPart;
import se.samverkansbot.conversation.Sender;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;

/**
 * Conversations as dialogue, without any chat platform: {@code bot.hears("…").from("denise-wallen")
 * .replies("…")}. The clock is fixed so answers about "today" are repeatable.
 */
public final class ConversationHarness {
    public static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));

    private final QuestionAnswering answering;
    private final Meetings meetings;

    public ConversationHarness(Register register, Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.answering = new QuestionAnswering(() -> register, meetings, clock);
    }

    public static ConversationHarness withShippedStructures() {
        return new ConversationHarness(ShippedStructures.register(), new InMemoryMeetings(), CLOCK);
    }

    public static ConversationHarness withShippedStructuresAt(Clock clock) {
        return new ConversationHarness(ShippedStructures.register(), new InMemoryMeetings(), clock);
    }

    public Meetings meetings() {
        return meetings;
    }

    public Hearing hears(String text) {
        return new Hearing(text, null);
    }

    public final class Hearing {
        private final String text;
        private final String locale;

        private Hearing(String text, String locale) {
            this.text = text;
            this.locale = locale;
        }

        /** The platform or user prefers this language (the web API's "locale"). */
        public Hearing inLocale(String locale) {
            return new Hearing(text, locale);
        }

        public Said from(String user) {
            Sender sender = Sender.web(user);
            return new Said(
                    answering.answer(InboundMessage.text(sender, ConversationAddress.webChat(user), text, locale)));
        }

        public Said fromGuest() {
            return from("gäst");
        }
    }

    public static final class Said {
        private final Reply reply;

        Said(Reply reply) {
            this.reply = reply;
        }

        public Reply reply() {
            return reply;
        }

        public Said replies(String... fragments) {
            assertThat(reply.text()).as("reply").contains(fragments);
            return this;
        }

        public Said doesNotSay(String... fragments) {
            assertThat(reply.text()).as("reply").doesNotContain(fragments);
            return this;
        }

        public Said inSwedish() {
            assertThat(reply.language()).as("language of: %s", reply.text()).isEqualTo(Language.SWEDISH);
            return this;
        }

        public Said inEnglish() {
            assertThat(reply.language()).as("language of: %s", reply.text()).isEqualTo(Language.ENGLISH);
            return this;
        }

        public Said offersChoices(String... labels) {
            List<String> offered = reply.parts().stream()
                    .filter(p -> p instanceof ReplyPart.Choices)
                    .flatMap(p -> ((ReplyPart.Choices) p).choices().stream())
                    .map(ReplyPart.Choice::label)
                    .toList();
            assertThat(offered).as("choices in: %s", reply.text()).contains(labels);
            return this;
        }
    }
}
