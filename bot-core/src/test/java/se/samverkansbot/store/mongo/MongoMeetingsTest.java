package se.samverkansbot.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.testing.InMemoryMongo;

class MongoMeetingsTest {
    private static final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoMeetings meetings = new MongoMeetings(mongo.freshDatabase());

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void finds_coming_meetings_of_the_forums_asked_for_earliest_first_without_cancelled_ones() {
        Meeting later = meeting("a", "lansledning", "2027-03-29T07:00:00Z", MeetingStatus.PLANNED);
        Meeting sooner = meeting("b", "lansgrupp-aldre", "2027-02-02T12:00:00Z", MeetingStatus.NOTICE_SENT);
        meetings.save(later);
        meetings.save(sooner);
        meetings.save(meeting("past", "lansledning", "2026-10-05T07:00:00Z", MeetingStatus.HELD));
        meetings.save(meeting("cancelled", "lansledning", "2027-01-11T08:00:00Z", MeetingStatus.CANCELLED));
        meetings.save(meeting("other", "svom", "2027-01-20T08:00:00Z", MeetingStatus.PLANNED));

        List<Meeting> upcoming =
                meetings.upcoming(List.of("lansledning", "lansgrupp-aldre"), Instant.parse("2026-11-23T09:00:00Z"), 10);

        assertThat(upcoming).containsExactly(sooner, later);
    }

    @Test
    void saving_a_meeting_again_replaces_it() {
        meetings.save(meeting("x", "rsr", "2027-05-01T08:00:00Z", MeetingStatus.PLANNED));
        Meeting moved = meeting("x", "rsr", "2027-05-08T08:00:00Z", MeetingStatus.PLANNED);
        meetings.save(moved);

        assertThat(meetings.upcoming(List.of("rsr"), Instant.parse("2026-11-23T09:00:00Z"), 10))
                .containsExactly(moved);
    }

    @Test
    void keeps_a_meetings_sequence_and_reads_one_stored_before_sequences_existed_as_never_revised() {
        MongoDatabase database = mongo.freshDatabase();
        MongoMeetings store = new MongoMeetings(database);
        Meeting planned = meeting("y", "rsr", "2027-05-01T08:00:00Z", MeetingStatus.PLANNED);
        Meeting revised = new Meeting(
                planned.id(),
                planned.structureId(),
                planned.forumId(),
                planned.start(),
                planned.end(),
                planned.place(),
                planned.link(),
                planned.status(),
                planned.agenda(),
                planned.deadlines(),
                4);
        store.save(revised);
        database.getCollection("meetings")
                .insertOne(new Document("_id", "old")
                        .append("structureId", "halsam")
                        .append("forumId", "rsr")
                        .append("start", java.util.Date.from(Instant.parse("2027-06-01T08:00:00Z")))
                        .append("status", "PLANNED")
                        .append("agenda", List.of())
                        .append("deadlines", List.of()));

        MongoMeetings afterUpgrade = new MongoMeetings(database);

        assertThat(afterUpgrade.byId("y")).map(Meeting::sequence).contains(4);
        assertThat(afterUpgrade.byId("old")).map(Meeting::sequence).contains(0);
    }

    private static Meeting meeting(String id, String forum, String start, MeetingStatus status) {
        return new Meeting(
                id,
                "halsam",
                forum,
                Instant.parse(start),
                null,
                "Sundsvall",
                null,
                status,
                List.of("Punkt 1"),
                List.of(new Deadline(
                        DeadlineKind.AGENDA_CUTOFF, Instant.parse(start).minusSeconds(14 * 86400))));
    }
}
