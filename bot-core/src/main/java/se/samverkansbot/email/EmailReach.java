package se.samverkansbot.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.Register;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.RecipientDirectory;

/**
 * Adds email to the ways a person is reached: for someone whose register entry has an address and whom no
 * chat platform the bot knows reaches (many part-time politicians are outside the host's Slack or Teams), or
 * who chose email. Decided when reminders are planned, like every other recipient.
 */
public final class EmailReach implements RecipientDirectory {
    private final RecipientDirectory platforms;
    private final Supplier<Register> register;
    private final EmailPreferences preferences;

    public EmailReach(RecipientDirectory platforms, Supplier<Register> register, EmailPreferences preferences) {
        this.platforms = platforms;
        this.register = register;
        this.preferences = preferences;
    }

    @Override
    public List<Recipient> person(String structureId, String personId) {
        List<Recipient> recipients = new ArrayList<>(platforms.person(structureId, personId));
        Optional<String> address = register.get()
                .structure(structureId)
                .flatMap(s -> s.person(personId))
                .map(Person::contacts)
                .map(contacts -> contacts.email())
                .filter(email -> email != null && email.contains("@"))
                .map(email -> email.strip().toLowerCase(Locale.ROOT));
        if (address.isEmpty()) {
            return recipients;
        }
        boolean onChat =
                recipients.stream().anyMatch(r -> r.platform() == Platform.SLACK || r.platform() == Platform.TEAMS);
        if (!onChat || preferences.prefersEmail(address.get())) {
            recipients.add(new Recipient(Platform.EMAIL, address.get(), personId));
        }
        return recipients;
    }

    @Override
    public List<Recipient> channels(String structureId, String forumId) {
        return platforms.channels(structureId, forumId);
    }
}
