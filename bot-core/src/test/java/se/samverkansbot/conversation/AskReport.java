package se.samverkansbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.samverkansbot.register.Register;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.understanding.Recogniser;
import se.samverkansbot.understanding.Understanding;
import se.samverkansbot.understanding.Utterance;

/**
 * A developer's look at how questions are understood and answered: the recognised intent with its score and the
 * reply, for the questions given in {@code -Dask="first question|second question"}. Not part of the build (it
 * asserts nothing); run with {@code ./mvnw -Pheldout -pl bot-core verify -Dtest=AskReport -Dask=…}.
 */
@Tag("heldout")
class AskReport {
    private static final Clock ASKED_ON = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), SwedishTime.ZONE);

    @Test
    void prints_how_each_question_is_understood_and_answered() {
        ConversationHarness bot = ConversationHarness.withShippedStructuresAt(ASKED_ON);
        Register register = se.samverkansbot.testing.ShippedStructures.register();
        Understanding understanding = new Understanding(() -> register, ASKED_ON);
        Recogniser recogniser = new Recogniser();
        se.samverkansbot.sources.SourceSearch search = new se.samverkansbot.sources.SourceSearch(() -> register);
        for (String word : System.getProperty("words", "").split("\\|")) {
            if (!word.isBlank()) {
                System.out.printf(
                        "%nWORD %s mentions %s alike %s compound %s%n",
                        word, search.mentions(word), search.mentionsAlike(word), search.isACompoundOfTheirs(word));
            }
        }
        for (String q : System.getProperty("ask", "").split("\\|")) {
            if (q.isBlank()) {
                continue;
            }
            Utterance u = understanding.understand(q.strip(), Optional.empty(), null, null);
            Recogniser.Recognised recognised = recogniser.recognise(u);
            System.out.printf(
                    "%nPASSAGE %s%n",
                    search.find(
                                    q.strip(),
                                    u.language(),
                                    System.getProperty("within", "").isBlank()
                                            ? java.util.List.of()
                                            : java.util.List.of(System.getProperty("within")),
                                    true)
                            .map(f -> "coverage %.2f matched %d: %s"
                                    .formatted(
                                            f.coverage(),
                                            f.matched(),
                                            f.excerpt().replace("\n", " / ")))
                            .orElse("none"));
            System.out.printf(
                    "%nASK %s%n  intent %s score %.2f words %s%n  mentions %s%n  %s%n",
                    q.strip(),
                    recognised.intent(),
                    recognised.score(),
                    u.words(),
                    u.all(se.samverkansbot.understanding.Mention.class).stream()
                                    .map(m -> m.getClass().getSimpleName() + ":"
                                            + (m.structure() == null
                                                    ? "-"
                                                    : m.structure().id()))
                                    .toList()
                            + " structures "
                            + u.structures(register.structures()).stream()
                                    .map(se.samverkansbot.register.Structure::id)
                                    .toList(),
                    bot.hears(q.strip()).fromGuest().reply().text().replace("\n", "\n  "));
        }
    }
}
