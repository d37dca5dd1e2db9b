package se.samverkansbot.adapter.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import se.samverkansbot.reminder.Inbox;

/** The in-app inbox as a map, for the web adapter's tests; MongoInbox is tested against the embedded server in bot-core. */
final class InMemoryInbox implements Inbox {
    private final Map<String, Message> messages = new ConcurrentHashMap<>();

    @Override
    public String deliver(Message message) {
        messages.putIfAbsent(message.deliveryKey(), message);
        return message.deliveryKey();
    }

    @Override
    public Optional<Message> byKey(String deliveryKey) {
        return Optional.ofNullable(messages.get(deliveryKey));
    }

    @Override
    public List<Message> latest(String personId, int limit) {
        return messages.values().stream()
                .filter(m -> m.personId().equals(personId))
                .sorted(Comparator.comparing(Message::at).reversed())
                .limit(limit)
                .toList();
    }
}
