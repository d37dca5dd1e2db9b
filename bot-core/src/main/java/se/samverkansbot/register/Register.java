package se.samverkansbot.register;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The structures currently known, as one immutable snapshot. Reading the register never touches the
 * database; a new snapshot replaces the old one after an import.
 */
public final class Register {
    private final List<Structure> structures;
    private final Map<String, RegisteredPerson> peopleByIdentity = new HashMap<>();

    public Register(List<Structure> structures) {
        this.structures = structures.stream()
                .sorted(Comparator.comparing(Structure::name))
                .toList();
        for (Structure structure : this.structures) {
            for (Person person : structure.people()) {
                RegisteredPerson entry = new RegisteredPerson(structure, person);
                ContactIdentities contacts = person.contacts();
                for (String identity : new String[] {
                    person.id(), person.name(), contacts.email(), contacts.slackUserId(), contacts.teamsAadObjectId()
                }) {
                    if (identity != null) {
                        peopleByIdentity.putIfAbsent(identityKey(identity), entry);
                    }
                }
            }
        }
    }

    public static Register empty() {
        return new Register(List.of());
    }

    public List<Structure> structures() {
        return structures;
    }

    public Optional<Structure> structure(String id) {
        return structures.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The one way to find who someone is: by register id, email, Slack user id, Teams object id or exact name, case
     * and accents ignored. When two structures name the same person, the first (by structure name) answers.
     */
    public Optional<RegisteredPerson> person(String identity) {
        if (identity == null || identity.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(peopleByIdentity.get(identityKey(identity)));
    }

    /** A person by id within a structure. */
    public Optional<RegisteredPerson> person(String structureId, String personId) {
        return structure(structureId).flatMap(s -> s.person(personId).map(p -> new RegisteredPerson(s, p)));
    }

    private static String identityKey(String identity) {
        String lower = identity.strip().toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
