package se.samverkansbot.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.UnknownOutcome;
import se.samverkansbot.reminder.TellPeople;
import se.samverkansbot.store.mongo.MongoAgendaItems;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;

/**
 * Lena submits an item to Gruppen while the database misbehaves: the answer to the insert is lost (it landed, or it
 * did not), as when the database is killed or frozen mid-write. She is told what is true: the receipt of the item
 * that exists, or a failure when none does; and a retry with the same request id gives the one item.
 */
class SubmitAgendaItemOutcomeTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final TestCore core = TestCore.of(SmallForum.REGISTER, SmallForum.DIRECTORY, clock);
    private final MongoAgendaItems stored = core.items();
    private final AtomicInteger inserts = new AtomicInteger();

    {
        core.aMeetingOfGruppen(Instant.parse("2027-01-07T08:00:00Z"));
    }

    @Test
    void an_insert_that_landed_but_whose_answer_was_lost_gives_the_receipt_of_that_item() {
        SubmitAgendaItem submit = submitOn(new LosingAnswers(true));

        SubmitAgendaItem.Receipt receipt = submit.submit(request("web:led:k-1"));

        assertThat(stored.byRequestId("web:led:k-1"))
                .hasValueSatisfying(
                        item -> assertThat(item.id()).isEqualTo(receipt.item().id()));
        assertThat(stored.ofSubmitter("led")).hasSize(1);
        assertThat(inserts).hasValue(1);
    }

    @Test
    void an_insert_that_did_not_land_is_a_failure_at_once_not_tried_again_with_new_ids() {
        SubmitAgendaItem submit = submitOn(new LosingAnswers(false));

        assertThatThrownBy(() -> submit.submit(request("web:led:k-2")))
                .as("looked up twice and not there: nothing was written")
                .isInstanceOf(UnknownOutcome.NotLanded.class)
                .hasRootCauseMessage("connection reset (the answer to the insert was lost)");
        assertThat(inserts)
                .as("one try: the person hears within the driver's timeout")
                .hasValue(1);
        assertThat(stored.ofSubmitter("led")).isEmpty();

        SubmitAgendaItem.Receipt retried = submitOn(stored).submit(request("web:led:k-2"));
        assertThat(stored.ofSubmitter("led"))
                .singleElement()
                .satisfies(
                        item -> assertThat(item.id()).isEqualTo(retried.item().id()));
    }

    @Test
    void a_retry_after_a_lost_answer_is_answered_with_the_first_item_never_a_second() {
        SubmitAgendaItem.Receipt first = submitOn(new LosingAnswers(true)).submit(request("web:led:k-3"));

        SubmitAgendaItem.Receipt retried = submitOn(stored).submit(request("web:led:k-3"));

        assertThat(retried.repeated()).isTrue();
        assertThat(retried.item().id()).isEqualTo(first.item().id());
        assertThat(stored.ofSubmitter("led")).hasSize(1);
    }

    @Test
    void an_item_stored_whose_administrators_could_not_be_told_is_never_nothing_saved_and_a_retry_tells_them() {
        MongoServer away = new MongoServer(new MemoryBackend());
        InetSocketAddress address = away.bind();
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(300, TimeUnit.MILLISECONDS))
                .build())) {
            MongoReminders remindersAway = new MongoReminders(client.getDatabase("away"));
            away.shutdownNow();
            SubmitAgendaItem submit = new SubmitAgendaItem(
                    stored,
                    core.core().agendaRules(),
                    new TellPeople(remindersAway, SmallForum.DIRECTORY, () -> SmallForum.REGISTER, clock),
                    clock);

            assertThatThrownBy(() -> submit.submit(request("web:led:k-4")))
                    .isInstanceOf(UnknownOutcome.StillUnknown.class)
                    .isNotInstanceOf(UnknownOutcome.NothingWritten.class);
        }
        assertThat(stored.ofSubmitter("led")).as("the item is stored").hasSize(1);

        SubmitAgendaItem.Receipt retried = submitOn(stored).submit(request("web:led:k-4"));

        assertThat(retried.repeated()).isTrue();
        assertThat(core.reminders().ofMeeting(retried.item().meetingId()))
                .as("the retry told the chair of the new item")
                .anySatisfy(reminder -> assertThat(reminder.id())
                        .startsWith("MESSAGE|item|" + retried.item().id()));
    }

    private SubmitAgendaItem submitOn(AgendaItems items) {
        return new SubmitAgendaItem(
                items,
                core.core().agendaRules(),
                new TellPeople(core.reminders(), SmallForum.DIRECTORY, () -> SmallForum.REGISTER, clock),
                clock);
    }

    private static SubmitAgendaItem.Request request(String requestId) {
        return new SubmitAgendaItem.Request(requestId, "test", "grupp", "led", "Bemanning", null, null, null, null);
    }

    /** The real store, except that every insert's answer is lost: after storing it, or instead of storing it. */
    private final class LosingAnswers implements AgendaItems {
        private final boolean lands;

        LosingAnswers(boolean lands) {
            this.lands = lands;
        }

        @Override
        public AgendaItem add(AgendaItem item) {
            inserts.incrementAndGet();
            if (lands) {
                stored.add(item);
            }
            throw new IllegalStateException("connection reset (the answer to the insert was lost)");
        }

        @Override
        public Optional<AgendaItem> byRequestId(String requestId) {
            return stored.byRequestId(requestId);
        }

        @Override
        public Optional<AgendaItem> byId(String id) {
            return stored.byId(id);
        }

        @Override
        public boolean replace(AgendaItem item, int expectedVersion) {
            return stored.replace(item, expectedVersion);
        }

        @Override
        public List<AgendaItem> ofSubmitter(String submitterId) {
            return stored.ofSubmitter(submitterId);
        }

        @Override
        public List<AgendaItem> ofMeeting(String meetingId) {
            return stored.ofMeeting(meetingId);
        }

        @Override
        public List<AgendaItem> ofForum(String structureId, String forumId, Instant from, Instant to) {
            return stored.ofForum(structureId, forumId, from, to);
        }
    }
}
