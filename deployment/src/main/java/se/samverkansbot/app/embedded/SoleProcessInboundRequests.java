package se.samverkansbot.app.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.InboundRequests;
import se.samverkansbot.chat.Platform;

/**
 * The inbox on the embedded server, which no other process can use: it never searches the stored requests for
 * abandoned ones while it runs, it knows them. On a real MongoDB the takeover query is served by an index; the
 * embedded server has only unique indexes, so a search reads every stored request (those kept a day for resends too)
 * while it holds the collection's lock, and every acknowledgement (an insert into that collection) waits for it: in
 * SlashCommandBenchmark one search a lease after the start held the acks of that moment 60 to 100 ms.
 *
 * <p>Here a request can be abandoned only if it was left unfinished by an earlier run of this process (this one opened
 * the file after that one died), or is one of this run's claims whose lease passed unfinished, or one whose store had
 * an unknown outcome. The first it reads once, at the first look after the start: every unfinished request, whatever
 * its lease (so a lease once configured longer is no matter). The others it notes as they happen. After that it claims
 * each by its key when its lease has passed, which reads that one request only.
 */
public final class SoleProcessInboundRequests implements InboundRequests {
    private final InboundRequests stored;
    /** Requests known to be unfinished, by key, with the lease they were last known to hold. */
    private final Map<String, Watched> unfinished = new ConcurrentHashMap<>();
    /** Platforms whose earlier runs' requests have been read. */
    private final Set<Platform> inventoried = ConcurrentHashMap.newKeySet();

    /**
     * An unfinished request: its claim's version ({@code 0} when its store's outcome is unknown) and lease ({@code
     * null} then too: look at once).
     */
    private record Watched(Platform platform, int version, Instant leaseUntil) {
        static Watched of(InboundRequest request) {
            return new Watched(request.message().address().platform(), request.version(), request.leaseUntil());
        }

        boolean dueAt(Instant now) {
            return leaseUntil == null || leaseUntil.isBefore(now);
        }
    }

    public SoleProcessInboundRequests(InboundRequests stored) {
        this.stored = stored;
    }

    @Override
    public Optional<InboundRequest> receive(
            InboundMessage message, Map<String, String> replyTo, String worker, Instant now, Duration lease) {
        try {
            return watched(stored.receive(message, replyTo, worker, now, lease));
        } catch (RuntimeException e) {
            // It may have been stored and claimed: looked at by its key at the next look.
            unfinished.put(
                    InboundRequest.keyOf(message), new Watched(message.address().platform(), 0, null));
            throw e;
        }
    }

    @Override
    public Optional<InboundRequest> claimAbandoned(Platform platform, String worker, Instant now, Duration lease) {
        if (!inventoried.contains(platform)) {
            // Once: what an earlier run left unfinished, within its lease or past it.
            stored.unfinished(platform).forEach(request -> unfinished.putIfAbsent(request.key(), Watched.of(request)));
            inventoried.add(platform);
        }
        List<Map.Entry<String, Watched>> due = unfinished.entrySet().stream()
                .filter(entry -> entry.getValue().platform() == platform
                        && entry.getValue().dueAt(now))
                .sorted(Comparator.comparing(
                        entry -> entry.getValue().leaseUntil(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        for (Map.Entry<String, Watched> entry : due) {
            Optional<InboundRequest> claimed = stored.claimIfAbandoned(entry.getKey(), worker, now, lease);
            if (claimed.isPresent()) {
                return watched(claimed);
            }
            // Finished meanwhile, never stored, or held with a later lease: as the store has it now.
            Optional<InboundRequest> current = stored.byKey(entry.getKey());
            if (current.isPresent() && current.get().status() == InboundRequest.Status.CLAIMED) {
                unfinished.replace(entry.getKey(), entry.getValue(), Watched.of(current.get()));
            } else {
                unfinished.remove(entry.getKey(), entry.getValue());
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<InboundRequest> claimIfAbandoned(String key, String worker, Instant now, Duration lease) {
        return watched(stored.claimIfAbandoned(key, worker, now, lease));
    }

    @Override
    public List<InboundRequest> unfinished(Platform platform) {
        return stored.unfinished(platform);
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

    private Optional<InboundRequest> watched(Optional<InboundRequest> claimed) {
        claimed.ifPresent(request -> unfinished.put(request.key(), Watched.of(request)));
        return claimed;
    }

    /**
     * Finished, or taken over: either way this claim is no longer one to watch. A newer claim on the same key (taken
     * over by this process meanwhile) stays. A finishing that threw leaves the claim watched, so its lease brings a
     * takeover.
     */
    private boolean closed(InboundRequest claimed, boolean finished) {
        unfinished.computeIfPresent(
                claimed.key(), (key, watched) -> watched.version() == claimed.version() ? null : watched);
        return finished;
    }
}
