package se.samverkansbot.chat;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one rule for a write keyed by a request id whose outcome is unknown: the database failed or fell silent after
 * the write was sent, so it may have landed. Before anyone is told it failed, what it would have stored is looked up
 * by the request id: found, that is the outcome (the person gets the receipt, not "nothing was saved" for a thing
 * that exists); not found after a second look a moment later (a write still being applied), nothing landed ({@link
 * NotLanded}); and when the lookup fails too, the database is away and the outcome stays unknown ({@link
 * StillUnknown}), so nobody is told that nothing was saved. Either way a retry with the same request id answers with the first result, never a
 * second one, because the write itself is keyed by it.
 *
 * <p>A failure that says for sure that nothing was written ({@link NothingWritten}: the write was never sent, or the
 * store refused it) is not looked up: it is the only failure a person may hear "nothing was saved" for.
 */
public final class UnknownOutcome {
    /** A write still being applied when the first look found nothing gets this long to show. */
    static final long SECOND_LOOK_MILLIS = 200;

    private UnknownOutcome() {}

    /**
     * The write's result, or what a write with the same request id stored; {@link NotLanded} when it was looked up
     * twice and is not there; {@link StillUnknown} when the write may have landed and the lookup failed too. The
     * lookup should give up quickly (its store bounds it to about a second): it runs while someone waits.
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
                    StillUnknown stillUnknown = new StillUnknown(unknown);
                    stillUnknown.addSuppressed(stillAway);
                    throw stillUnknown;
                }
                if (look == 0) {
                    pause();
                }
            }
            throw new NotLanded(unknown);
        }
    }

    /**
     * Runs a later step of a request whose first write is stored ({@code stored} says what, for the log): a failure
     * of the step, whatever it is, must not read as "nothing was saved", so it becomes {@link StillUnknown}. It is
     * thrown all the same, so the request is tried again (the inbox's next attempt, the page's resend with the same
     * request id); the step must be one that such a retry finishes, once.
     */
    public static <T> T afterStored(String stored, Supplier<T> laterStep) {
        try {
            return laterStep.get();
        } catch (StillUnknown alreadySaid) {
            throw alreadySaid;
        } catch (RuntimeException failed) {
            throw new StillUnknown(
                    stored + " is stored; a later step failed and is done when the request is retried", failed);
        }
    }

    /** {@link #afterStored(String, Supplier)} for a step that gives nothing back. */
    public static void afterStored(String stored, Runnable laterStep) {
        afterStored(stored, () -> {
            laterStep.run();
            return null;
        });
    }

    /**
     * A failure that says for sure that nothing was written (the write never left for the database, a store
     * refusing a drawn id): nothing to look up, and the person may be told that nothing was saved.
     */
    public abstract static class NothingWritten extends RuntimeException {
        protected NothingWritten(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The database could not be reached (no server to send to, no connection opened): the write was never sent. */
    public static final class NotSent extends NothingWritten {
        public NotSent(Throwable cause) {
            super("the database could not be reached; nothing was sent", cause);
        }
    }

    /** The write failed after it was sent, and two looks by its request id, a moment apart, found nothing. */
    public static final class NotLanded extends NothingWritten {
        public NotLanded(Throwable writeFailure) {
            super("the write failed after it was sent and is not there", writeFailure);
        }
    }

    /**
     * The write was sent and may have landed, but its answer was lost and the lookup by its request id failed too
     * (the database is away). Nobody may be told that nothing was saved: it may exist. The cause is the write's
     * failure, the lookup's is suppressed.
     */
    public static final class StillUnknown extends RuntimeException {
        public StillUnknown(Throwable writeFailure) {
            this("the write may have landed; its answer was lost and it could not be looked up", writeFailure);
        }

        /** Something was stored and a later step of the same request failed: not "nothing was saved" either. */
        public StillUnknown(String message, Throwable cause) {
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
