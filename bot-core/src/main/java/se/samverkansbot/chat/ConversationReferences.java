package se.samverkansbot.chat;

import java.util.Optional;

/**
 * Where the bot can write later without being asked (port): a platform's reference to a conversation, kept
 * from every message and installation, for reminders and notices. The reference itself is the platform's
 * opaque JSON; the core only stores and finds it.
 */
public interface ConversationReferences {

    /**
     * @param userId   the platform user of a personal conversation (Teams AAD object id), null for channels
     * @param personal whether it is a one-to-one conversation with that user
     */
    record Stored(Platform platform, String conversationId, String userId, boolean personal, String reference) {}

    void save(Stored reference);

    Optional<Stored> conversation(Platform platform, String conversationId);

    /** The one-to-one conversation with a user, if the bot has one. */
    Optional<Stored> personal(Platform platform, String userId);
}
