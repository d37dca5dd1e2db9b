package se.samverkansbot.reminder;

import java.util.function.Supplier;

import se.samverkansbot.register.Register;

/** Which reminders a forum wants; the standard policy unless the forum sets its own. */
@FunctionalInterface
public interface ReminderPolicies {

    ReminderPolicy of(String structureId, String forumId);

    /** Every forum on the standard policy. */
    ReminderPolicies STANDARD = (structureId, forumId) -> ReminderPolicy.standard();

    /** As the current register sets each forum's rhythm. */
    static ReminderPolicies from(Supplier<Register> register) {
        return (structureId, forumId) -> ReminderPolicy.of(register.get()
                .structure(structureId)
                .flatMap(structure -> structure.forum(forumId))
                .map(forum -> forum.rhythm())
                .orElse(null));
    }
}
