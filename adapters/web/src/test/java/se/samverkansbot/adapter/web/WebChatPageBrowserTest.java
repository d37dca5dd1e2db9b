package se.samverkansbot.adapter.web;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkansbot.minutes.Minutes;
import se.samverkansbot.testing.ReplyLosingProxy.AfterNextInsert;
import se.samverkansbot.testing.TestCore;

/**
 * The chat page in a real headless Chromium, against the app whose database falls silent right after applying a
 * write (the proxy of {@link WebChatUnknownOutcomeTest}): Lena types an item, the answer is lost, the page shows the
 * server's own words and sends the same request again by itself, with the same request id, once the database
 * answers; she gets the receipt and the item is stored once. Debian's {@code chromium} and {@code chromium-driver}
 * are used, as by the other browser tests: skipped, loudly, when they are missing, unless
 * {@code SAMVERKAN_REQUIRE_BROWSER=true}.
 */
@SpringBootTest(
        classes = {WebChatUnknownOutcomeTest.AnswerLostApplication.class, WebChatPageBrowserTest.SignedInPage.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatPageBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    /** The page waits Retry-After (5 s) between its tries, three times at most. */
    private static final Duration PAGE_GIVES_UP = Duration.ofSeconds(60);

    private static ChromeDriver browser;
    private static Path profile;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    TestCore core;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "No Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
                    + ": install Debian's chromium and chromium-driver (.ci/run does) to run the chat page's test";
            if ("true".equalsIgnoreCase(System.getenv("SAMVERKAN_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(message);
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=1280,900",
                "--lang=sv-SE",
                "--accept-lang=sv-SE,sv");
        // Lena's browser is Swedish: the page sends its language with every message
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .withEnvironment(Map.of("LANGUAGE", "sv_SE", "LANG", "sv_SE.UTF-8"))
                        .build(),
                options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    @AfterEach
    void databaseAnswersAgain() {
        WebChatUnknownOutcomeTest.AnswerLostApplication.PROXY.answerAgain();
    }

    @Test
    void an_item_whose_answer_was_lost_is_sent_again_by_the_page_with_its_request_id_and_stored_once() {
        openAs("led");
        WebChatUnknownOutcomeTest.AnswerLostApplication.PROXY.afterNextInsertInto(
                "agendaItems", AfterNextInsert.FALL_SILENT);

        type("nytt ärende till Gruppen: Bemanning i skolan (information)");
        WebElement waiting = until(() -> browser.findElements(By.cssSelector("#log li.bot.waiting")).stream()
                .findFirst()
                .orElse(null));
        String said = waiting.getText();
        WebChatUnknownOutcomeTest.AnswerLostApplication.PROXY.answerAgain();
        WebElement receipt = until(() -> botSaying("Tack! Ditt ärende"));

        assertThat(said)
                .as("the server's own words while the page tries again")
                .startsWith("Jag vet inte säkert om det sparades")
                .contains("Försöker igen av sig själv");
        assertThat(receipt.getText()).contains("Bemanning i skolan");
        assertThat(waiting.getText()).as("no longer trying").doesNotContain("Försöker igen");
        assertThat(WebChatUnknownOutcomeTest.AnswerLostApplication.stored(
                        "agendaItems", and(eq("title", "Bemanning i skolan"), regex("requestId", "^web:led:.+"))))
                .as("one item, under the page's request id")
                .isOne();
    }

    @Test
    void each_typed_message_has_its_own_request_id() {
        openAs("led");

        type("nytt ärende till Gruppen: Lokaler (information)");
        until(() -> botSaying("\"Lokaler\""));
        type("nytt ärende till Gruppen: Lokaler (information)");
        until(() -> browser.findElements(By.cssSelector("#log li.bot")).stream()
                                .filter(li -> li.getText().contains("\"Lokaler\""))
                                .count()
                        == 2
                ? Boolean.TRUE
                : null);

        assertThat(WebChatUnknownOutcomeTest.AnswerLostApplication.stored(
                        "agendaItems", and(eq("title", "Lokaler"), regex("requestId", "^web:led:.+"))))
                .as("typed twice on purpose: two requests, two items")
                .isEqualTo(2);
    }

    @Test
    void a_form_saved_then_changed_and_saved_again_records_both_and_each_save_once() {
        String meetingId = heldMeetingWithOneAcceptedItem();
        openAs("sekr");

        type("anteckna " + meetingId);
        WebElement form = until(() -> browser.findElements(By.cssSelector("#log form.minutes")).stream()
                .findFirst()
                .orElse(null));
        WebElement note = form.findElement(By.tagName("textarea"));
        note.sendKeys("Förslaget presenterades.");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        until(() -> botSaying("Förslaget presenterades."));
        note.sendKeys(" Synpunkter inarbetade.");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        until(() -> botSaying("Synpunkter inarbetade."));

        Minutes minutes = core.core().recordMinutes().latest(meetingId).orElseThrow();
        assertThat(minutes.items().getFirst().note()).isEqualTo("Förslaget presenterades. Synpunkter inarbetade.");
        assertThat(minutes.history())
                .filteredOn(change -> change.what().equals("item"))
                .as("two saves, two request ids: the second is not answered with the first")
                .hasSize(2)
                .allSatisfy(change -> assertThat(change.requestId()).startsWith("web:sekr:"))
                .extracting(Minutes.Change::requestId)
                .doesNotHaveDuplicates();
    }

    /** Gruppen met on 20 November with one accepted item. */
    private String heldMeetingWithOneAcceptedItem() {
        String meetingId = "test/grupp/page-" + System.nanoTime();
        core.aHeldMeetingOfGruppenWithOneAcceptedItem(meetingId, "A-PAGE" + Math.abs(meetingId.hashCode() % 10));
        return meetingId;
    }

    private void openAs(String person) {
        browser.get("http://127.0.0.1:" + port + "/api/people"); // the cookie belongs to the page's origin
        browser.manage().addCookie(new Cookie(TestSignIn.COOKIE, person));
        browser.get("http://127.0.0.1:" + port + "/");
        until(() -> botSaying("Hej!"));
    }

    private void type(String text) {
        WebElement input = browser.findElement(By.id("text"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    private WebElement botSaying(String text) {
        List<WebElement> said = browser.findElements(By.cssSelector("#log li.bot"));
        return said.stream()
                .filter(li -> li.getText().contains(text))
                .reduce((first, second) -> second)
                .orElse(null);
    }

    /** What the page shows once it shows it; a page that never does fails the test when the page gives up. */
    private static <T> T until(java.util.function.Supplier<T> found) {
        long giveUp = System.nanoTime() + PAGE_GIVES_UP.toNanos();
        while (System.nanoTime() < giveUp) {
            T shown = found.get();
            if (shown != null) {
                return shown;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the page never showed it; the log: "
                + browser.findElement(By.id("log")).getText());
    }

    /** What the application's sign-in gives the page: who is signed in, and the CSRF header to send. */
    @Configuration(proxyBeanMethods = false)
    static class SignedInPage {
        @Bean
        Me me() {
            return new Me();
        }
    }

    @RestController
    static class Me {
        @GetMapping("/api/me")
        Map<String, String> me(java.security.Principal signedIn) {
            return Map.of(
                    "id", signedIn == null ? "guest" : signedIn.getName(),
                    "csrfHeader", "X-Csrf-Unused",
                    "csrfToken", "none");
        }
    }
}
