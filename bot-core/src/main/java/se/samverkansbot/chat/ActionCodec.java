package se.samverkansbot.chat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import se.samverkansbot.register.Language;

/**
 * The one place where a button's {@link Command} becomes the string a platform carries (a Slack button value, a
 * Teams Action.Submit data field, a web chat button) and back. The form is URL-encoded pairs, e.g.
 * {@code c=accept&item=A-7K3PQ&l=en}, with the language of the reply that offered the button, so the answer to the
 * press comes in that language; anything else decodes to nothing, so a forged or stale value does nothing.
 */
public final class ActionCodec {
    /** Slack allows 2 000 characters in a button value; a question asked again is cut to fit. */
    public static final int MAX_LENGTH = 2000;

    private ActionCodec() {}

    /** A decoded button: its command and the language of the reply that offered it. */
    public record Decoded(Command command, Language language) {}

    public static String encode(Command command, Language language) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("l", language == Language.ENGLISH ? "en" : "sv");
        switch (command) {
            case Command.Ask ask -> {
                fields.put("c", "ask");
                fields.put("pin", ask.pin());
                fields.put("q", ask.question());
            }
            case Command.Confirm confirm -> put(fields, "confirm", "token", confirm.token());
            case Command.Abort abort -> put(fields, "abort", "token", abort.token());
            case Command.AcceptItem accept -> put(fields, "accept", "item", accept.itemId());
            case Command.MoveItem move -> put(fields, "move", "item", move.itemId());
            case Command.WithdrawItem withdraw -> put(fields, "withdraw", "item", withdraw.itemId());
            case Command.ShowMyItems mine -> fields.put("c", "mine");
            case Command.ShowItemsToReview review -> fields.put("c", "review");
            case Command.ShowHelp help -> fields.put("c", "help");
            case Command.ShowMinutes show -> put(fields, "minutes", "meeting", show.meetingId());
            case Command.SignMinutes sign -> put(fields, "sign", "meeting", sign.meetingId());
            case Command.PublishMinutes publish -> put(fields, "publish-minutes", "meeting", publish.meetingId());
            case Command.ShowMyFollowUps followUps -> fields.put("c", "followups");
        }
        StringBuilder encoded = new StringBuilder();
        fields.forEach((key, value) -> {
            if (value != null) {
                encoded.append(encoded.isEmpty() ? "" : "&")
                        .append(key)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return encoded.length() <= MAX_LENGTH ? encoded.toString() : encoded.substring(0, cutAt(encoded));
    }

    public static Optional<Decoded> decode(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : value.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                return Optional.empty();
            }
            try {
                fields.put(
                        pair.substring(0, equals),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
        String command = fields.getOrDefault("c", "");
        Language language = Language.fromTag(fields.get("l"));
        return Optional.<Command>ofNullable(
                        switch (command) {
                            case "ask" ->
                                fields.containsKey("q") ? new Command.Ask(fields.get("q"), fields.get("pin")) : null;
                            case "confirm" ->
                                present(fields, "token") ? new Command.Confirm(fields.get("token")) : null;
                            case "abort" -> present(fields, "token") ? new Command.Abort(fields.get("token")) : null;
                            case "accept" ->
                                present(fields, "item") ? new Command.AcceptItem(fields.get("item")) : null;
                            case "move" -> present(fields, "item") ? new Command.MoveItem(fields.get("item")) : null;
                            case "withdraw" ->
                                present(fields, "item") ? new Command.WithdrawItem(fields.get("item")) : null;
                            case "mine" -> new Command.ShowMyItems();
                            case "review" -> new Command.ShowItemsToReview();
                            case "help" -> new Command.ShowHelp();
                            case "minutes" ->
                                present(fields, "meeting") ? new Command.ShowMinutes(fields.get("meeting")) : null;
                            case "sign" ->
                                present(fields, "meeting") ? new Command.SignMinutes(fields.get("meeting")) : null;
                            case "publish-minutes" ->
                                present(fields, "meeting") ? new Command.PublishMinutes(fields.get("meeting")) : null;
                            case "followups" -> new Command.ShowMyFollowUps();
                            default -> null;
                        })
                .map(decoded -> new Decoded(decoded, language));
    }

    private static void put(Map<String, String> fields, String command, String key, String value) {
        fields.put("c", command);
        fields.put(key, value);
    }

    private static boolean present(Map<String, String> fields, String key) {
        return fields.get(key) != null && !fields.get(key).isBlank();
    }

    /** Cuts the encoded question (always last) so no %-escape is split. */
    private static int cutAt(StringBuilder encoded) {
        int cut = MAX_LENGTH;
        int percent = encoded.lastIndexOf("%", cut);
        return percent > cut - 3 ? percent : cut;
    }
}
