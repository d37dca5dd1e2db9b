package se.samverkansbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.ConversationAddress;
import se.samverkansbot.chat.Form;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.chat.Sender;
import se.samverkansbot.chat.UserAction;
import se.samverkansbot.register.Register;
import se.samverkansbot.reminder.RecipientDirectory;

/**
 * Conversations as dialogue, without any chat platform, through the core as the application wires it:
 * {@code bot.hears("…").from("denise-wallen").replies("…")}, then {@code bot.presses(said.choice("Godkänn …"))
 * .by("…")} or {@code bot.submits(form).from("…")}. The clock is fixed so answers about "today" are repeatable.
 */
public final class ConversationHarness {
    public static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));

    private final TestCore core;

    public ConversationHarness(Register register, RecipientDirectory directory, Clock clock) {
        this.core = TestCore.of(register, directory, clock);
    }

    /** A conversation with a core built by the test, e.g. over a register that changes. */
    public ConversationHarness(TestCore core) {
        this.core = core;
    }

    public static ConversationHarness withShippedStructures() {
        return withShippedStructuresAt(CLOCK);
    }

    public static ConversationHarness withShippedStructuresAt(Clock clock) {
        return new ConversationHarness(ShippedStructures.register(), SmallForum.DIRECTORY, clock);
    }

    /** The core behind the conversation, with its stores, for arranging meetings and looking at what was stored. */
    public TestCore core() {
        return core;
    }

    public Hearing hears(String text) {
        return new Hearing(new UserAction.Said(text), null, null, null);
    }

    /** A button the bot offered, pressed. */
    public Hearing presses(Command command) {
        return new Hearing(new UserAction.Pressed(command), null, null, null);
    }

    /** A form filled in and submitted, as a platform would send it (with its request id, the same on a retry). */
    public Hearing submits(Form form, String requestId) {
        return new Hearing(new UserAction.Submitted(form), null, requestId, null);
    }

    public final class Hearing {
        private final UserAction action;
        private final String locale;
        private final String requestId;
        private final ConversationAddress where;

        private Hearing(UserAction action, String locale, String requestId, ConversationAddress where) {
            this.action = action;
            this.locale = locale;
            this.requestId = requestId;
            this.where = where;
        }

        /** The platform or user prefers this language (the web API's "locale"). */
        public Hearing inLocale(String locale) {
            return new Hearing(action, locale, requestId, where);
        }

        /** Written in a Slack channel with this id (for commands that act on the channel). */
        public Hearing inSlackChannel(String channelId) {
            return new Hearing(
                    action, locale, requestId, new ConversationAddress(Platform.SLACK, channelId, null, false));
        }

        /** The platform's request id, the same when it retries. */
        public Hearing withRequestId(String id) {
            return new Hearing(action, locale, id, where);
        }

        public Said from(String user) {
            ConversationAddress address = where != null ? where : ConversationAddress.webChat(user);
            Sender sender = where != null ? new Sender(where.platform(), user, null, null) : Sender.web(user);
            return new Said(
                    core.core().conversation().handle(new InboundMessage(sender, address, action, locale, requestId)));
        }

        /** The same as {@link #from}, for a button: pressed by someone. */
        public Said by(String user) {
            return from(user);
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

        public String text() {
            return reply.text();
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
            assertThat(reply.language())
                    .as("language of: %s", reply.text())
                    .isEqualTo(se.samverkansbot.register.Language.SWEDISH);
            return this;
        }

        public Said inEnglish() {
            assertThat(reply.language())
                    .as("language of: %s", reply.text())
                    .isEqualTo(se.samverkansbot.register.Language.ENGLISH);
            return this;
        }

        public Said offersChoices(String... labels) {
            assertThat(choices().stream().map(ReplyPart.Choice::label).toList())
                    .as("choices in: %s", reply.text())
                    .contains(labels);
            return this;
        }

        /** The command of the button whose label starts with {@code label}. */
        public Command choice(String label) {
            return choices().stream()
                    .filter(c -> c.label().startsWith(label))
                    .findFirst()
                    .map(ReplyPart.Choice::command)
                    .orElseThrow(() -> new AssertionError("no button \"" + label + "\" in: " + reply.text()));
        }

        public List<ReplyPart.Choice> choices() {
            return reply.parts().stream()
                    .filter(p -> p instanceof ReplyPart.Choices)
                    .flatMap(p -> ((ReplyPart.Choices) p).choices().stream())
                    .toList();
        }
    }
}
