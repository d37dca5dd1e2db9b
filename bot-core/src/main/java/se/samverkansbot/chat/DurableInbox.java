package se.samverkansbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nothing acknowledged is lost: an adapter stores each platform request here before it acknowledges it
 * ({@link #accept}: one small insert), does the work from the stored record after the ack ({@link #process}), and
 * the record is done only when the work's effect is stored and the answer sent. A worker that dies leaves its
 * claim behind; when the lease has passed, any instance takes it over ({@link #recover}), and so does a platform's
 * resend of it. Work done twice is harmless because the core's effects are keyed by the same request id (one item
 * per request id); after the last attempt the person is told and the request is given up.
 */
public final class DurableInbox {
    private static final Logger log = LoggerFactory.getLogger(DurableInbox.class);

    /** The adapter's work for one request: answer it through the core and send the answer. */
    public interface Work {
        void run(InboundRequest request) throws Exception;
    }

    /** Told when a request is given up, so the person hears of it. */
    public interface GivenUp {
        void tell(InboundRequest request) throws Exception;
    }

    private final InboundRequests requests;
    private final Platform platform;
    private final String worker;
    private final Duration lease;
    private final int maxAttempts;
    private final Clock clock;
    private volatile Instant lastForgetting;

    /** How long a finished request is kept, so that a platform's late resend is still recognised. */
    static final Duration KEEP_FINISHED = Duration.ofDays(1);

    private static final Duration FORGET_EVERY = Duration.ofHours(1);

    public DurableInbox(
            InboundRequests requests, Platform platform, String worker, Duration lease, int maxAttempts, Clock clock) {
        if (lease.isNegative() || lease.isZero() || maxAttempts < 1) {
            throw new IllegalArgumentException("The inbox needs a positive lease and at least one attempt");
        }
        this.requests = requests;
        this.platform = platform;
        this.worker = worker;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
    }

    /**
     * Before the ack: stores the request, claimed by this worker. Empty when it was received before and is done or
     * being worked on (a retry); present when this worker should do it.
     *
     * <p>When the store fails after the request was sent, it may have landed: it is looked up by its key ({@link
     * UnknownOutcome}). Stored with this worker's claim, it is this worker's to do, as if the store had answered;
     * stored otherwise (a resend someone else holds, or one done), it is acknowledged and left alone. Either way the
     * person hears nothing extra: the answer comes.
     *
     * @throws UnknownOutcome.NothingWritten when nothing was stored: the person must be told so
     * @throws UnknownOutcome.StillUnknown when it may have been stored and could not be looked up: if it was, the
     *     recovery does it after the lease, and the work is keyed by the request id, so the person must be told
     *     that it is not known, not that nothing was saved
     */
    public Optional<InboundRequest> accept(InboundMessage message, Map<String, String> replyTo) {
        Instant now = clock.instant();
        String key = InboundRequest.keyOf(message);
        return UnknownOutcome.reconciled(
                () -> requests.receive(message, replyTo, worker, now, lease),
                () -> requests.byKey(key).map(stored -> claimedHere(stored, now)));
    }

    /** The stored request when this receive's own claim is on it (its worker, its lease), else nothing to do. */
    private Optional<InboundRequest> claimedHere(InboundRequest stored, Instant now) {
        boolean ours = stored.status() == InboundRequest.Status.CLAIMED
                && worker.equals(stored.claimedBy())
                && stored.leaseUntil() != null
                // the store keeps milliseconds
                && stored.leaseUntil().toEpochMilli() == now.plus(lease).toEpochMilli();
        return ours ? Optional.of(stored) : Optional.empty();
    }

    /** After the ack: does the work and marks the request done; a failure leaves it for a later attempt. */
    public void process(InboundRequest claimed, Work work, GivenUp givenUp) {
        try {
            work.run(claimed);
        } catch (Exception e) {
            log.warn(
                    "Request {} failed (attempt {} of {}): {}",
                    claimed.key(),
                    claimed.attempts(),
                    maxAttempts,
                    e.toString());
            if (claimed.attempts() >= maxAttempts) {
                giveUp(claimed, givenUp, e);
            }
            return;
        }
        try {
            if (!requests.markDone(claimed, clock.instant())) {
                log.info("Request {} was taken over by another worker while it was done here", claimed.key());
            }
        } catch (RuntimeException e) {
            // Done but not marked: it is done again after the lease, which the request id makes harmless.
            log.warn("Request {} was done but could not be marked done: {}", claimed.key(), e.toString());
        }
    }

    /**
     * Takes over and does the requests whose workers died (their lease passed); returns how many it did. Once an
     * hour it also forgets requests finished more than a day ago: a platform resends within minutes, not days.
     */
    public int recover(Work work, GivenUp givenUp) {
        Instant now = clock.instant();
        if (lastForgetting == null || !now.isBefore(lastForgetting.plus(FORGET_EVERY))) {
            lastForgetting = now;
            long forgotten = requests.forgetFinished(now.minus(KEEP_FINISHED));
            if (forgotten > 0) {
                log.info("Forgot {} finished requests", forgotten);
            }
        }
        int done = 0;
        for (Optional<InboundRequest> next = claimAbandoned(); next.isPresent(); next = claimAbandoned()) {
            InboundRequest claimed = next.get();
            log.info("Taking over request {} (attempt {})", claimed.key(), claimed.attempts());
            process(claimed, work, givenUp);
            done++;
        }
        return done;
    }

    private Optional<InboundRequest> claimAbandoned() {
        return requests.claimAbandoned(platform, worker, clock.instant(), lease);
    }

    private void giveUp(InboundRequest claimed, GivenUp givenUp, Exception cause) {
        try {
            if (requests.markFailed(claimed, clock.instant(), cause.toString())) {
                givenUp.tell(claimed);
            }
        } catch (Exception e) {
            log.warn("Request {} could not be given up yet: {}", claimed.key(), e.toString());
        }
    }
}
