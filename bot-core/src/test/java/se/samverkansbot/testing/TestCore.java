package se.samverkansbot.testing;

import java.time.Clock;
import java.util.function.Supplier;

import com.mongodb.client.MongoDatabase;

import se.samverkansbot.core.Core;
import se.samverkansbot.register.Register;
import se.samverkansbot.reminder.RecipientDirectory;
import se.samverkansbot.store.mongo.MongoAgendaItems;
import se.samverkansbot.store.mongo.MongoFollowUps;
import se.samverkansbot.store.mongo.MongoForumChannels;
import se.samverkansbot.store.mongo.MongoMeetings;
import se.samverkansbot.store.mongo.MongoMinutesRecords;
import se.samverkansbot.store.mongo.MongoMutes;
import se.samverkansbot.store.mongo.MongoPendingConfirmations;
import se.samverkansbot.store.mongo.MongoReminders;

/**
 * The core as the application wires it, on the real MongoDB driver against a database of its own, with the stores
 * kept at hand so a test can look at what was stored.
 */
public record TestCore(
        Core core,
        MongoDatabase database,
        MongoMeetings meetings,
        MongoReminders reminders,
        MongoAgendaItems items,
        MongoForumChannels channels,
        MongoMutes mutes,
        MongoMinutesRecords minutes,
        MongoFollowUps followUps) {

    public static TestCore of(Register register, RecipientDirectory directory, Clock clock) {
        return on(InMemoryMongo.shared().freshDatabase(), register, directory, clock);
    }

    public static TestCore on(MongoDatabase database, Register register, RecipientDirectory directory, Clock clock) {
        return on(database, () -> register, directory, clock);
    }

    /** A core over a register that may change (an import, a secretary's edit), as in the application. */
    public static TestCore on(
            MongoDatabase database, Supplier<Register> register, RecipientDirectory directory, Clock clock) {
        MongoMeetings meetings = new MongoMeetings(database);
        MongoReminders reminders = new MongoReminders(database);
        MongoAgendaItems items = new MongoAgendaItems(database);
        MongoForumChannels channels = new MongoForumChannels(database);
        MongoMutes mutes = new MongoMutes(database);
        MongoMinutesRecords minutes = new MongoMinutesRecords(database);
        MongoFollowUps followUps = new MongoFollowUps(database);
        Core core = new Core(new Core.Ports(
                register,
                meetings,
                reminders,
                items,
                new MongoPendingConfirmations(database),
                channels,
                mutes,
                directory,
                minutes,
                followUps,
                clock));
        return new TestCore(core, database, meetings, reminders, items, channels, mutes, minutes, followUps);
    }

    /**
     * Gruppen met on 20 November 2026 (the meeting stored as planned, under the given id) with one item, "Gemensam
     * riktlinje för SIP", submitted two weeks before by "led" and accepted: a meeting whose minutes can be written.
     */
    public void aHeldMeetingOfGruppenWithOneAcceptedItem(String meetingId, String itemId) {
        java.time.Instant start = java.time.Instant.parse("2026-11-20T08:00:00Z");
        meetings.save(new se.samverkansbot.meeting.Meeting(
                meetingId,
                "test",
                "grupp",
                start,
                null,
                null,
                null,
                se.samverkansbot.meeting.MeetingStatus.PLANNED,
                java.util.List.of(),
                java.util.List.of()));
        items.add(new se.samverkansbot.agenda.AgendaItem(
                itemId,
                "r-" + meetingId,
                "test",
                "grupp",
                meetingId,
                "Gemensam riktlinje för SIP",
                null,
                se.samverkansbot.agenda.ItemKind.PREPARATION,
                null,
                "led",
                start.minusSeconds(86_400 * 14),
                se.samverkansbot.agenda.ItemStatus.ACCEPTED,
                null,
                java.util.List.of(),
                0));
    }

    /** A meeting of the small forum's Gruppen (structure "test") at the given start, with the standard deadlines. */
    public java.util.Optional<se.samverkansbot.meeting.Meeting> aMeetingOfGruppen(java.time.Instant start) {
        return core.scheduleMeetings()
                .create("test", "grupp", start, null, null, null, se.samverkansbot.meeting.DeadlineTemplate.standard());
    }
}
