package se.samverkansbot.adapter.pages;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansbot.calendar.FeedTokens;
import se.samverkansbot.calendar.MeetingCalendars;
import se.samverkansbot.register.Language;

/**
 * Calendar feeds and files as {@code text/calendar}: a public forum's feed, a person's feed behind their token
 * (never cached by intermediaries, never indexed), and one meeting to add. An unknown or non-public address is a
 * plain 404, the same as one that never existed.
 */
@RestController
class CalendarFeedController {
    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final MeetingCalendars calendars;
    private final FeedTokens tokens;

    CalendarFeedController(MeetingCalendars calendars, FeedTokens tokens) {
        this.calendars = calendars;
        this.tokens = tokens;
    }

    @GetMapping("/kalender/{structure}/{forum}.ics")
    ResponseEntity<String> forum(
            @PathVariable String structure,
            @PathVariable String forum,
            @RequestParam(defaultValue = "sv") String lang) {
        return calendar(
                calendars.forumFeed(structure, forum, Language.fromTag(lang)),
                structure + "-" + forum + ".ics",
                CacheControl.maxAge(java.time.Duration.ofMinutes(15)).cachePublic());
    }

    @GetMapping("/kalender/person/{token}.ics")
    ResponseEntity<String> person(@PathVariable String token) {
        Optional<String> feed = tokens.owner(token).flatMap(o -> calendars.personalFeed(o.structureId(), o.personId()));
        return calendar(feed, "samverkan.ics", CacheControl.noStore());
    }

    @GetMapping("/kalender/mote/{structure}/{forum}/{time}.ics")
    ResponseEntity<String> meeting(
            @PathVariable String structure,
            @PathVariable String forum,
            @PathVariable String time,
            @RequestParam(defaultValue = "sv") String lang) {
        return calendar(
                calendars.meeting(structure + "/" + forum + "/" + time, Language.fromTag(lang)),
                forum + "-" + time + ".ics",
                CacheControl.noCache());
    }

    private static ResponseEntity<String> calendar(Optional<String> body, String filename, CacheControl cache) {
        return body.map(ics -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .cacheControl(cache)
                        .header("X-Robots-Tag", "noindex")
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline()
                                        .filename(filename, StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
