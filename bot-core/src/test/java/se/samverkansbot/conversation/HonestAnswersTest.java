package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkansbot.register.ImportStructureFiles.SourceFile;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.ShippedStructures;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.time.SwedishTime;

/**
 * Questions whose honest answer is narrower than an overview: one cost line, a number, "the register does not hold
 * that", "I don't know that name", how to use the bot — each heard the way members put it.
 */
class HonestAnswersTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructuresAt(
            Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), SwedishTime.ZONE));

    @Test
    void hears_where_a_past_meeting_was_held_and_says_it_finds_no_place_before_what_it_knows() {
        assertThat(bot.hears("var hölls det gemensamma mötet 3 juni 2022?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte säkert: jag hittar ingen plats för det. Det här vet jag:")
                .contains("2022-06-03");
        assertThat(bot.hears("Where was the gemensamt möte on 3 June 2022 held?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know for sure: I find no place for that.");
    }

    @Test
    void hears_when_a_forum_began_that_the_register_has_no_start_for_and_says_so_before_its_end() {
        assertThat(bot.hears("när bildades socialreko från början?").fromGuest().text())
                .startsWith("Registret anger inte när SocialReKo (HälSam) startade.");
        assertThat(bot.hears("när bildades SVOM?").fromGuest().text()).contains("Sedan 2005");
    }

    @Test
    void hears_the_title_of_a_person_the_register_knows_only_with_an_organisation_and_says_it_has_none() {
        assertThat(bot.hears("vad har sirpa virtanen för titel på kommunförbundet?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: registret anger ingen titel för Sirpa Virtanen.");
        assertThat(bot.hears("vad har Ewa Klingefors för titel?").fromGuest().text())
                .startsWith("Ewa Klingefors: Samordningsdirektör");
    }

    @Test
    void hears_where_a_thing_of_the_glossary_is_held_and_says_it_finds_no_place_before_what_the_word_means() {
        assertThat(bot.hears("var hålls hälsams internat i år").fromGuest().text())
                .startsWith("Det vet jag inte: jag hittar ingen plats för det.")
                .contains("internat");
        assertThat(bot.hears("vad är internat?").fromGuest().text()).doesNotContain("ingen plats");
    }

    @Test
    void hears_where_a_person_known_only_from_a_document_works_and_says_it_does_not_know() {
        assertThat(bot.hears("i vilken kommun jobbar Kristina Kamsten?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: registret anger varken titel eller organisation för Kristina Kamsten.");
        // Asked who she is, the name and the document she signed are the answer.
        assertThat(bot.hears("vem är Kristina Kamsten?").fromGuest().text()).startsWith("Kristina Kamsten (HälSam).");
        // A person with a title and an organisation is answered with them.
        assertThat(bot.hears("var jobbar Ewa Klingefors?").fromGuest().text())
                .startsWith("Ewa Klingefors: Samordningsdirektör, Region Västernorrland");
    }

    @Test
    void hears_how_much_something_cost_that_no_document_prices_and_says_it_finds_no_amount() {
        // The passage on the consultants' proposal names no sum: quoted alone it read as the answer.
        assertThat(bot.hears("How much did the consultants charge for the new model proposal in Västernorrland?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know for sure: I find no amount for that.");
        // "In charge of" asks for a person, not an amount.
        assertThat(bot.hears("who's in charge of the processes at county level in halsam?")
                        .fromGuest()
                        .text())
                .doesNotContain("amount");
        assertThat(bot.hears("Hur mycket kostar samverkanskoordinatorn?")
                        .fromGuest()
                        .text())
                .contains("0,9")
                .doesNotContain("inget belopp");
    }

    @Test
    void hears_who_sits_in_a_forums_presidium_the_register_does_not_keep_and_does_not_give_the_whole_forum() {
        // BUZ's eight seats read as its presidium's; HälSams presidium is a forum of its own and is answered.
        assertThat(bot.hears("hur många sitter i BUZ presidium").fromGuest().text())
                .contains("presidiet i BUZ", "vet jag inte")
                .doesNotContain("åtta platser");
        assertThat(bot.hears("vilka sitter i hälsams presidium").fromGuest().text())
                .contains("Ordförande med ansvar för strategiområdet Barn och unga")
                .doesNotContain("inga platser för presidiet");
    }

    @Test
    void hears_the_cost_of_one_role_and_gives_that_line_only() {
        assertThat(bot.hears("Vad kostar samverkanskoordinatorn?").fromGuest().text())
                .contains("Samverkanskoordinator 100%, 0,9 mnkr")
                .doesNotContain("0,4 mnkr")
                .doesNotContain("3,4 mnkr");
    }

    @Test
    void hears_how_the_cost_is_shared_between_the_parties_and_says_the_documents_do_not_say() {
        // The table gives the cost per level and post: listed in answer, its "3 grupper x 7 kommuner" read as the
        // municipalities' share.
        assertThat(bot.hears("Hur ska kostnaden på 3,4 mnkr fördelas mellan regionen och kommunerna?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: dokumenten säger inte hur kostnaden för det administrativa stödet"
                        + " fördelas mellan parterna.")
                .contains("HälSam: totalt 3,4 mnkr")
                .doesNotContain("3 grupper x 7 kommuner");
        // Whatever else the question names: the parties, a post of the table.
        assertThat(bot.hears("How is the HälSam admin cost split between the region and the municipalities?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: the documents do not say how the cost of the administrative support is"
                        + " shared between the parties.")
                .doesNotContain("3 grupper x 7 kommuner");
        assertThat(bot.hears("vem betalar för samverkanskoordinatorn?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: dokumenten säger inte hur kostnaden");
    }

    @Test
    void hears_the_share_of_the_total_one_level_gets_and_gives_that_line_of_the_total() {
        assertThat(bot.hears("Hur mycket av de 3,4 miljonerna går till den lokala samverkan?")
                        .fromGuest()
                        .text())
                .contains("2. Lokal samverkan: Samordningsfunktion med administration/utredning", "2,1 mnkr")
                .contains("Av totalt 3,4 mnkr")
                .doesNotContain("Samverkanskoordinator")
                .doesNotContain("Kommunikation/redaktör");
        // A level of several names is not named by one of them: HälSam's support is the whole table.
        assertThat(bot.hears("Vad kostar det administrativa stödet i HälSam?")
                        .fromGuest()
                        .text())
                .contains("Samverkanskoordinator 100%, 0,9 mnkr", "2,1 mnkr", "Totalt: 3,4 mnkr");
    }

    @Test
    void hears_an_amount_of_the_cost_table_and_gives_the_line_it_pays_for() {
        assertThat(bot.hears("0,4 mnkr - vilken resurs ar det").fromGuest().text())
                .startsWith(
                        "Kostnad i HälSam:\n• 1. HälSam, Länsledning, Samordningsgrupper: Kommunikation/redaktör 30%,"
                                + " 0,4 mnkr")
                .doesNotContain("Det vet jag inte");
        // Asked in English, with a decimal point, as a line of the table whatever else the question names.
        assertThat(bot.hears("what is the 0.9 in the budget for").fromGuest().text())
                .contains("Samverkanskoordinator 100%, 0,9 mnkr")
                .doesNotContain("Kommunikation/redaktör");
        assertThat(bot.hears("the 2.1 mnkr in the halsam cost table, what is it for?")
                        .fromGuest()
                        .text())
                .startsWith("Cost in HälSam:\n• 2. Lokal samverkan: Samordningsfunktion med administration/utredning");
        // A line named by its post, in English too, is the answer alone: a quote of the table beside it showed the
        // line before or after it as if asked of.
        assertThat(bot.hears("What is the cost line for the 100% collaboration coordinator?")
                        .fromGuest()
                        .text())
                .isEqualTo("Cost in HälSam:\n• 1. HälSam, Länsledning, Samordningsgrupper: Samverkanskoordinator 100%,"
                        + " 0,9 mnkr");
        assertThat(bot.hears("Vad kostar kommunikatör/redaktör på 30 % i HälSams kostnadsberäkning?")
                        .fromGuest()
                        .text())
                .contains("Kommunikation/redaktör 30%, 0,4 mnkr")
                .doesNotContain("0,9");
        // The support named as well as a line: the line, of the total.
        assertThat(bot.hears("How much does the admin support cost per year, and how much of that is the coordinator?")
                        .fromGuest()
                        .text())
                .contains("Samverkanskoordinator 100%, 0,9 mnkr", "Of a total of 3,4 mnkr");
        // The total is no line: the whole table, with what the total is.
        assertThat(bot.hears("is the 3.4 million just salaries or does it include other stuff")
                        .fromGuest()
                        .text())
                .contains("Total: 3,4 mnkr (Lönekostnader inkl. OH");
    }

    @Test
    void hears_what_the_administrative_support_covers_and_gives_all_of_it() {
        assertThat(bot.hears("Vad ingår i det administrativa stödet till samverkan?")
                        .fromGuest()
                        .text())
                .contains("minnesanteckningar", "0,4 mnkr", "3,4 mnkr");
    }

    @Test
    void hears_the_cost_of_something_the_register_holds_no_cost_for_and_says_so() {
        assertThat(bot.hears("Hur mycket kostar ÄOC-investeringen?").fromGuest().text())
                .contains("Äldreomsorgscenter", "Registret har ingen uppgift om vad det kostar")
                .doesNotContain("mnkr");
    }

    @Test
    void hears_the_cost_of_the_elderly_care_centre_by_its_definite_swedish_name_and_says_the_register_has_none() {
        // "äldreomsorgscentret": the "e" of "center" drops before the definite ending. Not the cost table of the
        // administrative support, which is no answer to what the centre costs.
        assertThat(bot.hears("Hur mycket beräknas äldreomsorgscentret kosta?")
                        .fromGuest()
                        .text())
                .contains("Äldreomsorgscenter", "Registret har ingen uppgift om vad det kostar")
                .doesNotContain("mnkr");
    }

    @Test
    void hears_how_many_took_part_in_a_meeting_and_says_nobody_counted_before_what_it_knows_of_the_word() {
        assertThat(bot.hears("Hur många deltog på HälSams internat förra året?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: varken registret eller dokumenten anger det antalet.")
                .contains("internat: Möte över flera dagar med övernattning")
                .doesNotContainPattern("\\d+ deltagare");
    }

    @Test
    void hears_how_many_people_live_in_the_county_and_does_not_count_the_parties_instead() {
        assertThat(bot.hears("How many people live in Västernorrland?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: neither the register nor the documents give that number.")
                .doesNotContain("nine parties");
    }

    @Test
    void hears_when_a_forum_was_formed_and_says_no_date_is_known_before_what_is() {
        assertThat(bot.hears("när bildades LAKO?").fromGuest().text())
                .startsWith("Registret anger inte när LAKO (Jämtland Härjedalen) startade.")
                .contains("LAKO (Jämtland Härjedalen): Ersattes av SVOM.");
    }

    @Test
    void hears_when_after_a_name_and_gives_the_date_without_saying_it_does_not_know() {
        assertThat(bot.hears("SVOM, när bildades den?").fromGuest().text())
                .contains("2005")
                .doesNotContain("vet inte");
    }

    @Test
    void hears_who_wrote_a_document_and_says_it_finds_nobody_named_before_the_overview() {
        assertThat(bot.hears("vem skrev översynsdokumentet i JH?").fromGuest().text())
                .startsWith("Det vet jag inte säkert: jag hittar ingen som namnges för det. Det här vet jag:")
                .contains("Jämtland Härjedalen");
    }

    @Test
    void hears_the_population_of_a_county_and_says_nobody_keeps_it() {
        assertThat(bot.hears("What's the population of Jämtland county?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: neither the register nor the documents give that number.");
    }

    @Test
    void hears_from_when_a_structure_applies_and_gives_its_first_day() {
        assertThat(bot.hears("från när gäller hälsam?").fromGuest().text())
                .contains("Gäller från och med 1 januari 2023")
                .doesNotContain("vet inte");
    }

    @Test
    void hears_what_the_support_costs_in_a_compound_and_gives_the_total_not_the_structure() {
        assertThat(bot.hears("vad kostar adminstödet för hälsam totalt?")
                        .fromGuest()
                        .text())
                .contains("3,4 mnkr")
                .doesNotContain("Registret har ingen uppgift om vad det kostar");
    }

    @Test
    void hears_what_the_yearly_theme_meetings_are_for_and_quotes_the_documents_not_the_calendar() {
        assertThat(bot.hears("what's the point of the yearly theme meetings in HälSam?")
                        .fromGuest()
                        .text())
                .contains("årliga temamöten")
                .doesNotContain("no upcoming meetings");
    }

    @Test
    void hears_why_in_english_around_a_swedish_abbreviation_and_answers_in_english_from_the_documents() {
        var reply = bot.hears("Why was ÄOC paused?").fromGuest();

        assertThat(reply.reply().language()).isEqualTo(se.samverkansbot.register.Language.ENGLISH);
        assertThat(reply.text()).contains("ekonomiska läget");
    }

    @Test
    void hears_the_elderly_care_centre_in_english_words_and_finds_the_passage_on_it() {
        assertThat(bot.hears("Why was the elderly care centre put on hold?")
                        .fromGuest()
                        .text())
                .contains("äldreomsorgscenter", "ekonomiska läget")
                .doesNotContain("Which forum do you mean?");
    }

    @Test
    void hears_whether_it_may_ask_in_english_and_is_told_the_bot_answers_in_both_languages() {
        assertThat(bot.hears("kan jag fråga boten på engelska?").fromGuest().text())
                .contains("Jag svarar på svenska eller engelska.");
    }

    @Test
    void hears_what_does_with_a_chat_word_and_takes_it_for_no_abbreviation() {
        assertThat(bot.hears("what does the JH review explicitly not cover? list pls")
                        .fromGuest()
                        .text())
                .contains("Uppdraget bör inte omfatta:", "- implementering av en ny samverkansstruktur")
                .doesNotContain("abbreviation");
    }

    @Test
    void hears_how_many_exclusions_a_document_lists_and_counts_its_list() {
        assertThat(bot.hears("How many exclusions does the JH review list?")
                        .fromGuest()
                        .text())
                .startsWith("The document lists five (5).");
    }

    @Test
    void hears_what_letters_in_a_forums_name_stand_for_and_says_the_register_does_not_spell_them_out() {
        assertThat(bot.hears("vad står HSI för i SamReKo HSI?").fromGuest().text())
                .startsWith("Det vet jag inte: registret skriver inte ut bokstäverna i HSI.")
                .contains("Tjänstemannaberedning till SVOM och Barnarenan");
        assertThat(bot.hears("vad står SVOM för?").fromGuest().text())
                .contains("Sociala vård- och omsorgsgruppen")
                .doesNotContain("vet inte");
    }

    @Test
    void hears_how_many_members_a_municipality_should_have_and_does_not_take_should_for_live() {
        assertThat(bot.hears("Hur många ledamöter bör varje kommun ha i HälSams länsledning?")
                        .fromGuest()
                        .text())
                .doesNotContain("anger det antalet");
        assertThat(bot.hears("Hur många kommuner deltog i översynen i HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam har sju kommuner");
    }

    @Test
    void hears_how_long_before_the_meeting_an_item_is_due_and_gives_the_standard_cut_off() {
        assertThat(bot.hears("hur långt innan mötet måste jag skicka in ärendet?")
                        .fromGuest()
                        .text())
                .contains("nytt ärende till", "14 dagar före mötet, kl. 12:00");
    }

    @Test
    void hears_a_persons_phone_number_and_says_the_register_has_none() {
        assertThat(bot.hears("Vilket telefonnummer har Ewa Klingefors?")
                        .fromGuest()
                        .text())
                .contains("Ewa Klingefors", "Registret har ingen uppgift om telefonnummer för Ewa Klingefors");
    }

    @Test
    void hears_about_a_name_nobody_knows_and_says_so_instead_of_describing_something_else() {
        assertThat(bot.hears("Vem är Olle Svensson?").fromGuest().text())
                .isEqualTo("Jag känner inte till Olle Svensson: varken registret eller dokumenten nämner det.");
        assertThat(bot.hears("Who does Kalle Anka represent in HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know Kalle Anka");
    }

    @Test
    void hears_how_many_municipalities_and_gives_the_number() {
        assertThat(bot.hears("Hur många kommuner ingår i HälSam?").fromGuest().text())
                .contains("sju kommuner");
    }

    @Test
    void hears_how_many_times_a_year_and_gives_the_frequency_not_a_count_of_groups() {
        assertThat(bot.hears("hur många ggr per år träffas länssamordningsgrupperna?")
                        .fromGuest()
                        .text())
                .contains("5 gånger per år");
    }

    @Test
    void hears_how_many_sat_in_a_group_that_has_ended_and_counts_its_seats() {
        assertThat(bot.hears("Hur många personer satt i arbetsgruppen på tjänstepersonsnivå?")
                        .fromGuest()
                        .text())
                .contains("åtta platser");
    }

    @Test
    void hears_how_to_publish_a_notice_while_naming_a_meeting_and_answers_how() {
        assertThat(bot.hears("hur publicerar jag kallelsen till nästa möte i länssamordningsgruppen barn och unga?")
                        .fromGuest()
                        .text())
                .contains("publicera kallelse");
    }

    @Test
    void hears_whether_minutes_can_be_kept_through_the_bot_and_answers_how() {
        assertThat(bot.hears("Kan jag föra minnesanteckningar från mötet via boten?")
                        .fromGuest()
                        .text())
                .containsIgnoringCase("minnesanteckningar")
                .doesNotContain("Jag vet inte vem du är");
    }

    @Test
    void hears_a_guest_ask_for_their_items_and_says_what_cannot_be_shown() {
        assertThat(bot.hears("var ser jag mina inskickade ärenden?").fromGuest().text())
                .contains("ärenden");
    }

    @Test
    void hears_after_new_year_as_the_next_year() {
        assertThat(bot.hears("Vem representerar Sundsvall i HälSam efter nyår?")
                        .fromGuest()
                        .text())
                .contains("1 januari 2027", "ingen efterträdare är registrerad");
    }

    @Test
    void hears_when_something_happened_that_the_documents_give_no_date_for_and_says_so() {
        assertThat(bot.hears("När bildades Kommunförbundet Jämtland Härjedalen?")
                        .fromGuest()
                        .text())
                .startsWith("Dokumenten anger ingen tidpunkt för det")
                .doesNotContain("2005");
    }

    @Test
    void hears_a_dated_event_and_quotes_the_document_line_beside_the_date() {
        assertThat(bot.hears("När skulle tjänstepersonsförslaget till politisk struktur vara klart?")
                        .fromGuest()
                        .text())
                .startsWith("2022-05-01 (1 maj 2022)")
                .containsAnyOf("senast 1/5", "senast 220501")
                .doesNotContain("närmaste jag hittar");
    }

    @Test
    void hears_an_english_question_with_words_the_documents_never_use_and_still_finds_the_passage() {
        // "comes up with" and "section" are in neither the word list nor the documents: they must not count against
        // the passage that answers.
        assertThat(bot.hears("What does the Jämtland review proposal have to clarify, according to that section?")
                        .fromGuest()
                        .text())
                .contains("Förslaget ska klargöra", "mandat", "roller")
                .doesNotStartWith("I don't know");
    }

    @Test
    void hears_when_the_new_term_of_office_starts_and_gives_its_days() {
        assertThat(bot.hears("När börjar nya mandatperioden?").fromGuest().text())
                .startsWith("Nästa mandatperiod börjar 2027-01-01 (1 januari 2027) och slutar 31 december 2030");
        assertThat(bot.hears("When does the new mandate period start?")
                        .fromGuest()
                        .text())
                .startsWith("The next term of office starts 2027-01-01");
        assertThat(bot.hears("When does the new term start?").fromGuest().text())
                .startsWith("The next term of office starts 2027-01-01");
    }

    @Test
    void hears_when_the_current_term_ends_even_when_a_forum_is_named_and_gives_its_last_day() {
        assertThat(bot.hears("När tar mandatperioden slut?").fromGuest().text())
                .startsWith("Den nuvarande mandatperioden började 2023-01-01 och slutar 2026-12-31");
        assertThat(bot.hears("when does the current halsam presidium term end?")
                        .fromGuest()
                        .text())
                .startsWith("The current term of office started 2023-01-01 and ends 2026-12-31")
                .doesNotContain("2027-12-31");
    }

    @Test
    void hears_how_many_municipalities_and_says_that_number_not_the_parties() {
        assertThat(bot.hears("Hur många kommuner ingår i HälSam?").fromGuest().text())
                .startsWith("HälSam har sju kommuner: Sundsvalls kommun")
                .contains("Övriga parter: Region Västernorrland (region, huvudman)")
                .doesNotContain("nio parter");
    }

    @Test
    void hears_who_represents_a_board_next_year_and_is_told_who_holds_the_seat_today() {
        assertThat(bot.hears("Who will represent HSN in HälSam in 2027?")
                        .fromGuest()
                        .text())
                .contains("no successor has been registered yet")
                .contains("Today: Ordförande i Hälso- och sjukvårdsnämnden (HSN)");
    }

    @Test
    void hears_which_documents_a_structure_rests_on_and_lists_them_with_their_dates() {
        assertThat(bot.hears("Vilka dokument finns för Jämtland Härjedalen?")
                        .fromGuest()
                        .text())
                .startsWith("Källdokument för Jämtland Härjedalen:")
                .contains("Översyn av struktur för samverkan", "(2023-10-02)")
                .doesNotContain("HälSam");
    }

    @Test
    void hears_whose_name_a_document_bears_and_lists_the_documents_with_who_issued_them() {
        assertThat(bot.hears("vems namn star pa socialnamndens arende om ny samverkansmodell halsam")
                        .fromGuest()
                        .text())
                .startsWith("Källdokument för HälSam:")
                .contains("tjänsteskrivelse med förslag till beslut (2022), Socialnämnden (Kristina Kamsten)");
        assertThat(bot.hears("who wrote the Jämtland review document?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know for sure: I find nobody named for that.")
                .contains("Source documents of Jämtland Härjedalen:");
        // A document named by its month and year: that one alone. The whole list named another document's author
        // beside it.
        assertThat(bot.hears("Who wrote the review document from October 2023?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know for sure: I find nobody named for that.")
                .contains("(2023-10-02)")
                .doesNotContain("Kristina Kamsten");
    }

    @Test
    void hears_the_date_of_a_document_named_in_one_compound_word_and_lists_the_documents_with_their_dates() {
        assertThat(bot.hears("vilket datum har översynsdokumentet för Jämtland?")
                        .fromGuest()
                        .text())
                .startsWith("Källdokument för Jämtland Härjedalen:")
                .contains("(2023-10-02)")
                .doesNotContain("Det vet jag inte");
    }

    @Test
    void hears_who_sends_out_the_notices_and_answers_with_the_support_tasks_not_a_cost() {
        assertThat(bot.hears("Vem skickar ut kallelser i HälSam?").fromGuest().text())
                .startsWith("Administrativt stöd i HälSam")
                .contains("expediera kallelser")
                .doesNotContain("ingen uppgift om vad det kostar");
        // Web publishing is one of the support's tasks, not a question about the list of documents.
        assertThat(bot.hears("Vem ansvarar för webbpublicering av gemensamma dokument?")
                        .fromGuest()
                        .text())
                .startsWith("Administrativt stöd i HälSam")
                .contains("Webb – publiceringsansvar för gemensamma dokument")
                .doesNotContain("Källdokument");
        // Asked as members write, with "som" and a greeting that says who they are: still the support's tasks, not
        // the seats of the forum or "I do not know who you are".
        assertThat(bot.hears("vem är det som skickar ut kallelser till HälSams möten?")
                        .fromGuest()
                        .text())
                .startsWith("Administrativt stöd i HälSam");
        assertThat(bot.hears("Hej! Jag är nyvald sekreterare och undrar vem som skriver minnesanteckningar till"
                                + " HälSams möten, är det jag eller finns det ett stöd?")
                        .fromGuest()
                        .text())
                .startsWith("Administrativt stöd i HälSam")
                .doesNotContain("Jag vet inte vem du är");
    }

    @Test
    void hears_what_a_named_person_does_and_answers_about_the_person_not_an_abbreviation_or_the_parties() {
        assertThat(bot.hears("what does Kent Ylvesson do").fromGuest().text())
                .startsWith("Kent Ylvesson: Skolchef, Ånge kommun")
                .doesNotContain("abbreviation");
        assertThat(bot.hears("Which municipality does Kristina Kamsten work for?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: the register gives no title or organisation for Kristina Kamsten.")
                .doesNotContain("Sundsvalls kommun");
    }

    @Test
    void hears_how_the_minutes_are_signed_off_in_the_passive_and_explains_the_commands() {
        assertThat(bot.hears("hur justeras minnesanteckningarna?").fromGuest().text())
                .contains("justera minnesanteckningarna för");
        assertThat(bot.hears("how are the minutes signed?").fromGuest().text()).contains("sign off the minutes of");
    }

    @Test
    void hears_how_presidium_members_are_chosen_next_term_and_quotes_the_rule_with_what_it_points_back_to() {
        assertThat(bot.hears("vem väljer kommunernas representanter till presidiet nästa mandatperiod")
                        .fromGuest()
                        .text())
                .contains("Respektive socialpresidium och skolpresidium på länsnivå väljer sin representant")
                .contains("så snart som möjligt")
                .doesNotContain("ingen efterträdare");
    }

    @Test
    void hears_a_persons_salary_in_english_and_says_the_register_has_none() {
        assertThat(bot.hears("What's Sirpa Virtanen's salary?").fromGuest().text())
                .contains("The register has no salary for Sirpa Virtanen")
                .doesNotContain("mnkr");
    }

    @Test
    void hears_who_replaced_a_person_and_says_the_register_names_no_successor() {
        assertThat(bot.hears("Who replaced Kent Ylvesson as head of schools in Ånge?")
                        .fromGuest()
                        .text())
                .contains("The register names no successor to Kent Ylvesson");
    }

    @Test
    void hears_who_chairs_a_board_and_says_the_register_holds_only_its_seats() {
        assertThat(bot.hears("vem ar ordforande i HSN i region vasternorrland?")
                        .fromGuest()
                        .text())
                .startsWith("Registret anger inte vem som är ordförande i Hälso- och sjukvårdsnämnden")
                .contains("HälSam politisk samverkan: Ordförande i Hälso- och sjukvårdsnämnden (HSN)");
    }

    @Test
    void hears_when_the_new_members_take_their_seats_and_gives_the_first_day_of_the_next_term() {
        assertThat(bot.hears("from which date do the new HälSam members take their seats?")
                        .fromGuest()
                        .text())
                .startsWith("The next term of office starts 2027-01-01");
    }

    @Test
    void hears_what_happens_to_the_seats_at_new_year_and_counts_those_ending_and_those_succeeded() {
        assertThat(bot.hears("vad händer med hälsams platser vid årsskiftet")
                        .fromGuest()
                        .text())
                .startsWith("I HälSam slutar ")
                .contains("platser den 31 december 2026")
                .contains("ingen efterträdare är registrerad ännu")
                .contains("Nästa mandatperiod börjar 1 januari 2027");
    }

    @Test
    void hears_what_happens_to_one_forum_when_the_term_ends_and_counts_that_forums_seats() {
        // "dec 31" is the term's last day: not SocialReKo's end on 2022-12-31, which the documents date so.
        assertThat(bot.hears("what happens to the halsam presidium when the term ends dec 31?")
                        .fromGuest()
                        .text())
                .startsWith("In HälSams presidium (HälSam), four seats end on 31 December 2026")
                .contains("The next term of office starts 1 January 2027")
                .doesNotContain("Socialreko");
    }

    @Test
    void hears_what_happens_on_the_first_day_of_the_next_term_and_says_the_seats_end_before_it() {
        assertThat(bot.hears("vad händer 1 jan 2027 för hälsam?").fromGuest().text())
                .startsWith("I HälSam slutar ")
                .contains("när mandatperioden slutar")
                .contains("Nästa mandatperiod börjar 1 januari 2027");
    }

    @Test
    void hears_whether_the_same_politicians_sit_after_new_year_and_says_their_seats_end_with_the_term() {
        assertThat(bot.hears("will the same politicians sit in hälsam after new year?")
                        .fromGuest()
                        .text())
                .startsWith("In HälSam, ")
                .contains("seats end on 31 December 2026")
                .contains("no successor is registered yet");
    }

    @Test
    void hears_what_a_document_says_about_something_and_does_not_call_an_ordinary_word_an_abbreviation() {
        assertThat(bot.hears("what does the political reasoning say about private providers?")
                        .fromGuest()
                        .text())
                .doesNotContain("abbreviation")
                .contains("Politikens resonemang");
        assertThat(bot.hears("vad står FOOBAR för?").fromGuest().text())
                .isEqualTo("Jag känner inte till förkortningen 'FOOBAR'. Den finns inte i någon strukturs ordlista.");
    }

    @Test
    void hears_how_many_points_a_quoted_list_holds_and_counts_them_before_quoting() {
        assertThat(bot.hears("How many things must the Jämtland review proposal clarify?")
                        .fromGuest()
                        .text())
                .startsWith("The document lists four (4).")
                .contains("- mandat", "- rapporteringsvägar");
    }

    @Test
    void hears_what_existed_before_a_structure_and_names_its_predecessor() {
        assertThat(bot.hears("vad hette det som fanns innan hälsam?")
                        .fromGuest()
                        .text())
                .contains("HälSam ersatte SocialReKo");
    }

    @Test
    void hears_how_many_preparation_groups_a_forum_has_and_counts_them() {
        assertThat(bot.hears("hur många tjänstemannaberedningar har svom")
                        .fromGuest()
                        .text())
                .startsWith("Under SVOM (Jämtland Härjedalen) finns två forum:")
                .contains("Fredaggruppen (beredning)", "SamReKo HSI (beredning)");
        assertThat(bot.hears("Vilken tjänstemannaberedning har Barnarenan?")
                        .fromGuest()
                        .text())
                .contains("SamReKo HSI")
                .doesNotContain("Fredaggruppen");
    }

    @Test
    void hears_who_prepares_a_forums_matters_and_names_the_groups_that_do() {
        assertThat(bot.hears("Vem bereder SVOM:s möten?").fromGuest().text())
                .isEqualTo("Ärenden till SVOM (Jämtland Härjedalen) bereds av Fredaggruppen och SamReKo HSI.");
        // "beredningsgrupp" also names the preparation groups; the forums they prepare for are what is asked about.
        assertThat(bot.hears("Vilken beredningsgrupp jobbar bara åt SVOM och inte åt Barnarenan?")
                        .fromGuest()
                        .text())
                .contains("Ärenden till SVOM (Jämtland Härjedalen) bereds av Fredaggruppen och SamReKo HSI.")
                .contains("Ärenden till Barnarenan (Jämtland Härjedalen) bereds av SamReKo HSI.")
                .doesNotContain("sitter")
                .doesNotContain("Registret anger inte vem");
        assertThat(bot.hears("who prepares matters for Barnarenan?").fromGuest().text())
                .isEqualTo("Matters for Barnarenan (Jämtland Härjedalen) are prepared by SamReKo HSI.");
        // A preparation group asked about alone: what it prepares for.
        assertThat(bot.hears("fredaggruppen - bereder åt vilket forum?")
                        .fromGuest()
                        .text())
                .isEqualTo("Fredaggruppen (Jämtland Härjedalen) bereder ärenden åt SVOM.");
        // "preparation group" is the name of HälSam's Beredningsgruppen, not a question of who prepares.
        assertThat(bot.hears("What did the preparation group (BG) say about schools taking part?")
                        .fromGuest()
                        .text())
                .contains("Beredningsgruppens (BG) resonemang")
                .doesNotContain("prepared by");
    }

    @Test
    void hears_who_prepares_a_structures_political_meetings_and_names_the_presidium() {
        // "Posterna väljs mandatperioden ut och bereder tillsammans inför mötena": the presidium prepares.
        assertThat(bot.hears("Vem bereder inför de politiska mötena i HälSam?")
                        .fromGuest()
                        .text())
                .isEqualTo("Ärenden till HälSam politisk samverkan (HälSam) bereds av HälSams presidium.");
        // Under the political forum, the presidium both reports to it and prepares for it: listed once.
        assertThat(bot.hears("Vad finns under HälSam politisk samverkan?")
                        .fromGuest()
                        .text())
                .contains("• HälSams presidium (beredning)")
                .doesNotContain("• HälSams presidium\n");
    }

    @Test
    void hears_whether_an_item_can_be_withdrawn_and_explains_withdrawing_not_submitting() {
        assertThat(bot.hears("kan jag dra tillbaka ett ärende jag skickat in?")
                        .fromGuest()
                        .text())
                .contains("dra tillbaka A-")
                .doesNotContain("nytt ärende till");
        // The item named before what is done to it, and the verb apart from its particle: submitting was explained.
        assertThat(bot.hears("Jag skickade in fel ärende igår, hur drar jag tillbaka det?")
                        .fromGuest()
                        .text())
                .contains("dra tillbaka A-")
                .doesNotContain("nytt ärende till");
        assertThat(bot.hears("Kan jag ändra ett ärende efter att jag har skickat in det?")
                        .fromGuest()
                        .text())
                .contains("ändra A-")
                .doesNotContain("nytt ärende till");
    }

    @Test
    void hears_what_is_set_aside_for_one_role_and_gives_that_cost_line_even_when_the_structure_is_named() {
        assertThat(bot.hears("hur mkt är avsatt för kommunikatör/redaktör i halsam")
                        .fromGuest()
                        .text())
                .contains("Kommunikation/redaktör 30%, 0,4 mnkr")
                .doesNotContain("ingen uppgift om vad det kostar");
    }

    @Test
    void hears_how_many_took_part_in_a_past_group_and_counts_its_seats_then() {
        assertThat(bot.hears("hur många var med i arbetsgruppen 2022")
                        .fromGuest()
                        .text())
                .startsWith(
                        "Arbetsgruppen på tjänstepersonsnivå (2022) (HälSam) har åtta platser den 31 december 2022.")
                .contains("Ewa Klingefors");
    }

    @Test
    void hears_a_question_that_only_mentions_the_new_term_and_does_not_answer_with_its_start() {
        assertThat(bot.hears("Nästa år börjar en ny mandatperiod – när bör valet till HälSams presidium ske?")
                        .fromGuest()
                        .text())
                .doesNotContain("Nästa mandatperiod börjar");
    }

    @Test
    void hears_who_holds_a_seat_next_year_and_is_told_the_seats_end_with_the_term() {
        assertThat(bot.hears("Vem representerar Sundsvall i HälSam 2027?")
                        .fromGuest()
                        .text())
                .contains("gäller mandatperioden ut, till och med 31 december 2026");
    }

    @Test
    void hears_how_to_publish_the_minutes_and_answers_about_minutes_not_notices() {
        assertThat(bot.hears("Hur publicerar jag minnesanteckningarna?")
                        .fromGuest()
                        .text())
                .containsIgnoringCase("minnesanteckningar")
                .doesNotContain("publicera kallelse");
    }

    @Test
    void hears_how_often_the_principals_meet_and_does_not_count_the_parties() {
        assertThat(bot.hears("Hur många gånger per år träffas huvudmännen i HälSam?")
                        .fromGuest()
                        .text())
                .doesNotContain("nio parter");
    }

    @Test
    void hears_a_kind_of_thing_nothing_speaks_of_and_says_so_instead_of_an_overview() {
        assertThat(bot.hears("Vilka advokater har granskat HälSam?").fromGuest().text())
                .isEqualTo("Det vet jag inte: varken registret eller dokumenten säger något om advokater.");
        assertThat(bot.hears("Which lawyers reviewed HälSam?").fromGuest().text())
                .startsWith("I don't know: neither the register nor the documents say anything about lawyers");
    }

    @Test
    void hears_a_kind_named_by_two_english_words_and_says_nothing_speaks_of_it() {
        // "political party" is a "parti", of which nothing speaks; "political" alone is a word of the documents and
        // "party" alone one of the structure's parties, so either word taken as the kind let a passage answer.
        assertThat(bot.hears("Which political party does the current HälSam convener belong to?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: neither the register nor the documents say anything about political party")
                .doesNotContain("Politikens resonemang");
        assertThat(bot.hears("Which political collaboration forum does Sundsvall sit in?")
                        .fromGuest()
                        .text())
                .doesNotContain("I don't know");
    }

    @Test
    void hears_a_count_the_register_answers_for_one_structure_and_quotes_no_other_structures_documents_beside_it() {
        assertThat(bot.hears("How should we set up local collaboration in our municipality – how many groups?")
                        .fromGuest()
                        .text())
                .contains("three per municipality")
                .doesNotContain("SVOM")
                .doesNotContain("both Jämtland Härjedalen and HälSam");
    }

    @Test
    void hears_a_kind_of_thing_with_a_typo_or_a_word_the_documents_use_and_answers_it() {
        assertThat(bot.hears("Vilka kommunr är med i HälSam?").fromGuest().text())
                .contains("Sundsvall")
                .doesNotContain("Det vet jag inte");
        assertThat(bot.hears("Vilka temamöten har HälSam?").fromGuest().text()).doesNotContain("säger något om");
    }

    @Test
    void hears_an_unknown_name_and_says_it_back_as_it_was_written() {
        assertThat(bot.hears("Vem representerar Region Gävleborg i HälSam?")
                        .fromGuest()
                        .text())
                .contains("Gävleborg")
                .doesNotContain("Gavleborg");
    }

    @Test
    void hears_an_email_address_the_register_does_not_hold_and_says_so() {
        assertThat(bot.hears("Vad har Denise Wallén för mejladress?")
                        .fromGuest()
                        .text())
                .contains("Registret har ingen uppgift om e-postadress för Denise Wallén")
                .doesNotContain("@");
    }

    @Test
    void hears_an_email_address_the_register_holds_and_does_not_give_it_out() {
        SourceFile halsam = ShippedStructures.file("halsam.yaml");
        String withAddress = halsam.content()
                .replace(
                        "{id: denise-wallen, name: Denise Wallén,",
                        "{id: denise-wallen, name: Denise Wallén, email: denise.wallen@sundsvall.example,");
        ConversationHarness registered = new ConversationHarness(
                new Register(List.of(
                        new StructureFileReader().read(halsam.name(), withAddress),
                        ShippedStructures.structure("jamtland-harjedalen.yaml"))),
                SmallForum.DIRECTORY,
                ConversationHarness.CLOCK);

        assertThat(registered
                        .hears("What is Denise Wallén's email?")
                        .fromGuest()
                        .text())
                .contains("I don't give out e-mail addresses")
                .doesNotContain("@");
    }

    @Test
    void hears_a_region_by_a_name_nobody_uses_in_lower_case_and_says_it_is_unknown() {
        assertThat(bot.hears("finns det nåt motsvarande HälSam i region gävleborg?")
                        .fromGuest()
                        .text())
                .startsWith("Jag känner inte till Region Gävleborg")
                .doesNotContain("Region Västernorrland representeras");
    }

    @Test
    void hears_names_it_knows_in_other_forms_and_does_not_call_them_unknown() {
        // "the region sits": an English article makes "region" a common noun, with no name after it.
        assertThat(bot.hears("who from the region sits in halsam? only HSN?")
                        .fromGuest()
                        .text())
                .doesNotContain("I don't know Region Sits")
                .startsWith("Region Västernorrland is represented in HälSam by:");
        // "Berg kommun" is Bergs kommun without its genitive s.
        assertThat(bot.hears("hi, new in Berg kommun - what areas does the 2023 review in our county cover?")
                        .fromGuest()
                        .text())
                .doesNotContain("I don't know Berg kommun");
        // A compound of two words of the documents is no unknown name.
        assertThat(bot.hears("Vilka politiska samverkansgrupper beskrivs i Jämtlandsdokumentet?")
                        .fromGuest()
                        .text())
                .doesNotContain("Jag känner inte till Jämtlandsdokumentet");
        // Nor is a genitive of a word of theirs ("parter"), nor an English word for one ("policy").
        assertThat(bot.hears("Vilka parters roller ska klargöras i översynen?")
                        .fromGuest()
                        .text())
                .doesNotContain("säger något om parters");
        assertThat(bot.hears("Which policy areas does the Jämtland review cover?")
                        .fromGuest()
                        .text())
                .doesNotContain("say anything about policy");
    }

    @Test
    void hears_a_board_named_with_which_board_is_that_and_says_what_the_letters_stand_for() {
        // The passage that names VVU beside RUN read as if both were asked of.
        assertThat(bot.hears("vvu, vilken namnd ar det").fromGuest().text())
                .startsWith("VVU: Vårdvalsutskottet (Region Västernorrland)")
                .doesNotContain("Regional utvecklingsnämnd");
        // The cost of a structure's support written "adm stöd": the support's, not the structure's levels.
        assertThat(bot.hears("finns nan kostnad beraknad for adm stod i jamtlands struktur?")
                        .fromGuest()
                        .text())
                .startsWith("Registret har ingen uppgift om administrativt stöd för Jämtland Härjedalen.");
    }

    @Test
    void hears_a_structure_likened_to_another_and_answers_about_the_one_asked_of() {
        // "som i HälSam" likens: the question is about Jämtland's support, which the register has none of. HälSam's
        // coordinator line read as Jämtland having one.
        assertThat(bot.hears("Vem i Jämtland sköter det administrativa stödet, finns det en samverkanskoordinator där"
                                + " som i HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("Registret har ingen uppgift om administrativt stöd för Jämtland Härjedalen.")
                .doesNotContain("Samverkanskoordinator 100%");
    }

    @Test
    void hears_who_represents_a_municipality_whose_seat_names_nobody_and_says_so_after_the_seat() {
        assertThat(bot.hears("Who represents Ragunda in RSR?").fromGuest().text())
                .contains("• Ledamot från Ragunda kommun – member")
                .endsWith("The register does not say who holds the seats, only the seats.");
        // Not asked who: the seats are the answer.
        assertThat(bot.hears("hur representeras ragunda i rsr?").fromGuest().text())
                .doesNotContain("anger inte vem");
    }

    @Test
    void hears_a_region_the_register_knows_in_lower_case_and_answers_about_it() {
        assertThat(bot.hears("vem representerar region västernorrland i hälsam?")
                        .fromGuest()
                        .text())
                .startsWith("Region Västernorrland representeras i HälSam av:");
    }

    @Test
    void hears_what_groups_are_supposed_to_do_and_lists_their_tasks() {
        assertThat(bot.hears("What are the county coordination groups supposed to do?")
                        .fromGuest()
                        .text())
                .startsWith("Mandate of")
                .contains("Bevaka aktuella nyheter");
    }

    @Test
    void hears_whether_there_will_be_an_internat_and_gives_the_rhythm_not_the_overview() {
        // The joint meeting that may be held as an internat is yearly; no date for 2027 is registered yet.
        assertThat(bot.hears("Blir det internat för HälSam 2027?").fromGuest().text())
                .contains("internatform", "Registret har inga datum för dem ännu")
                .doesNotContain("Parter:");
    }

    @Test
    void hears_a_glossary_word_that_an_intent_asks_for_and_answers_the_intent() {
        assertThat(bot.hears("Vilka är huvudmännen i HälSam?").fromGuest().text())
                .contains("Region Västernorrland (region, huvudman)");
    }

    @Test
    void hears_which_kinds_of_a_thing_and_takes_the_thing_not_the_word_kinds_as_what_is_asked() {
        assertThat(bot.hears("Vilka slags frågor bereds i den politiska samverkan inom HälSam?")
                        .fromGuest()
                        .text())
                .doesNotContain("slags");
        assertThat(bot.hears("Vilka sorts advokater finns i HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: varken registret eller dokumenten säger något om advokater.");
    }

    @Test
    void hears_who_is_to_represent_a_board_with_nobody_named_and_quotes_the_rule() {
        assertThat(bot.hears("Vem ska representera nämnden i HälSam under mandatperioden?")
                        .fromGuest()
                        .text())
                .contains("utses att representera nämnden")
                .doesNotContain("Parter i HälSam");
        assertThat(bot.hears("In the 2022 att-satser, who is to represent each board in HälSam during the mandate"
                                + " period?")
                        .fromGuest()
                        .text())
                .contains("Att ordförande för")
                .doesNotContain("Parties:");
    }

    @Test
    void hears_a_question_the_overview_does_not_answer_and_says_so_before_it() {
        assertThat(bot.hears("Vem är samverkanskoordinator för HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte säkert: jag hittar inget som svarar på just det.")
                .contains("HälSam – Samverkan mellan länets kommuner");
        assertThat(bot.hears("Berätta om HälSam").fromGuest().text()).startsWith("HälSam – Samverkan");
    }

    @Test
    void hears_how_to_raise_a_matter_in_a_forum_and_names_who_prepares_its_matters() {
        assertThat(bot.hears("Hur får man upp en fråga på Barnarenan?")
                        .fromGuest()
                        .text())
                .contains("nytt ärende till Barnarenan:", "Ärenden till Barnarenan bereds av SamReKo HSI.");
        assertThat(bot.hears("Who should I talk to to get something on SVOM's agenda?")
                        .fromGuest()
                        .text())
                .contains("Matters for SVOM are prepared by Fredaggruppen and SamReKo HSI.")
                .doesNotContain("no upcoming meetings");
    }

    @Test
    void hears_about_a_forum_and_says_who_prepares_it() {
        assertThat(bot.hears("Vad är Barnarenan?").fromGuest().text()).contains("Bereds av: SamReKo HSI");
        assertThat(bot.hears("Vad är Fredaggruppen?").fromGuest().text()).contains("Bereder ärenden åt: SVOM");
    }

    @Test
    void hears_a_verb_after_region_and_takes_it_for_no_unknown_region() {
        assertThat(bot.hears("Hur många gemensamma möten skola/soc/region planerades in 2022?")
                        .fromGuest()
                        .text())
                .doesNotContain("Region Planerades");
    }

    @Test
    void hears_who_sits_where_the_register_holds_seats_without_names_and_says_the_names_are_not_known() {
        assertThat(bot.hears("Vem från regionen sitter i HälSams presidium idag?")
                        .fromGuest()
                        .text())
                .startsWith("Registret har inga namn på dem som sitter i HälSams presidium (HälSam), bara platserna.");
        assertThat(bot.hears("Who's in Fredaggruppen?").fromGuest().text())
                .startsWith("The register has no seats recorded for Fredaggruppen");
    }

    @Test
    void hears_a_request_to_be_reminded_before_a_meeting_and_says_how_reminders_work_not_how_to_enter_meetings() {
        assertThat(bot.hears("kan du påminna mig innan mötet?").fromGuest().text())
                .contains("Ledamöter påminns en vecka och en dag före sista dag för ärenden")
                .doesNotContain("nytt möte i");
        // Asked to send one, whether one gets one, or how they work: how reminders work, not a passage on meetings.
        assertThat(bot.hears("Can you send me a reminder before the deadline for agenda items?")
                        .fromGuest()
                        .text())
                .contains("Members are reminded a week and a day before the agenda cut-off");
        assertThat(bot.hears("får jag en påminnelse innan mötet?").fromGuest().text())
                .contains("Ledamöter påminns en vecka och en dag före sista dag för ärenden");
        assertThat(bot.hears("how do reminders work?").fromGuest().text())
                .contains("Members are reminded a week and a day before the agenda cut-off");
    }

    @Test
    void hears_a_language_named_beside_a_question_and_answers_the_question_not_with_help() {
        assertThat(bot.hears("Hej - sorry for writing in English. What is Länsledningen responsible for?")
                        .fromGuest()
                        .text())
                .contains("Länsledningen ansvarar för processerna")
                .doesNotContain("I can answer questions about");
        // Asked alone, it is a request of the bot.
        assertThat(bot.hears("can you answer in english?").fromGuest().text())
                .startsWith("I can answer questions about the collaboration structures");
    }

    @Test
    void hears_the_budget_of_a_principal_and_says_it_is_not_held_without_the_supports_cost_table() {
        // The support's cost table, after "no budget for 2027", read as the region's budget.
        assertThat(bot.hears("What is Region Vasternorrland's total budget for 2027?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: neither the register nor the documents hold Region Västernorrland's budget.")
                .doesNotContain("3,4");
        // How the support's cost is shared, with the amount between the verb and "mellan": not stated.
        assertThat(bot.hears("hur delas kostnaden på 3,4 mnkr mellan regionen och kommunerna?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: dokumenten säger inte hur kostnaden för det administrativa stödet"
                        + " fördelas mellan parterna.");
    }

    @Test
    void hears_the_cost_of_something_the_documents_price_nowhere_and_says_so_without_the_supports_table() {
        // The support's cost table, the only money in the documents, read as what the review may cost.
        assertThat(bot.hears("Vad får översynen kosta, finns det en budget för den?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: dokumenten anger ingen kostnad för det du frågar om.")
                .doesNotContain("behov av 3 grupper x 7 kommuner");
        assertThat(bot.hears("What does the joint meeting cost?").fromGuest().text())
                .startsWith("I don't know: the documents give no cost for what you ask about.")
                .doesNotContain("2,1 mnkr");
        // What the table does cost is still shown from it: a level it serves, a post, the total per year.
        assertThat(bot.hears("What are the costs of the local collaboration?")
                        .fromGuest()
                        .text())
                .contains("2,1 mnkr");
        assertThat(bot.hears("Vad kostar samverkan totalt per år?").fromGuest().text())
                .contains("3,4 mnkr");
    }

    @Test
    void hears_a_new_chair_of_a_board_called_otherwise_at_home_and_gives_its_seat_not_another_structures() {
        // Sollefteå has a skolnämnd "eller motsvarande"; the barn- och utbildningsnämnder the words named are
        // Jämtland's, and the reply was "no seat in HälSam, the role comes with a seat in BUZ".
        assertThat(bot.hears("Jag blir ny ordförande i barn- och utbildningsnämnden i Sollefteå från januari. Ingår"
                                + " jag automatiskt i HälSams politiska samverkan?")
                        .fromGuest()
                        .text())
                .startsWith("Ja: platsen hör till uppdraget, inte till personen.")
                .contains("Ordförande i skolnämnden (eller motsvarande), Sollefteå kommun")
                .doesNotContain("BUZ");
    }

    @Test
    void hears_a_glossary_word_of_one_structure_beside_a_forum_of_the_other_and_answers_for_the_forum_named() {
        // "kallelserna" is a word of HälSam's glossary: HälSam's support table followed "none registered for Jämtland
        // Härjedalen", as if it were SVOM's.
        assertThat(bot.hears("Vem skickar ut kallelserna till SVOM?")
                        .fromGuest()
                        .text())
                .startsWith("Registret har ingen uppgift om administrativt stöd för Jämtland Härjedalen.")
                .doesNotContain("Samverkanskoordinator");
        assertThat(bot.hears("Vem skickar ut kallelserna?").fromGuest().text())
                .contains("Administrativt stöd i HälSam");
    }

    @Test
    void hears_whose_a_board_is_and_names_its_party_not_every_party_of_the_structure() {
        // "municipality" and "region" made it a question for the parties, whose list named Östersunds kommun first.
        assertThat(bot.hears("HOSPA - is that a unit of a municipality or of the region?")
                        .fromGuest()
                        .text())
                .isEqualTo("HOSPA (Hälso- och sjukvårdspolitiska avdelningen) belongs to Region Jämtland Härjedalen"
                        + " (region).");
        assertThat(bot.hears("Vems är VVU?").fromGuest().text())
                .isEqualTo("VVU (Vårdvalsutskottet) hör till Region Västernorrland (region).");
    }

    @Test
    void hears_of_one_of_two_parallel_lists_and_quotes_that_list_with_its_introduction() {
        // "Förslag till skolan …:" and "Förslag till socialtjänst och region …:" hold nearly the same att-satser; both
        // were quoted, the beredningsgrupp's assignment beside the skolchefer's.
        assertThat(bot.hears(
                                "I förslaget till skolan – vem får uppdraget att utarbeta ett förslag på samverkansmodell?")
                        .fromGuest()
                        .text())
                .contains("Förslag till skolan att ta vidare i sin respektive kommun:\natt ge i skolcheferna i uppdrag")
                .doesNotContain("ge i beredningsgruppen i uppdrag att i samarbete med skolcheferna");
    }

    @Test
    void hears_which_principals_have_decided_and_says_that_is_not_recorded() {
        // The parties' list, then "har under våren beslutats av berörda nämnder" (the spring's decisions on the
        // development work), read as the boards that adopted HälSam.
        assertThat(bot.hears("Vi vill följa upp att alla huvudmän har antagit HälSam. Vilka kommuner och nämnder har"
                                + " fattat beslut om att anta den nya samverkansstrukturen?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: varken registret eller dokumenten säger vilka huvudmän som har beslutat"
                        + " det i sina egna organ;")
                .doesNotContain("har under våren beslutats av berörda nämnder");
        assertThat(bot.hears("Which municipalities have adopted HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: neither the register nor the documents say which principals have decided");
    }

    @Test
    void hears_an_outgoing_chair_ask_when_the_new_term_starts_and_gives_the_date() {
        // "new" and a chair's board made it a new chair's question: "Yes: the seat goes with the role", with the
        // seat's period of 2023-01-01.
        assertThat(bot.hears("I'm the outgoing HSN chair in Västernorrland. When exactly does the new mandate period"
                                + " start, so I know when my HälSam seat passes on?")
                        .fromGuest()
                        .text())
                .startsWith("The next term of office starts 2027-01-01 (1 January 2027)")
                .doesNotContain("2023-01-01");
    }

    @Test
    void hears_a_forum_described_in_words_of_the_other_structure_and_names_no_forum_of_the_first() {
        // "den politiska samverkan" is a description of HälSam's forum among its aliases; said of Jämtland, it listed
        // HälSam's forum that replaced SocialReKo beside SVOM.
        assertThat(bot.hears("Vi tar fram en historik över den politiska samverkan i Jämtlands län. Vilket år"
                                + " etablerades SVOM, och vad fanns dessförinnan?")
                        .fromGuest()
                        .text())
                .contains("SVOM (Jämtland Härjedalen): Sedan 2005; ersatte LAKO.")
                .doesNotContain("SocialReKo");
        // Alone, the description is still HälSam's forum.
        assertThat(bot.hears("Hur ofta träffas den politiska samverkan?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam politisk samverkan (HälSam) träffas:");
    }

    @Test
    void hears_a_forum_asked_about_and_quotes_no_passage_under_another_forums_heading() {
        // The coordination groups' tasks, "på uppdrag av länsledningen", with "träffas 5 gånger per år", read as
        // Länsledningen's.
        assertThat(bot.hears("What does the Lansledning actually do? I'm new to the Swedish public sector.")
                        .fromGuest()
                        .text())
                .startsWith("Länsledning (HälSam): Strategic level (county leadership).")
                .doesNotContain("Träffas 5 gånger per år", "Bevaka");
        // A line of the cost table asked of is answered by the line alone.
        assertThat(bot.hears("In the HalSam cost table, what is the 2.1 million for?")
                        .fromGuest()
                        .text())
                .isEqualTo("Cost in HälSam:\n• 2. Lokal samverkan: Samordningsfunktion med administration/utredning,"
                        + " 30%, behov av 3 grupper x 7 kommuner, 2,1 mnkr");
    }

    @Test
    void hears_what_the_bot_can_do_after_a_greeting_and_says_what_it_can_do() {
        assertThat(bot.hears("hi, what can this bot do?").fromGuest().text())
                .startsWith("I can answer questions about the collaboration structures");
        assertThat(bot.hears("vad kan boten hjälpa till med?").fromGuest().text())
                .startsWith("Jag kan svara på frågor om samverkansstrukturerna");
    }

    @Test
    void hears_who_approves_submitted_items_and_says_the_chair_convener_or_secretary_reviews_them() {
        assertThat(bot.hears("Who approves the items I submit?").fromGuest().text())
                .startsWith("The forum's chair, convener or secretary does that.")
                .contains("items to review");
    }

    @Test
    void hears_a_question_that_only_opens_with_can_you_and_answers_the_question() {
        assertThat(bot.hears("can you tell me when the next meeting of länsledningen is?")
                        .fromGuest()
                        .text())
                .startsWith("There are no upcoming meetings for Länsledning (HälSam)");
    }

    @Test
    void hears_whether_the_notice_comes_by_email_and_says_who_gets_email_and_the_calendar_invitation() {
        assertThat(bot.hears("får jag kallelsen på mejl?").fromGuest().text())
                .contains("inte nås i Slack eller Teams får påminnelser, kallelser")
                .contains("kalenderinbjudan")
                .doesNotContain("publicera kallelse");
    }

    @Test
    void hears_how_to_get_meetings_into_a_calendar_in_english_and_answers_about_calendars_not_entering_meetings() {
        assertThat(bot.hears("how do I get the meetings into my calendar?")
                        .fromGuest()
                        .text())
                .contains("calendar invitation")
                .contains("/kalender/<structure>/<forum>.ics")
                .doesNotContain("new meeting for");
    }

    @Test
    void hears_where_a_forum_meets_and_answers_about_the_place_not_how_often() {
        assertThat(bot.hears("var träffas länsledningen?").fromGuest().text())
                .startsWith("Registret anger ingen mötesplats för Länsledning (HälSam)")
                .doesNotContain("hur ofta");
    }

    @Test
    void hears_what_a_municipality_thinks_and_says_the_sources_record_no_principals_views() {
        assertThat(bot.hears("vad tycker ragunda om översynen?").fromGuest().text())
                .startsWith("Det vet jag inte: varken registret eller dokumenten säger vad Ragunda kommun tycker")
                .doesNotContain("representeras");
        assertThat(bot.hears("what does Örnsköldsvik think about HälSam?")
                        .fromGuest()
                        .text())
                .startsWith(
                        "I don't know: neither the register nor the documents say what Örnsköldsviks kommun thinks");
        // The working group's reasoning is in the documents.
        assertThat(bot.hears("vad tyckte BG om konsulternas förslag?")
                        .fromGuest()
                        .text())
                .contains("Beredningsgruppens (BG) resonemang")
                .doesNotContain("Det vet jag inte");
    }

    @Test
    void hears_what_a_municipality_plans_or_has_decided_itself_and_says_the_sources_do_not_record_it() {
        assertThat(bot.hears("is Sundsvall planning to leave HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: neither the register nor the documents say what Sundsvalls kommun plans")
                .doesNotContain("is represented in HälSam by");
        assertThat(bot.hears("har kramfors formellt antagit hälsam-rekommendationen?")
                        .fromGuest()
                        .text())
                .startsWith(
                        "Det vet jag inte: varken registret eller dokumenten säger vad Kramfors kommun har beslutat")
                .doesNotContain("representeras i HälSam av");
        // Whether a party takes part is the register's, not the party's own decision.
        assertThat(bot.hears("har Ånge en plats i SVOM?").fromGuest().text()).doesNotContain("har beslutat");
    }

    @Test
    void hears_who_chairs_a_board_and_says_the_register_holds_only_forum_seats() {
        assertThat(bot.hears("who chairs HSN in Region Västernorrland?")
                        .fromGuest()
                        .text())
                .startsWith("The register does not say who is chair of Hälso- och sjukvårdsnämnden");
        assertThat(bot.hears("vem är ordförande i HSN?").fromGuest().text())
                .startsWith("Registret anger inte vem som är ordförande i Hälso- och sjukvårdsnämnden")
                .doesNotContain("Vilket forum menar du?");
    }

    @Test
    void hears_how_someone_outside_the_chat_gets_the_notices_and_answers_email_not_publishing() {
        assertThat(bot.hears("I'm not in the region's Teams, how will I get the notices?")
                        .fromGuest()
                        .text())
                .contains("by email")
                .doesNotContain("Which one do you mean?")
                .doesNotContain("publish notice");
        assertThat(bot.hears("får jag kallelsen om jag inte har teams?")
                        .fromGuest()
                        .text())
                .contains("med e-post")
                .doesNotContain("publicera kallelse");
    }

    @Test
    void hears_who_leads_a_forum_as_who_chairs_it_but_not_what_something_leads_to() {
        assertThat(bot.hears("vem leder barnarenan").fromGuest().text())
                .startsWith("Registret anger ingen ordförande för Barnarenan (Jämtland Härjedalen).");
        assertThat(bot.hears("who leads the länsledning?").fromGuest().text())
                .startsWith("The register names no chair for Länsledning (HälSam).");
        assertThat(bot.hears("vad leder det här till").fromGuest().text()).doesNotContain("Vilket forum menar du?");
    }

    @Test
    void hears_a_forums_presidium_in_the_other_structure_and_never_answers_with_halsams_presidium() {
        assertThat(bot.hears("vem är ordförande i SocSam presidiet").fromGuest().text())
                .startsWith("Registret anger ingen ordförande för SocSam (Jämtland Härjedalen).")
                .doesNotContain("HälSam");
        assertThat(bot.hears("vilka sitter i BUZ:s presidium").fromGuest().text())
                .doesNotContain("HälSams presidium");
        // Alone, or with HälSam named, "presidiet" is HälSam's.
        assertThat(bot.hears("vem sitter i presidiet i hälsam").fromGuest().text())
                .contains("HälSams presidium (HälSam)");
    }

    @Test
    void hears_what_an_abbreviation_stands_for_in_english_and_replies_in_english() {
        assertThat(bot.hears("RVN stands for?").fromGuest().reply().language())
                .isEqualTo(se.samverkansbot.register.Language.ENGLISH);
        assertThat(bot.hears("vad står RVN för").fromGuest().reply().language())
                .isEqualTo(se.samverkansbot.register.Language.SWEDISH);
    }

    @Test
    void hears_when_ones_item_is_due_and_how_to_delete_one_and_answers_how_not_with_ones_list() {
        assertThat(bot.hears("how early before a meeting do I have to send in my item?")
                        .fromGuest()
                        .text())
                .contains("by the meeting's agenda cut-off")
                .doesNotContain("so I can't show your agenda items");
        assertThat(bot.hears("Can I delete an agenda item I sent in by mistake?")
                        .fromGuest()
                        .text())
                .contains("withdraw A-7K3PQ");
        // Asked for, one's own list is still shown (or, to a stranger, why not).
        assertThat(bot.hears("show my items").fromGuest().text()).contains("so I can't show your agenda items");
    }

    @Test
    void hears_how_big_a_post_of_the_cost_table_is_and_gives_its_line_only() {
        assertThat(bot.hears("hur stor tjänst e redaktören på?").fromGuest().text())
                .isEqualTo(
                        "Kostnad i HälSam:\n• 1. HälSam, Länsledning, Samordningsgrupper: Kommunikation/redaktör 30%,"
                                + " 0,4 mnkr");
    }

    @Test
    void hears_when_a_structure_meets_with_no_dates_entered_and_names_the_structure_and_its_political_rhythm() {
        assertThat(bot.hears("när är första mötet i hälsam 2027?").fromGuest().text())
                .startsWith("Det finns inga kommande möten för något av HälSams")
                .contains("Enligt underlaget träffas HälSam politisk samverkan (HälSam): Årliga temamöten")
                .doesNotContain("för 27 forum");
    }

    @Test
    void hears_about_meetings_themselves_and_does_not_answer_how_to_enter_meetings_in_the_bot() {
        assertThat(bot.hears("får jag skicka en ersättare om jag inte kan gå på hälsam-mötet?")
                        .fromGuest()
                        .text())
                .doesNotContain("nytt möte i");
        assertThat(bot.hears("kan det gemensamma årliga mötet hållas som internat?")
                        .fromGuest()
                        .text())
                .contains("internat")
                .doesNotContain("nytt möte i");
        // Doing something with a meeting in the bot is still the how-to.
        assertThat(bot.hears("hur lägger jag in ett möte?").fromGuest().text()).contains("nytt möte i");
        assertThat(bot.hears("how do I cancel a meeting?").fromGuest().text()).contains("cancel the next meeting");
    }

    @Test
    void hears_about_meetings_in_general_with_a_word_nothing_answers_and_says_so_before_the_calendar() {
        assertThat(bot.hears("får man arvode för hälsam-mötena?").fromGuest().text())
                .startsWith("Det vet jag inte säkert: jag hittar inget som svarar på just det. Det här vet jag:");
        assertThat(bot.hears("när är nästa möte i länsledningen?").fromGuest().text())
                .startsWith("Det finns inga kommande möten för Länsledning (HälSam)");
    }

    @Test
    void hears_when_something_other_than_a_meeting_will_be_done_and_does_not_answer_with_the_calendar() {
        assertThat(bot.hears("when will the Jämtland review be finished?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know for sure")
                .doesNotContain("no upcoming meetings");
        assertThat(bot.hears("when does HälSam meet?").fromGuest().text())
                .startsWith("There are no upcoming meetings for any of the 27 forums of HälSam");
    }

    @Test
    void hears_the_budget_of_a_coming_year_and_says_the_table_is_the_documents_estimate_not_that_budget() {
        assertThat(bot.hears("what is the budget for HälSam in 2027?")
                        .fromGuest()
                        .text())
                .startsWith("The register has no budget for 2027. This is the documents' estimate of what the support"
                        + " costs a year:")
                .contains("3,4 mnkr");
        assertThat(bot.hears("vad kostar det administrativa stödet totalt?")
                        .fromGuest()
                        .text())
                .doesNotContain("ingen budget");
    }

    @Test
    void hears_a_person_placed_in_another_municipality_and_answers_with_the_person_s_own_record() {
        // Sundsvall's seats answered, where his record says Härnösand.
        assertThat(bot.hears("Mats Collin är socialchef i Sundsvall va?")
                        .fromGuest()
                        .text())
                .startsWith("Mats Collin: Socialchef, Härnösands kommun")
                .doesNotContain("Sundsvalls kommun representeras");
        assertThat(bot.hears("Örjan Abrahamsson was school chief in Ånge, wasn't he?")
                        .fromGuest()
                        .text())
                .startsWith("Örjan Abrahamsson: Skolchef, Sollefteå kommun");
    }

    @Test
    void hears_whether_a_person_keeps_a_title_next_year_and_says_the_register_does_not_know() {
        // A title is kept without a period: alone it read as yes.
        assertThat(bot.hears("Är Denise Wallén fortfarande socialchef i Sundsvall nästa år?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: registret anger inte hur länge titeln gäller")
                .contains("Denise Wallén: Socialchef, Sundsvalls kommun");
        // Today's title is the register's.
        assertThat(bot.hears("Är Denise Wallén fortfarande socialchef i Sundsvall?")
                        .fromGuest()
                        .text())
                .startsWith("Denise Wallén: Socialchef, Sundsvalls kommun");
    }

    @Test
    void hears_what_each_party_pays_or_has_set_aside_and_says_the_documents_do_not_share_the_cost() {
        // The table listed in answer read as each municipality's part ("behov av 3 grupper x 7 kommuner").
        assertThat(bot.hears("Hur mycket betalar varje kommun för det administrativa stödet i HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: dokumenten säger inte hur kostnaden för det administrativa stödet"
                        + " fördelas mellan parterna.")
                .doesNotContain("3 grupper x 7 kommuner");
        assertThat(bot.hears("What share of the 3.4 MSEK admin support cost does Region Västernorrland pay itself?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: the documents do not say how the cost of the administrative support is"
                        + " shared between the parties.");
        assertThat(bot.hears("Hur stor tjänst i procent har Kommunförbundet Västernorrland avsatt för HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: dokumenten säger inte hur kostnaden")
                .doesNotContain("Kommunikation/redaktör 30%");
    }

    @Test
    void hears_who_pays_for_something_the_documents_price_nowhere_and_says_they_give_it_no_cost() {
        // Not the support's cost, shared or not: the review has none in the documents.
        assertThat(bot.hears("Vad kostar översynen och vem betalar den?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: dokumenten anger ingen kostnad för det du frågar om.")
                .doesNotContain("3,4 mnkr");
    }

    @Test
    void hears_a_small_municipality_described_and_takes_it_for_no_name() {
        assertThat(bot.hears("Vi är en liten kommun. Får vi ha färre än tre lokala grupper?")
                        .fromGuest()
                        .text())
                .doesNotContain("Liten kommun")
                .contains("kan justeras om överenskommelse finns");
    }

    @Test
    void hears_about_a_place_and_nothing_the_structures_speak_of_and_says_it_does_not_know() {
        // The place's seats were listed as if they answered.
        assertThat(bot.hears("What's the weather forecast in Sundsvall for Friday?")
                        .fromGuest()
                        .text())
                .isEqualTo("I don't know: neither the register nor the documents say anything about weather.");
        assertThat(bot.hears("Var kan man parkera i Sundsvall?").fromGuest().text())
                .startsWith("Det vet jag inte")
                .doesNotContain("representeras");
        // A place asked about in general is still answered with its seats.
        assertThat(bot.hears("Vad händer i Sundsvall?").fromGuest().text()).contains("representeras i HälSam");
    }

    @Test
    void hears_about_something_nobody_speaks_of_on_a_day_the_documents_name_and_does_not_quote_that_days_meeting() {
        // dev81: the date 9/12 found the documents' joint meeting of 9/12, quoted as if it answered. "väder" is a
        // five-letter word, and its stem "vad" was taken for the cue "vad är".
        assertThat(bot.hears("Vad blir det för väder i Sundsvall på onsdag 9/12?")
                        .fromGuest()
                        .text())
                .isEqualTo("Det vet jag inte: varken registret eller dokumenten säger något om väder.");
        // "vad blir det för lunch" asks for a kind as "vilken lunch" does.
        assertThat(bot.hears("Vad blir det för lunch på mötet 9/12?")
                        .fromGuest()
                        .text())
                .isEqualTo("Det vet jag inte: varken registret eller dokumenten säger något om lunch.");
        assertThat(bot.hears("Vad var det för möte 3 juni 2022?").fromGuest().text())
                .startsWith("2022-06-03 (3 juni 2022) (HälSam): Gemensamt möte");
        // "vad är RSR för församling?" asks what RSR is: "församling" is no kind the documents lack.
        assertThat(bot.hears("Vart går SVOM:s förslag – vad är RSR för församling?")
                        .fromGuest()
                        .text())
                .doesNotContain("församling.");
        // A shorter word is an unknown subject, never a known one: "nästa" is a cue word, "going" a general one.
        assertThat(bot.hears("Kan du boka ett konferensrum åt mig i Härnösand nästa vecka?")
                        .fromGuest()
                        .text())
                .isEqualTo("Det vet jag inte: varken registret eller dokumenten säger något om konferensrum.");
        assertThat(bot.hears("What's the weather going to be in Ostersund tomorrow?")
                        .fromGuest()
                        .text())
                .isEqualTo("I don't know: neither the register nor the documents say anything about weather.");
    }

    @Test
    void hears_which_things_a_proposal_must_clarify_and_does_not_take_things_for_a_kind_the_documents_lack() {
        assertThat(bot.hears("Which things must the review proposal clarify?")
                        .fromGuest()
                        .text())
                .contains("mandat", "rapporteringsvägar")
                .doesNotContain("anything about things");
    }
}
