package se.samverkansbot.adapter.web;

/**
 * {@code POST /api/chat}: who is asking (a person id, email or name from the register; anything else is a
 * guest), what they ask, and optionally their language ("sv" or "en"). A pressed button sends the {@code action}
 * its reply gave instead of {@code text}. {@code requestId} (or the {@code Idempotency-Key} header) is the
 * client's id for the request: sent again, it answers with the first result and creates nothing new.
 */
public record ChatRequest(String user, String text, String locale, String action, String requestId) {}
