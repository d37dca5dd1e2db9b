package se.samverkansbot.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.reminder.OutboundMessenger;
import se.samverkansbot.reminder.Recipient;

/**
 * A platform that remembers every delivery by key, like a channel whose history can be searched. A
 * behaviour hook lets a test make it rate-limit, fail, or "die" right after delivering.
 */
public final class RecordingMessenger implements OutboundMessenger {
    public record Delivery(Recipient recipient, String text, String key, String messageId) {}

    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, String> byKey = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile Function<String, RuntimeException> before = key -> null;
    private volatile Function<String, Error> after = key -> null;

    /** Throw this before delivering (rate limit, failure); null to deliver. */
    public void failBefore(Function<String, RuntimeException> failure) {
        this.before = failure;
    }

    /** Throw this after delivering, before the sender hears back: the process died mid-flight. */
    public void dieAfter(Function<String, Error> death) {
        this.after = death;
    }

    @Override
    public String send(Recipient recipient, Reply message, String deliveryKey) {
        RuntimeException failure = before.apply(deliveryKey);
        if (failure != null) {
            throw failure;
        }
        String id = "msg-" + ids.incrementAndGet();
        deliveries.add(new Delivery(recipient, message.text(), deliveryKey, id));
        byKey.putIfAbsent(deliveryKey, id);
        Error death = after.apply(deliveryKey);
        if (death != null) {
            throw death;
        }
        return id;
    }

    @Override
    public Optional<String> findDelivered(Recipient recipient, String deliveryKey) {
        return Optional.ofNullable(byKey.get(deliveryKey));
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public long deliveriesOf(String key) {
        return deliveries.stream().filter(d -> d.key().equals(key)).count();
    }
}
