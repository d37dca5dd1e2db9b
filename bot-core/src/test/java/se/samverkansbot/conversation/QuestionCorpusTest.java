package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.register.Language;
import se.samverkansbot.testing.ConversationHarness;

/**
 * The question corpus (src/test/resources/answering/corpus.yaml): what members ask, in both languages and
 * both structures, with missing diacritics, typos and ambiguity, and the facts each answer must and must
 * not contain.
 */
class QuestionCorpusTest {
    private static final ConversationHarness bot = ConversationHarness.withShippedStructures();

    record Case(String q, String user, String locale, Language lang, List<String> says, List<String> not) {
        @Override
        public String toString() {
            String shown = q.isBlank() ? "(blank: \"" + q + "\")" : q;
            return (user == null ? "" : "[" + user + "] ") + (locale == null ? "" : "[" + locale + "] ") + shown;
        }
    }

    static Stream<Arguments> corpus() throws IOException {
        return cases().stream().map(Arguments::of);
    }

    @SuppressWarnings("unchecked")
    static List<Case> cases() throws IOException {
        try (InputStream in = QuestionCorpusTest.class.getResourceAsStream("/answering/corpus.yaml")) {
            List<Map<String, Object>> raw = new Yaml().load(in);
            return raw.stream()
                    .map(c -> new Case(
                            String.valueOf(c.getOrDefault("q", "")),
                            (String) c.get("user"),
                            (String) c.get("locale"),
                            "en".equals(c.get("lang")) ? Language.ENGLISH : Language.SWEDISH,
                            (List<String>) c.getOrDefault("says", List.of()),
                            (List<String>) c.getOrDefault("not", List.of())))
                    .toList();
        }
    }

    @Test
    void the_corpus_has_at_least_150_cases_in_both_languages_over_both_structures() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(cases).filteredOn(c -> c.lang() == Language.ENGLISH).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases)
                .allSatisfy(c ->
                        assertThat(c.says()).as("case %s asserts something", c).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answers(Case c) {
        ConversationHarness.Hearing hearing = bot.hears(c.q());
        if (c.locale() != null) {
            hearing = hearing.inLocale(c.locale());
        }
        Reply reply = (c.user() == null ? hearing.fromGuest() : hearing.from(c.user())).reply();

        assertThat(reply.language()).as("language of %s", reply.text()).isEqualTo(c.lang());
        assertThat(reply.text()).as("answer to: %s", c.q()).contains(c.says());
        if (!c.not().isEmpty()) {
            assertThat(reply.text()).as("answer to: %s", c.q()).doesNotContain(c.not());
        }
    }
}
