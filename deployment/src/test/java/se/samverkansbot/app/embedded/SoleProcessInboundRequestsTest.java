package se.samverkansbot.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverkansbot.chat.ConversationAddress;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.InboundRequests;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Sender;
import se.samverkansbot.chat.UserAction;
import se.samverkansbot.store.mongo.MongoInboundRequests;
import se.samverkansbot.testing.ForwardingInboundRequests;

/**
 * On the embedded server only this process can hold a claim, so the inbox asks the database for abandoned requests
 * only when there can be some: those of an earlier run, a claim of its own whose lease passed unfinished, or a store
 * whose outcome is unknown. A request planted behind its back (which no other process can do on this server) shows
 * when it did not ask.
 */
class SoleProcessInboundRequestsTest {
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Instant START = Instant.parse("2026-12-05T08:00:00Z");

    @TempDir
    Path dataDir;

    private EmbeddedMongo mongo;
    private MongoClient client;
    private InboundRequests database;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(mongo.connectionString());
        database = new MongoInboundRequests(client.getDatabase("inbox"));
    }

    @AfterEach
    void stop() {
        client.close();
        mongo.close();
    }

    @Test
    void takes_over_every_request_an_earlier_run_left_claimed_and_reads_the_stored_requests_only_once() {
        database.receive(message("left-1"), Map.of(), "earlier-run", START.minus(Duration.ofHours(1)), LEASE);
        database.receive(message("left-2"), Map.of(), "earlier-run", START.minus(Duration.ofHours(1)), LEASE);
        int[] searches = new int[1];
        InboundRequests counted = new ForwardingInboundRequests(database) {
            @Override
            public java.util.List<InboundRequest> unfinished(Platform platform) {
                searches[0]++;
                return super.unfinished(platform);
            }

            @Override
            public Optional<InboundRequest> claimAbandoned(
                    Platform platform, String worker, Instant now, Duration lease) {
                searches[0]++;
                return super.claimAbandoned(platform, worker, now, lease);
            }
        };
        InboundRequests inbox = new SoleProcessInboundRequests(counted);

        InboundRequest first =
                inbox.claimAbandoned(Platform.SLACK, "this-run", START, LEASE).orElseThrow();
        assertThat(first.claimedBy()).isEqualTo("this-run");
        InboundRequest second =
                inbox.claimAbandoned(Platform.SLACK, "this-run", START, LEASE).orElseThrow();
        assertThat(inbox.claimAbandoned(Platform.SLACK, "this-run", START, LEASE))
                .isEmpty();
        inbox.markDone(first, START.plusSeconds(1));
        inbox.markDone(second, START.plusSeconds(1));

        plantAbandoned("behind-its-back");
        for (Instant later = START.plus(LEASE);
                later.isBefore(START.plus(Duration.ofHours(1)));
                later = later.plusSeconds(10)) {
            assertThat(inbox.claimAbandoned(Platform.SLACK, "this-run", later, LEASE))
                    .as("nothing of its own unfinished at %s", later)
                    .isEmpty();
        }
        assertThat(searches[0])
                .as("the stored requests are read once, at the first look: an hour of looks every ten seconds after it"
                        + " reads none (no other process can store one behind its back)")
                .isOne();
    }

    @Test
    void a_request_an_earlier_run_claimed_just_before_it_died_is_taken_over_when_its_lease_has_passed() {
        database.receive(message("just-claimed"), Map.of(), "earlier-run", START.minusSeconds(10), LEASE);
        InboundRequests inbox = new SoleProcessInboundRequests(database);

        assertThat(inbox.claimAbandoned(Platform.SLACK, "this-run", START, LEASE))
                .as("still within the earlier run's lease")
                .isEmpty();
        assertThat(inbox.claimAbandoned(Platform.SLACK, "this-run", START.plus(LEASE), LEASE))
                .hasValueSatisfying(request -> assertThat(request.key()).isEqualTo("SLACK:just-claimed"));
    }

    @Test
    void a_claim_of_its_own_whose_lease_passed_unfinished_is_looked_for_and_taken_over() {
        InboundRequests inbox = settled();
        InboundRequest claimed = inbox.receive(message("slow"), Map.of(), "this-run", START, LEASE)
                .orElseThrow();

        assertThat(inbox.claimAbandoned(Platform.SLACK, "this-run", START.plusSeconds(30), LEASE))
                .as("within its lease")
                .isEmpty();
        assertThat(inbox.claimAbandoned(
                        Platform.SLACK, "this-run", START.plus(LEASE).plusSeconds(1), LEASE))
                .hasValueSatisfying(request -> {
                    assertThat(request.key()).isEqualTo(claimed.key());
                    assertThat(request.attempts()).isEqualTo(2);
                });
    }

    @Test
    void a_finished_claim_brings_no_look_after_its_lease() {
        InboundRequests inbox = settled();
        InboundRequest claimed = inbox.receive(message("quick"), Map.of(), "this-run", START, LEASE)
                .orElseThrow();
        assertThat(inbox.markDone(claimed, START.plusSeconds(1))).isTrue();
        plantAbandoned("behind-its-back");

        assertThat(inbox.claimAbandoned(
                        Platform.SLACK, "this-run", START.plus(LEASE).plusSeconds(1), LEASE))
                .isEmpty();
    }

    @Test
    void a_claim_taken_over_in_this_process_stays_open_when_its_first_worker_marks_it_done_late() {
        InboundRequests inbox = settled();
        InboundRequest first = inbox.receive(message("taken-over"), Map.of(), "this-run", START, LEASE)
                .orElseThrow();
        Instant later = START.plus(LEASE).plusSeconds(1);
        inbox.claimAbandoned(Platform.SLACK, "this-run", later, LEASE).orElseThrow();

        assertThat(inbox.markDone(first, later)).as("its claim was taken over").isFalse();
        assertThat(inbox.claimAbandoned(
                        Platform.SLACK, "this-run", later.plus(LEASE).plusSeconds(1), LEASE))
                .as("the second claim, unfinished past its lease, is still looked for")
                .isPresent();
    }

    @Test
    void a_store_whose_outcome_is_unknown_brings_a_look() {
        InboundRequests answerLost = new ForwardingInboundRequests(database) {
            @Override
            public Optional<InboundRequest> receive(
                    InboundMessage message, Map<String, String> replyTo, String worker, Instant now, Duration lease) {
                super.receive(message, replyTo, worker, now, lease);
                throw new IllegalStateException("the answer was lost after the write");
            }
        };
        InboundRequests inbox = new SoleProcessInboundRequests(answerLost);
        inbox.claimAbandoned(Platform.SLACK, "this-run", START.minus(LEASE), LEASE);
        inbox.claimAbandoned(Platform.SLACK, "this-run", START, LEASE);
        Instant earlier = START.minus(Duration.ofHours(1));

        assertThatThrownBy(() -> inbox.receive(message("unknown"), Map.of(), "this-run", earlier, LEASE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(inbox.claimAbandoned(Platform.SLACK, "this-run", START, LEASE))
                .hasValueSatisfying(request -> assertThat(request.key()).isEqualTo("SLACK:unknown"));
    }

    /** Looked at a lease before the start and at the start, finding none: nothing of an earlier run is left. */
    private InboundRequests settled() {
        InboundRequests inbox = new SoleProcessInboundRequests(database);
        assertThat(inbox.claimAbandoned(Platform.SLACK, "this-run", START.minus(LEASE), LEASE))
                .isEmpty();
        assertThat(inbox.claimAbandoned(Platform.SLACK, "this-run", START, LEASE))
                .isEmpty();
        return inbox;
    }

    private void plantAbandoned(String requestId) {
        database.receive(message(requestId), Map.of(), "nobody", START.minus(Duration.ofHours(1)), LEASE);
    }

    private static InboundMessage message(String requestId) {
        return new InboundMessage(
                new Sender(Platform.SLACK, "U1", null, "u"),
                new ConversationAddress(Platform.SLACK, "C1", null, false),
                new UserAction.Said("hej"),
                null,
                requestId);
    }
}
