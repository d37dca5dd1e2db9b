package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.ConversationAddress;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.PendingConfirmations.Pending;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Sender;
import se.samverkansbot.chat.UnknownOutcome;
import se.samverkansbot.chat.UserAction;
import se.samverkansbot.core.Core;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.store.mongo.MongoMeetings;
import se.samverkansbot.store.mongo.MongoPendingConfirmations;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;

/**
 * Olle confirms cancelling Gruppen's meeting; the confirmation is taken, then the meetings cannot be reached. He is
 * not told that nothing was saved (the confirmation is used up, and "confirm" again would find nothing waiting):
 * it is not known, and the same request again cancels the meeting. Once done, the request acts no more.
 */
class ConfirmationOutcomeTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final TestCore core = TestCore.of(SmallForum.REGISTER, SmallForum.DIRECTORY, clock);
    private final String meetingId = core.aMeetingOfGruppen(Instant.parse("2027-01-07T08:00:00Z"))
            .orElseThrow()
            .id();
    private final MongoPendingConfirmations confirmations = new MongoPendingConfirmations(core.database());

    {
        confirmations.save(new Pending(
                "CANCEL",
                "ordf",
                "meeting.cancel",
                Map.of("meetingId", meetingId, "language", "SWEDISH"),
                clock.instant().plusSeconds(1800)));
    }

    @Test
    void a_confirmation_taken_whose_action_failed_is_not_known_and_its_request_again_acts_once() {
        withTheMeetingsAway(away -> assertThatThrownBy(() -> away.conversation().handle(confirms("web:ordf:c-1")))
                .isInstanceOf(UnknownOutcome.StillUnknown.class)
                .isNotInstanceOf(UnknownOutcome.NothingWritten.class));
        assertThat(core.meetings().byId(meetingId).orElseThrow().status()).isNotEqualTo(MeetingStatus.CANCELLED);

        String retried =
                core.core().conversation().handle(confirms("web:ordf:c-1")).text();

        assertThat(retried).startsWith("Klart: mötet").contains("är inställt");
        assertThat(core.meetings().byId(meetingId).orElseThrow().status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(core.core().conversation().handle(confirms("web:ordf:c-1")).text())
                .as("done: the same request again acts no more")
                .startsWith("Jag hittar ingen ändring som väntar på dig med koden CANCEL");
    }

    @Test
    void another_request_cannot_take_a_confirmation_its_first_request_is_still_finishing() {
        withTheMeetingsAway(away -> assertThatThrownBy(() -> away.conversation().handle(confirms("web:ordf:c-2")))
                .isInstanceOf(UnknownOutcome.StillUnknown.class));

        assertThat(core.core().conversation().handle(confirms("web:ordf:c-3")).text())
                .startsWith("Jag hittar ingen ändring som väntar på dig med koden CANCEL");
    }

    private static InboundMessage confirms(String requestId) {
        return new InboundMessage(
                new Sender(Platform.WEB, "ordf", null, null),
                ConversationAddress.webChat("ordf"),
                new UserAction.Pressed(new Command.Confirm("CANCEL")),
                "sv",
                requestId);
    }

    /** The same core, except that the meetings are in a database that has gone away (the real driver). */
    private void withTheMeetingsAway(java.util.function.Consumer<Core> use) {
        MongoServer away = new MongoServer(new MemoryBackend());
        InetSocketAddress address = away.bind();
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(300, TimeUnit.MILLISECONDS))
                .build())) {
            MongoMeetings meetingsAway = new MongoMeetings(client.getDatabase("away"));
            away.shutdownNow();
            use.accept(new Core(new Core.Ports(
                    () -> SmallForum.REGISTER,
                    meetingsAway,
                    core.reminders(),
                    core.items(),
                    confirmations,
                    core.channels(),
                    core.mutes(),
                    SmallForum.DIRECTORY,
                    core.minutes(),
                    core.followUps(),
                    clock)));
        }
    }
}
