package se.samverkansbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.WorkingDays;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.SmallForum;

/**
 * Re-planning a meeting's reminders skips exactly those no longer asked for. A reminder or message planned for the
 * same meeting while the re-planning runs (by another instance, or a message about an item) stays pending.
 */
class ReplanWhileOthersPlanTest {
    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final WorkingDays workingDays = new WorkingDays();
    private final MongoReminders store = new MongoReminders(mongo.freshDatabase());

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void a_message_planned_between_the_read_and_the_skip_is_not_skipped() {
        Meeting meeting = new Meeting(
                "m1",
                "test",
                "grupp",
                Instant.parse("2027-01-12T08:00:00Z"),
                null,
                null,
                null,
                MeetingStatus.PLANNED,
                List.of(),
                DeadlineTemplate.standard().deadlinesFor(Instant.parse("2027-01-12T08:00:00Z"), workingDays));
        Recipient member = new Recipient(Platform.WEB, "web:led", "led");
        Reminder noLongerAsked = Reminder.planned(
                "test",
                "grupp",
                "m1",
                DeadlineKind.MEETING,
                meeting.start(),
                Instant.parse("2027-01-04T08:00:00Z"),
                member);
        store.plan(List.of(noLongerAsked));
        Reminder plannedMeanwhile = Reminder.message(
                "item|A-1|accepted", "test", "grupp", "m1", Instant.parse("2026-11-24T08:00:00Z"), member, "Godkänt");
        Reminders plansWhileRead = plansAfterReading(store, plannedMeanwhile);
        PlanReminders planner =
                new PlanReminders(plansWhileRead, SmallForum.DIRECTORY, () -> SmallForum.REGISTER, workingDays);
        RemindersFollowMeetings follow = new RemindersFollowMeetings(
                plansWhileRead,
                planner,
                ReminderPolicies.from(() -> SmallForum.REGISTER),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(follow.replan(meeting, "the forum's reminders changed")).isTrue();

        assertThat(store.byId(noLongerAsked.id()).orElseThrow().status()).isEqualTo(ReminderStatus.SKIPPED);
        assertThat(store.byId(plannedMeanwhile.id()).orElseThrow().status()).isEqualTo(ReminderStatus.PENDING);
    }

    /** The store, where another writer plans {@code meanwhile} right after the meeting's reminders are read. */
    private static Reminders plansAfterReading(Reminders store, Reminder meanwhile) {
        return (Reminders) Proxy.newProxyInstance(
                Reminders.class.getClassLoader(), new Class<?>[] {Reminders.class}, (proxy, method, args) -> {
                    Object result = method.invoke(store, args);
                    if (method.getName().equals("ofMeeting")) {
                        store.plan(List.of(meanwhile));
                    }
                    return result;
                });
    }
}
