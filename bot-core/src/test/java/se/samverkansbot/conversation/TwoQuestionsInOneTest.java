package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansbot.testing.ConversationHarness;

/** Two questions in one message: each answered, not only the one whose cue came first. */
class TwoQuestionsInOneTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructures();

    @Test
    void hears_when_one_forum_started_and_another_ended_and_gives_both_dates() {
        assertThat(bot.hears("När började HälSam gälla och när upphörde socialreko?")
                        .fromGuest()
                        .text())
                .contains("2023-01-01 (1 januari 2023) (HälSam): HälSam börjar gälla.")
                .contains("SocialReKo (HälSam): Upphörde 2022-12-31");
    }

    @Test
    void hears_a_count_and_a_rhythm_and_carries_the_forums_named_first_into_the_second() {
        assertThat(bot.hears("Hur många länssamordningsgrupper finns och hur ofta ses de?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam har tre forum på länssamordning:")
                .contains("träffas: 5 gånger per år");
    }

    @Test
    void hears_what_a_structure_is_and_who_its_parties_are_in_english() {
        assertThat(bot.hears("What is HälSam, and which organisations are the parties to it?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam – Samverkan mellan länets kommuner och Region Västernorrland.")
                .contains("Parties: Region Västernorrland, Sundsvalls kommun");
    }

    @Test
    void reads_a_second_question_about_the_first_whole_when_a_half_has_no_answer() {
        assertThat(bot.hears(
                                "Vad händer efter att HälSam har enats om en rekommendation? Vem tar det formella beslutet?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam är ett system för samråd och samtal; beslut fattas endast av huvudmännen")
                .doesNotContain("Det vet jag inte");
    }

    @Test
    void reads_a_first_question_naming_nothing_with_the_names_of_the_second() {
        // "Hur många kommuner" alone counted the municipalities of both structures.
        assertThat(bot.hears("Hur många kommuner och hur många regioner är parter i HälSam?")
                        .fromGuest()
                        .text())
                .contains("sju kommuner")
                .doesNotContain("Jämtland");
    }
}
