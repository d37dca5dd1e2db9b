package se.samverkansbot.calendar;

import java.util.Optional;

/**
 * The secret tokens in personal calendar addresses (port). A token is unguessable, one per person at a time,
 * and can be renewed: the new one works at once, the old one never again (a leaked address is closed that way).
 */
public interface FeedTokens {

    record Owner(String structureId, String personId) {}

    /** The person's token, made the first time it is asked for; the same on every later call. */
    String current(String structureId, String personId);

    /** Replaces the person's token with a new one and returns it. */
    String renew(String structureId, String personId);

    /** Whose token this is, if it is anyone's current token. */
    Optional<Owner> owner(String token);
}
