package se.samverkansbot.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.AgendaItems;
import se.samverkansbot.agenda.AgendaRules;
import se.samverkansbot.agenda.ItemStatus;
import se.samverkansbot.app.SamverkansbotApplication;
import se.samverkansbot.app.config.SamverkanProperties;
import se.samverkansbot.app.signin.Browser;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.Structure;

/** The demo a newcomer gets from the README's run command, and only from it. */
class DemoTest {
    private static final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void around_today_the_styrgrupp_has_a_held_meeting_one_past_its_cut_off_and_one_open_with_items_in_every_state()
            throws Exception {
        try (ConfigurableApplicationContext app = startDemo()) {
            Instant now = Instant.now();
            List<Meeting> around = app
                    .getBean(Meetings.class)
                    .ofStructure("demosam", now.minus(Duration.ofDays(15)), now.plus(Duration.ofDays(36)))
                    .stream()
                    .filter(m -> m.forumId().equals("styrgruppen"))
                    .toList();
            Meeting held = around.stream()
                    .filter(m -> m.start().isBefore(now))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            Meeting cutOff = around.stream()
                    .filter(m -> m.start().isAfter(now) && AgendaRules.cutoffPassed(m, now))
                    .findFirst()
                    .orElseThrow();
            Meeting open = around.stream()
                    .filter(m -> m.start().isAfter(now) && !AgendaRules.cutoffPassed(m, now))
                    .findFirst()
                    .orElseThrow();

            assertThat(held.status()).isEqualTo(MeetingStatus.NOTICE_SENT);
            assertThat(held.agenda()).hasSize(2);
            assertThat(open.start()).isBefore(now.plus(Duration.ofDays(36)));
            assertThat(statuses(app, held))
                    .containsExactlyInAnyOrder(ItemStatus.ACCEPTED, ItemStatus.ACCEPTED, ItemStatus.REJECTED);
            assertThat(statuses(app, cutOff))
                    .containsExactlyInAnyOrder(ItemStatus.ACCEPTED, ItemStatus.SUBMITTED, ItemStatus.LATE);
            assertThat(statuses(app, open)).containsExactlyInAnyOrder(ItemStatus.SUBMITTED, ItemStatus.WITHDRAWN);
            assertThat(app.getBean(AgendaItems.class).ofMeeting(held.id()))
                    .allSatisfy(item -> assertThat(item.submittedAt()).isBefore(held.start()));
        }
    }

    @Test
    void starting_again_enters_nothing_twice() throws Exception {
        List<String> first;
        try (ConfigurableApplicationContext app = startDemo()) {
            first = itemsOfDemo(app);
        }
        try (ConfigurableApplicationContext app = startDemo()) {
            assertThat(itemsOfDemo(app))
                    .containsExactlyInAnyOrderElementsOf(first)
                    .hasSize(8);
        }
    }

    @Test
    void a_newcomer_asks_submits_reviews_as_the_chair_publishes_as_the_secretary_and_sees_the_notice_arrive()
            throws Exception {
        try (ConfigurableApplicationContext app = startDemo("--samverkan.reminders.tick=PT0.2S")) {
            JsonNode people = json.readTree(Browser.of(app)
                    .signInLocally("omar-lind")
                    .get("/api/people")
                    .body());
            assertThat(people.get(0).get("structure").asText()).isEqualTo("Demosam");
            List<String> firstEight = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                firstEight.add(people.get(i).get("id").asText());
            }
            assertThat(firstEight).contains("omar-lind", "lena-fjall", "jonas-strom");

            assertThat(chat(app, "omar-lind", "När är nästa möte i styrgruppen?"))
                    .startsWith("Nästa möte i Styrgruppen (Demosam):");
            assertThat(chat(app, "omar-lind", "Vem representerar Myrberg i styrgruppen?"))
                    .contains("Karin Myrén");

            String receipt = chat(
                    app,
                    "omar-lind",
                    "nytt ärende till styrgruppen: Uppföljning av hemsjukvårdsavtalet (uppföljning) – kort beskrivning");
            String item = first(Pattern.compile("A-[A-Z0-9]{5}"), receipt);
            assertThat(chat(app, "lena-fjall", "ärenden att granska")).contains(item);
            assertThat(chat(app, "lena-fjall", "godkänn " + item)).contains(item);

            String proposal = chat(app, "jonas-strom", "publicera kallelse för styrgruppen");
            String confirmation = first(Pattern.compile("bekräfta [A-Z0-9]+"), proposal);
            assertThat(chat(app, "jonas-strom", confirmation)).contains("Kallelse till Styrgruppen (Demosam)");

            String inbox = "";
            for (int i = 0; i < 50 && !inbox.contains("Uppföljning av hemsjukvårdsavtalet"); i++) {
                Thread.sleep(100);
                inbox = browser(app, "karin-myren").get("/api/inbox").body();
            }
            assertThat(inbox).contains("Kallelse till Styrgruppen (Demosam)", "Uppföljning av hemsjukvårdsavtalet");
        }
    }

    @Test
    void a_production_start_has_no_demo() {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(CurrentRegister.class).get().structures())
                    .extracting(Structure::id)
                    .doesNotContain("demosam");
            assertThat(app.getBeansOfType(DemoScenario.class)).isEmpty();
        }
    }

    @Test
    void the_demo_is_refused_on_a_real_database_unless_asked_for() {
        assertThatThrownBy(() -> start(
                        "--spring.profiles.active=demo",
                        "--samverkan.mongodb-uri=mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=200"))
                .hasStackTraceContaining(
                        "The demo (samverkan.demo.enabled) is on while MONGODB_URI names a real database");
    }

    @Test
    void on_a_real_database_the_demo_runs_only_when_that_is_asked_for_explicitly() {
        SamverkanProperties.Structures shipped = new SamverkanProperties.Structures(List.of(), null, true);
        String real = "mongodb://db:27017/samverkansbot";

        assertThatThrownBy(() -> DemoStructure.refuseOnRealDatabase(new SamverkanProperties(
                        dataDir, real, "samverkansbot", shipped, new SamverkanProperties.Demo(true, false), null)))
                .isInstanceOf(IllegalStateException.class);
        DemoStructure.refuseOnRealDatabase(new SamverkanProperties(
                dataDir, real, "samverkansbot", shipped, new SamverkanProperties.Demo(true, true), null));
        DemoStructure.refuseOnRealDatabase(new SamverkanProperties(
                dataDir, "", "samverkansbot", shipped, new SamverkanProperties.Demo(true, false), null));
        DemoStructure.refuseOnRealDatabase(new SamverkanProperties(
                dataDir, real, "samverkansbot", shipped, new SamverkanProperties.Demo(false, false), null));
    }

    private List<ItemStatus> statuses(ConfigurableApplicationContext app, Meeting meeting) {
        return app.getBean(AgendaItems.class).ofMeeting(meeting.id()).stream()
                .map(AgendaItem::status)
                .toList();
    }

    private List<String> itemsOfDemo(ConfigurableApplicationContext app) {
        Instant now = Instant.now();
        List<String> ids = new ArrayList<>();
        app.getBean(Meetings.class)
                .ofStructure("demosam", now.minus(Duration.ofDays(60)), now.plus(Duration.ofDays(60)))
                .forEach(m -> app.getBean(AgendaItems.class).ofMeeting(m.id()).forEach(i -> ids.add(i.id())));
        return ids;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group();
    }

    /** Each person signs in once, locally (the demo's way), and asks in their own session. */
    private String chat(ConfigurableApplicationContext app, String user, String text) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("text", text));
        HttpResponse<String> response = browser(app, user).postJson("/api/chat", body);
        return json.readTree(response.body()).get("text").asText();
    }

    private final java.util.Map<String, Browser> browsers = new java.util.HashMap<>();

    private Browser browser(ConfigurableApplicationContext app, String person) throws Exception {
        Browser browser = browsers.get(person);
        if (browser == null) {
            browser = Browser.of(app).signInLocally(person);
            browsers.put(person, browser);
        }
        return browser;
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(app, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(ConfigurableApplicationContext app, String path) {
        return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    private ConfigurableApplicationContext startDemo(String... extra) {
        String[] args = new String[extra.length + 1];
        args[0] = "--spring.profiles.active=demo";
        System.arraycopy(extra, 0, args, 1, extra.length);
        return start(args);
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "--server.port=0";
        args[1] = "--samverkan.data-dir=" + dataDir;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return new SpringApplicationBuilder(SamverkansbotApplication.class).run(args);
    }
}
