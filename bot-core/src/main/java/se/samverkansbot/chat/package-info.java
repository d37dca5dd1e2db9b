/**
 * Chat-neutral conversation: what came in (who, where, what) and what goes out (text that stands on its own,
 * plus neutral parts that each adapter renders as Block Kit, an Adaptive Card or HTML).
 */
package se.samverkansbot.chat;
