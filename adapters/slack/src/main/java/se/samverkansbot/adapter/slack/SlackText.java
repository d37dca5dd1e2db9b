package se.samverkansbot.adapter.slack;

import java.util.regex.Pattern;

/**
 * Slack's message markup turned into the plain text people meant: links {@code <https://x|text>} become
 * "text (https://x)", {@code <https://x>} the address, special mentions their words, and {@code &lt;} and
 * friends the characters. What the bot sends back is escaped again by {@link BlockKit}.
 */
final class SlackText {
    private static final Pattern LABELLED_LINK = Pattern.compile("<(https?://[^|>]+)\\|([^>]+)>");
    private static final Pattern LINK = Pattern.compile("<(https?://[^>]+)>");
    private static final Pattern SPECIAL = Pattern.compile("<!(channel|here|everyone)[^>]*>");

    private SlackText() {}

    static String plain(String slack) {
        if (slack == null) {
            return "";
        }
        String text = LABELLED_LINK.matcher(slack).replaceAll("$2 ($1)");
        text = LINK.matcher(text).replaceAll("$1");
        text = SPECIAL.matcher(text).replaceAll("@$1");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
