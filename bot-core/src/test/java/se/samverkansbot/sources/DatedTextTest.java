package se.samverkansbot.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.samverkansbot.register.SourceDocument;
import se.samverkansbot.testing.ShippedStructures;

/** Whether a text says when. */
class DatedTextTest {
    /** What a date is, said as one regular expression: the scan must find exactly what this finds. */
    private static final Pattern DEFINITION = Pattern.compile("\\b(19|20)\\d{2}(-\\d{2}-\\d{2})?\\b|\\b\\d{6}\\b"
            + "|\\b\\d{1,2}/\\d{1,2}\\b|\\b\\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september"
            + "|oktober|november|december)\\b"
            + "|(?iuU)\\b(så snart som möjligt|snarast|i början av|i slutet av|varje år|årligen|en gång per år)\\b");

    @Test
    void years_dates_and_times_in_words_say_when() {
        assertThat(List.of(
                        "HälSam börjar gälla från och med 2023-01-01",
                        "beslut senast 221030",
                        "ett gemensamt möte 23/9 kl. 9",
                        "mötet den 3 juni",
                        "Med start under 2005",
                        "så snart som möjligt in på den nya mandatperioden",
                        "Temamöten hålls Varje År"))
                .allMatch(DatedText::holdsADate);
    }

    @Test
    void a_time_in_words_says_when_but_holds_no_day_or_year() {
        // "Vilket datum …?" is not answered by "så snart som möjligt".
        assertThat(DatedText.holdsADayOrYear("så snart som möjligt in på den nya mandatperioden"))
                .isFalse();
        assertThat(List.of("beslut senast 221030", "ett gemensamt möte 23/9 kl. 9", "Med start under 2005"))
                .allMatch(DatedText::holdsADayOrYear);
    }

    @Test
    void numbers_that_are_no_date_and_words_inside_others_do_not() {
        assertThat(List.of(
                        "3,4 mnkr per år",
                        "behov av 3 grupper x 7 kommuner",
                        "sida 123/45",
                        "kod A2022",
                        "snarastes",
                        "åtgärd 2150",
                        "1234567"))
                .noneMatch(DatedText::holdsADate);
    }

    @Test
    void finds_what_the_definition_finds_in_every_line_of_the_shipped_documents() {
        for (SourceDocument document : ShippedStructures.register().structures().stream()
                .flatMap(structure -> structure.documents().stream())
                .toList()) {
            for (String line : document.text().split("\n")) {
                assertThat(DatedText.holdsADate(line))
                        .as(line)
                        .isEqualTo(DEFINITION.matcher(line).find());
            }
        }
    }

    @Test
    void finds_what_the_definition_finds_in_texts_made_of_date_like_pieces() {
        String[] pieces = {
            "2022",
            "20",
            "19",
            "2023-10-02",
            "-",
            "/",
            "221030",
            "23",
            "9",
            "1",
            " ",
            " ",
            "juni",
            "december",
            "x",
            "ä",
            "_",
            "A",
            "snar",
            "snarast",
            "i början av",
            "Varje År",
            "ÅRLIGEN",
            "en gång per år",
            "kl.",
            "12",
            "0"
        };
        Random random = new Random(11);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(6); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(DatedText.holdsADate(text.toString()))
                    .as(text.toString())
                    .isEqualTo(DEFINITION.matcher(text).find());
        }
    }
}
