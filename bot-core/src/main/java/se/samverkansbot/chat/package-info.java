/**
 * Chat-neutral conversation: what came in (who, where, what) and what goes out (text that stands on its own,
 * plus neutral parts that each adapter renders as Block Kit, an Adaptive Card or HTML).
 *
 * <p>Non-null unless marked {@code @Nullable}: these are the types every adapter builds, so where null means
 * "not given" the signature says so.
 */
@NullMarked
package se.samverkansbot.chat;

import org.jspecify.annotations.NullMarked;
