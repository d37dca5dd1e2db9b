package se.samverkansbot.app.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.InboundRequests;
import se.samverkansbot.chat.Platform;

/**
 * The inbox on the embedded server, which no other process can use: it looks for abandoned requests only when one can
 * be there. On a real MongoDB the takeover query is served by an index; the embedded server has only unique indexes,
 * so it reads every stored request (those kept a day for resends too) while it holds the collection's lock, and every
 * acknowledgement (an insert into that collection) waited for it: in SlashCommandBenchmark a look took 0.35 s at load
 * 7 and was most of the acknowledgements' p99. Here the database has no other worker, so an abandoned request is one
 * left by an earlier run of this process, one of this process's claims whose lease passed unfinished, or one whose
 * store or finishing failed with an unknown outcome; otherwise the answer is known without asking: none. An earlier
 * run's claims are looked for at the first tick and then once more a lease after it (and on until a look finds
 * none): that run had died before this one opened the file, so by then every claim it left has had its lease pass.
 * Looks in between only took some over a little sooner, each with its read of every request under the lock; in the
 * first minute after a start they came every tick (SlashCommandBenchmark measured then: the insert's p99 55 to 175
 * ms, one look 0.13 s). In case a lease was once configured longer, it still asks every ten minutes.
 */
public final class SoleProcessInboundRequests implements InboundRequests {
    private final InboundRequests stored;
    /** This process's claims not finished yet, by key. */
    private final Map<String, Claim> open = new ConcurrentHashMap<>();
    /** Platforms whose requests from earlier runs have all been taken over (a look a lease after the first found none). */
    private final Set<Platform> settled = ConcurrentHashMap.newKeySet();
    /** Platforms to look at again: a write failed whose effect is unknown, or the last look found one. */
    private final Set<Platform> lookAgain = ConcurrentHashMap.newKeySet();

    /** When each platform was first looked at, and last. */
    private final Map<Platform, Instant> firstLook = new ConcurrentHashMap<>();

    private final Map<Platform, Instant> lastLook = new ConcurrentHashMap<>();

    static final Duration LOOK_AT_LEAST_EVERY = Duration.ofMinutes(10);

    private record Claim(Platform platform, int version, Instant leaseUntil) {}

    public SoleProcessInboundRequests(InboundRequests stored) {
        this.stored = stored;
    }

    @Override
    public Optional<InboundRequest> receive(
            InboundMessage message, Map<String, String> replyTo, String worker, Instant now, Duration lease) {
        try {
            return opened(stored.receive(message, replyTo, worker, now, lease));
        } catch (RuntimeException e) {
            lookAgain.add(message.address().platform()); // it may have been stored, claimed
            throw e;
        }
    }

    @Override
    public Optional<InboundRequest> claimAbandoned(Platform platform, String worker, Instant now, Duration lease) {
        Instant last = lastLook.get(platform);
        Instant firstLooked = firstLook.get(platform);
        boolean due = lookAgain.remove(platform)
                || firstLooked == null
                || (!settled.contains(platform) && !now.isBefore(firstLooked.plus(lease)))
                || last == null
                || !now.isBefore(last.plus(LOOK_AT_LEAST_EVERY))
                || open.values().stream()
                        .anyMatch(claim -> claim.platform() == platform
                                && (claim.leaseUntil() == null
                                        || claim.leaseUntil().isBefore(now)));
        if (!due) {
            return Optional.empty();
        }
        Instant first = firstLook.computeIfAbsent(platform, p -> now);
        Optional<InboundRequest> found;
        try {
            found = stored.claimAbandoned(platform, worker, now, lease);
        } catch (RuntimeException e) {
            lookAgain.add(platform);
            throw e;
        }
        lastLook.put(platform, now);
        if (found.isPresent()) {
            lookAgain.add(platform); // there may be more
        } else if (!now.isBefore(first.plus(lease))) {
            settled.add(platform); // every earlier run's claim has had its lease pass by now
        }
        return opened(found);
    }

    @Override
    public boolean markDone(InboundRequest claimed, Instant at) {
        return closed(claimed, stored.markDone(claimed, at));
    }

    @Override
    public boolean markFailed(InboundRequest claimed, Instant at, String reason) {
        return closed(claimed, stored.markFailed(claimed, at, reason));
    }

    @Override
    public long forgetFinished(Instant before) {
        return stored.forgetFinished(before);
    }

    @Override
    public Optional<InboundRequest> byKey(String key) {
        return stored.byKey(key);
    }

    private Optional<InboundRequest> opened(Optional<InboundRequest> claimed) {
        claimed.ifPresent(request -> open.put(
                request.key(),
                new Claim(request.message().address().platform(), request.version(), request.leaseUntil())));
        return claimed;
    }

    /**
     * Finished, or taken over: either way this claim is no longer open. A newer claim on the same key (taken over by
     * this process meanwhile) stays. A finishing that threw leaves the claim open, so its lease brings a look.
     */
    private boolean closed(InboundRequest claimed, boolean finished) {
        open.computeIfPresent(claimed.key(), (key, claim) -> claim.version() == claimed.version() ? null : claim);
        return finished;
    }
}
