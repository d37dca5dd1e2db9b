package se.samverkansbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;

/**
 * A forum keeps its own rhythm: the deadlines and reminders its structure file sets, in Swedish working days where it
 * says so; when the file changes them, the coming meetings follow once, and an unchanged restart changes nothing.
 */
class ForumRhythmTest {
    /** Monday 23 November 2026. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));

    private final AtomicReference<Register> register = new AtomicReference<>(register(""));
    private final TestCore test =
            TestCore.on(InMemoryMongo.shared().freshDatabase(), register::get, SmallForum.DIRECTORY, clock);

    private static final String TEN_WORKING_DAYS = """
                rhythm:
                  deadlines:
                    - {kind: agenda-cutoff, workingDaysBefore: 10, at: "09:00"}
                    - {kind: notice, daysBefore: 7, at: "09:00"}
                    - {kind: minutes, daysAfter: 14, at: "16:00"}
            """;

    @Test
    void items_ten_working_days_before_at_nine_skip_trettondedag_jul_and_christmas() {
        register.set(register(TEN_WORKING_DAYS));

        test.core().scheduleFromRegister().run();

        Meeting meeting = onlyMeeting();
        // Tuesday 12 January 2027; counted back, Trettondedag jul (6 Jan), nyårsdagen, nyårsafton, juldagen and
        // julafton are no working days: the tenth working day before is Tuesday 22 December 2026.
        assertThat(deadline(meeting, DeadlineKind.AGENDA_CUTOFF)).isEqualTo(Instant.parse("2026-12-22T08:00:00Z"));
        assertThat(meeting.deadlines())
                .extracting(Deadline::kind)
                .as("material is not among this forum's deadlines")
                .containsExactly(
                        DeadlineKind.AGENDA_CUTOFF, DeadlineKind.NOTICE, DeadlineKind.MEETING, DeadlineKind.MINUTES);
        assertThat(pending(meeting, DeadlineKind.AGENDA_CUTOFF))
                .extracting(Reminder::sendAt)
                .as("the standard a week and a day before the forum's own cut-off")
                .containsOnly(Instant.parse("2026-12-15T08:00:00Z"), Instant.parse("2026-12-21T08:00:00Z"));
    }

    @Test
    void a_changed_deadline_setting_moves_coming_deadlines_and_pending_reminders_once() {
        test.core().scheduleFromRegister().run();
        Meeting before = onlyMeeting();
        assertThat(deadline(before, DeadlineKind.AGENDA_CUTOFF))
                .as("standard: 14 days before at 12:00")
                .isEqualTo(Instant.parse("2026-12-29T11:00:00Z"));
        List<Reminder> standardCutOff = pending(before, DeadlineKind.AGENDA_CUTOFF);

        register.set(register(TEN_WORKING_DAYS));
        restart();

        Meeting after = onlyMeeting();
        assertThat(deadline(after, DeadlineKind.AGENDA_CUTOFF)).isEqualTo(Instant.parse("2026-12-22T08:00:00Z"));
        assertThat(after.sequence()).as("the meeting itself did not move").isEqualTo(before.sequence());
        assertThat(pending(after, DeadlineKind.AGENDA_CUTOFF))
                .extracting(Reminder::sendAt)
                .containsOnly(Instant.parse("2026-12-15T08:00:00Z"), Instant.parse("2026-12-21T08:00:00Z"));
        assertThat(pending(after, DeadlineKind.MATERIAL))
                .as("no material deadline any more")
                .isEmpty();
        assertThat(test.reminders().ofMeeting(after.id()))
                .filteredOn(
                        r -> standardCutOff.stream().anyMatch(old -> old.id().equals(r.id())))
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo(ReminderStatus.SKIPPED);
                    assertThat(r.note()).isEqualTo("the forum's deadlines changed");
                });
        assertThat(test.reminders().ofMeeting(after.id()))
                .as("nobody is told the meeting moved")
                .noneMatch(r -> r.purpose() != Reminder.Purpose.REMINDER);

        List<Reminder> once = test.reminders().ofMeeting(after.id());
        restart();

        assertThat(onlyMeeting()).isEqualTo(after);
        assertThat(test.reminders().ofMeeting(after.id()))
                .as("an unchanged restart changes nothing")
                .containsExactlyInAnyOrderElementsOf(once);
    }

    @Test
    void changed_reminder_lead_times_and_audiences_re_plan_pending_reminders_once() {
        test.core().scheduleFromRegister().run();
        Meeting meeting = onlyMeeting();
        assertThat(pending(meeting, DeadlineKind.MEETING)).hasSize(8);

        register.set(register("""
                    rhythm:
                      reminders:
                        - {about: meeting, daysBefore: [3], to: [role-holders]}
                """));
        test.core().scheduleFromRegister().run();

        assertThat(test.core().replanReminders().run()).isEqualTo(1);
        assertThat(pending(meeting, DeadlineKind.MEETING))
                .extracting(r -> r.recipient().personId())
                .as("three days before, to the chair and the secretary only")
                .containsExactlyInAnyOrder("ordf", "sekr");
        assertThat(pending(meeting, DeadlineKind.MEETING))
                .extracting(Reminder::sendAt)
                .containsOnly(Instant.parse("2027-01-08T08:00:00Z"));
        assertThat(pending(meeting, DeadlineKind.AGENDA_CUTOFF))
                .as("no reminder of the cut-off in this forum's settings")
                .isEmpty();

        List<Reminder> once = test.reminders().ofMeeting(meeting.id());
        restart();
        assertThat(test.core().replanReminders().run()).isZero();
        assertThat(test.reminders().ofMeeting(meeting.id())).containsExactlyInAnyOrderElementsOf(once);
    }

    @Test
    void a_forum_without_settings_keeps_the_standard_template_through_restarts() {
        test.core().scheduleFromRegister().run();
        List<Reminder> planned = test.reminders().ofMeeting(onlyMeeting().id());

        restart();

        assertThat(test.reminders().ofMeeting(onlyMeeting().id())).containsExactlyInAnyOrderElementsOf(planned);
        assertThat(planned).hasSize(22);
    }

    @Test
    void a_secretary_entering_a_meeting_in_chat_sees_and_gets_the_forum_s_own_deadlines() {
        ConversationHarness bot = new ConversationHarness(register(TEN_WORKING_DAYS), SmallForum.DIRECTORY, clock);

        Reply proposal = bot.hears("nytt möte i gruppen 12 januari 2027 kl 9")
                .from("sekr")
                .reply();

        assertThat(proposal.text())
                .contains("Sista dag för ärenden till dagordningen: tisdag 22 december 2026 kl. 09.00")
                .doesNotContain("handlingar");
        Command confirm = proposal.parts().stream()
                .filter(part -> part instanceof ReplyPart.Choices)
                .map(part -> ((ReplyPart.Choices) part).choices().getFirst().command())
                .findFirst()
                .orElseThrow();
        assertThat(bot.presses(confirm).by("sekr").text()).startsWith("Klart: mötet");
        assertThat(bot.core()
                        .meetings()
                        .byId("test/grupp/2027-01-12T0900")
                        .map(m -> deadline(m, DeadlineKind.AGENDA_CUTOFF)))
                .contains(Instant.parse("2026-12-22T08:00:00Z"));
    }

    /** What the app does at start and every night. */
    private void restart() {
        test.core().scheduleFromRegister().run();
        test.core().replanReminders().run();
    }

    private Meeting onlyMeeting() {
        List<Meeting> meetings = test.meetings().upcoming(List.of(SmallForum.FORUM), clock.instant(), 10);
        assertThat(meetings).hasSize(1);
        return meetings.getFirst();
    }

    private static Instant deadline(Meeting meeting, DeadlineKind kind) {
        return meeting.deadlines().stream()
                .filter(d -> d.kind() == kind)
                .findFirst()
                .orElseThrow()
                .due();
    }

    private List<Reminder> pending(Meeting meeting, DeadlineKind kind) {
        return test.reminders().ofMeeting(meeting.id()).stream()
                .filter(r -> r.deadline() == kind
                        && r.status() == ReminderStatus.PENDING
                        && r.purpose() == Reminder.Purpose.REMINDER)
                .toList();
    }

    /** The small forum, meeting on Tuesday 12 January 2027 at 09:00, with {@code rhythm} as the forum's block. */
    private static Register register(String rhythm) {
        return new Register(List.of(new StructureFileReader().read("test.yaml", """
                structure: {id: test, name: Testsamverkan}
                people:
                  - {id: ordf, name: Olle Ordförande}
                  - {id: sekr, name: Sara Sekreterare}
                  - {id: led, name: Lena Ledamot}
                forums:
                  - id: grupp
                    name: Gruppen
                    level: county-coordination
                    meets:
                      schedule: {dates: [2027-01-12], at: "09:00"}
                """ + rhythm + """
                seats:
                  - {id: s1, forum: grupp, role: chair, person: ordf}
                  - {id: s2, forum: grupp, role: secretary, person: sekr}
                  - {id: s3, forum: grupp, role: member, person: led}
                """)));
    }
}
