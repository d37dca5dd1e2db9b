package se.samverkansbot.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.store.mongo.MongoFeedTokens;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.MutableClock;

/** The addresses the chat hands out, with personal tokens kept in the embedded database. */
class CalendarLinksTest {
    private static final InMemoryMongo mongo = new InMemoryMongo();
    private static final Register REGISTER = new Register(List.of(new StructureFileReader().read("test.yaml", """
            structure: {id: test, name: Testsamverkan}
            people:
              - {id: led, name: Lena Ledamot}
              - {id: ordf, name: Olle Ordförande}
            forums:
              - {id: grupp, name: Gruppen, level: county-coordination}
              - {id: sip, name: SIP-gruppen, level: working-group, public: false}
            """)));

    private final MongoFeedTokens tokens =
            new MongoFeedTokens(mongo.freshDatabase(), new MutableClock(Instant.parse("2026-11-23T08:00:00Z")));
    private final CalendarLinks links =
            new CalendarLinks(() -> REGISTER, tokens, new PublicLinks("https://samverkan.example.se"));

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void a_persons_feed_address_is_the_same_each_time_until_renewed_and_then_the_old_one_leads_nowhere() {
        String first = links.personalFeed("test", "led");
        String again = links.personalFeed("test", "led");
        String renewed = links.renewPersonalFeed("test", "led");

        assertThat(again).isEqualTo(first);
        assertThat(renewed).isNotEqualTo(first).isEqualTo(links.personalFeed("test", "led"));
        assertThat(tokens.owner(token(first))).isEmpty();
        assertThat(tokens.owner(token(renewed))).contains(new FeedTokens.Owner("test", "led"));
    }

    @Test
    void tokens_are_long_random_and_url_safe_and_differ_between_people() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String token = tokens.current("test", "person-" + i);
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            seen.add(token);
        }
        assertThat(seen).hasSize(50);
        assertThat(tokens.owner("not-a-token")).isEmpty();
    }

    @Test
    void only_public_forums_have_open_addresses_for_their_feed_and_their_meetings() {
        Meeting open = meeting("test/grupp/2027-03-29T0900", "grupp");
        Meeting closed = meeting("test/sip/2027-03-29T1300", "sip");

        assertThat(links.forumFeed("test", "grupp")).contains("https://samverkan.example.se/kalender/test/grupp.ics");
        assertThat(links.meetingFile(open))
                .contains("https://samverkan.example.se/kalender/mote/test/grupp/2027-03-29T0900.ics");
        assertThat(links.forumFeed("test", "sip")).isEmpty();
        assertThat(links.meetingFile(closed)).isEmpty();
        assertThat(PublicLinks.webcal(links.forumFeed("test", "grupp").orElseThrow()))
                .isEqualTo("webcal://samverkan.example.se/kalender/test/grupp.ics");
    }

    private static Meeting meeting(String id, String forum) {
        return new Meeting(
                id,
                "test",
                forum,
                Instant.parse("2027-03-29T07:00:00Z"),
                null,
                null,
                null,
                MeetingStatus.PLANNED,
                List.of(),
                List.of());
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }
}
