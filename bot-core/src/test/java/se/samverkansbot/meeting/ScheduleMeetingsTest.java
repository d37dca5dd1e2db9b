package se.samverkansbot.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.ReminderStatus;
import se.samverkansbot.reminder.SendDueReminders;
import se.samverkansbot.store.mongo.MongoMeetings;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.RecordingMessenger;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;

/** A forum's year: meetings from its cycle, then one moved and one cancelled. It is 23 November 2026. */
class ScheduleMeetingsTest {
    private static final Instant END_OF_2027 = Instant.parse("2028-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final TestCore core = TestCore.of(SmallForum.REGISTER, SmallForum.DIRECTORY, clock);
    private final MongoMeetings meetings = core.meetings();
    private final MongoReminders reminders = core.reminders();
    private final ScheduleMeetings schedule = core.core().scheduleMeetings();
    private final RecordingMessenger platform = new RecordingMessenger();
    private final MeetingCycle fiveAYear = new MeetingCycle(
            SmallForum.STRUCTURE,
            SmallForum.FORUM,
            LocalDate.of(2027, 1, 1),
            "FREQ=YEARLY;BYMONTH=2,4,6,9,11;BYDAY=1TU",
            List.of(),
            LocalTime.of(13, 0),
            Duration.ofHours(3),
            "Härnösand",
            null);

    @Test
    void scheduling_a_cycle_creates_its_meetings_with_deadlines_and_reminders_once() {
        List<Meeting> created = schedule.schedule(fiveAYear, DeadlineTemplate.standard(), END_OF_2027);

        assertThat(created).hasSize(5);
        assertThat(created.getFirst().id()).isEqualTo("test/grupp/2027-02-02T1300");
        assertThat(created.getFirst().deadlines())
                .extracting(Deadline::kind)
                .contains(DeadlineKind.AGENDA_CUTOFF, DeadlineKind.MINUTES);
        assertThat(reminders.ofMeeting(created.getFirst().id())).isNotEmpty();
        assertThat(schedule.schedule(fiveAYear, DeadlineTemplate.standard(), END_OF_2027))
                .isEmpty();
    }

    @Test
    void moving_a_meeting_moves_its_deadlines_and_pending_reminders_and_tells_those_concerned() {
        Meeting february = schedule.schedule(fiveAYear, DeadlineTemplate.standard(), END_OF_2027)
                .getFirst();
        Instant aWeekLater = february.start().plus(Duration.ofDays(7));

        Meeting moved = schedule.move(february.id(), aWeekLater, DeadlineTemplate.standard())
                .orElseThrow();

        assertThat(moved.deadlines())
                .filteredOn(d -> d.kind() == DeadlineKind.MEETING)
                .extracting(Deadline::due)
                .containsExactly(aWeekLater);
        List<Reminder> all = reminders.ofMeeting(february.id());
        assertThat(all)
                .filteredOn(r -> r.status() == ReminderStatus.PENDING && r.purpose() == Reminder.Purpose.REMINDER)
                .allSatisfy(r ->
                        assertThat(moved.deadlines()).extracting(Deadline::due).contains(r.due()));
        assertThat(all)
                .filteredOn(r -> r.status() == ReminderStatus.SKIPPED)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.note()).isEqualTo("the meeting was moved"));

        sender().runOnce(100);
        assertThat(platform.deliveries())
                .extracting(RecordingMessenger.Delivery::text)
                .contains("Mötet i Gruppen (Testsamverkan) är flyttat till tisdag 9 februari 2027 kl. 13.00.");
        assertThat(platform.deliveries())
                .extracting(d -> d.recipient().address())
                .containsExactlyInAnyOrder("C-grupp", "D-ordf", "D-sekr", "D-led");
    }

    @Test
    void moving_a_meeting_by_two_hours_keeps_the_reminders_that_are_still_right() {
        Meeting february = schedule.schedule(fiveAYear, DeadlineTemplate.standard(), END_OF_2027)
                .getFirst();
        long cutoffRemindersBefore = reminders.ofMeeting(february.id()).stream()
                .filter(r -> r.deadline() == DeadlineKind.AGENDA_CUTOFF)
                .count();

        schedule.move(february.id(), february.start().plus(Duration.ofHours(2)), DeadlineTemplate.standard());

        assertThat(reminders.ofMeeting(february.id()))
                .filteredOn(r -> r.deadline() == DeadlineKind.AGENDA_CUTOFF)
                .hasSize((int) cutoffRemindersBefore)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(ReminderStatus.PENDING));
    }

    @Test
    void a_moved_meeting_keeps_its_id_and_each_revision_raises_its_sequence_so_calendars_update_in_place() {
        Meeting february = schedule.schedule(fiveAYear, DeadlineTemplate.standard(), END_OF_2027)
                .getFirst();
        assertThat(february.sequence()).isZero();

        Meeting moved = schedule.move(
                        february.id(), february.start().plus(Duration.ofDays(7)), DeadlineTemplate.standard())
                .orElseThrow();
        Meeting movedAgain = schedule.move(
                        february.id(), february.start().plus(Duration.ofDays(8)), DeadlineTemplate.standard())
                .orElseThrow();
        Meeting cancelled = schedule.cancel(february.id()).orElseThrow();

        assertThat(List.of(moved, movedAgain, cancelled))
                .extracting(Meeting::id)
                .containsOnly(february.id());
        assertThat(List.of(moved, movedAgain, cancelled))
                .extracting(Meeting::sequence)
                .containsExactly(1, 2, 3);
        assertThat(meetings.byId(february.id())).map(Meeting::sequence).contains(3);
    }

    @Test
    void cancelling_a_meeting_drops_its_reminders_and_the_cancellation_goes_out_once() {
        Meeting february = schedule.schedule(fiveAYear, DeadlineTemplate.standard(), END_OF_2027)
                .getFirst();

        schedule.cancel(february.id());
        sender().runOnce(100);
        sender().runOnce(100);
        assertThat(schedule.cancel(february.id()))
                .as("cancelling twice does nothing")
                .isEmpty();

        assertThat(meetings.byId(february.id()))
                .get()
                .extracting(Meeting::status)
                .isEqualTo(MeetingStatus.CANCELLED);
        assertThat(reminders.ofMeeting(february.id()))
                .filteredOn(r -> r.purpose() == Reminder.Purpose.REMINDER)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(ReminderStatus.SKIPPED));
        assertThat(platform.deliveries())
                .hasSize(4)
                .allSatisfy(d -> assertThat(d.text())
                        .isEqualTo("Mötet i Gruppen (Testsamverkan) tisdag 2 februari 2027 kl. 13.00 är inställt."));

        clock.advance(Duration.ofDays(90));
        sender().runOnce(1000);
        assertThat(platform.deliveries())
                .as("no reminder of the cancelled meeting ever goes out")
                .hasSize(4);
    }

    private SendDueReminders sender() {
        return core.core().sendDueReminders(platform, "worker", Duration.ofMinutes(2), 3);
    }
}
