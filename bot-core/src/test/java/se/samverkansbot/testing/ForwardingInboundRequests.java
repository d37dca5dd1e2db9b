package se.samverkansbot.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.InboundRequest;
import se.samverkansbot.chat.InboundRequests;
import se.samverkansbot.chat.Platform;

/**
 * An inbox store that hands every call to another: the base of the tests' stores that fail, die or time one call and
 * pass the rest on, so that each overrides only the call it is about.
 */
public class ForwardingInboundRequests implements InboundRequests {
    private final InboundRequests to;

    public ForwardingInboundRequests(InboundRequests to) {
        this.to = to;
    }

    @Override
    public Optional<InboundRequest> receive(
            InboundMessage message, Map<String, String> replyTo, String worker, Instant now, Duration lease) {
        return to.receive(message, replyTo, worker, now, lease);
    }

    @Override
    public Optional<InboundRequest> claimAbandoned(Platform platform, String worker, Instant now, Duration lease) {
        return to.claimAbandoned(platform, worker, now, lease);
    }

    @Override
    public Optional<InboundRequest> claimIfAbandoned(String key, String worker, Instant now, Duration lease) {
        return to.claimIfAbandoned(key, worker, now, lease);
    }

    @Override
    public List<InboundRequest> unfinished(Platform platform) {
        return to.unfinished(platform);
    }

    @Override
    public boolean markDone(InboundRequest claimed, Instant at) {
        return to.markDone(claimed, at);
    }

    @Override
    public boolean markFailed(InboundRequest claimed, Instant at, String reason) {
        return to.markFailed(claimed, at, reason);
    }

    @Override
    public long forgetFinished(Instant before) {
        return to.forgetFinished(before);
    }

    @Override
    public Optional<InboundRequest> byKey(String key) {
        return to.byKey(key);
    }
}
