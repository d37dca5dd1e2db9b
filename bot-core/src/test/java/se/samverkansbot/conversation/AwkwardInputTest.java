package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.testing.ConversationHarness;

/** Whatever arrives, the bot answers politely in the asker's language and never repeats markup. */
class AwkwardInputTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructures();

    @Test
    void hears_och_written_o_and_ggr_for_times_as_chat_swedish_writes_them_and_finds_the_forum() {
        assertThat(bot.hears("hur många ggr ska länssamordningsgruppen för barn o unga ses 2027")
                        .fromGuest()
                        .text())
                .isEqualTo("Länssamordningsgrupp Barn och unga (HälSam) träffas: 5 gånger per år.");
    }

    @Test
    void hears_a_compound_of_presidium_in_its_ie_form_and_answers_about_the_presidium() {
        // "presidie-" is how "presidium" joins a compound; the composition holds the rule for the municipalities.
        assertThat(bot.hears("ska presidieledamöterna komma från olika kommuner nästa gång också?")
                        .fromGuest()
                        .text())
                .contains("HälSams presidium", "från olika kommuner");
        assertThat(bot.hears("hur länge gäller presidieposterna som väljs 2027?")
                        .fromGuest()
                        .text())
                .contains("Posterna väljs", "mandatperiod")
                // Posts chosen in 2027 are the next term's: today's term's end would be a wrong date for them.
                .doesNotContain("slutar 2026-12-31");
    }

    @Test
    void hears_a_county_joined_with_sidan_and_answers_about_that_countys_structure() {
        // "Jämtlandssidan" is the Jämtland side: the structure, with "sidan" left over, not a name nobody knows.
        assertThat(bot.hears("Vilka kommuner finns på Jämtlandssidan?")
                        .fromGuest()
                        .text())
                .contains("Jämtland Härjedalen har nio parter", "Krokoms kommun")
                .doesNotContain("Sundsvall");
        assertThat(bot.hears("Vilka kommuner finns på Västernorrlandssidan?")
                        .fromGuest()
                        .text())
                .contains("HälSam har åtta parter", "Sundsvalls kommun");
    }

    @Test
    void hears_how_a_party_leaves_the_collaboration_and_is_not_told_how_to_submit_an_item() {
        // "lämna" is also how an item is handed in; "lämna HälSam" is a party leaving, which no command does.
        assertThat(bot.hears("Hur gör vi för att lämna HälSam?").fromGuest().text())
                .doesNotContain("nytt ärende till", "Lämna ett ärende");
        assertThat(bot.hears("Hur lämnar jag ett ärende till länsledningen?")
                        .fromGuest()
                        .text())
                .contains("nytt ärende till Länsledning");
    }

    @Test
    void hears_how_a_structure_or_forum_works_and_describes_it_not_the_bot() {
        // "hur funkar" asks for help only of the bot itself; "work" is no workplace without a person named.
        assertThat(bot.hears("Hur funkar HälSam?").fromGuest().text())
                .contains("HälSam – Samverkan mellan länets kommuner och Region Västernorrland")
                .doesNotContain("Jag kan svara på frågor om");
        assertThat(bot.hears("How does SVOM work?").fromGuest().text())
                .startsWith("SVOM (Jämtland Härjedalen): stands for Sociala vård- och omsorgsgruppen.");
        assertThat(bot.hears("Hur funkar boten?").fromGuest().text()).startsWith("Jag kan svara på frågor om");
    }

    @Test
    void hears_a_how_to_after_a_dash_and_a_chair_asked_with_a_verb() {
        // "- can I …" starts the question as ". Can I …" would.
        assertThat(bot.hears("I submitted an item by mistake - can I withdraw it?")
                        .fromGuest()
                        .text())
                .contains("withdraw A-")
                .doesNotContain("The document");
        // "who chaired" asks for the chair as "who was the chair" does; it got a quote on SocialReKo's end.
        assertThat(bot.hears("Who chaired SocialReKo in 2022?").fromGuest().text())
                .isEqualTo("The register names no chair for SocialReKo (HälSam).");
    }

    @Test
    void hears_a_count_of_municipalities_to_confirm_and_who_was_in_a_group_without_diacritics() {
        // "har väl sju kommuner" asks the count to be confirmed; it got HälSam's "sju kommuner" quoted.
        assertThat(bot.hears("Jämtland Härjedalen har väl sju kommuner precis som Västernorrland?")
                        .fromGuest()
                        .text())
                .contains("åtta kommuner");
        // "vem var med" asks who was a member, as "vilka var med" does; the quote of the whole working group
        // named the other municipality's social director first.
        assertThat(bot.hears("vem var med fran sundsvalls socialtjanst i arbetsgruppen")
                        .fromGuest()
                        .text())
                .contains("Denise Wallén")
                .doesNotContain("Mats Collin");
        // "the two people from Region Västernorrland in the working group" are its members from that party; it got the
        // county groups' tasks quoted.
        assertThat(bot.hears("Who were the two people from Region Västernorrland in the working group?")
                        .fromGuest()
                        .text())
                .contains("Ewa Klingefors", "Anna-Lena Lundberg")
                .doesNotContain("Mats Collin");
    }

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
    void a_word_a_typo_away_from_thanks_is_no_thanks() {
        assertThat(bot.hears("What does the preparation group think of the consultants' proposal?")
                        .fromGuest()
                        .reply()
                        .text())
                .doesNotContain("welcome")
                .contains("Beredningsgruppen");
        bot.hears("Thanks a lot!").fromGuest().replies("welcome");
    }

    @Test
    void the_english_verb_run_is_no_board_but_run_written_as_a_name_is() {
        // "run" linked to RUN, Regionala utvecklingsnämnden: its seat answered when the term ends.
        assertThat(bot.hears("Until when do HälSam's political seats run?")
                        .fromGuest()
                        .text())
                .startsWith("The current term of office started 2023-01-01 and ends 2026-12-31")
                .doesNotContain("Regionala utvecklingsnämnden");
        assertThat(bot.hears("Who runs HälSam?").fromGuest().text()).doesNotContain("Regionala utvecklingsnämnden");
        assertThat(bot.hears("what is RUN in halsam").fromGuest().text()).contains("Regionala utvecklingsnämnden");
        assertThat(bot.hears("who is the run chair?").fromGuest().text()).contains("Regionala utvecklingsnämnden");
    }

    @Test
    void forums_are_known_by_their_english_names_too() {
        bot.hears("Who sits in the county leadership?").fromGuest().replies("Länsledning");
        bot.hears("Who represented the region in the officials' working group in 2022?")
                .fromGuest()
                .replies("Ewa Klingefors", "Anna-Lena Lundberg");
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
    void a_button_that_asks_which_forum_answers_the_question_for_the_one_picked() {
        ConversationHarness.Said asked =
                bot.hears("Vem är sekreterare?").fromGuest().replies("Vilket forum menar du?");

        bot.presses(asked.choice("Länsledning (HälSam)"))
                .by("gäst")
                .replies("Registret anger ingen sekreterare för Länsledning (HälSam)")
                .doesNotSay("Vilket forum menar du");
    }

    @Test
    void a_button_value_that_was_forged_or_mangled_does_nothing() {
        assertThat(se.samverkansbot.chat.ActionCodec.decode("c=accept")).isEmpty();
        assertThat(se.samverkansbot.chat.ActionCodec.decode("godkänn A-7K3PQ")).isEmpty();
        assertThat(se.samverkansbot.chat.ActionCodec.decode("c=accept&item=%zz"))
                .isEmpty();
        assertThat(se.samverkansbot.chat.ActionCodec.decode("c=format-disk&item=A-7K3PQ"))
                .isEmpty();
    }

    @Test
    void an_unknown_user_still_gets_answers_about_the_register() {
        bot.hears("Vem representerar Timrå?").from("nobody@example.com").replies("Timrå kommun representeras");
    }

    @Test
    void a_clarifying_question_offers_buttons_that_ask_again_precisely() {
        ConversationHarness.Said asked = bot.hears("Vem representerar Kommunförbundet?")
                .fromGuest()
                .offersChoices("Kommunförbundet Västernorrland (HälSam)");

        bot.presses(asked.choice("Kommunförbundet Västernorrland"))
                .by("gäst")
                .replies("Kommunförbundet Västernorrland")
                .doesNotSay("Vilken menar du");
    }
}
