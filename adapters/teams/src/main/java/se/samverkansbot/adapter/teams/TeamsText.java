package se.samverkansbot.adapter.teams;

import java.util.regex.Pattern;

/**
 * Teams gives a message's body as HTML (the message action's payload). The form wants the words: line breaks kept,
 * tags dropped, the common entities read. Nothing of it is shown as HTML again.
 */
final class TeamsText {
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</li>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private TeamsText() {}

    static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(BREAK.matcher(html).replaceAll("\n")).replaceAll("");
        return text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }
}
