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
        String note) {

    /** The delivery key: meeting, deadline, lead time and recipient. */
    public static String deliveryKey(String meetingId, DeadlineKind deadline, Instant sendAt, Recipient recipient) {
        return meetingId + "|" + deadline + "|" + sendAt.getEpochSecond() + "|" + recipient.key();
    }

    public static Reminder planned(String structureId, String forumId, String meetingId, DeadlineKind deadline, Instant due,
                                   Instant sendAt, Recipient recipient) {
        return new Reminder(deliveryKey(meetingId, deadline, sendAt, recipient), structureId, forumId, meetingId, deadline, due,
                sendAt, recipient, ReminderStatus.PENDING, null, null, 0, sendAt, null, null, null);
    }
}
