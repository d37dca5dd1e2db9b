package se.samverkansbot.email;

import java.util.Optional;

/**
 * What people chose about email (port), by address: whether they want the bot's messages by email even though
 * a chat platform reaches them, and which kinds they stopped. Each kind has a stable secret token for its
 * one-click opt-out link, so the link in an email works without signing in and only for that address.
 */
public interface EmailPreferences {

    record OptOut(String address, EmailKind kind) {}

    boolean prefersEmail(String address);

    void chooseEmail(String address, boolean chosen);

    boolean hasOptedOut(String address, EmailKind kind);

    /** The token of the opt-out link for this address and kind; the same every time it is asked for. */
    String optOutToken(String address, EmailKind kind);

    /** What the token stops, without stopping it (the page that asks "stop this?"). */
    Optional<OptOut> byToken(String token);

    /** Stops the kind of email the token stands for; doing it twice is doing it once. Empty for an unknown token. */
    Optional<OptOut> optOut(String token);

    /** Starts it again (the "undo" on the confirmation page). */
    Optional<OptOut> optIn(String token);
}
