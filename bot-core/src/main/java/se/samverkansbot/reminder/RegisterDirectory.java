package se.samverkansbot.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import se.samverkansbot.chat.ConversationReferences;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.chat.PlatformAccounts;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.Register;

/**
 * Reaches people as the register knows them: everyone in the in-app inbox; on Slack when the register has
 * their Slack user id, or the platform told us which account goes with their email (a Slack user id works as a
 * direct-message channel); on Teams likewise by AAD object id, when the bot has a one-to-one conversation
 * with them (Teams allows no other way). Forum channels come from the channel links the platforms record.
 */
public final class RegisterDirectory implements RecipientDirectory {
    private final Supplier<Register> register;
    private final ForumChannels channels;
    private final ConversationReferences references;
    private final PlatformAccounts accounts;

    public RegisterDirectory(
            Supplier<Register> register,
            ForumChannels channels,
            ConversationReferences references,
            PlatformAccounts accounts) {
        this.register = register;
        this.channels = channels;
        this.references = references;
        this.accounts = accounts;
    }

    @Override
    public List<Recipient> person(String structureId, String personId) {
        List<Recipient> recipients = new ArrayList<>();
        recipients.add(new Recipient(Platform.WEB, "web:" + personId, personId));
        register.get()
                .structure(structureId)
                .flatMap(s -> s.person(personId))
                .map(Person::contacts)
                .ifPresent(contacts -> {
                    account(Platform.SLACK, contacts.slackUserId(), contacts.email())
                            .ifPresent(slackUser -> recipients.add(new Recipient(Platform.SLACK, slackUser, personId)));
                    account(Platform.TEAMS, contacts.teamsAadObjectId(), contacts.email())
                            .flatMap(aadObjectId -> references.personal(Platform.TEAMS, aadObjectId))
                            .ifPresent(personal ->
                                    recipients.add(new Recipient(Platform.TEAMS, personal.conversationId(), personId)));
                });
        return recipients;
    }

    /** The account the register names, else the one the platform told us goes with the person's email. */
    private Optional<String> account(Platform platform, String registered, String email) {
        return registered != null ? Optional.of(registered) : accounts.userWithEmail(platform, email);
    }

    @Override
    public List<Recipient> channels(String structureId, String forumId) {
        return channels.linkedTo(structureId, forumId);
    }
}
