package se.samverkansbot.meeting;

import java.util.function.Supplier;

import se.samverkansbot.register.Register;

/** Each forum's deadline template: its structure file's rhythm, else the standard. */
@FunctionalInterface
public interface DeadlineTemplates {

    DeadlineTemplate of(String structureId, String forumId);

    /** Every forum on the standard template. */
    DeadlineTemplates STANDARD = (structureId, forumId) -> DeadlineTemplate.standard();

    /** As the current register sets each forum's rhythm. */
    static DeadlineTemplates from(Supplier<Register> register) {
        return (structureId, forumId) -> DeadlineTemplate.of(register.get()
                .structure(structureId)
                .flatMap(structure -> structure.forum(forumId))
                .map(forum -> forum.rhythm())
                .orElse(null));
    }
}
