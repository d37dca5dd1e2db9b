package se.samverkansbot.adapter.web;

/**
 * {@code POST /api/chat}: what the signed-in person asks, and optionally their language ("sv" or "en"). A pressed
 * button sends the {@code action} its reply gave instead of {@code text}. There is no "who": that is the session's.
 */
public record ChatRequest(String text, String locale, String action) {}
