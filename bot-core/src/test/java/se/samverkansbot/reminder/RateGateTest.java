package se.samverkansbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class RateGateTest {

    @Test
    void a_wait_longer_than_a_sender_may_hold_hands_the_message_back_with_the_wait() {
        RateGate gate = new RateGate(Duration.ofMinutes(1), 100, Clock.systemUTC());
        gate.awaitSlot("C1", Duration.ofMillis(50));

        assertThatThrownBy(() -> gate.awaitSlot("C1", Duration.ofMillis(50)))
                .isInstanceOfSatisfying(
                        OutboundMessenger.RateLimited.class,
                        limited -> assertThat(limited.retryAfter()).isGreaterThan(Duration.ofSeconds(50)));
        gate.awaitSlot("C2", Duration.ofMillis(50));
    }

    @Test
    void a_short_wait_is_waited_out_and_the_slot_taken() {
        RateGate gate = new RateGate(Duration.ofMillis(300), 100, Clock.systemUTC());
        gate.awaitSlot("C1", Duration.ofSeconds(1));

        gate.awaitSlot("C1", Duration.ofSeconds(1));

        assertThat(gate.reserve("C1"))
                .as("the second slot was taken, so the channel is busy again")
                .isPositive();
    }

    @Test
    void the_platforms_pause_holds_the_channel() {
        RateGate gate = new RateGate(Duration.ZERO, 100, Clock.systemUTC());
        gate.pause("C1", Duration.ofSeconds(30));

        assertThat(gate.reserve("C1")).isGreaterThan(Duration.ofSeconds(29));
        assertThat(gate.reserve("C2")).isZero();
    }

    @Test
    void retry_after_is_read_in_whole_seconds_at_least_one() {
        assertThat(RateGate.retryAfter("30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(RateGate.retryAfter(" 0 ")).isEqualTo(Duration.ofSeconds(1));
        assertThat(RateGate.retryAfter(null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RateGate.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT")).isEqualTo(Duration.ofSeconds(1));
    }
}
