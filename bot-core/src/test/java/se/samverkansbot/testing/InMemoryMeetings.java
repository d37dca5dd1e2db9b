package se.samverkansbot.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;

/** Meetings held in memory, for conversation tests; MongoMeetingsTest checks the real adapter behaves the same. */
public final class InMemoryMeetings implements Meetings {
    private final Map<String, Meeting> meetings = new ConcurrentHashMap<>();

    @Override
    public List<Meeting> upcoming(Collection<String> forumIds, Instant from, int limit) {
        return meetings.values().stream()
                .filter(m -> forumIds.contains(m.forumId())
                        && !m.start().isBefore(from)
                        && m.status() != MeetingStatus.CANCELLED)
                .sorted(Comparator.comparing(Meeting::start))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Meeting> ofStructure(String structureId, Instant from, Instant to) {
        return meetings.values().stream()
                .filter(m -> m.structureId().equals(structureId)
                        && !m.start().isBefore(from)
                        && m.start().isBefore(to))
                .sorted(Comparator.comparing(Meeting::start))
                .toList();
    }

    @Override
    public Optional<Meeting> byId(String id) {
        return Optional.ofNullable(meetings.get(id));
    }

    @Override
    public void save(Meeting meeting) {
        meetings.put(meeting.id(), meeting);
    }
}
