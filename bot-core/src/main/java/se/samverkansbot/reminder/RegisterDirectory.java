package se.samverkansbot.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import se.samverkansbot.conversation.Platform;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.Register;

/**
 * Reaches people as the register knows them: everyone in the in-app inbox, and on Slack when the register
 * has their Slack user id (a Slack user id works as a direct-message channel). Forum channels come from
 * the channel links the platforms record.
 */
public final class RegisterDirectory implements RecipientDirectory {
    private final Supplier<Register> register;
    private final ForumChannels channels;

    public RegisterDirectory(Supplier<Register> register, ForumChannels channels) {
        this.register = register;
        this.channels = channels;
    }

    @Override
    public List<Recipient> person(String structureId, String personId) {
        List<Recipient> recipients = new ArrayList<>();
        recipients.add(new Recipient(Platform.WEB, "web:" + personId, personId));
        register.get().structure(structureId).flatMap(s -> s.person(personId)).map(Person::contacts).ifPresent(contacts -> {
            if (contacts.slackUserId() != null) {
                recipients.add(new Recipient(Platform.SLACK, contacts.slackUserId(), personId));
            }
        });
        return recipients;
    }

    @Override
    public List<Recipient> channels(String structureId, String forumId) {
        return channels.linkedTo(structureId, forumId);
    }
}
