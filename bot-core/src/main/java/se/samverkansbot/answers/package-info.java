/**
 * Answering members' questions over the register: finding what a question mentions (forums, parties,
 * people, terms …), what it asks (intent), and composing a reply in the asker's language that only states
 * what the register holds.
 */
package se.samverkansbot.answers;
