package se.samverkansbot.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.samverkansbot.store.mongo.MongoMeetings;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.time.SwedishTime;

/**
 * A forum's meetings for its workspace, on the embedded server. It is 23 November 2026: the coming ones show a
 * cancellation (the secretariat must see it), the held ones leave it out, newest first; other forums never show.
 */
class ForumMeetingsTest {
    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), SwedishTime.ZONE);

    private final MongoMeetings meetings = new MongoMeetings(mongo.freshDatabase());
    private final ForumMeetings forumMeetings = new ForumMeetings(meetings, CLOCK);

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void coming_meetings_earliest_first_with_cancelled_ones_and_held_meetings_newest_first_without() {
        Meeting january = meeting("jan", "lansledning", "2027-01-11T08:00:00Z", MeetingStatus.CANCELLED);
        Meeting february = meeting("feb", "lansledning", "2027-02-08T08:00:00Z", MeetingStatus.PLANNED);
        Meeting october = meeting("oct", "lansledning", "2026-10-05T07:00:00Z", MeetingStatus.MINUTES_PUBLISHED);
        Meeting november = meeting("nov", "lansledning", "2026-11-02T08:00:00Z", MeetingStatus.HELD);
        for (Meeting m : List.of(
                february,
                january,
                october,
                november,
                meeting("sep", "lansledning", "2026-09-07T07:00:00Z", MeetingStatus.CANCELLED),
                meeting("other", "svom", "2026-12-01T08:00:00Z", MeetingStatus.PLANNED),
                meeting("other-held", "svom", "2026-11-01T08:00:00Z", MeetingStatus.HELD))) {
            meetings.save(m);
        }

        assertThat(forumMeetings.coming("halsam", "lansledning", 10)).containsExactly(january, february);
        assertThat(forumMeetings.coming("halsam", "lansledning", 1)).containsExactly(january);
        assertThat(forumMeetings.past("halsam", "lansledning", 10)).containsExactly(november, october);
        assertThat(forumMeetings.past("halsam", "lansledning", 1)).containsExactly(november);
        assertThat(forumMeetings.coming("halsam", "rsr", 10)).isEmpty();
    }

    private static Meeting meeting(String id, String forum, String start, MeetingStatus status) {
        return new Meeting(id, "halsam", forum, Instant.parse(start), null, null, null, status, List.of(), List.of());
    }
}
