package se.samverkansbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;

import se.samverkansbot.store.mongo.MongoInboundRequests;
import se.samverkansbot.testing.AnswerLostRequests;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.MutableClock;

/**
 * The durable inbox through the real MongoDB driver on the embedded server: a request is stored before the ack,
 * done from the stored record, and a request whose worker died is done by another worker once the lease passes,
 * or when the platform sends it again; one that was done is never done again.
 */
class DurableInboxTest {
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final MongoDatabase database = InMemoryMongo.shared().freshDatabase();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final InboundRequests store = new MongoInboundRequests(database);
    private final DurableInbox first = new DurableInbox(store, Platform.SLACK, "first", LEASE, 3, clock);
    private final DurableInbox second = new DurableInbox(store, Platform.SLACK, "second", LEASE, 3, clock);
    private final List<InboundRequest> done = new ArrayList<>();
    private final List<InboundRequest> toldGivenUp = new ArrayList<>();

    @Test
    void a_request_is_stored_before_the_ack_and_done_from_the_stored_record() {
        InboundRequest claimed = first.accept(said("Ev1", "mina ärenden"), Map.of("channel", "D1"))
                .orElseThrow();

        first.process(claimed, done::add, toldGivenUp::add);

        assertThat(done).singleElement().satisfies(request -> {
            assertThat(request.message().text()).isEqualTo("mina ärenden");
            assertThat(request.replyTo()).containsEntry("channel", "D1");
        });
        assertThat(store.byKey("SLACK:Ev1").orElseThrow().status()).isEqualTo(InboundRequest.Status.DONE);
    }

    @Test
    void the_store_lists_the_unfinished_requests_and_claims_one_by_its_key_only_once_its_lease_has_passed() {
        Instant now = clock.instant();
        InboundRequest held = store.receive(said("Ev10", "hej"), Map.of(), "first", now, LEASE)
                .orElseThrow();
        InboundRequest finished = store.receive(said("Ev11", "hej"), Map.of(), "first", now, LEASE)
                .orElseThrow();
        store.markDone(finished, now);

        assertThat(store.unfinished(Platform.SLACK))
                .extracting(InboundRequest::key)
                .containsExactly(held.key());
        assertThat(store.unfinished(Platform.TEAMS)).isEmpty();
        assertThat(store.claimIfAbandoned(held.key(), "second", now.plusSeconds(30), LEASE))
                .as("within its lease")
                .isEmpty();
        assertThat(store.claimIfAbandoned(
                        finished.key(), "second", now.plus(LEASE).plusSeconds(1), LEASE))
                .as("done")
                .isEmpty();
        assertThat(store.claimIfAbandoned(
                        "SLACK:never-stored", "second", now.plus(LEASE).plusSeconds(1), LEASE))
                .isEmpty();
        assertThat(store.claimIfAbandoned(held.key(), "second", now.plus(LEASE).plusSeconds(1), LEASE))
                .hasValueSatisfying(request -> {
                    assertThat(request.claimedBy()).isEqualTo("second");
                    assertThat(request.attempts()).isEqualTo(2);
                });
    }

    @Test
    void a_worker_that_dies_after_the_ack_leaves_the_request_to_another_worker_once_the_lease_has_passed() {
        // The first instance stores and acknowledges, then dies before doing the work.
        assertThat(first.accept(said("Ev2", "nytt ärende"), Map.of())).isPresent();

        assertThat(second.recover(done::add, toldGivenUp::add))
                .as("while the lease holds, the first worker may still be at it")
                .isZero();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(second.recover(done::add, toldGivenUp::add)).isOne();

        assertThat(done).singleElement().satisfies(request -> {
            assertThat(request.message().text()).isEqualTo("nytt ärende");
            assertThat(request.claimedBy()).isEqualTo("second");
            assertThat(request.attempts()).isEqualTo(2);
        });
        assertThat(store.byKey("SLACK:Ev2").orElseThrow().status()).isEqualTo(InboundRequest.Status.DONE);
        clock.advance(LEASE.multipliedBy(5));
        assertThat(second.recover(done::add, toldGivenUp::add)).isZero();
    }

    @Test
    void a_resend_is_done_only_if_the_first_was_never_finished_and_its_lease_has_passed() {
        InboundRequest claimed = first.accept(said("Ev3", "hej"), Map.of()).orElseThrow();
        assertThat(first.accept(said("Ev3", "hej"), Map.of()))
                .as("resent while it is being worked on")
                .isEmpty();

        clock.advance(LEASE.plusSeconds(1));
        InboundRequest resent = second.accept(said("Ev3", "hej"), Map.of()).orElseThrow();
        second.process(resent, done::add, toldGivenUp::add);

        assertThat(done).hasSize(1);
        first.process(claimed, done::add, toldGivenUp::add);
        assertThat(store.byKey("SLACK:Ev3").orElseThrow().claimedBy())
                .as("the worker whose lease was taken over cannot mark it")
                .isEqualTo("second");
        clock.advance(LEASE.multipliedBy(3));
        assertThat(first.accept(said("Ev3", "hej"), Map.of()))
                .as("resent after it was done")
                .isEmpty();
    }

    @Test
    void a_failing_request_is_tried_again_and_given_up_after_the_last_attempt_and_the_person_told() {
        DurableInbox.Work failing = request -> {
            throw new IllegalStateException("the database is away");
        };
        first.process(first.accept(said("Ev4", "hej"), Map.of()).orElseThrow(), failing, toldGivenUp::add);
        for (int i = 0; i < 3; i++) {
            clock.advance(LEASE.plusSeconds(1));
            second.recover(failing, toldGivenUp::add);
        }

        assertThat(toldGivenUp)
                .singleElement()
                .satisfies(request -> assertThat(request.attempts()).isEqualTo(3));
        assertThat(store.byKey("SLACK:Ev4").orElseThrow().status()).isEqualTo(InboundRequest.Status.FAILED);
    }

    @Test
    void a_finished_request_is_remembered_for_a_day_so_a_late_resend_is_still_recognised_and_then_forgotten() {
        first.process(first.accept(said("Ev7", "hej"), Map.of()).orElseThrow(), done::add, toldGivenUp::add);
        InboundRequest working = first.accept(said("Ev8", "hej"), Map.of()).orElseThrow();

        clock.advance(Duration.ofHours(23));
        second.recover(done::add, toldGivenUp::add); // takes Ev8 over (its lease passed) and finishes it
        assertThat(second.accept(said("Ev7", "hej"), Map.of())).isEmpty();
        assertThat(store.byKey("SLACK:Ev7")).isPresent();

        clock.advance(Duration.ofHours(2));
        second.recover(done::add, toldGivenUp::add);
        assertThat(store.byKey("SLACK:Ev7")).as("finished more than a day ago").isEmpty();
        assertThat(store.byKey(working.key())).as("finished an hour ago").isPresent();
    }

    @Test
    void the_typed_action_is_kept_as_typed_a_button_as_its_command_and_a_form_as_its_fields() {
        Sender olle = new Sender(Platform.SLACK, "UOLLE", "olle@example.se", "Olle");
        ConversationAddress dm = new ConversationAddress(Platform.SLACK, "D1", "171.2", true);
        var draft = new Form.AgendaItemDraft(
                "test", "grupp", LocalDate.parse("2027-01-07"), "Rubrik: del 2", "samrad", null, "https://x.se");
        List<InboundMessage> messages = List.of(
                new InboundMessage(olle, dm, new UserAction.Pressed(new Command.AcceptItem("A-7K3PQ")), "en", "b1"),
                new InboundMessage(olle, dm, new UserAction.Submitted(draft), null, "view:V1"),
                new InboundMessage(olle, dm, new UserAction.OpenedHome(), null, "Ev5"),
                new InboundMessage(
                        olle,
                        dm,
                        new UserAction.Submitted(new Form.MinutesItem(
                                "m1", "A-1", "Synpunkter inarbetade.", "recommendation", "Anta riktlinjen.", null)),
                        null,
                        "view:V2"),
                new InboundMessage(
                        olle,
                        dm,
                        new UserAction.Submitted(new Form.MinutesAttendance(
                                "m1",
                                List.of(
                                        new Form.SeatAttendance("s1", "present", null),
                                        new Form.SeatAttendance("s2", "deputy", "Tova Tallén")),
                                "anna")),
                        null,
                        "view:V3"),
                new InboundMessage(
                        olle,
                        dm,
                        new UserAction.Submitted(new Form.FollowUpAnswer(
                                "m1|A-1|sundsvall",
                                "decided",
                                LocalDate.parse("2027-03-05"),
                                "Socialnämnden",
                                "adopted",
                                "https://sundsvall.se/protokoll",
                                null)),
                        null,
                        "view:V4"),
                new InboundMessage(olle, dm, new UserAction.Said("godkänn A-1"), "sv", "Ev6"));

        for (InboundMessage message : messages) {
            first.accept(message, Map.of());
            assertThat(store.byKey(InboundRequest.keyOf(message)).orElseThrow().message())
                    .isEqualTo(message);
        }
    }

    @Test
    void a_resend_whose_answer_was_lost_and_that_is_found_held_by_another_worker_is_only_acknowledged() {
        assertThat(first.accept(said("Ev9", "nytt ärende"), Map.of())).isPresent();
        DurableInbox answersLost =
                new DurableInbox(AnswerLostRequests.thenFound(store), Platform.SLACK, "second", LEASE, 3, clock);

        assertThat(answersLost.accept(said("Ev9", "nytt ärende"), Map.of()))
                .as("the first worker is at it: nothing for this one to do, and nothing to tell")
                .isEmpty();
        assertThat(store.byKey("SLACK:Ev9").orElseThrow().claimedBy()).isEqualTo("first");
    }

    @Test
    void a_request_whose_answer_was_lost_and_that_cannot_be_looked_up_is_still_unknown_not_nothing_written() {
        DurableInbox answersLost =
                new DurableInbox(AnswerLostRequests.thenAway(store), Platform.SLACK, "first", LEASE, 3, clock);

        assertThatThrownBy(() -> answersLost.accept(said("Ev10", "nytt ärende"), Map.of()))
                .isInstanceOf(UnknownOutcome.StillUnknown.class);
        assertThat(store.byKey("SLACK:Ev10"))
                .as("it was stored, for the recovery")
                .isPresent();
    }

    private static InboundMessage said(String eventId, String text) {
        return InboundMessage.said(
                        new Sender(Platform.SLACK, "ULENA", null, null),
                        new ConversationAddress(Platform.SLACK, "D1", null, true),
                        text,
                        null)
                .withRequestId(eventId);
    }
}
