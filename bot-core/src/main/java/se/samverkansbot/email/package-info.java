/**
 * Email as a delivery channel: who is reached by email (people the register knows by an address and no chat
 * platform can reach, or who chose email), what a letter says in the recipient's language, the calendar
 * invitation a meeting notice carries, and the one-click opt-out of a kind of email. Sending (SMTP) is an
 * adapter's business; delivery goes through the same exactly-once engine as every reminder.
 */
package se.samverkansbot.email;
