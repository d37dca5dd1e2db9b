package se.samverkansbot.sources;

import se.samverkansbot.register.SourceDocument;

/**
 * A stretch of a source document that can stand alone as a quote: a paragraph, or a list with the line that
 * introduces it, under the heading it sits beneath.
 *
 * @param heading the nearest heading above it; empty when the document has none there
 */
public record Passage(String structureId, SourceDocument document, String heading, String text) {}
