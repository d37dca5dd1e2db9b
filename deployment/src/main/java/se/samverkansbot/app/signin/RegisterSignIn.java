package se.samverkansbot.app.signin;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import se.samverkansbot.register.Person;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.register.Structure;

/**
 * Finds the person who signed in, in the register: by the token's object id (Entra's {@code oid}, the register's
 * {@code teamsAadObjectId}) first, else by their work email. Never by name: two people may share one.
 */
public final class RegisterSignIn {
    private final Supplier<Register> register;

    public RegisterSignIn(Supplier<Register> register) {
        this.register = register;
    }

    public Optional<RegisteredPerson> byObjectIdOrEmail(String objectId, String... emails) {
        Optional<RegisteredPerson> byObjectId = objectId == null || objectId.isBlank()
                ? Optional.empty()
                : people().filter(p -> objectId.strip()
                                .equalsIgnoreCase(p.person().contacts().teamsAadObjectId()))
                        .findFirst();
        return byObjectId.or(() -> Stream.of(emails)
                .filter(email -> email != null && email.contains("@"))
                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                .flatMap(email -> people().filter(p ->
                        email.equalsIgnoreCase(p.person().contacts().email())))
                .findFirst());
    }

    /** A person by their register id, for the local sign-in. */
    public Optional<RegisteredPerson> byId(String personId) {
        return people().filter(p -> p.id().equals(personId)).findFirst();
    }

    private Stream<RegisteredPerson> people() {
        return register.get().structures().stream().flatMap(RegisterSignIn::people);
    }

    private static Stream<RegisteredPerson> people(Structure structure) {
        return structure.people().stream().map((Person person) -> new RegisteredPerson(structure, person));
    }
}
