package se.samverkansbot.reminder;

public enum ReminderStatus {
    /** Waiting for its time. */
    PENDING,
    /** Taken by one sender until its lease runs out. */
    CLAIMED,
    SENT,
    /** No longer mattered when its time came (cancelled meeting, muted, already done …). */
    SKIPPED,
    /** Gave up after retries; the secretary has been told. */
    FAILED
}
