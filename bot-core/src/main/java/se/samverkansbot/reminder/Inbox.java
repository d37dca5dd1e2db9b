package se.samverkansbot.reminder;

import java.util.List;
import java.util.Optional;

/**
 * Messages the bot delivered in the app itself, for people who use the web chat (port). Each message is
 * stored under its delivery key, so delivering twice stores it once.
 */
public interface Inbox {

    record Message(String deliveryKey, String personId, String text, java.time.Instant at) {}

    /** Stores the message unless one with this key is there; returns the stored message's key. */
    String deliver(Message message);

    Optional<Message> byKey(String deliveryKey);

    /** The person's latest messages, newest first. */
    List<Message> latest(String personId, int limit);
}
