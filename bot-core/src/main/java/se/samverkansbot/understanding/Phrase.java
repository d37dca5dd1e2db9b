package se.samverkansbot.understanding;

import java.util.List;

/** A name as normalized words, and what it names. */
record Phrase(List<String> words, Mention mention) {}
