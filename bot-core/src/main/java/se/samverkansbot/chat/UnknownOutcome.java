package se.samverkansbot.chat;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one rule for a write keyed by a request id whose outcome is unknown: the database failed or fell silent after
 * the write was sent, so it may have landed. Before anyone is told it failed, what it would have stored is looked up
 * by the request id: found, that is the outcome (the person gets the receipt, not "nothing was saved" for a thing
 * that exists); not found after a second look a moment later (a write still being applied), the failure stands; and
 * when the lookup fails too, the database is away and the failure stands as well. Either way a retry with the same
 * request id answers with the first result, never a second one, because the write itself is keyed by it.
 */
public final class UnknownOutcome {
    /** A write still being applied when the first look found nothing gets this long to show. */
    static final long SECOND_LOOK_MILLIS = 200;

    private UnknownOutcome() {}

    /**
     * The write's result, or what a write with the same request id stored, or the write's own failure. The lookup
     * should give up quickly (its store bounds it to about a second): it runs while someone waits for an answer.
     */
    public static <T> T reconciled(Supplier<T> write, Supplier<Optional<T>> byRequestId) {
        try {
            return write.get();
        } catch (NothingWritten known) {
            throw known;
        } catch (RuntimeException unknown) {
            for (int look = 0; look < 2; look++) {
                try {
                    Optional<T> landed = byRequestId.get();
                    if (landed.isPresent()) {
                        return landed.get();
                    }
                } catch (RuntimeException stillAway) {
                    unknown.addSuppressed(stillAway);
                    throw unknown;
                }
                if (look == 0) {
                    pause();
                }
            }
            throw unknown;
        }
    }

    /** A failure that says for sure that nothing was written (a store refusing a drawn id): nothing to look up. */
    public abstract static class NothingWritten extends RuntimeException {
        protected NothingWritten(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(SECOND_LOOK_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
