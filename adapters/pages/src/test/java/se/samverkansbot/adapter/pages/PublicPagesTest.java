package se.samverkansbot.adapter.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samverkansbot.calendar.FeedTokens;
import se.samverkansbot.email.EmailKind;
import se.samverkansbot.email.EmailPreferences;

/** The public pages over real HTTP: what they show, what they never show, the feeds, and the opt-out page. */
@SpringBootTest(classes = PagesTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesTest {
    private static final Pattern HREF = Pattern.compile("href=\"(/(?:sv|en)[^\"#]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    FeedTokens tokens;

    @Autowired
    EmailPreferences preferences;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_page_reachable_from_the_start_pages_shows_names_and_roles_but_no_contact_details() throws Exception {
        Set<String> pages = crawl();

        assertThat(pages).hasSizeGreaterThan(80).contains("/sv/oppen/styrgrupp", "/en/halsam/lansledning");
        for (String page : pages) {
            String body = get(page).body();
            assertThat(body)
                    .as(page)
                    .doesNotContain(
                            "eva.exempel@teststad.example.se",
                            "hemlig@teststad.example.se",
                            "U0EVA1234",
                            "7c1e0f2a-aaaa-bbbb-cccc-000000000001",
                            "mailto:")
                    .doesNotContainPattern("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
        }
        assertThat(get("/sv/oppen/styrgrupp").body())
                .contains("Eva Exempel", "Ordförande", "Socialnämnden, Teststad", "2023-01-01 – 2026-12-31")
                .contains("Tidigare representanter", "Hemlig Hemligsson");
    }

    @Test
    void a_forum_that_is_not_public_has_no_page_no_link_no_feed_and_no_meeting_file() throws Exception {
        assertThat(crawl()).noneMatch(page -> page.contains("sip-gruppen"));
        assertThat(get("/sv/oppen/sip-gruppen").statusCode()).isEqualTo(404);
        assertThat(get("/sv/oppen/sip-gruppen").body()).contains("Sidan finns inte");
        assertThat(get("/kalender/oppen/sip-gruppen.ics").statusCode()).isEqualTo(404);
        assertThat(get("/kalender/mote/oppen/sip-gruppen/2027-01-13T0900.ics").statusCode())
                .isEqualTo(404);
        assertThat(get("/sv/oppen/arshjul/2027").body())
                .doesNotContain("SIP-gruppen")
                .contains("Styrgruppen");
        assertThat(get("/sv/oppen").body()).doesNotContain("SIP-gruppen");
    }

    @Test
    void a_forum_page_shows_coming_meetings_the_published_notice_with_its_agenda_and_a_cancelled_meeting_as_cancelled()
            throws Exception {
        String page = get("/sv/halsam/lansledning").body();

        assertThat(page)
                .contains("måndag 7 december 2026 kl. 09.00", "Härnösand, Landstingshuset")
                .contains("Uppföljning av SIP (samråd)", "Länsöverenskommelse om äldres hälsa (information)")
                .contains("Inställt", "måndag 1 februari 2027 kl. 09.00")
                .contains("/kalender/mote/halsam/lansledning/2027-03-29T0900.ics")
                .contains("Prenumerera på forumets kalender", "/kalender/halsam/lansledning.ics")
                .contains("Inga minnesanteckningar är publicerade här ännu.");
        assertThat(get("/en/halsam/lansledning").body())
                .contains("<html lang=\"en\">", "Coming meetings", "Monday 7 December 2026, 09:00", "Cancelled")
                .contains("lang=\"sv\"");
    }

    @Test
    void the_feeds_are_served_as_calendars_that_a_parser_reads() throws Exception {
        HttpResponse<String> forum = get("/kalender/halsam/lansledning.ics");
        HttpResponse<String> meeting = get("/kalender/mote/halsam/lansledning/2027-03-29T0900.ics");
        String token = tokens.current("oppen", "hemlig");
        HttpResponse<String> personal = get("/kalender/person/" + token + ".ics");

        assertThat(forum.headers().firstValue("Content-Type")).contains("text/calendar;charset=UTF-8");
        Calendar parsed = new CalendarBuilder().build(new StringReader(forum.body()));
        assertThat(parsed.getComponents("VEVENT")).hasSize(3 * 5);
        assertThat(meeting.statusCode()).isEqualTo(200);
        assertThat(personal.statusCode()).isEqualTo(200);
        assertThat(personal.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(personal.body()).contains("SIP-gruppen för enskilda ärenden (Öppen samverkan)");
        assertThat(get("/kalender/person/" + token.substring(1) + "x.ics").statusCode())
                .isEqualTo(404);
        tokens.renew("oppen", "hemlig");
        assertThat(get("/kalender/person/" + token + ".ics").statusCode()).isEqualTo(404);
    }

    @Test
    void the_opt_out_link_asks_on_a_visit_and_stops_at_once_on_a_one_click_post() throws Exception {
        String token = preferences.optOutToken("eva.exempel@teststad.example.se", EmailKind.REMINDERS);

        HttpResponse<String> visit = get("/epost/avsluta/" + token);
        assertThat(visit.statusCode()).isEqualTo(200);
        assertThat(visit.body()).contains("Sluta få e-post", "påminnelser inför deadlines och möten");
        assertThat(preferences.hasOptedOut("eva.exempel@teststad.example.se", EmailKind.REMINDERS))
                .isFalse();

        HttpResponse<String> oneClick = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/epost/avsluta/" + token))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(preferences.hasOptedOut("eva.exempel@teststad.example.se", EmailKind.REMINDERS))
                .isTrue();
        assertThat(preferences.hasOptedOut("eva.exempel@teststad.example.se", EmailKind.MEETINGS))
                .isFalse();
        assertThat(get("/epost/avsluta/not-a-token").statusCode()).isEqualTo(404);
    }

    /** Every page linked from the two start pages, following links within the public pages. */
    Set<String> crawl() throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/sv", "/en"));
        while (!queue.isEmpty()) {
            String page = queue.poll();
            if (!seen.add(page)) {
                continue;
            }
            HttpResponse<String> response = get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            Matcher links = HREF.matcher(response.body());
            while (links.find()) {
                String link = links.group(1);
                // The year pages link to every year before and after; two years each way is enough.
                if (!link.matches(".*/arshjul/(19|20[0-2][0-5]|203\\d).*") && !seen.contains(link)) {
                    queue.add(link);
                }
            }
        }
        return seen;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
