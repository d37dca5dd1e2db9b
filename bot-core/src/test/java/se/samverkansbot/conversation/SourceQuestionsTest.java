package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.testing.ConversationHarness;

/**
 * Questions whose answer lives in the running text of the seed documents: the bot quotes the passage and names the
 * document, and says nothing of its own about it.
 */
class SourceQuestionsTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructures();

    @Test
    void hears_the_date_and_time_of_a_meeting_one_document_cut_off_and_quotes_the_other_whole_alongside() {
        assertThat(bot.hears("deluppföljning av tjänstepersonsstrukturen – datum o tid?")
                        .fromGuest()
                        .text())
                .contains("(socialtjänst, skola och region) 23/9 kl.”", "står det också", "23/9 kl. 9”");
    }

    @Test
    void hears_a_deadline_and_quotes_its_line_once_with_the_hour_its_document_gives() {
        // "kl. 9" ends no sentence: split there, the line lost its hour, was quoted again whole from the same
        // document's second list, and the next list item (31/10) came along with the cut one.
        String text = bot.hears("What was the 2022 deadline for the officials' proposal on the political structure?")
                .fromGuest()
                .text();
        assertThat(text)
                .contains("till politisk struktur senast 1/5", "3/6 kl. 9”")
                .doesNotContain("also says")
                .doesNotContain("31/10");
    }

    @Test
    void hears_when_representatives_are_chosen_in_a_new_term_and_quotes_as_soon_as_possible() {
        // "den nya mandatperioden" answers "ny mandatperiod": the stemmer leaves "nya" whole, and then the
        // decision that HälSam "börjar gälla från och med 2023-01-01" covered as many words and came first.
        assertThat(bot.hears("Nästa år börjar ny mandatperiod – när ska kommunernas representanter till HälSams"
                                + " presidium väljas?")
                        .fromGuest()
                        .text())
                .contains("så snart som möjligt in på den nya mandatperioden")
                .doesNotContain("börjar gälla från och med 2023-01-01");
    }

    @Test
    void hears_which_chairs_sit_in_a_forum_the_register_holds_no_chair_for_and_quotes_who_takes_part() {
        assertThat(bot.hears("Vilka ordförande sitter i SVOM?").fromGuest().text())
                .contains(
                        "Registret anger ingen ordförande för SVOM",
                        "I SVOM deltar ordförande i länets kommuners socialnämnder");
    }

    @Test
    void hears_who_holds_the_chair_by_name_and_quotes_nothing_the_register_lacks() {
        // The documents say who takes part in Barnarenan, never who chairs it: a quote would read as the answer.
        assertThat(bot.hears("What is the name of the current chair of Barnarenan?")
                        .fromGuest()
                        .text())
                .contains("The register names no chair for Barnarenan")
                .doesNotContain("deltar");
    }

    @Test
    void hears_by_when_a_proposal_was_due_and_gives_the_date_not_a_choice_of_every_forum() {
        // "Senast" is a cue for the calendar's deadlines; with no forum and nothing the calendar keeps a deadline for
        // named, the question dates what the documents tell of.
        assertThat(bot.hears("Senast vilket datum skulle tjänstepersonsförslaget till politisk struktur lämnas?")
                        .fromGuest()
                        .text())
                .contains("1 maj 2022")
                .doesNotContain("Vilket forum menar du?");
        assertThat(bot.hears("Senast när ska ärenden vara inne?").fromGuest().text())
                .contains("Vilket forum menar du?");
    }

    @Test
    void hears_when_the_meeting_that_was_to_decide_was_and_quotes_the_item_that_says_decide_not_the_follow_up() {
        // Under "Förslag till beslut …" every item counts "beslut" through the heading; the item that also says it
        // itself ("som vidare ska fattas beslut om på ett gemensamt möte … 9/12") answers, not the follow-up beside it.
        assertThat(bot.hears("När var det gemensamma mötet där tjänstepersonsstrukturen skulle beslutas 2022?")
                        .fromGuest()
                        .text())
                .contains("9/12 kl.")
                .doesNotContain("23/9");
    }

    @Test
    void hears_who_shall_carry_out_a_review_and_quotes_the_decision_that_gives_them_the_task() {
        // Two passages share "översyn" and "samverkansstruktur"; the one that says who is given the task answers.
        assertThat(bot.hears("vem ska göra sjalva oversynen av samverkansstrukturen i jämtland härjedalen?")
                        .fromGuest()
                        .text())
                .contains("Hälso- och sjukvårdspolitiska avdelningen, HOSPA) och Kommunförbundet Jämtland Härjedalen"
                        + " uppdras att genomföra en översyn")
                .doesNotContain("Det vet jag inte");
        // "Uppdraget" asked, "uppdras" written: the noun finds the verb.
        assertThat(bot.hears("vilka skulle få uppdraget att genomföra översynen i JH 2023?")
                        .fromGuest()
                        .text())
                .contains("HOSPA");
    }

    @Test
    void hears_who_does_a_task_with_one_word_to_find_and_quotes_the_passage_that_gives_the_task() {
        // "göra" is a stop word: "översyn" alone is the word to find, and every passage of the review holds it.
        assertThat(bot.hears("vem ska göra översynen i jämtland?").fromGuest().text())
                .contains("HOSPA) och Kommunförbundet Jämtland Härjedalen uppdras att genomföra en översyn")
                .doesNotContain("Det vet jag inte");
    }

    @Test
    void hears_a_guess_at_who_does_a_task_and_quotes_who_does_it_not_a_passage_naming_the_guess() {
        // The passage naming Fredaggruppen beside "översyn" (its title) read as a yes.
        assertThat(bot.hears("är det fredaggruppen som ska göra översynen i jämtland?")
                        .fromGuest()
                        .text())
                .contains("HOSPA) och Kommunförbundet Jämtland Härjedalen uppdras att genomföra en översyn")
                .doesNotContain("Kopplat till sig har SVOM och Barnarenan tjänstemannaberedningar");
        assertThat(bot.hears("Is it SVOM that carries out the review in Jämtland?")
                        .fromGuest()
                        .text())
                .contains("HOSPA")
                .doesNotContain("I SVOM deltar");
    }

    @Test
    void hears_a_guess_after_the_question_and_quotes_what_answers_the_question_not_a_passage_naming_the_guess() {
        // Länsledningen's line on the groups ("ansvarar för processerna … länsamordningsgrupperna … Äldre") read as
        // the answer.
        assertThat(bot.hears("Vem ansvarar för temamötet om äldre, är det länssamordningsgruppen?")
                        .fromGuest()
                        .text())
                .contains("Respektive ordförande ansvarar för de mötena som berör deras strategiska område")
                .doesNotContain("Länsledningen ansvarar för processerna");
    }

    @Test
    void hears_the_role_of_the_presidium_and_quotes_the_line_that_names_its_plural() {
        // "presidiet" and the documents' "presidier" are one word.
        assertThat(bot.hears("Vilken roll har presidiet i förhållande till Länsledningen och tjänstepersonernas"
                                + " arbete?")
                        .fromGuest()
                        .text())
                .contains("kan utgöra kontakten mellan den politiska nivån, Länsledningen för Hälsam och tjänstemännens"
                        + " arbete")
                .doesNotContain("Länsledningen ansvarar för processerna");
    }

    @Test
    void hears_what_a_forum_does_and_passes_over_a_passage_that_opens_with_another_forum_doing_it() {
        // Both passages hold the coordination groups and following up; Länsledningen's line is about Länsledningen.
        assertThat(bot.hears("What are the county coordination groups supposed to follow up?")
                        .fromGuest()
                        .text())
                .contains("Följa upp fastställda, målspecifika överenskommelser")
                .doesNotContain("Länsledningen ansvarar för processerna");
    }

    @Test
    void hears_who_would_own_something_and_does_not_prefer_a_passage_that_gives_someone_else_a_task() {
        assertThat(bot.hears("vilka skulle äga den lokala samverkan enligt politikens resonemang")
                        .fromGuest()
                        .text())
                .contains("ägandeskap av skola, socialtjänst och region")
                .doesNotContain("BG får i uppdrag");
    }

    @Test
    void hears_whether_a_forum_decides_by_itself_and_gives_the_rule_that_only_the_principals_decide() {
        assertThat(bot.hears("Beslutar SVOM själv om översynen av samverkansstrukturen i Jämtland Härjedalen?")
                        .fromGuest()
                        .text())
                .startsWith("Jämtland Härjedalen är ett system för samråd och samtal; beslut fattas endast av"
                        + " huvudmännen");
        // A cost line shares "budget" and "samverkanskoordinatorn": whether one may decide on it is still the rule.
        assertThat(bot.hears("kan presidiet i halsam besluta om budget for samverkanskoordinatorn?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam är ett system för samråd och samtal; beslut fattas endast av huvudmännen")
                .doesNotContain("0,9 mnkr");
    }

    @Test
    void hears_who_is_responsible_for_an_areas_theme_meeting_and_quotes_the_chairs_not_the_county_leadership() {
        // "Barn och unga" is one name: counted as two words it made Länsledningen's processes (which name the area)
        // outweigh the passage on who holds the theme meetings — a misleading answer.
        assertThat(bot.hears("vem ansvarar för temamötet om barn och unga nästa år?")
                        .fromGuest()
                        .text())
                .contains("Respektive ordförande ansvarar för de mötena som berör deras strategiska område")
                .doesNotContain("Länsledningen ansvarar för processerna");
    }

    @Test
    void hears_a_task_of_the_county_coordination_groups_and_quotes_nothing_that_another_forum_does() {
        // The county leadership's passage names the groups too ("följer upp … i länsamordningsgrupperna"), but its
        // subject is Länsledningen: quoted after the groups' mandate it read as one of their tasks.
        assertThat(bot.hears("What is the first task listed for the county coordination groups?")
                        .fromGuest()
                        .text())
                .contains("Bevaka aktuella nyheter")
                .doesNotContain("Länsledningen ansvarar för processerna");
    }

    @Test
    void hears_which_municipality_did_something_the_quote_names_none_of_and_says_the_documents_do_not_say() {
        assertThat(bot.hears("Vilken kommun pausade ÄOC?").fromGuest().text())
                .startsWith("Dokumenten säger inte vilken kommun")
                .contains("28 november 2022");
    }

    @Test
    void hears_who_decided_something_and_quotes_the_body_the_register_does_not_hold_as_the_answer() {
        // "Kommunfullmäktige" answers "who" though the register has no such body: no "the documents do not say".
        assertThat(bot.hears("Vem beslutade att pausa investeringen i ÄOC?")
                        .fromGuest()
                        .text())
                .startsWith("I dokumentet")
                .contains("Kommunfullmäktige har den 28 november 2022 beslutat");
    }

    @Test
    void hears_who_is_to_do_something_naming_nobody_the_register_holds_and_quotes_the_passage_not_an_overview() {
        assertThat(bot.hears("Who is supposed to carry out the review in Jämtland?")
                        .fromGuest()
                        .text())
                .contains("HOSPA")
                .contains("Kommunförbundet Jämtland Härjedalen uppdras att genomföra en översyn")
                .doesNotContain("I don't know for sure");
    }

    @Test
    void hears_who_does_something_the_quote_names_and_quotes_it_as_the_answer() {
        assertThat(bot.hears("Vem genomför översynen i Jämtland?").fromGuest().text())
                .startsWith("I dokumentet")
                .contains("Kommunförbundet Jämtland Härjedalen uppdras att genomföra en översyn");
    }

    @Test
    void hears_why_an_investment_was_paused_and_quotes_the_decision_with_its_document() {
        Reply reply = bot.hears("Varför pausade kommunfullmäktige investeringen i ÄOC?")
                .fromGuest()
                .reply();

        assertThat(reply.text())
                .startsWith("I dokumentet ”HälSam – samverkan mellan länets kommuner och Region Västernorrland”")
                .contains("28 november 2022", "ekonomiska läget");
        assertThat(reply.parts())
                .singleElement()
                .isInstanceOfSatisfying(
                        ReplyPart.Facts.class,
                        facts -> assertThat(facts.title()).isEqualTo("Källa"));
    }

    @Test
    void hears_what_the_jamtland_review_leaves_out_and_quotes_only_that() {
        String text = bot.hears("Vad omfattar översynen inte?").fromGuest().text();

        assertThat(text)
                .contains("Översyn av struktur för samverkan mellan Region Jämtland Härjedalen", "(2023-10-02)")
                .contains("implementering")
                .doesNotContain("HälSam");
    }

    @Test
    void hears_in_english_what_should_form_the_basis_and_quotes_the_politicians_reasoning() {
        // "form the basis" is "utgöra grund": without it, the levels of both structures came first, with the
        // passage on three local groups per municipality beside.
        assertThat(bot.hears("According to the politicians, what should form the basis of the local collaboration"
                                + " structure?")
                        .fromGuest()
                        .text())
                .contains("Politikens resonemang", "De lokala samarbeten som idag fungerar bra ska utgöra grund")
                .doesNotContain("Grunden är att det finns tre grupper/kommun");
    }

    @Test
    void hears_an_english_question_and_quotes_the_swedish_source_saying_so() {
        String text = bot.hears("What should the proposal from the review clarify?")
                .fromGuest()
                .text();

        assertThat(text).startsWith("The document “Översyn av struktur").contains("(in Swedish)", "mandat");
    }

    @Test
    void a_question_the_register_answers_is_not_answered_with_a_quote() {
        String text = bot.hears("När upphörde SocialReKo?").fromGuest().text();

        assertThat(text).doesNotContain("I dokumentet").contains("2022-12-31");
    }

    @Test
    void hears_about_a_meeting_dated_in_the_past_and_quotes_the_documents_not_the_calendar() {
        String text = bot.hears("Vad innehöll förslaget som levererades till SocialReKos möte i juni 2022?")
                .fromGuest()
                .text();

        assertThat(text).contains("2022-06-03").doesNotContain("inga kommande möten");
    }

    @Test
    void hears_the_last_of_several_dated_meetings_and_gives_the_latest() {
        String text = bot.hears("Vilket datum var det sista gemensamma mötet 2022 om tjänstepersonsstrukturen?")
                .fromGuest()
                .text();

        assertThat(text).startsWith("2022-12-09").doesNotContain("2022-09-23 (");
    }

    @Test
    void hears_what_the_principals_have_decided_on_with_no_minutes_kept_and_quotes_the_documents() {
        // "har … beslutat om" is the cue of the minutes' follow-ups; none is kept, and the documents tell of it.
        String text = bot.hears("vilken målbild har regionen o kommunerna beslutat om tillsammans")
                .fromGuest()
                .text();

        assertThat(text).contains("målbild för God och Nära vård").doesNotContain("ingen sådan rekommendation");
    }

    @Test
    void hears_according_to_the_papers_in_chat_swedish_and_does_not_search_for_those_words() {
        // "enl underlaget" says where to look, as "enligt dokumenten" does; counted, it hid the passage.
        assertThat(bot.hears("hur ska privata utförare kopplas in i nya modellen enl underlaget?")
                        .fromGuest()
                        .text())
                .contains("Kopplingen och inkluderingen av privata utförare behöver också förtydligas.");
    }

    @Test
    void hears_which_of_a_partys_people_take_part_in_a_forum_and_lists_the_forums_seats() {
        assertThat(bot.hears("vilka från regionen ingår i hälsams politiska samverkan?")
                        .fromGuest()
                        .text())
                .contains("Hälso- och sjukvårdsnämnden (HSN)", "Vårdvalsutskottet");
    }

    @Test
    void hears_a_name_compound_and_searches_the_documents_with_its_parts() {
        // "hälsammöte" is in no document; "mötena" is, beside what each board answers for.
        String text = bot.hears("vad förväntas nämnden göra före och efter ett hälsammöte")
                .fromGuest()
                .text();

        assertThat(text).contains("förankra med sin majoritet och opposition");
    }

    @Test
    void hears_what_a_member_is_expected_to_do_around_a_meeting_and_quotes_the_duty_laid_on_each_board() {
        // "förväntas" is not in the documents, and the chair's line beside it also "ansvarar för de mötena": the
        // duty is where one is laid ("har ansvar för att … förankra").
        assertThat(bot.hears("Vad förväntas jag göra före och efter ett HälSam-möte?")
                        .fromGuest()
                        .text())
                .startsWith("I dokumentet")
                .contains("förankra med sin majoritet och opposition");
        assertThat(bot.hears("What am I supposed to do back in my own committee before and after a HälSam meeting?")
                        .fromGuest()
                        .text())
                .contains("förankra med sin majoritet och opposition")
                .doesNotContain("Mandate of");
    }

    @Test
    void hears_the_first_of_two_follow_ups_and_gives_the_earlier_one() {
        // "första" chooses among the events; counted as a word of what they are about, it left too little matched.
        String text = bot.hears("när var den första deluppföljningen våren 2022?")
                .fromGuest()
                .text();

        assertThat(text).startsWith("2022-04-08").doesNotContain("2022-09-23 (");
    }

    @Test
    void hears_when_and_at_what_time_in_english_and_gives_the_date_with_its_hour() {
        String text = bot.hears(
                        "When was the autumn 2022 follow-up meeting on the officials' structure, and what time?")
                .fromGuest()
                .text();

        assertThat(text).startsWith("2022-09-23").contains("kl. 9");
    }

    @Test
    void hears_how_the_regions_seat_on_the_presidium_is_picked_and_quotes_the_rule() {
        String text = bot.hears("How is the region's seat on the HälSam presidium picked?")
                .fromGuest()
                .text();

        assertThat(text).contains("HSN, RUN samt VVU").doesNotContain("no current seat");
    }

    @Test
    void hears_what_happened_on_a_past_day_and_gives_the_events_of_that_day() {
        assertThat(bot.hears("Vad var det för möte 3 juni 2022?").fromGuest().text())
                .startsWith("2022-06-03 (3 juni 2022) (HälSam): Gemensamt möte ställer sig bakom förslaget");
        assertThat(bot.hears("What was supposed to be decided on 9 Dec 2022?")
                        .fromGuest()
                        .text())
                .startsWith(
                        "2022-12-09 (9 December 2022) (HälSam): Gemensamt möte beslutar om tjänstepersonsstrukturen");
    }

    @Test
    void hears_an_event_said_to_be_on_the_wrong_day_and_gives_its_own_day_before_that_days_event() {
        // dev80: the day's event (the officials' structure) alone read as a yes to the political structure's date.
        assertThat(bot.hears(
                                "SocialReKo ställde sig bakom förslaget till ny politisk struktur den 9 december 2022, va?")
                        .fromGuest()
                        .text())
                .startsWith("Det du beskriver var enligt registret inte den 9 december 2022 utan den 3 juni 2022:\n"
                        + "2022-06-03 (3 juni 2022) (HälSam): Gemensamt möte ställer sig bakom förslaget")
                .contains("Den 9 december 2022 var det:\n2022-12-09 (9 december 2022) (HälSam): Gemensamt möte beslutar"
                        + " om tjänstepersonsstrukturen");
        assertThat(bot.hears("I remember the joint meeting that backed the new political structure was on 9 December"
                                + " 2022?")
                        .fromGuest()
                        .text())
                .startsWith("What you describe was, according to the register, not on 9 December 2022 but on 3 June"
                        + " 2022:");
    }

    @Test
    void hears_when_something_was_due_in_a_past_year_and_gives_the_day_not_a_forum_choice() {
        assertThat(bot.hears("När skulle tjänstepersonsförslaget om politisk struktur senast va klart 2022?")
                        .fromGuest()
                        .text())
                .startsWith("2022-05-01 (1 maj 2022)")
                .doesNotContain("Vilket forum menar du?");
    }

    @Test
    void hears_a_compound_opening_with_a_structures_name_and_offers_only_its_forums() {
        assertThat(bot.hears("När är nästa hälsammöte?").fromGuest().text())
                .contains("HälSam politisk samverkan")
                .doesNotContain("SVOM", "Jämtland Härjedalen");
    }

    @Test
    void hears_two_questions_in_one_and_adds_the_passage_for_the_part_the_register_leaves_out() {
        String text = bot.hears("När började HälSam gälla och när la SocialReKo ner?")
                .fromGuest()
                .text();

        assertThat(text).contains("2022-12-31", "2023-01-01").doesNotContain("Det vet jag inte säkert, men");
    }

    @Test
    void hears_a_compound_the_document_writes_as_two_words_and_finds_that_passage() {
        String text = bot.hears("Vem ska genomföra översynen av samverkansstrukturen i Jämtland Härjedalen?")
                .fromGuest()
                .text();

        assertThat(text).contains("HOSPA", "uppdras att genomföra en översyn av struktur för samverkan");
    }

    @Test
    void hears_in_english_who_carries_out_the_review_and_quotes_the_decision_naming_them() {
        String text = bot.hears("Who carries out the review in Jämtland Härjedalen?")
                .fromGuest()
                .text();

        assertThat(text).contains("HOSPA", "Kommunförbundet Jämtland Härjedalen uppdras att genomföra");
    }

    @Test
    void hears_review_in_english_and_never_finds_a_passage_by_the_two_letters_of_se_over() {
        assertThat(bot.hears("Who decides on the review?").fromGuest().text()).doesNotContain("se figur 1");
    }

    @Test
    void hears_a_question_both_structures_documents_answer_alike_and_quotes_each() {
        String text = bot.hears("Vad ska förslaget klargöra?").fromGuest().text();

        assertThat(text)
                .startsWith("Både Jämtland Härjedalen och HälSam har något om det i sina dokument")
                .contains("Förslaget ska klargöra:", "står det också:")
                .doesNotContain("Det vet jag tyvärr inte");
    }

    @Test
    void hears_of_a_sentence_only_one_structure_has_and_quotes_that_structure_alone() {
        // HälSam's "huvudpunkterna för den nya samverkansstrukturen … beskriven" covers as many of the question's words
        // ("new", "structure", "described"), but only Jämtland's sentence has "sammanhållande aktör".
        String text = bot.hears("In which structure is the Kommunförbund described as a new 'sammanhållande aktör'?")
                .fromGuest()
                .text();

        assertThat(text)
                .contains("Kommunförbundet i Jämtland Härjedalen, vilket torde bli en ny sammanhållande aktör")
                .doesNotContain("speak of it", "Huvudpunkterna för den nya samverkansstrukturen");
    }

    @Test
    void hears_whether_a_forum_is_political_and_answers_by_its_level_not_by_a_passage_naming_the_political_level() {
        assertThat(bot.hears("Är länsledningen ett politiskt organ?")
                        .fromGuest()
                        .text())
                .startsWith("Nej. Länsledning (HälSam) är ingen politisk grupp: den hör till strategisk nivå")
                .doesNotContain("- Politisk nivå");
        assertThat(bot.hears("Är SVOM ett politiskt forum?").fromGuest().text())
                .startsWith("Ja. SVOM (Jämtland Härjedalen) hör till den politiska nivån.");
        assertThat(bot.hears("Is Fredaggruppen run by officials?").fromGuest().text())
                .startsWith("Yes. Fredaggruppen (Jämtland Härjedalen) is not a political group");
        // Either-or: no yes or no before it.
        assertThat(bot.hears("Är det politiker eller tjänstepersoner i SamReKo HSI?")
                        .fromGuest()
                        .text())
                .startsWith("SamReKo HSI (Jämtland Härjedalen) är ingen politisk grupp");
    }

    @Test
    void hears_who_appoints_the_convener_and_quotes_that_sentence_without_the_municipalities_rule_after_it() {
        assertThat(bot.hears("vem utser den sammankallande i hälsams presidium?")
                        .fromGuest()
                        .text())
                .contains("sammankallande utses av presidiet")
                .doesNotContain("Från kommunerna utses", "socialpresidium");
    }

    @Test
    void hears_what_the_review_shall_not_include_and_quotes_what_it_leaves_out_not_what_it_shall_clarify() {
        assertThat(bot.hears("What should the Jämtland review NOT include?")
                        .fromGuest()
                        .text())
                .contains("Uppdraget bör inte omfatta:", "implementering av en ny samverkansstruktur")
                .doesNotContain("Förslaget ska klargöra", "rapporteringsvägar");
    }

    @Test
    void hears_how_the_municipalities_choose_their_presidium_member_and_quotes_each_line_once() {
        String text = bot.hears("Hur utses kommunernas representant i hälsams presidium?")
                .fromGuest()
                .text();
        String rule = "väljer sin representant bland ordförandena";

        assertThat(text).contains(rule);
        assertThat(text.indexOf(rule)).isEqualTo(text.lastIndexOf(rule));
        // The region's parallel rule is another party's: not part of this answer.
        assertThat(text).doesNotContain("Från regionen utses");
    }

    @Test
    void hears_how_the_regions_presidium_member_is_chosen_and_quotes_the_regions_rule_not_the_municipalities() {
        assertThat(bot.hears("How is the region's member of the HälSam presidium chosen?")
                        .fromGuest()
                        .text())
                .contains("Från regionen utses någon till presidiet utifrån de tre representanterna")
                .doesNotContain("socialpresidium", "Från kommunerna");
        assertThat(bot.hears("Hur utses regionens ledamot i HälSams presidium?")
                        .fromGuest()
                        .text())
                .contains("Från regionen utses någon till presidiet")
                .doesNotContain("socialpresidium");
    }

    @Test
    void hears_what_groups_do_on_behalf_of_another_forum_and_gives_the_groups_tasks_only() {
        assertThat(bot.hears("vad ska länssamordningsgruperna göra på uppdrag av länsledningen?")
                        .fromGuest()
                        .text())
                .startsWith("Uppdrag för Länssamordningsgrupp Barn och unga")
                .contains("Bevaka aktuella nyheter")
                .doesNotContain("Uppdrag för Länsledning", "ansvarar för processerna");
        // "On behalf of" a forum is who gives the task, not a question whether the groups may act for a principal.
        assertThat(bot.hears("What do the Länssamordningsgrupper do on behalf of Länsledningen?")
                        .fromGuest()
                        .text())
                .contains("Bevaka")
                .doesNotContain("decisions are taken only by the principals");
        assertThat(bot.hears("Vad gör länsledningen och länssamordningsgrupperna?")
                        .fromGuest()
                        .text())
                .contains("Uppdrag för Länsledning", "Bevaka aktuella nyheter");
    }

    @Test
    void hears_a_verb_typed_without_its_o_umlaut_and_finds_the_passage() {
        assertThat(bot.hears("vem genomfor oversynen i jamtland").fromGuest().text())
                .contains("HOSPA", "uppdras att genomföra");
    }

    @Test
    void hears_a_command_naming_a_past_day_or_a_theme_meeting_and_takes_it_for_the_command() {
        assertThat(bot.hears("nytt ärende till länsledningen: Uppföljning av mötet 3 juni 2022")
                        .fromGuest()
                        .text())
                .doesNotContain("Gemensamt möte ställer sig bakom");
        assertThat(bot.hears("nytt ärende till länsledningen: Förslag inför nästa temamöte")
                        .fromGuest()
                        .text())
                .doesNotContain("Registret har inga datum för dem ännu");
    }

    @Test
    void hears_which_month_something_happened_and_gives_the_dated_event_rather_than_saying_months_are_unknown() {
        assertThat(bot.hears("vilken månad 2009 tog rådet för regional utveckling initiativet till barnarenan?")
                        .fromGuest()
                        .text())
                .startsWith("September 2009 (Jämtland Härjedalen): Rådet för regional utveckling initierar")
                .doesNotContain("vet inte");
    }

    @Test
    void hears_when_the_joint_meeting_was_in_a_year_with_four_and_lists_all_four_earliest_first() {
        assertThat(bot.hears("när var det gemensamma mötet 2022?").fromGuest().text())
                .startsWith("Fyra händelser i registret passar frågan:\n• 2022-04-08 (8 april 2022) (HälSam)")
                .contains("• 2022-06-03")
                .contains("• 2022-09-23")
                .endsWith("Gemensamt möte beslutar om tjänstepersonsstrukturen, kl. 9.");
    }

    @Test
    void hears_what_a_forum_did_in_a_past_month_and_gives_its_event_of_that_month() {
        assertThat(bot.hears("what did SVOM propose in October 2023?")
                        .fromGuest()
                        .text())
                .startsWith("2023-10-02 (2 October 2023) (Jämtland Härjedalen): SVOM föreslår RSR en översyn")
                .doesNotContain("I don't know");
    }

    @Test
    void hears_who_made_a_proposal_presented_in_a_month_and_quotes_the_documents_not_the_months_event() {
        assertThat(bot.hears("who came up with the proposal that was presented in june 2022?")
                        .fromGuest()
                        .text())
                .doesNotStartWith("2022-06-03")
                .contains("arbetsgrupp");
    }

    @Test
    void hears_what_a_review_leaves_out_and_quotes_the_whole_list_not_only_the_example_given() {
        assertThat(bot.hears("What is left out of the Jämtland review, like comms to staff and the public?")
                        .fromGuest()
                        .text())
                .contains("Uppdraget bör inte omfatta:")
                .contains("- implementering av en ny samverkansstruktur")
                .contains("- den interna organisationen hos samverkande parter");
        assertThat(bot.hears("what's left out of the jämtland review?")
                        .fromGuest()
                        .text())
                .contains("Uppdraget bör inte omfatta:")
                .doesNotContain("I don't know");
    }

    @Test
    void hears_about_a_paused_investment_and_quotes_its_passage_once() {
        String text = bot.hears("when will the ÄOC investment be reconsidered?")
                .fromGuest()
                .text();
        String quoted = "Kommunfullmäktige har den 28 november 2022 beslutat att tillfälligt pausa investeringen";

        assertThat(text).contains(quoted);
        assertThat(text.indexOf(quoted)).isEqualTo(text.lastIndexOf(quoted));
    }

    @Test
    void hears_whether_a_recommendation_binds_or_a_group_may_act_for_a_principal_and_gives_the_principals_rule() {
        assertThat(bot.hears("Om HälSam rekommenderar något, måste vår kommun följa det då?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam är ett system för samråd och samtal; beslut fattas endast av huvudmännen");
        assertThat(bot.hears("Kan länssamordningsgruppen Vuxna teckna avtal för regionens räkning?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam är ett system för samråd och samtal; beslut fattas endast av huvudmännen")
                .doesNotContain("Bevaka");
        assertThat(bot.hears("What's the formal status of a HälSam recommendation?")
                        .fromGuest()
                        .text())
                .startsWith(
                        "HälSam is a system for consultation and dialogue; decisions are taken only by the principals")
                .doesNotContain("I don't know");
    }

    @Test
    void hears_whether_a_municipality_is_bound_by_a_recommendation_and_gives_the_principals_rule() {
        // Said as whether the municipality is bound, or who takes the formal decision: the same rule, not the
        // coordination groups' task to follow up agreements, nor a recommendation of 2022.
        assertThat(bot.hears("HälSam har rekommenderat en ny överenskommelse. Är vår kommun tvungen att följa den?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam är ett system för samråd och samtal; beslut fattas endast av huvudmännen");
        assertThat(bot.hears(
                                "Vad händer efter att HälSam har enats om en rekommendation? Vem tar det formella beslutet?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam är ett system för samråd och samtal; beslut fattas endast av huvudmännen");
        assertThat(bot.hears("HälSam agreed on a recommendation last week. Is it binding for our municipality?")
                        .fromGuest()
                        .text())
                .startsWith(
                        "HälSam is a system for consultation and dialogue; decisions are taken only by the principals");
    }

    @Test
    void hears_at_which_meeting_something_was_to_be_decided_and_gives_that_meetings_date_alone() {
        // A meeting is named by its date: the follow-up meeting of 23/9 in the same list is not the one asked about.
        assertThat(bot.hears("Vid vilket möte skulle tjänstepersonsstrukturen beslutas?")
                        .fromGuest()
                        .text())
                .startsWith("2022-12-09 (9 december 2022)")
                .doesNotContain("23/9");
        assertThat(bot.hears("Vid vilket gemensamt möte skulle den politiska strukturen beslutas?")
                        .fromGuest()
                        .text())
                .startsWith("2022-06-03 (3 juni 2022)");
    }

    @Test
    void hears_whether_a_structure_may_force_or_bind_and_gives_the_rule_with_no_passage_that_only_shares_the_matter() {
        assertThat(bot.hears("Kan HälSam tvinga kommunerna att delta i ett gemensamt projekt?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam är ett system för samråd och samtal; beslut fattas endast av huvudmännen");
        assertThat(bot.hears("Om länsledningen rekommenderar något – är nämnden då bunden av det?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam är ett system för samråd och samtal; beslut fattas endast av huvudmännen");
        // The coordination groups' task "Tillsätta styr- och arbetsgrupper för gemensamma satsningar" shares the
        // matter's words and, beside the rule, would read as a yes.
        assertThat(bot.hears("Får HälSam besluta om pengar till gemensamma satsningar?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam är ett system för samråd och samtal; beslut fattas endast av huvudmännen")
                .doesNotContain("gemensamma satsningar");
        // Whether it is still in force asks nothing of forcing anyone: the overview, which says since when.
        assertThat(bot.hears("Is HälSam still in force?").fromGuest().text())
                .startsWith("HälSam – Samverkan mellan länets kommuner och Region Västernorrland.\nIn force since");
        // A passage that speaks of who proposes and decides still follows the rule.
        assertThat(bot.hears("Beslutar SVOM själv om översynen av samverkansstrukturen i Jämtland Härjedalen?")
                        .fromGuest()
                        .text())
                .contains("huvudmännen")
                .contains("föreslår");
    }

    @Test
    void hears_whether_a_structure_is_a_deciding_body_and_gives_the_principals_rule() {
        assertThat(bot.hears("Är Hälsam ett beslutande organ eller vad är det egentligen?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam är ett system för samråd och samtal; beslut fattas endast av huvudmännen");
    }

    @Test
    void hears_whether_the_structures_decisions_bind_the_municipalities_and_gives_its_rule_before_any_quote() {
        assertThat(bot.hears("kan hälsam fatta beslut som blir bindande för kommunerna??")
                        .fromGuest()
                        .text())
                .startsWith("HälSam är ett system för samråd och samtal; beslut fattas endast av huvudmännen");
        // One cue of deciding, asked as whether it can: the same rule, not a passage that shares "beslut".
        assertThat(bot.hears("kan hälsam själv ta beslut som gäller kommunerna?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam är ett system för samråd och samtal; beslut fattas endast av huvudmännen");
        assertThat(bot.hears("vem beslutar om översynen?").fromGuest().text())
                .doesNotStartWith("Jämtland Härjedalen är ett system för samråd");
    }

    @Test
    void hears_where_a_decision_was_to_be_sent_and_quotes_the_line_its_document_broke_in_two() {
        assertThat(bot.hears("vart skulle beslutet om ny samverkansmodell hälsam skickas?")
                        .fromGuest()
                        .text())
                .contains("Beslutet ska skickas till SocialReKo");
    }

    @Test
    void hears_what_came_of_an_event_the_documents_only_announce_and_says_they_do_not_say() {
        assertThat(bot.hears("did RSR approve SVOM's proposal about the review?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: the documents do not say what came of it.")
                .contains("SVOM föreslår RSR en översyn av samverkansstrukturen");
        assertThat(bot.hears("vad beslutade RSR om översynen till slut?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: dokumenten säger inte vad RSR beslutade om förslaget");
        // "Ended up proposing" asks what came of the review too: its aim ("att ta fram förslag till ny struktur")
        // quoted as it stood read as its result.
        assertThat(bot.hears("What did the Jämtland review end up proposing – what's the new structure?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: the documents do not say what came of it.")
                .doesNotContain("ta fram förslag till ny struktur för samverkan");
        // What the documents do record of an event is its answer.
        assertThat(bot.hears("vad beslutades 3 juni 2022?").fromGuest().text())
                .startsWith("2022-06-03 (3 juni 2022) (HälSam): Gemensamt möte ställer sig bakom förslaget");
    }

    @Test
    void hears_who_decides_on_the_review_and_quotes_the_proposal_to_rsr_with_its_lead_in() {
        // "SVOM föreslår Regionens samverkansråd (RSR)" stands on a line of its own below "## Förslag till beslut":
        // it introduces the list, it is no heading. As a heading it was left out of every quote of the list.
        assertThat(bot.hears("Vem beslutar om översynen i Jämtland?")
                        .fromGuest()
                        .text())
                .contains(
                        "under ”Förslag till beslut”",
                        "”SVOM föreslår Regionens samverkansråd (RSR)\n- Region Jämtland Härjedalen");
    }

    @Test
    void hears_which_two_organisations_carry_out_the_review_and_quotes_whom_the_task_is_given() {
        // "Which two organisations …" asks who, as "who" does: the item that gives the task ("uppdras att genomföra")
        // wins over one that merely names organisations.
        assertThat(bot.hears("which two organisations are supposed to carry out the JH review?")
                        .fromGuest()
                        .text())
                .contains("HOSPA", "Kommunförbundet Jämtland Härjedalen uppdras att genomföra en översyn")
                .doesNotContain("Uppdraget bör inte omfatta");
    }

    @Test
    void hears_which_body_initiated_a_forum_and_answers_with_the_body_not_an_overview() {
        // "body" asks who; as a word to find ("samverkansorgan") it made the passage that answers look partial.
        assertThat(bot.hears("Vilket organ initierade Barnarenan?").fromGuest().text())
                .contains("initierade dåvarande \"Rådet för regional utveckling\"")
                .doesNotContain("säger något om organ");
    }

    @Test
    void hears_when_socialreko_ended_and_quotes_its_one_att_sats_not_the_whole_list() {
        // The list's lead-in ("Social ReKo föreslår … rekommenderar att besluta") names SocialReKo, as the item does:
        // it says nothing more of what is asked, so the other att-satser (HälSam from 2023-01-01) stay out.
        assertThat(bot.hears("Nar slutade socialreko galla?").fromGuest().text())
                .contains("Socialreko upphör att gälla från och med 2022-12-31")
                .doesNotContain("HälSam börjar gälla från och med 2023-01-01");
    }

    @Test
    void hears_which_date_a_thing_happens_and_admits_that_a_time_in_words_is_no_date() {
        // "så snart som möjligt in på den nya mandatperioden" says when, but not on which date.
        assertThat(bot.hears("Vilket datum 2027 väljs HälSams nya presidium?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte säkert")
                .doesNotContain("HälSam börjar gälla från och med 2023-01-01");
    }

    @Test
    void hears_a_decision_of_a_year_the_passage_does_not_hold_and_says_it_is_only_the_nearest_found() {
        // The decision of 28 November 2022 shares every other word of the question: quoted as it stood, it read as
        // a decision of 2021.
        assertThat(bot.hears("Vad beslutade kommunfullmäktige om investeringen i äldreomsorgscenter 2021?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte säkert, men det närmaste jag hittar i dokumenten är detta.")
                .contains("28 november 2022");
    }

    @Test
    void hears_on_which_date_representatives_are_chosen_and_says_the_documents_give_no_date() {
        // "så snart som möjligt in på den nya mandatperioden" says when, but it is not the date asked for.
        assertThat(bot.hears("Vilket datum ska kommunernas representanter till HälSams presidium väljas?")
                        .fromGuest()
                        .text())
                .startsWith("Dokumenten anger inget datum för det; det närmaste jag hittar är detta.")
                .contains("så snart som möjligt");
    }

    @Test
    void hears_what_was_decided_this_spring_and_says_the_documents_written_before_it_do_not_say() {
        // It is November 2026: "i våras" is the spring of 2026, and the tjänsteskrivelse's "under våren beslutats"
        // is of 2022. Quoted even as the nearest thing found, it read as this spring's decision.
        assertThat(bot.hears("vad beslutade halsam i våras?").fromGuest().text())
                .isEqualTo("Det vet jag inte: dokumenten säger inget om vad som beslutades 2026. Det närmaste jag"
                        + " hittar om det är från 2022.");
    }

    @Test
    void hears_when_one_municipality_decided_and_says_the_documents_record_the_recommendation_to_all_not_that() {
        // The recommendation "att anta den nya politiska samverkansstrukturen HälSam", quoted as the nearest thing
        // found, read as Kramfors's own decision and its date.
        assertThat(bot.hears("Vilket datum beslutade Kramfors socialnämnd att anta HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte: varken registret eller dokumenten säger när Kramfors kommun beslutade"
                        + " det i sina egna organ")
                .doesNotContain("Att anta den nya politiska samverkansstrukturen");
        assertThat(bot.hears("When did Sundsvall adopt HälSam?").fromGuest().text())
                .startsWith(
                        "I don't know: neither the register nor the documents say when Sundsvalls kommun decided it");
        // What the documents say of the municipalities together is still quoted.
        assertThat(bot.hears("När beslutade kommunfullmäktige att pausa ÄOC?")
                        .fromGuest()
                        .text())
                .contains("28 november 2022");
    }

    @Test
    void hears_what_was_decided_in_a_year_after_the_documents_and_says_they_do_not_say() {
        // The Jämtland review is of 2023: what came of it in 2025 is not in it, in either language.
        assertThat(bot.hears("Vad beslutades om översynen i Jämtland 2025?")
                        .fromGuest()
                        .text())
                .isEqualTo("Det vet jag inte: dokumenten säger inget om vad som beslutades 2025. Det närmaste jag"
                        + " hittar om det är från 2023.");
        assertThat(bot.hears("What was decided about the review in Jämtland Härjedalen last year?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: the documents do not say what was decided in 2025.");
    }

    @Test
    void hears_who_initiated_a_review_in_english_and_quotes_who_took_the_initiative() {
        // "initiated" is also "tog initiativet": the English word list had only "initierade", and the question got
        // the list of levels.
        assertThat(bot.hears("Who initiated the review of the old collaboration structure in Västernorrland?")
                        .fromGuest()
                        .text())
                .contains("SocialReKo tog 2021 initiativet till en översyn")
                .doesNotContain("Levels in HälSam");
    }

    @Test
    void hears_who_proposed_the_review_and_to_whom_and_quotes_the_one_who_proposes() {
        // "föreslog" is also the noun "förslag", which the review's aim ("ta fram förslag till ny struktur") holds as
        // well: who proposes is said by a verb, "SVOM föreslår Regionens samverkansråd (RSR)".
        assertThat(bot.hears("Vem föreslog översynen av samverkansstrukturen i Jämtland Härjedalen, och till vem?")
                        .fromGuest()
                        .text())
                .contains("”SVOM föreslår Regionens samverkansråd (RSR)")
                .doesNotContain("Målet med översynen");
    }

    @Test
    void hears_a_forum_named_beside_another_structures_word_and_searches_only_the_forums_documents() {
        // "internat" is HälSam's word; its passage answered for Barnarenan, which it never names.
        assertThat(bot.hears("Does Barnarenan also hold a yearly meeting in internat form?")
                        .fromGuest()
                        .text())
                .doesNotContain("Detta möte kan med fördel genomföras i internatform");
    }

    @Test
    void hears_how_often_the_politicians_meet_and_adds_no_passage_of_another_forums_section() {
        assertThat(bot.hears("Hur många gånger per år samlas politikerna i HälSam, och vad är det för sorts träffar?")
                        .fromGuest()
                        .text())
                .contains("Årliga temamöten")
                .doesNotContain("Träffas 5 gånger per år");
    }

    @Test
    void hears_what_came_out_of_a_planned_meeting_and_says_the_documents_do_not_record_it() {
        assertThat(bot.hears("What came out of the 23/9 follow-up meeting on the officials' structure?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: the documents do not say what came of it.");
    }

    @Test
    void hears_when_something_ended_and_does_not_quote_another_events_date_as_its_end() {
        // The nearest passage dates the Barnarena's start, and names the council only as "dåvarande".
        assertThat(bot.hears("When was the Rådet för regional utveckling abolished?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know: the documents do not say when it ended.")
                .doesNotContain("I september 2009");
        // A passage that tells of the end still answers.
        assertThat(bot.hears("När upphörde socialreko?").fromGuest().text()).contains("2022-12-31");
    }

    @Test
    void hears_one_forums_target_group_and_leaves_out_the_parallel_clause_on_the_other_forum() {
        // One sentence gives both: "Barnarenan har fokus på barn och unga och SVOM har fokus på vuxna personer".
        assertThat(bot.hears("Vilken målgrupp har SVOM?").fromGuest().text())
                .contains("… SVOM har fokus på vuxna personer.")
                .doesNotContain("fokus på barn och unga");
        assertThat(bot.hears("What target group does Barnarenan focus on?")
                        .fromGuest()
                        .text())
                .contains("Barnarenan har fokus på barn och unga")
                .doesNotContain("vuxna personer");
        // Also where the whole paragraph is quoted.
        assertThat(bot.hears("Vad är syftet med SVOM?").fromGuest().text())
                .contains("… SVOM har fokus på vuxna personer.")
                .doesNotContain("fokus på barn och unga");
    }

    @Test
    void hears_which_one_of_a_list_is_asked_for_and_quotes_that_item_with_its_introduction() {
        // "uppgifter" is said only in the question, not in the list's introduction: the whole list was quoted.
        assertThat(bot.hears("Vilken av länssamordningsgruppernas uppgifter handlar om det förebyggande perspektivet?")
                        .fromGuest()
                        .text())
                .contains("arbetar länssamordningsgrupperna med att:", "från ett förebyggande perspektiv")
                .doesNotContain("aktuella nyheter");
    }

    @Test
    void hears_which_tasks_a_group_has_in_a_word_the_documents_say_otherwise_and_quotes_the_tasks() {
        // "uppgifter" is no word of the documents, which say "uppdrag": the bot said neither spoke of it.
        assertThat(bot.hears("Vilka uppgifter har länssamordningsgrupperna?")
                        .fromGuest()
                        .text())
                .contains("arbetar länssamordningsgrupperna med att:", "Bevaka")
                .doesNotContain("Det vet jag inte");
    }

    @Test
    void hears_what_a_group_thought_of_a_proposal_and_quotes_its_view_without_the_sentence_between() {
        // The view is in the section's third paragraph; the first's short opening sentence brought the next one,
        // "Samtliga är positiva till att utveckla samverkansorganisationen", which read as a view of the proposal.
        assertThat(bot.hears("Vad tyckte beredningsgruppen om konsulternas förslag?")
                        .fromGuest()
                        .text())
                .contains("för omfattande och resurskrävande")
                .doesNotContain("Samtliga är positiva");
        assertThat(bot.hears("What did the preparation group think of the consultants' proposal?")
                        .fromGuest()
                        .text())
                .contains("för omfattande och resurskrävande")
                .doesNotContain("Samtliga är positiva");
        // A next sentence that speaks of what is asked, in a compound written with a hyphen, still comes along.
        assertThat(bot.hears("what's the point of the yearly theme meetings in HälSam?")
                        .fromGuest()
                        .text())
                .contains("årliga temamöten inom varje strategiskt område", "Utöver tema-möten för uppföljning");
    }

    @Test
    void hears_an_english_phrase_split_around_its_object_and_finds_the_passage() {
        // "hold … together" is the documents' "sammanhållande": the list of levels answered instead.
        assertThat(bot.hears("Which new actor is expected to hold the Jämtland collaboration structure together?")
                        .fromGuest()
                        .text())
                .contains("Kommunförbundet i Jämtland Härjedalen", "sammanhållande aktör")
                .doesNotContain("Levels in");
    }

    @Test
    void hears_which_post_has_a_share_named_in_percent_and_answers_from_the_cost_table() {
        // "tjänst" is no word of the documents: the bot said neither spoke of it, though "100%" is in the table.
        assertThat(bot.hears("vilken tjänst är det som är budgeterad på 100% i hälsams adm stöd?")
                        .fromGuest()
                        .text())
                .contains("Samverkanskoordinator 100%")
                .doesNotContain("Det vet jag inte");
    }

    @Test
    void hears_of_what_only_another_structures_documents_speak_and_says_so_and_where_without_quoting_it() {
        // The review is Jämtland Härjedalen's: HälSam's overview answered, naming its own Kommunförbundet.
        assertThat(bot.hears("Vad ska översynen i Västernorrland klargöra, typ mandat och roller?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte för HälSam: dess dokument säger inget om det. Det närmaste jag hittar"
                        + " står i dokumentet ”Översyn av struktur för samverkan mellan Region Jämtland Härjedalen")
                .doesNotContain("Kommunförbundet Västernorrland");
        assertThat(bot.hears("What must the review in HälSam clarify, such as mandates and roles?")
                        .fromGuest()
                        .text())
                .startsWith("I don't know that for HälSam: its documents say nothing of it. The nearest I find is in"
                        + " the document “Översyn av struktur");
        // Quoted, the other structure's rule reads as the answer: HälSam's start is no answer for Jämtland's.
        assertThat(bot.hears("När börjar den nya samverkansstrukturen i Jämtland Härjedalen att gälla?")
                        .fromGuest()
                        .text())
                .startsWith("Det vet jag inte för Jämtland Härjedalen")
                .doesNotContain("2023-01-01");
        // Asked of the structure whose review it is, the quote answers without a word before it.
        assertThat(bot.hears("Vad ska översynen i Jämtland klargöra, typ mandat och roller?")
                        .fromGuest()
                        .text())
                .contains("rapporteringsvägar")
                .doesNotContain("Det vet jag inte");
        // What the named structure's own words answer is its own.
        assertThat(bot.hears("Vad är syftet med HälSam?").fromGuest().text())
                .contains("En hållbar, levande samverkan")
                .doesNotContain("Jämtland");
    }

    @Test
    void hears_in_which_document_or_under_which_heading_something_is_written_and_quotes_it_with_its_citation() {
        // The list of every document answered, both structures' (dev73's confidently wrong reply).
        assertThat(bot.hears("I vilket dokument hittar jag listan Huvudpunkterna för den nya samverkansstrukturen?")
                        .fromGuest()
                        .text())
                .startsWith("I dokumentet ”Samverkansstruktur HälSam")
                .contains("Huvudpunkterna för den nya samverkansstrukturen:")
                .doesNotContain("Källdokument", "Översyn av struktur");
        // "rubrik" was taken for a kind of thing that nothing speaks of.
        assertThat(bot.hears("Under vilken rubrik står det att privata utförare behöver förtydligas?")
                        .fromGuest()
                        .text())
                .startsWith("I dokumentet ”Ny samverkansmodell – bakgrund och resonemang”, under ”Politikens"
                        + " resonemang” står det:");
        assertThat(bot.hears("Which document says that the municipalities choose their presidium member?")
                        .fromGuest()
                        .text())
                .startsWith("The document “Samverkansstruktur HälSam")
                .contains("väljer sin representant bland ordförandena");
        // Which documents there are is still the list.
        assertThat(bot.hears("Vilka dokument finns om HälSam?").fromGuest().text())
                .startsWith("Källdokument för HälSam:");
    }

    @Test
    void hears_a_statement_before_the_question_and_quotes_what_the_question_asks() {
        // "går ut 31/12" and "mandatperioden" made SocialReKo's end on 2022-12-31 the passage.
        assertThat(bot.hears("Nu går mandatperioden ut 31/12. När ska det nya HälSam-presidiet väljas?")
                        .fromGuest()
                        .text())
                .contains("så snart som möjligt in på den nya mandatperioden")
                .doesNotContain("2022-12-31");
        // A statement that says what the question is about still does.
        assertThat(bot.hears("Vi pratade om äldreomsorgscentret på mötet. När pausades investeringen?")
                        .fromGuest()
                        .text())
                .contains("28 november 2022");
    }

    @Test
    void hears_english_phrases_the_word_list_knows_and_finds_the_passage_that_says_them() {
        // "horizontal" was also "horisontella uppdrag", whose "uppdrag" any passage of tasks covered; and "when
        // working on" asked no time, though the reply said the documents give none.
        assertThat(bot.hears("Which horizontal assignments were mentioned when working on the new model?")
                        .fromGuest()
                        .text())
                .startsWith("The document “Ny samverkansmodell – bakgrund och resonemang”")
                .contains("kunskapsstyrning och nära vård");
        // "each" was "respektive", which passages on the areas' chairs hold; "each year" is "årliga".
        assertThat(bot.hears("Is there a joint meeting for all areas each year?")
                        .fromGuest()
                        .text())
                .contains("varje år ett gemensamt möte för alla områden")
                .doesNotContain("gemensamma projekt");
    }
}
