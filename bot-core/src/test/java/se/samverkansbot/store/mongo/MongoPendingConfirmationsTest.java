package se.samverkansbot.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.PendingConfirmations.Pending;
import se.samverkansbot.testing.InMemoryMongo;

/**
 * A confirmation taken under a request id can be taken again by that request only (its retry after a failure
 * finishes the action), until the action is done; without a request id it is taken once.
 */
class MongoPendingConfirmationsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final MongoPendingConfirmations pending =
            new MongoPendingConfirmations(InMemoryMongo.shared().freshDatabase());

    @Test
    void the_request_that_took_it_takes_it_again_even_after_it_expired_and_no_other_request_does() {
        pending.save(new Pending("T1", "anna", "meeting.cancel", Map.of("meetingId", "m1"), NOW.plusSeconds(60)));

        assertThat(pending.take("T1", "anna", NOW, "web:anna:r-1")).isPresent();
        assertThat(pending.take("T1", "anna", NOW.plusSeconds(120), "web:anna:r-1"))
                .as("the retry of the request that took it in time")
                .hasValueSatisfying(taken -> assertThat(taken.data()).containsEntry("meetingId", "m1"));
        assertThat(pending.take("T1", "anna", NOW, "web:anna:r-2"))
                .as("another request")
                .isEmpty();
        assertThat(pending.take("T1", "anna", NOW)).as("without a request id").isEmpty();
        assertThat(pending.take("T1", "bo", NOW, "web:anna:r-1"))
                .as("another person")
                .isEmpty();
    }

    @Test
    void once_its_action_is_done_not_even_its_request_takes_it_again() {
        pending.save(new Pending("T2", "anna", "meeting.cancel", Map.of(), NOW.plusSeconds(60)));
        pending.take("T2", "anna", NOW, "web:anna:r-3");

        pending.done("T2");

        assertThat(pending.take("T2", "anna", NOW, "web:anna:r-3")).isEmpty();
    }

    @Test
    void without_a_request_id_it_is_taken_once() {
        pending.save(new Pending("T3", "anna", "meeting.cancel", Map.of(), NOW.plusSeconds(60)));

        assertThat(pending.take("T3", "anna", NOW)).isPresent();
        assertThat(pending.take("T3", "anna", NOW)).isEmpty();
        assertThat(pending.take("T3", "anna", NOW, "web:anna:r-4")).isEmpty();
    }

    @Test
    void an_expired_confirmation_is_not_taken() {
        pending.save(new Pending("T4", "anna", "meeting.cancel", Map.of(), NOW.minusSeconds(1)));

        assertThat(pending.take("T4", "anna", NOW, "web:anna:r-5")).isEmpty();
    }
}
