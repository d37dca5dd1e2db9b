package se.samverkansbot.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;

/** Meetings in MongoDB, one document each, found by forum and start. */
public final class MongoMeetings implements Meetings {
    private final MongoCollection<Meeting> meetings;

    public MongoMeetings(MongoDatabase database) {
        this.meetings = database.getCollection("meetings", Meeting.class);
        meetings.createIndex(Indexes.ascending("forumId", "start"));
        meetings.createIndex(Indexes.ascending("structureId", "start")); // the year wheel of a structure
        // Meetings stored before they had a calendar sequence were never revised for a calendar: sequence 0.
        meetings.updateMany(exists("sequence", false), Updates.set("sequence", 0));
    }

    @Override
    public List<Meeting> upcoming(Collection<String> forumIds, Instant from, int limit) {
        if (forumIds.isEmpty()) {
            return List.of();
        }
        return meetings.find(
                        and(in("forumId", forumIds), gte("start", from), ne("status", MeetingStatus.CANCELLED.name())))
                .sort(Sorts.ascending("start"))
                .limit(limit)
                .into(new ArrayList<>());
    }

    @Override
    public List<Meeting> ofStructure(String structureId, Instant from, Instant to) {
        return meetings.find(and(eq("structureId", structureId), gte("start", from), lt("start", to)))
                .sort(Sorts.ascending("start"))
                .into(new ArrayList<>());
    }

    @Override
    public Optional<Meeting> byId(String id) {
        return Optional.ofNullable(meetings.find(eq("_id", id)).first());
    }

    @Override
    public void save(Meeting meeting) {
        meetings.replaceOne(eq("_id", meeting.id()), meeting, new ReplaceOptions().upsert(true));
    }
}
