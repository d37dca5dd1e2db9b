package se.samverkansbot.adapter.pages;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansbot.publication.PublishedMinutes;
import se.samverkansbot.register.Language;

/**
 * A meeting's published minutes as plain, printable text (the newest edition), where the forum page links them. Draft
 * minutes, minutes of a forum that is not public and unknown meetings are a plain 404.
 */
@RestController
class MinutesController {
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final ObjectProvider<PublishedMinutes> minutes;

    MinutesController(ObjectProvider<PublishedMinutes> minutes) {
        this.minutes = minutes;
    }

    @GetMapping("/minnesanteckningar/{structure}/{forum}/{time}")
    ResponseEntity<String> minutes(
            @PathVariable String structure,
            @PathVariable String forum,
            @PathVariable String time,
            @RequestParam(defaultValue = "sv") String lang) {
        PublishedMinutes published = minutes.getIfAvailable(() -> PublishedMinutes.NONE);
        return published
                .text(structure + "/" + forum + "/" + time, Language.fromTag(lang))
                .map(text -> ResponseEntity.ok()
                        .contentType(TEXT)
                        .cacheControl(CacheControl.noCache())
                        .body(text))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
