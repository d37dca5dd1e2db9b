package se.samverkansbot.adapter.web;

/**
 * {@code POST /api/chat}: what the signed-in person asks, and optionally their language ("sv" or "en"). A pressed
 * button sends the {@code action} its reply gave instead of {@code text}. There is no "who": that is the session's.
 * {@code requestId} (or the {@code Idempotency-Key} header) is the client's id for the request: sent again, it
 * answers with the first result and creates nothing new.
 */
public record ChatRequest(String text, String locale, String action, String requestId) {}
