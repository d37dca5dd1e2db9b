package se.samverkansbot.reminder;

/** Which reminders a forum wants; the standard policy unless the forum sets its own. */
@FunctionalInterface
public interface ReminderPolicies {

    ReminderPolicy of(String structureId, String forumId);

    /** Every forum on the standard policy. */
    ReminderPolicies STANDARD = (structureId, forumId) -> ReminderPolicy.standard();
}
