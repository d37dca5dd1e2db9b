package se.samverkansbot.conversation;

import java.util.Optional;
import java.util.function.Supplier;

import se.samverkansbot.chat.Sender;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.RegisteredPerson;

/**
 * Who is writing, as the register knows them: by the platform's user id (a Slack or Teams id, or what the web chat
 * user gave), else by the email the platform told. Everyone else is a guest.
 */
public final class Askers {
    private final Supplier<Register> register;

    public Askers(Supplier<Register> register) {
        this.register = register;
    }

    public Optional<RegisteredPerson> of(Sender sender) {
        if (sender == null) {
            return Optional.empty();
        }
        Register current = register.get();
        return current.person(sender.userId()).or(() -> current.person(sender.email()));
    }

    /** A person by any identity the register knows (id, email, platform id, name). */
    public Optional<RegisteredPerson> of(String identity) {
        return register.get().person(identity);
    }
}
