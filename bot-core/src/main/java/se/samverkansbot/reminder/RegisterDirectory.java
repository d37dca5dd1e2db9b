package se.samverkansbot.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import se.samverkansbot.conversation.ConversationReferences;
import se.samverkansbot.conversation.Platform;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.Register;

/**
 * Reaches people as the register knows them: everyone in the in-app inbox; on Slack when the register has
 * their Slack user id (a Slack user id works as a direct-message channel); on Teams when the register has their
 * AAD object id and the bot has a one-to-one conversation with them (Teams allows no other way). Forum
 * channels come from the channel links the platforms record.
 */
public final class RegisterDirectory implements RecipientDirectory {
    private final Supplier<Register> register;
    private final ForumChannels channels;
    private final ConversationReferences references;

    public RegisterDirectory(Supplier<Register> register, ForumChannels channels, ConversationReferences references) {
        this.register = register;
        this.channels = channels;
        this.references = references;
    }

    @Override
    public List<Recipient> person(String structureId, String personId) {
        List<Recipient> recipients = new ArrayList<>();
        recipients.add(new Recipient(Platform.WEB, "web:" + personId, personId));
        register.get().structure(structureId).flatMap(s -> s.person(personId)).map(Person::contacts).ifPresent(contacts -> {
            if (contacts.slackUserId() != null) {
                recipients.add(new Recipient(Platform.SLACK, contacts.slackUserId(), personId));
            }
            if (contacts.teamsAadObjectId() != null) {
                references.personal(Platform.TEAMS, contacts.teamsAadObjectId())
                        .ifPresent(personal -> recipients.add(new Recipient(Platform.TEAMS, personal.conversationId(), personId)));
            }
        });
        return recipients;
    }

    @Override
    public List<Recipient> channels(String structureId, String forumId) {
        return channels.linkedTo(structureId, forumId);
    }
}
