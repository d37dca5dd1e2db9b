package se.samverkansbot.adapter.web;

/**
 * {@code POST /api/chat}: who is asking (a person id, email or name from the register; anything else is a
 * guest), what they ask, and optionally their language ("sv" or "en").
 */
public record ChatRequest(String user, String text, String locale) {}
