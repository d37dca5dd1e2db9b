package se.samverkansbot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.samverkansbot.chat.Platform;

/** Stored reminders (port). Every change is one atomic single-document operation. */
public interface Reminders {

    /** Stores the reminders that are not stored yet; returns how many were new. Planning twice changes nothing. */
    int plan(Collection<Reminder> reminders);

    /**
     * Claims one reminder that is due at {@code now} — pending and past both its send time and any retry time,
     * or claimed by someone whose lease ran out — for {@code worker} until {@code now + lease}.
     */
    default Optional<Reminder> claimDue(Instant now, String worker, Duration lease) {
        return claimDue(now, worker, lease, Busy.NONE);
    }

    /**
     * As {@link #claimDue(Instant, String, Duration)}, passing over the reminders of the busy platforms and lanes:
     * a sender that already has a message in flight in a lane takes the next due message of another lane.
     */
    Optional<Reminder> claimDue(Instant now, String worker, Duration lease, Busy busy);

    /** Where a sender has no room for another message now: whole platforms, and single lanes. */
    record Busy(Set<Platform> platforms, Set<Lane> lanes) {
        public static final Busy NONE = new Busy(Set.of(), Set.of());

        public Busy {
            platforms = Set.copyOf(platforms);
            lanes = Set.copyOf(lanes);
        }

        /** True when everything {@code other} leaves out, this leaves out too. */
        public boolean covers(Busy other) {
            return platforms.containsAll(other.platforms()) && lanes.containsAll(other.lanes());
        }

        public boolean excludes(Recipient recipient) {
            return platforms.contains(recipient.platform()) || lanes.contains(Lane.of(recipient));
        }
    }

    /**
     * Marks a claimed reminder sent; false if the claim no longer holds (its lease ran out and another sender
     * took it). The claimed reminder, as {@link #claimDue} returned it, is the claim.
     */
    boolean markSent(Reminder claimed, Instant at, String platformMessageId);

    boolean markSkipped(Reminder claimed, String reason);

    /** Gives a claim back to be tried again at {@code retryAt}. */
    boolean release(Reminder claimed, Instant retryAt, String reason);

    boolean markFailed(Reminder claimed, String reason);

    /**
     * Skips the reminders of a meeting that have not gone out, except those in {@code keep}: when a meeting
     * moves, reminders that are still right (same delivery key) stay; when it is cancelled, none do.
     */
    int skipPending(String meetingId, Set<String> keep, String reason);

    /**
     * Skips those of these reminders that have not gone out: exactly these, so a reminder or message planned since
     * they were read (by another instance, or a message about an item) is left alone.
     */
    int skip(Set<String> ids, String reason);

    /**
     * Skips the composed messages that have not gone out whose key ({@link Reminder#message}) starts with
     * {@code keyPrefix}: reminders that stop mattering for a reason other than their meeting (a follow-up answered).
     */
    int skipPendingMessages(String keyPrefix, String reason);

    Optional<Reminder> byId(String id);

    List<Reminder> ofMeeting(String meetingId);

    /** A forum's reminders and messages that finally failed, the latest planned first, at most {@code limit}. */
    List<Reminder> failedOf(String structureId, String forumId, int limit);
}
