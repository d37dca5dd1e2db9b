package se.samverkansbot.register;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Who may change the register, decided here and nowhere else: a forum's register is kept by those who administer the
 * forum ({@link ForumRoles#administers}: its chair, convener and secretary today), and a whole structure's by the
 * administrators named in configuration ({@code samverkan.administrators}) whom that structure's register knows. Only
 * they import a whole structure file; anyone who keeps a forum of the structure may export it.
 */
public final class RegisterAdministrators {
    private final Supplier<Register> register;
    private final ForumRoles roles;
    private final List<String> administrators;

    /** @param administrators people by id, email or platform id, as in the register */
    public RegisterAdministrators(Supplier<Register> register, ForumRoles roles, List<String> administrators) {
        this.register = register;
        this.roles = roles;
        this.administrators = List.copyOf(administrators);
    }

    /** The register as it is now. */
    public Register register() {
        return register.get();
    }

    /**
     * Named in configuration — by id, email, Slack id or Teams object id, case ignored — and known by this
     * structure's register.
     */
    public boolean administersStructure(String structureId, String personId) {
        return register.get()
                .structure(structureId)
                .flatMap(structure -> structure.person(personId))
                .map(person -> administrators.stream().anyMatch(identity -> names(person, identity)))
                .orElse(false);
    }

    /** The people of the structure's register that configuration names as its administrators. */
    public List<String> of(Structure structure) {
        return structure.people().stream()
                .filter(person -> administrators.stream().anyMatch(identity -> names(person, identity)))
                .map(Person::id)
                .toList();
    }

    private static boolean names(Person person, String identity) {
        ContactIdentities contacts = person.contacts();
        return java.util.stream.Stream.of(
                        person.id(), contacts.email(), contacts.slackUserId(), contacts.teamsAadObjectId())
                .anyMatch(known -> known != null && known.equalsIgnoreCase(identity.strip()));
    }

    /** Whether the person may change the forum's seats and people today. */
    public boolean keeps(String structureId, String forumId, String personId, LocalDate day) {
        return roles.administers(structureId, forumId, personId, day) || administersStructure(structureId, personId);
    }

    /** The forums whose register the person keeps today, in every structure that knows them. */
    public List<ForumRef> forumsKeptBy(String personId, LocalDate day) {
        return register.get().structures().stream()
                .filter(structure -> structure.person(personId).isPresent())
                .flatMap(structure -> structure.forums().stream()
                        .filter(forum -> keeps(structure.id(), forum.id(), personId, day))
                        .map(forum -> new ForumRef(structure, forum)))
                .toList();
    }

    /** Whether the person keeps any forum of the structure: who may export it. */
    public boolean keepsAnyForumOf(String structureId, String personId, LocalDate day) {
        return forumsKeptBy(personId, day).stream()
                .anyMatch(ref -> ref.structure().id().equals(structureId));
    }
}
