/**
 * The structures' source documents as passages that can be searched and quoted: the facts that live in running
 * text (when a proposal was due, who decides what, what a review excludes) rather than in register fields.
 * An answer from here is always a quote with its document's title and date, never a sentence of our own.
 */
package se.samverkansbot.sources;
