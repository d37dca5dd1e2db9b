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
 * @param version      raised by every change; a change applies only to the version it was made from, so a
 *                     claimed reminder is its own claim token
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
        Purpose purpose,
        String message,
        int version) {

    /**
     * What the message is for: a reminder before a deadline, news that the meeting moved or was cancelled, or a
     * composed message (an agenda item's outcome, a notice) carried in {@code message}.
     */
    public enum Purpose {
        REMINDER,
        MEETING_MOVED,
        MEETING_CANCELLED,
        MESSAGE
    }

    public Reminder {
        purpose = purpose == null ? Purpose.REMINDER : purpose;
    }

    /** The delivery key: purpose, meeting, deadline, send time and recipient. */
    public static String deliveryKey(
            Purpose purpose, String meetingId, DeadlineKind deadline, Instant sendAt, Recipient recipient) {
        String prefix = purpose == Purpose.REMINDER ? "" : purpose.name() + "|";
        return prefix + meetingId + "|" + deadline + "|" + sendAt.getEpochSecond() + "|" + recipient.key();
    }

    public static Reminder planned(
            String structureId,
            String forumId,
            String meetingId,
            DeadlineKind deadline,
            Instant due,
            Instant sendAt,
            Recipient recipient) {
        return notice(Purpose.REMINDER, structureId, forumId, meetingId, deadline, due, sendAt, recipient);
    }

    /** A message about a meeting (moved, cancelled) that goes out through the same once-only delivery. */
    public static Reminder notice(
            Purpose purpose,
            String structureId,
            String forumId,
            String meetingId,
            DeadlineKind deadline,
            Instant due,
            Instant sendAt,
            Recipient recipient) {
        return new Reminder(
                deliveryKey(purpose, meetingId, deadline, sendAt, recipient),
                structureId,
                forumId,
                meetingId,
                deadline,
                due,
                sendAt,
                recipient,
                ReminderStatus.PENDING,
                null,
                null,
                0,
                sendAt,
                null,
                null,
                null,
                purpose,
                null,
                0);
    }

    /**
     * A composed message to one recipient, delivered once; {@code key} says what it is about (e.g. "item|A-7K3P|accepted").
     */
    public static Reminder message(
            String key,
            String structureId,
            String forumId,
            String meetingId,
            Instant sendAt,
            Recipient recipient,
            String text) {
        return new Reminder(
                "MESSAGE|" + key + "|" + recipient.key(),
                structureId,
                forumId,
                meetingId,
                DeadlineKind.MEETING,
                sendAt,
                sendAt,
                recipient,
                ReminderStatus.PENDING,
                null,
                null,
                0,
                sendAt,
                null,
                null,
                null,
                Purpose.MESSAGE,
                text,
                0);
    }
}
