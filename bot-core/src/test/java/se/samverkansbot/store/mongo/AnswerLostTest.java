package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.ItemKind;
import se.samverkansbot.agenda.ItemStatus;
import se.samverkansbot.chat.ConversationAddress;
import se.samverkansbot.chat.DurableInbox;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.Sender;
import se.samverkansbot.chat.UnknownOutcome;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.ReplyLosingProxy;
import se.samverkansbot.testing.ReplyLosingProxy.AfterNextInsert;

/**
 * The real driver, through a proxy that loses the database's answer to an insert the database applied: the write is
 * settled by its request id, and nobody is told that nothing was saved for a thing that exists. Only a database that
 * could not be reached at all, so that nothing was sent, gives "nothing written".
 */
class AnswerLostTest {
    private static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final InetSocketAddress address = server.bind();
    private final MongoClient direct = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    private final ReplyLosingProxy proxy = proxy(address);
    private final MongoClient proxied = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + proxy.port()))
            // The app's server selection timeout.
            .applyToClusterSettings(c -> c.serverSelectionTimeout(2, TimeUnit.SECONDS))
            .applyToSocketSettings(c -> c.connectTimeout(500, TimeUnit.MILLISECONDS)
                    .readTimeout((int) READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
            .build());
    private final MongoDatabase throughProxy = proxied.getDatabase("lost");
    private final MongoDatabase database = direct.getDatabase("lost");

    @AfterEach
    void stop() {
        proxied.close();
        proxy.close();
        direct.close();
        server.shutdownNow();
    }

    @Test
    void an_item_whose_answer_was_lost_is_found_by_its_request_id_and_is_the_receipt() {
        MongoAgendaItems items = new MongoAgendaItems(throughProxy);
        AgendaItem item = item("A-LOST1", "web:led:r1");
        proxy.afterNextInsert(AfterNextInsert.LOSE_ITS_ANSWER);

        AgendaItem outcome =
                UnknownOutcome.reconciled(() -> items.add(item), () -> items.byRequestId(item.requestId()));

        assertThat(outcome.id()).isEqualTo("A-LOST1");
        assertThat(stored("agendaItems", "requestId", "web:led:r1")).hasSize(1);
    }

    @Test
    void an_item_the_database_applied_before_it_fell_silent_is_still_unknown_never_nothing_written() {
        MongoAgendaItems items = new MongoAgendaItems(throughProxy);
        AgendaItem item = item("A-LOST2", "web:led:r2");
        proxy.afterNextInsert(AfterNextInsert.FALL_SILENT);

        assertThatThrownBy(() ->
                        UnknownOutcome.reconciled(() -> items.add(item), () -> items.byRequestId(item.requestId())))
                .isInstanceOf(UnknownOutcome.StillUnknown.class)
                .isNotInstanceOf(UnknownOutcome.NothingWritten.class);
        assertThat(stored("agendaItems", "requestId", "web:led:r2"))
                .as("it was written: whoever is told must not hear that nothing was saved")
                .hasSize(1);
    }

    @Test
    void with_the_database_gone_before_the_insert_nothing_is_sent_and_nothing_written_is_said() {
        MongoAgendaItems items = new MongoAgendaItems(throughProxy);
        proxy.cutOff();
        awaitNoServer();
        AgendaItem item = item("A-GONE1", "web:led:r3");

        assertThatThrownBy(() ->
                        UnknownOutcome.reconciled(() -> items.add(item), () -> items.byRequestId(item.requestId())))
                .isInstanceOf(UnknownOutcome.NotSent.class);
        assertThat(stored("agendaItems", "requestId", "web:led:r3")).isEmpty();
    }

    @Test
    void a_platform_request_whose_answer_was_lost_is_found_claimed_here_and_done_as_if_answered() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        DurableInbox inbox = new DurableInbox(
                new MongoInboundRequests(throughProxy), Platform.SLACK, "first", Duration.ofMinutes(1), 3, clock);
        proxy.afterNextInsert(AfterNextInsert.LOSE_ITS_ANSWER);

        Optional<InboundRequest> claimed = inbox.accept(said("Ev-lost"), Map.of("channel", "D1"));

        assertThat(claimed)
                .as("this worker's own claim: it does the work now")
                .hasValueSatisfying(request -> assertThat(request.claimedBy()).isEqualTo("first"));
        assertThat(stored("inboundRequests", "_id", "SLACK:Ev-lost")).hasSize(1);
    }

    @Test
    void a_platform_request_stored_before_the_database_fell_silent_is_still_unknown() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        DurableInbox inbox = new DurableInbox(
                new MongoInboundRequests(throughProxy), Platform.SLACK, "first", Duration.ofMinutes(1), 3, clock);
        proxy.afterNextInsert(AfterNextInsert.FALL_SILENT);

        assertThatThrownBy(() -> inbox.accept(said("Ev-silent"), Map.of("channel", "D1")))
                .isInstanceOf(UnknownOutcome.StillUnknown.class);
        assertThat(stored("inboundRequests", "_id", "SLACK:Ev-silent"))
                .as("stored, claimed by the worker: the recovery does it after the lease")
                .singleElement()
                .satisfies(request -> assertThat(request.getString("claimedBy")).isEqualTo("first"));
    }

    @Test
    void a_platform_request_with_the_database_gone_is_nothing_written() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        DurableInbox inbox = new DurableInbox(
                new MongoInboundRequests(throughProxy), Platform.SLACK, "first", Duration.ofMinutes(1), 3, clock);
        proxy.cutOff();
        awaitNoServer();

        assertThatThrownBy(() -> inbox.accept(said("Ev-gone"), Map.of("channel", "D1")))
                .isInstanceOf(UnknownOutcome.NotSent.class);
        assertThat(stored("inboundRequests", "_id", "SLACK:Ev-gone")).isEmpty();
    }

    /** The driver's monitor sees the cut connection at once and clears the pool; this waits for it to have. */
    private void awaitNoServer() {
        while (proxied.getClusterDescription().getServerDescriptions().stream()
                .anyMatch(description -> description.isOk())) {
            Thread.onSpinWait();
        }
    }

    private List<Document> stored(String collection, String field, String value) {
        return database.getCollection(collection).find(eq(field, value)).into(new java.util.ArrayList<>());
    }

    private static AgendaItem item(String id, String requestId) {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        return new AgendaItem(
                id,
                requestId,
                "test",
                "grupp",
                "m1",
                "Bemanning",
                null,
                ItemKind.INFORMATION,
                null,
                "led",
                now,
                ItemStatus.SUBMITTED,
                null,
                List.of(new AgendaItem.Change(now, "led", "submitted", "Bemanning")),
                1);
    }

    private static InboundMessage said(String eventId) {
        return InboundMessage.said(
                        new Sender(Platform.SLACK, "ULENA", null, null),
                        new ConversationAddress(Platform.SLACK, "D1", null, true),
                        "nytt ärende till Gruppen: Bemanning",
                        null)
                .withRequestId(eventId);
    }

    private static ReplyLosingProxy proxy(InetSocketAddress database) {
        try {
            return new ReplyLosingProxy(database);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
