package se.samverkansbot.reminder;

import java.time.Instant;

import se.samverkansbot.meeting.DeadlineKind;

/**
 * One message to one recipient about one deadline of one meeting, at one lead time.
 *
 * @param id           the delivery key: the same reminder planned twice is one reminder
 * @param sendAt       when it should go out
 * @param leaseUntil   while CLAIMED, until when the claim holds
 * @param attempts     how often it has been claimed
 * @param notBefore    after a failure or a 429, the earliest time to try again
 */
public record Reminder(
        String id,
        String structureId,
        String forumId,
        String meetingId,
        DeadlineKind deadline,
        Instant due,
        Instant sendAt,
        Recipient recipient,
        ReminderStatus status,
        String claimedBy,
        Instant leaseUntil,
        int attempts,
        Instant notBefore,
        Instant sentAt,
        String platformMessageId,
        String note,
        Purpose purpose) {

    /** What the message is for: a reminder before a deadline, or news that the meeting moved or was cancelled. */
    public enum Purpose {
        REMINDER, MEETING_MOVED, MEETING_CANCELLED
    }

    public Reminder {
        purpose = purpose == null ? Purpose.REMINDER : purpose;
    }

    /** The delivery key: purpose, meeting, deadline, send time and recipient. */
    public static String deliveryKey(Purpose purpose, String meetingId, DeadlineKind deadline, Instant sendAt, Recipient recipient) {
        String prefix = purpose == Purpose.REMINDER ? "" : purpose.name() + "|";
        return prefix + meetingId + "|" + deadline + "|" + sendAt.getEpochSecond() + "|" + recipient.key();
    }

    public static Reminder planned(String structureId, String forumId, String meetingId, DeadlineKind deadline, Instant due,
                                   Instant sendAt, Recipient recipient) {
        return notice(Purpose.REMINDER, structureId, forumId, meetingId, deadline, due, sendAt, recipient);
    }

    /** A message about a meeting (moved, cancelled) that goes out through the same once-only delivery. */
    public static Reminder notice(Purpose purpose, String structureId, String forumId, String meetingId, DeadlineKind deadline,
                                  Instant due, Instant sendAt, Recipient recipient) {
        return new Reminder(deliveryKey(purpose, meetingId, deadline, sendAt, recipient), structureId, forumId, meetingId, deadline, due,
                sendAt, recipient, ReminderStatus.PENDING, null, null, 0, sendAt, null, null, null, purpose);
    }
}
