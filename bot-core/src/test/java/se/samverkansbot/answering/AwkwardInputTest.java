package se.samverkansbot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansbot.conversation.Reply;
import se.samverkansbot.conversation.ReplyPart;
import se.samverkansbot.testing.ConversationHarness;

/** Whatever arrives, the bot answers politely in the asker's language and never repeats markup. */
class AwkwardInputTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructures();

    @Test
    void a_question_of_ten_thousand_characters_is_politely_refused_in_the_askers_language() {
        bot.hears("Vem representerar Sundsvall? ".repeat(400))
                .fromGuest()
                .inSwedish()
                .replies("Frågan är för lång", "2000 tecken");
        bot.hears("Who represents Sundsvall? ".repeat(400))
                .fromGuest()
                .inEnglish()
                .replies("too long", "2000 characters");
    }

    @Test
    void control_characters_are_ignored() {
        bot.hears("Vem\u0000 representerar\u0007 Ånge\u202e?").fromGuest().replies("Ånge kommun representeras");
    }

    @Test
    void markup_and_mentions_in_the_question_are_never_echoed() {
        Reply reply = bot.hears("<b>Vad betyder</b> <!channel> <@U123> [x](http://evil) XYZ?")
                .fromGuest()
                .reply();
        assertThat(reply.text()).doesNotContain("<", ">", "channel", "http", "@U123");
    }

    @Test
    void an_unknown_user_still_gets_answers_about_the_register() {
        bot.hears("Vem representerar Timrå?").from("nobody@example.com").replies("Timrå kommun representeras");
    }

    @Test
    void a_clarifying_question_offers_buttons_that_ask_again_precisely() {
        Reply reply = bot.hears("Vem representerar Kommunförbundet?")
                .fromGuest()
                .offersChoices("Kommunförbundet Västernorrland (HälSam)")
                .reply();
        String again = reply.parts().stream()
                .filter(p -> p instanceof ReplyPart.Choices)
                .flatMap(p -> ((ReplyPart.Choices) p).choices().stream())
                .filter(c -> c.label().contains("Västernorrland"))
                .findFirst()
                .orElseThrow()
                .value();

        bot.hears(again).fromGuest().replies("Kommunförbundet Västernorrland").doesNotSay("Vilken menar du");
    }
}
