package se.samverkansbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.RecordingMessenger;
import se.samverkansbot.testing.SmallForum;

/**
 * When a reminder cannot be delivered, the forum's secretary hears of it through the same once-only delivery, in
 * their own chat (here Slack, by direct message), not in some inbox nobody reads; a report that fails is not reported.
 */
class ReportFailedReminderTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final ConversationHarness bot = new ConversationHarness(SmallForum.REGISTER, SmallForum.DIRECTORY, clock);
    private final RecordingMessenger platform = new RecordingMessenger();
    private final SendDueReminders sender =
            bot.core().core().sendDueReminders(platform, "test", Duration.ofMinutes(2), 1);

    @Test
    void an_undeliverable_reminder_is_reported_to_the_secretary_s_own_chat() {
        bot.core()
                .core()
                .scheduleMeetings()
                .create(
                        "test",
                        "grupp",
                        Instant.parse("2027-01-12T08:00:00Z"),
                        null,
                        null,
                        null,
                        DeadlineTemplate.standard());
        platform.failBefore(
                key -> key.endsWith("D-led") ? new OutboundMessenger.DeliveryFailed("user_not_found", true) : null);

        clock.set(Instant.parse("2026-12-22T08:00:00Z"));
        assertThat(sender.runOnce(100).failed()).as("Lena's cut-off reminder").isEqualTo(1);
        sender.runOnce(100);

        assertThat(platform.deliveries())
                .filteredOn(d -> d.key().startsWith("MESSAGE|failed|"))
                .extracting(d -> d.recipient().address(), RecordingMessenger.Delivery::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "D-sekr",
                        "En påminnelse om sista dag för ärenden till dagordningen (Gruppen) kunde inte levereras till "
                                + "Lena Ledamot via SLACK. Nå personen på annat sätt."));
    }
}
