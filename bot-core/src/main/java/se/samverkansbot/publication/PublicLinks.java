package se.samverkansbot.publication;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import se.samverkansbot.register.Language;

/**
 * Where the public pages, calendar feeds and email links live, from the public base address. The one place
 * that spells the paths, so the chat, email, feeds and the pages adapter that serves them agree.
 */
public final class PublicLinks {
    private final String base;

    /** @param baseUrl the address people reach the bot's public pages at, e.g. {@code https://samverkan.example.se} */
    public PublicLinks(String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String base() {
        return base;
    }

    public static String tag(Language language) {
        return language.locale().getLanguage();
    }

    public String home(Language language) {
        return base + "/" + tag(language);
    }

    public String structure(Language language, String structureId) {
        return home(language) + "/" + segment(structureId);
    }

    public String forum(Language language, String structureId, String forumId) {
        return structure(language, structureId) + "/" + segment(forumId);
    }

    public String year(Language language, String structureId, int year) {
        return structure(language, structureId) + "/arshjul/" + year;
    }

    public String accessibility(Language language) {
        return home(language) + "/tillganglighet";
    }

    /** A public forum's calendar: its meetings and deadlines. */
    public String forumFeed(String structureId, String forumId) {
        return base + "/kalender/" + segment(structureId) + "/" + segment(forumId) + ".ics";
    }

    /** A person's own calendar, behind their secret token. */
    public String personalFeed(String token) {
        return base + "/kalender/person/" + segment(token) + ".ics";
    }

    /** A meeting's published minutes as a printable page (the newest edition). */
    public String minutes(String meetingId) {
        StringBuilder path = new StringBuilder(base + "/minnesanteckningar");
        for (String part : meetingId.split("/")) {
            path.append('/').append(segment(part));
        }
        return path.toString();
    }

    /** One meeting as a file to add to a calendar ("lägg till i kalendern"). */
    public String meeting(String meetingId) {
        StringBuilder path = new StringBuilder(base + "/kalender/mote");
        for (String part : meetingId.split("/")) {
            path.append('/').append(segment(part));
        }
        return path.append(".ics").toString();
    }

    /** The one-click address that stops one kind of email (RFC 8058). */
    public String unsubscribe(String token) {
        return base + "/epost/avsluta/" + segment(token);
    }

    /** The same feed for calendar programs that subscribe on a click: {@code webcal://}. */
    public static String webcal(String feedUrl) {
        return feedUrl.replaceFirst("^https?://", "webcal://");
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
