package se.samverkansbot.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.samverkansbot.register.Language;

/** Everything the bot writes on its own can be said in both languages, with the same blanks to fill. */
class WordingTest {
    private static final Pattern ARGUMENT = Pattern.compile("%[sd]");

    @Test
    void swedish_and_english_have_the_same_keys() {
        assertThat(Wording.CORE.keys(Language.ENGLISH)).isEqualTo(Wording.CORE.keys(Language.SWEDISH));
    }

    @Test
    void each_text_has_the_same_number_of_arguments_in_both_languages() {
        for (String key : Wording.CORE.keys(Language.SWEDISH)) {
            assertThat(arguments(Wording.CORE.raw(Language.ENGLISH, key)))
                    .as("arguments of %s", key)
                    .isEqualTo(arguments(Wording.CORE.raw(Language.SWEDISH, key)));
        }
    }

    @Test
    void a_text_is_said_in_the_language_asked_for_with_its_dates_too() {
        var notice = Wording.of("meeting.cancelled", "Gruppen", Wording.date(java.time.LocalDate.of(2027, 1, 7)));

        assertThat(notice.label(Language.SWEDISH)).isEqualTo("Mötet i Gruppen 7 januari 2027 är inställt.");
        assertThat(notice.label(Language.ENGLISH)).isEqualTo("The meeting of Gruppen on 7 January 2027 is cancelled.");
    }

    @Test
    void someone_the_bot_cannot_look_up_reads_english_when_their_platform_does_and_otherwise_both_swedish_first() {
        assertThat(Wording.toUnknownReader(Language.ENGLISH, "inbox.nothing-saved"))
                .isEqualTo("Nothing was saved — please try again in a moment.");
        assertThat(Wording.toUnknownReader(Language.SWEDISH, "inbox.nothing-saved"))
                .isEqualTo(
                        "Inget sparades — försök igen om en stund. / Nothing was saved — please try again in a moment.");
    }

    private static long arguments(String text) {
        Matcher matcher = ARGUMENT.matcher(text);
        long count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
