package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansbot.testing.ConversationHarness;

/**
 * Questions about another day than today. It is 23 November 2026: every political seat of HälSam ends on
 * 31 December, and no successor is registered yet.
 */
class PeriodQuestionsTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructures();

    @Test
    void hears_when_the_new_term_starts_with_when_at_the_end_and_gives_its_first_day() {
        assertThat(bot.hears("nya mandatperioden, startar den 1 jan 2027 el när?")
                        .fromGuest()
                        .text())
                .startsWith("Nästa mandatperiod börjar 2027-01-01 (1 januari 2027)");
    }

    @Test
    void hears_who_shall_sit_in_a_forum_from_the_new_terms_first_day_and_says_no_successor_is_registered() {
        assertThat(bot.hears("Vilka ska ingå i HälSams politiska samverkan från den 1 januari 2027?")
                        .fromGuest()
                        .text())
                .startsWith("Registret har inga platser i HälSam politisk samverkan (HälSam) den 1 januari 2027.")
                .contains("ingen efterträdare är registrerad", "Sammansättning enligt underlaget")
                .doesNotContain("I dokumentet");
    }

    @Test
    void hears_the_areas_of_the_next_term_and_gives_the_areas_not_what_a_term_of_office_is() {
        assertThat(bot.hears("Vilka strategiska områden ska HälSam arbeta med under nästa mandatperiod?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam har 3 strategiska områden: Barn och unga, Vuxna och Äldre.")
                .doesNotContain("De förtroendevaldas fyraåriga period");
        assertThat(bot.hears("vad är en mandatperiod?").fromGuest().text())
                .contains("De förtroendevaldas fyraåriga period");
    }

    @Test
    void hears_when_the_presidium_is_chosen_and_quotes_as_soon_as_possible_into_the_new_term() {
        // Not the calendar's "no meetings registered yet", and no "I find no date": the documents give a time.
        assertThat(bot.hears("när ska hälsams presidium väljas?").fromGuest().text())
                .startsWith("I dokumentet")
                .contains("valet sker så snart som möjligt in på den nya mandatperioden")
                .doesNotContain("inga kommande möten", "ingen tidpunkt");
        assertThat(bot.hears("New HälSam presidium after the election, when is it supposed to be formed?")
                        .fromGuest()
                        .text())
                .contains("så snart som möjligt")
                .doesNotContain("no upcoming meetings");
    }

    @Test
    void hears_when_something_is_taken_up_again_and_quotes_the_sentence_with_its_time_beside_the_best_one() {
        assertThat(bot.hears("när ska investeringen i äoc tas upp igen")
                        .fromGuest()
                        .text())
                .contains("prövas på nytt i processen för verksamhetsplan och budget");
    }

    @Test
    void hears_how_long_the_presidium_posts_last_and_gives_the_end_of_the_term_not_an_older_date() {
        // A passage with SocialReKo's end (2022-12-31) answered this: a wrong date read as the posts' end.
        assertThat(bot.hears("Our presidium in HälSam - until when are the current posts elected?")
                        .fromGuest()
                        .text())
                .startsWith("The current term of office started 2023-01-01 and ends 2026-12-31")
                .doesNotContain("2022-12-31");
        assertThat(bot.hears("hur länge gäller presidieposterna i hälsam?")
                        .fromGuest()
                        .text())
                .startsWith("Den nuvarande mandatperioden började 2023-01-01 och slutar 2026-12-31");
    }

    @Test
    void hears_which_forums_a_new_chair_of_a_board_represented_without_a_chairs_seat_sits_in_and_names_them() {
        // JH's health board is "represented" in SVOM and Barnarenan, no seat is its chair's: "no" was wrong.
        assertThat(bot.hears("efter valet får HSN i JH ny ordf. vilka politiska forum ska hen representera regionen i?")
                        .fromGuest()
                        .text())
                .contains("SVOM", "Barnarenan", "representerad")
                .doesNotStartWith("Nej");
    }

    @Test
    void hears_whether_a_new_chair_may_end_up_in_the_presidium_with_words_between_and_gets_the_rule() {
        assertThat(bot.hears("om jag blir ordf i RUN 2027, kan jag då hamna i presidiet för hälsam?")
                        .fromGuest()
                        .text())
                .contains("HSN, RUN samt VVU")
                .doesNotStartWith("Nej");
    }

    @Test
    void hears_what_a_new_chairs_board_is_expected_to_do_and_quotes_the_documents_not_its_seats() {
        assertThat(bot.hears("ny ordf i HSN västernorrland från jan, vad förväntas min nämnd göra i hälsam?")
                        .fromGuest()
                        .text())
                .contains("I dokumentet")
                .doesNotStartWith("Ja: platsen hör till uppdraget");
    }

    @Test
    void hears_whether_a_structure_existed_in_a_year_before_it_began_and_is_told_no_and_what_came_before() {
        assertThat(bot.hears("fanns hälsam 2022?").fromGuest().text())
                .isEqualTo("Nej. HälSam gäller från och med 1 januari 2023. Före det fanns SocialReKo (upphörde"
                        + " 2022-12-31).");
    }

    @Test
    void hears_whether_a_forum_replaced_without_an_end_date_is_still_there_and_is_told_its_successor() {
        assertThat(bot.hears("finns LAKO kvar?").fromGuest().text())
                .isEqualTo("Nej. LAKO ersattes av SVOM (sedan 2005). (Jämtland Härjedalen)");
    }

    @Test
    void hears_whether_a_forum_is_still_there_asked_without_kvar_and_is_told_no_and_its_successor() {
        // "Finns LAKO fortfarande?" asks the same as "… kvar?"; it got LAKO's description, which names no year.
        assertThat(bot.hears("finns LAKO fortfarande?").fromGuest().text())
                .isEqualTo("Nej. LAKO ersattes av SVOM (sedan 2005). (Jämtland Härjedalen)");
        assertThat(bot.hears("Finns SVOM i dag?").fromGuest().text()).startsWith("Ja, SVOM finns");
    }

    @Test
    void hears_whether_a_forum_existed_in_a_year_of_its_period_and_is_told_yes_with_the_period() {
        assertThat(bot.hears("did SVOM exist in 2010?").fromGuest().text())
                .isEqualTo("Yes, SVOM existed then: since 2005. (Jämtland Härjedalen)");
    }

    @Test
    void hears_who_sits_from_january_in_december_and_is_told_about_next_january() {
        assertThat(bot.hears("vem sitter för Sundsvall i HälSam från januari?")
                        .fromGuest()
                        .text())
                .contains("den 1 januari 2027", "ingen efterträdare är registrerad ännu");
    }

    @Test
    void hears_which_forums_existed_in_a_year_and_lists_them_rather_than_answering_yes_or_no() {
        assertThat(bot.hears("Vilka forum fanns i HälSam 2022?").fromGuest().text())
                .doesNotStartWith("Nej.")
                .contains("Länsledning");
    }

    @Test
    void hears_in_january_in_the_past_tense_and_does_not_move_it_to_next_year() {
        assertThat(bot.hears("Vem var ordförande i HälSams presidium i januari?")
                        .fromGuest()
                        .text())
                .doesNotContain("1 januari 2027");
    }

    @Test
    void hears_what_the_county_had_before_a_structure_and_names_its_predecessor() {
        assertThat(bot.hears("what forum did Västernorrland have before HälSam?")
                        .fromGuest()
                        .text())
                .contains("SocialReKo")
                .doesNotContain("Levels in HälSam");
    }

    @Test
    void hears_who_represents_a_municipality_next_year_and_is_told_no_successor_is_registered_yet() {
        String text = bot.hears("Vem representerar Sundsvall i HälSam 2027?")
                .fromGuest()
                .text();

        assertThat(text)
                .contains("ingen plats för Sundsvalls kommun i HälSam den 1 januari 2027")
                .contains("till och med 31 december 2026", "ingen efterträdare är registrerad")
                // Today's holders are named only as today's, with the day their seat ends.
                .contains("I dag: Ordförande i socialnämnden (eller motsvarande), Sundsvalls kommun – ledamot"
                        + " (2023-01-01–2026-12-31)");
    }

    @Test
    void hears_who_represented_a_party_in_a_forum_that_has_ended_and_names_who_sat_on_its_last_day() {
        assertThat(bot.hears("Vem representerade Ånge i arbetsgruppen?")
                        .fromGuest()
                        .text())
                .contains("den 31 december 2022", "Kent Ylvesson")
                .doesNotContain("ingen aktuell plats");
        assertThat(bot.hears("Who represented Kommunförbundet in the working group?")
                        .fromGuest()
                        .text())
                .contains("Sirpa Virtanen", "Anita Wiklander");
    }

    @Test
    void hears_who_was_part_of_a_group_in_the_past_tense_and_names_who_sat_there() {
        // "ingick" is the past of "ingår": no inflection of it found the cue.
        assertThat(bot.hears("vilka ingick i arbetsgruppen på tjänstepersonsnivå")
                        .fromGuest()
                        .text())
                .contains("Ewa Klingefors", "Kent Ylvesson")
                .doesNotContain("vet jag inte");
    }

    @Test
    void hears_what_happened_to_a_thing_of_the_glossary_and_quotes_what_the_documents_say_of_it() {
        // Not the list of every milestone, nor "which forum do you mean?": ÄOC is no forum.
        assertThat(bot.hears("vad hände med äoc-investeringen").fromGuest().text())
                .contains("pausa", "ekonomiska läget")
                .doesNotContain("2022-02-04");
        assertThat(bot.hears("när ska investeringen i äoc tas upp igen")
                        .fromGuest()
                        .text())
                .contains("verksamhetsplan och budget")
                .doesNotContain("Vilket forum menar du?");
    }

    @Test
    void hears_what_happened_in_a_month_and_lists_only_that_months_milestones() {
        assertThat(bot.hears("Vad hände i december 2022?").fromGuest().text())
                .contains("2022-12-09", "2022-12-31")
                .doesNotContain("2022-02-04", "2022-06-03");
        assertThat(bot.hears("What happened in March 2022?").fromGuest().text())
                .isEqualTo("The register has no milestones for March 2022.");
    }

    @Test
    void hears_what_happened_last_year_and_lists_only_that_years_milestones() {
        // It is 2026: "förra året" is 2025, when nothing the register dates happened; not every milestone since 2021.
        assertThat(bot.hears("Vad hände i HälSam förra året?").fromGuest().text())
                .isEqualTo("Registret har inga milstolpar för 2025.");
        assertThat(bot.hears("What happened in HälSam last year?").fromGuest().text())
                .isEqualTo("The register has no milestones for 2025.");
    }

    @Test
    void hears_next_year_in_english_too() {
        String text = bot.hears("Who represents Ånge in HälSam next year?")
                .fromGuest()
                .text();

        assertThat(text).contains("no seat for Ånge kommun in HälSam on 1 January 2027", "no successor");
    }

    @Test
    void hears_who_sat_in_a_group_that_existed_only_in_2022_and_names_them() {
        String text = bot.hears("Vilka satt i arbetsgruppen 2022?").fromGuest().text();

        assertThat(text).contains("satt den 31 december 2022", "Denise Wallén", "Kent Ylvesson");
    }

    @Test
    void without_a_date_today_is_meant() {
        String text =
                bot.hears("Vem representerar Sundsvall i HälSam?").fromGuest().text();

        assertThat(text)
                .contains("Sundsvalls kommun representeras i HälSam av:", "2026-12-31")
                .doesNotContain("den 23 november");
    }

    @Test
    void a_role_next_year_is_the_same_honest_answer() {
        String text = bot.hears("Vem är ordförande i HälSams presidium 2027?")
                .fromGuest()
                .text();

        assertThat(text).contains("den 1 januari 2027", "ingen efterträdare");
    }

    @Test
    void hears_who_sits_in_a_structure_for_a_party_in_a_coming_year_and_gets_that_partys_seats_not_the_parties() {
        String text =
                bot.hears("vem sitter i hälsam för sundsvall 2027?").fromGuest().text();

        assertThat(text)
                .startsWith("Registret har ingen plats för Sundsvalls kommun i HälSam den 1 januari 2027.")
                .contains("ingen efterträdare är registrerad")
                .doesNotContain("Parter i HälSam");
    }

    @Test
    void hears_whether_a_forum_will_still_exist_in_a_coming_year_and_says_the_register_cannot_know_that() {
        assertThat(bot.hears("kommer svom finnas kvar 2027?").fromGuest().text())
                .startsWith("Det vet jag inte säkert: registret anger inget slut för SVOM, som finns sedan 2005")
                .contains("2027")
                .doesNotContain("Ja,");
    }

    @Test
    void hears_who_was_on_a_group_that_has_ended_and_gives_its_seats_with_names() {
        assertThat(bot.hears("who was on the working group in 2022?")
                        .fromGuest()
                        .text())
                .startsWith("Seats in Arbetsgruppen på tjänstepersonsnivå (2022) (HälSam)")
                .contains("Ewa Klingefors");
    }

    @Test
    void hears_how_a_seat_is_filled_after_new_year_as_the_rule_not_the_turn_of_the_term() {
        assertThat(bot.hears("who will the region's presidium seat be picked from after new year?")
                        .fromGuest()
                        .text())
                .contains("HSN, RUN samt VVU")
                .doesNotContain("seats end on 31 December 2026");
    }

    @Test
    void hears_what_happens_after_the_terms_last_year_as_the_turn_of_the_term_but_not_for_another_subject() {
        assertThat(bot.hears("vad händer med hälsam efter 2026?").fromGuest().text())
                .startsWith("I HälSam slutar 21 platser den 31 december 2026, när mandatperioden slutar");
        assertThat(bot.hears("vad händer med äoc 2027?").fromGuest().text()).doesNotContain("mandatperioden slutar");
    }

    @Test
    void hears_who_will_sit_after_new_year_and_names_the_positions_whose_holders_take_the_seats() {
        assertThat(bot.hears("After new year, which municipal politicians will sit in HälSam?")
                        .fromGuest()
                        .text())
                .contains("In HälSam, 21 seats end on 31 December 2026")
                .contains("whoever holds the position in the new term takes the seat")
                .contains("7 × Ordförande i socialnämnden (eller motsvarande); 7 × Ordförande i skolnämnden");
    }

    @Test
    void hears_about_meeting_in_a_forum_that_has_ended_and_says_first_that_it_ended_and_what_replaced_it() {
        assertThat(bot.hears("Will Socialreko still meet in 2027?").fromGuest().text())
                .startsWith("SocialReKo no longer exists: it ended 2022-12-31 and was replaced by HälSam politisk"
                        + " samverkan.");
        assertThat(bot.hears("kan jag anmäla ett ärende till socialreko i början av 2027?")
                        .fromGuest()
                        .text())
                .startsWith("SocialReKo finns inte längre: det upphörde 2022-12-31");
        // Asked about when it was there, it is no news that it has ended.
        assertThat(bot.hears("när träffades socialreko 2022?").fromGuest().text())
                .doesNotContain("finns inte längre");
    }

    @Test
    void hears_what_becomes_of_something_and_does_not_list_what_happened() {
        assertThat(bot.hears("vad händer med ÄOC nästa år?").fromGuest().text())
                .doesNotStartWith("Milstolpar")
                .contains("pausades 2022-11-28");
        assertThat(bot.hears("vad hände 2022?").fromGuest().text()).startsWith("Milstolpar i HälSam:");
    }

    @Test
    void hears_whether_a_new_chair_may_end_up_in_the_presidium_and_gives_the_rule_not_a_no() {
        assertThat(bot.hears("jag blir ordf i RUN 2027, kan jag hamna i hälsams presidium?")
                        .fromGuest()
                        .text())
                .contains("Från regionen utses någon till presidiet utifrån de tre representanterna: ordförande i"
                        + " HSN, RUN samt VVU.")
                .doesNotStartWith("Nej");
    }

    @Test
    void hears_what_the_collaboration_was_called_before_and_names_its_predecessor() {
        assertThat(bot.hears("va hette samverkansorganet innan hälsam")
                        .fromGuest()
                        .text())
                .contains("HälSam ersatte SocialReKo")
                .doesNotContain("Det vet jag inte");
    }

    @Test
    void hears_how_long_an_ended_forum_lasted_and_gives_when_it_ended() {
        // Not a passage of the proposal that names SocialReKo's initiative of 2021.
        assertThat(bot.hears("Hur länge fanns SocialReKo kvar?").fromGuest().text())
                .startsWith("SocialReKo (HälSam): Upphörde 2022-12-31")
                .doesNotContain("2021");
        assertThat(bot.hears("How long did SocialReKo last?").fromGuest().text())
                .startsWith("SocialReKo (HälSam): Ended 2022-12-31");
    }

    @Test
    void hears_when_a_forum_ended_and_gives_its_successors_start_but_not_for_when_it_began() {
        assertThat(bot.hears("när upphörde lako?").fromGuest().text()).contains("Ersattes av SVOM, som startade 2005.");
        assertThat(bot.hears("när bildades LAKO?").fromGuest().text()).doesNotContain("2005");
        // Its end known, the successor's start is still what "when did X replace it" asks.
        assertThat(bot.hears("When did HälSam replace SocialReKo?").fromGuest().text())
                .contains("Ended 2022-12-31; was replaced by HälSam politisk samverkan, which started 2023-01-01.");
        assertThat(bot.hears("when did LAKO start?").fromGuest().text()).doesNotContain("2005");
        assertThat(bot.hears("how long has barnarenan been around?").fromGuest().text())
                .contains("Since June 2009");
    }

    @Test
    void hears_who_sits_or_takes_over_in_the_next_term_and_says_no_successor_is_registered() {
        assertThat(bot.hears("vem tar över presidiet efter nyår?").fromGuest().text())
                .startsWith("Registret har inga platser i HälSams presidium (HälSam) den 1 januari 2027.")
                .contains("ingen efterträdare är registrerad ännu");
        assertThat(bot.hears("vilka sitter i hälsam nästa mandatperiod?")
                        .fromGuest()
                        .text())
                .startsWith("Registret har inga platser i HälSam politisk samverkan (HälSam) den 1 januari 2027.")
                .doesNotContain("åtta parter");
        assertThat(bot.hears("vilka sitter i hälsam?").fromGuest().text()).contains("åtta parter");
    }

    @Test
    void hears_when_the_term_ends_and_the_next_begins_in_one_question_and_gives_both() {
        assertThat(bot.hears("When does the current mandatperiod end and when does the next one start?")
                        .fromGuest()
                        .text())
                .startsWith("The current term of office ends 2026-12-31 (31 December 2026). The next starts 2027-01-01"
                        + " (1 January 2027)")
                .doesNotContain("Socialreko");
        assertThat(bot.hears("När börjar och slutar den nuvarande mandatperioden?")
                        .fromGuest()
                        .text())
                .startsWith("Den nuvarande mandatperioden började 2023-01-01 och slutar 2026-12-31");
    }

    @Test
    void hears_when_the_general_election_is_and_gives_the_last_and_next_by_the_rule() {
        assertThat(bot.hears("när var valet i år?").fromGuest().text())
                .contains("det senaste var 13 september 2026, det nästa blir 8 september 2030");
        assertThat(bot.hears("when is the next election?").fromGuest().text())
                .contains("the next will be on 8 September 2030")
                .doesNotContain("Which forum");
        // The choice of a presidium is no general election.
        assertThat(bot.hears("Nästa år börjar en ny mandatperiod – när bör valet till HälSams presidium ske?")
                        .fromGuest()
                        .text())
                .doesNotContain("Allmänna val");
    }

    @Test
    void hears_when_the_new_boards_start_after_the_election_and_names_the_year() {
        assertThat(bot.hears("när börjar de nya nämnderna och ordförandena gälla efter valet?")
                        .fromGuest()
                        .text())
                .endsWith("Mandatperioden efter valet 2026 börjar 1 januari 2027.");
    }

    @Test
    void hears_how_long_the_current_term_lasts_and_gives_its_last_day() {
        assertThat(bot.hears("hur länge gäller nuvarande mandatperiod?")
                        .fromGuest()
                        .text())
                .startsWith("Den nuvarande mandatperioden började 2023-01-01 och slutar 2026-12-31");
        assertThat(bot.hears("how long does the current term last?").fromGuest().text())
                .startsWith("The current term of office started 2023-01-01 and ends 2026-12-31");
    }

    @Test
    void hears_how_a_seat_is_filled_in_a_coming_year_and_quotes_the_rule_not_the_seats_of_that_day() {
        assertThat(bot.hears("In 2027, which chairs can the region pick its presidium member from?")
                        .fromGuest()
                        .text())
                .contains("ordförande i HSN, RUN samt VVU")
                .doesNotContain("no successor has been registered");
    }

    @Test
    void hears_a_new_board_chair_ask_what_seats_come_with_the_role_and_answers_yes_with_the_seats_and_who_registers() {
        assertThat(bot.hears("blir ny ordf i socialnämnden i timrå 2027, vad innebär det för hälsam?")
                        .fromGuest()
                        .text())
                .startsWith("Ja: platsen hör till uppdraget, inte till personen. Ordföranden i Socialnämnden (eller"
                        + " motsvarande), Timrå kommun har plats i:\n• HälSam politisk samverkan (HälSam)")
                .contains("den nya ordföranden registreras av forumets sekreterare");
        assertThat(bot.hears("im the new RUN chair from january, do i get a seat in hälsam?")
                        .fromGuest()
                        .text())
                .startsWith("Yes: the seat goes with the role, not the person. The chair of Regionala"
                        + " utvecklingsnämnden, Region Västernorrland has a seat in:");
        // An English board name is one of the board's aliases.
        assertThat(bot.hears("new chair of östersund's social and labour market board in 2027 - does that come with"
                                + " a seat in barnarenan?")
                        .fromGuest()
                        .text())
                .startsWith("Yes: the seat goes with the role")
                .contains("Barnarenan (Jämtland Härjedalen)");
    }

    @Test
    void hears_a_board_chair_ask_which_forums_they_sit_in_and_names_the_role_s_seats() {
        // Not new to the role: no "yes" to give, and the word "forum" made it a question of the levels.
        assertThat(bot.hears("Jag är ordförande i socialnämnden i Krokom, vilka forum ingår jag i?")
                        .fromGuest()
                        .text())
                .startsWith("Ordföranden i Socialnämnden (eller motsvarande), Krokoms kommun har plats i:\n• SVOM"
                        + " (Jämtland Härjedalen)")
                .contains("SocSam (Jämtland Härjedalen)")
                .doesNotContain("Nivåer", "registreras av forumets sekreterare");
        // The board and the chair written as one word.
        assertThat(bot.hears("Jag är socialnämndsordförande i Krokom, vilka forum ingår jag i?")
                        .fromGuest()
                        .text())
                .startsWith("Ordföranden i Socialnämnden (eller motsvarande), Krokoms kommun har plats i:");
        assertThat(bot.hears("I vilka forum sitter ordföranden i socialnämnden i Timrå?")
                        .fromGuest()
                        .text())
                .startsWith("Ordföranden i Socialnämnden (eller motsvarande), Timrå kommun har plats i:\n• HälSam"
                        + " politisk samverkan (HälSam)")
                .contains("till 31 december 2026.");
        // Someone the register does not know, who says which board they chair.
        assertThat(bot.hears("I'm chair of the social services board in Krokom, which forums am I part of?")
                        .fromGuest()
                        .text())
                .startsWith("The chair of Socialnämnden (eller motsvarande), Krokoms kommun has a seat in:\n• SVOM")
                .doesNotContain("I don't know who you are");
    }

    @Test
    void hears_whether_a_board_chair_written_as_one_word_is_in_a_structure_and_answers_yes() {
        assertThat(bot.hears("Jag är skolnämndsordförande i Timrå, ingår jag i HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("Ja, enligt registret har skolnämnden (eller motsvarande), Timrå kommun plats i HälSam");
    }

    @Test
    void hears_which_forums_the_chair_of_a_regions_board_sits_in_and_names_each_region() {
        // HSN is the board of both regions: "in each municipality" named neither.
        assertThat(bot.hears("Vilka forum sitter ordföranden i HSN i?")
                        .fromGuest()
                        .text())
                .startsWith("Ordföranden i Hälso- och sjukvårdsnämnden, Region Västernorrland och Hälso- och"
                        + " sjukvårdsnämnden, Region Jämtland Härjedalen har plats i:")
                .doesNotContain("var och en av kommunerna");
    }

    @Test
    void hears_until_what_date_the_seats_run_and_gets_the_term_s_last_day() {
        assertThat(bot.hears("Till vilket datum gäller de nuvarande politiska platserna i HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("Den nuvarande mandatperioden började 2023-01-01 och slutar 2026-12-31")
                .doesNotContain("I dokumentet");
    }

    @Test
    void hears_how_many_days_are_left_of_the_term_and_counts_them_from_today() {
        // The harness's today is 2026-11-23: 39 days, the last day included.
        assertThat(bot.hears("How many weeks are left of the current mandate period?")
                        .fromGuest()
                        .text())
                .startsWith("The current term of office started 2023-01-01 and ends 2026-12-31")
                .endsWith("From today that is 39 days, the last day included.");
    }

    @Test
    void hears_how_many_years_a_term_is_and_says_four() {
        assertThat(bot.hears("Hur många år är en mandatperiod, dvs hur länge sitter presidieposterna?")
                        .fromGuest()
                        .text())
                .startsWith("En mandatperiod är fyra år och börjar 1 januari året efter valet.");
        // Not the years of a structure.
        assertThat(bot.hears("Hur många år har HälSam funnits när den nya mandatperioden börjar?")
                        .fromGuest()
                        .text())
                .doesNotStartWith("En mandatperiod är fyra år");
    }

    @Test
    void hears_from_what_date_the_new_term_holds_and_gets_its_first_day() {
        assertThat(bot.hears("Från vilket datum gäller den nya mandatperioden för HälSams politiska platser?")
                        .fromGuest()
                        .text())
                .startsWith("Nästa mandatperiod börjar 2027-01-01");
    }

    @Test
    void hears_whether_a_seat_ends_on_the_terms_last_day_and_gets_the_term_s_end() {
        // "elected" read as asking how one is chosen, and "31 December" as a day after today's seats.
        assertThat(bot.hears("Does my HälSam seat end on 31 December or does it run until a new presidium is"
                                + " elected?")
                        .fromGuest()
                        .text())
                .startsWith("The current term of office started 2023-01-01 and ends 2026-12-31");
    }

    @Test
    void hears_the_term_and_its_start_asked_without_a_question_word_and_gets_the_date() {
        assertThat(bot.hears("ny mandatperiod startar?").fromGuest().text())
                .startsWith("Nästa mandatperiod börjar 2027-01-01");
    }

    @Test
    void hears_a_coming_board_chair_ask_whether_they_already_sit_and_answers_not_yet_with_the_day() {
        assertThat(bot.hears("Jag blev invald i september och blir ordförande i skolnämnden i Örnsköldsvik. Sitter"
                                + " jag redan i HälSam nu?")
                        .fromGuest()
                        .text())
                .startsWith("Inte än: platsen hör till uppdraget, och den nuvarande ordföranden har den till och med"
                        + " 31 december 2026. Den nya ordföranden får den från 1 januari 2027.")
                .doesNotStartWith("Ja");
    }

    @Test
    void hears_a_new_board_chair_ask_about_a_forum_the_role_has_no_seat_in_and_answers_no_with_where_it_has_one() {
        assertThat(bot.hears("jag blir ny ordförande i socialnämnden i Bräcke, får jag plats i Barnarenan?")
                        .fromGuest()
                        .text())
                .startsWith("Nej: registret har ingen plats för ordföranden i Socialnämnden (eller motsvarande), Bräcke"
                        + " kommun där.")
                .contains("SVOM (Jämtland Härjedalen)");
    }

    @Test
    void hears_who_the_new_chair_of_a_board_will_be_and_does_not_answer_with_the_seats_of_the_role() {
        assertThat(bot.hears("vem blir ny ordförande i socialnämnden i Timrå 2027?")
                        .fromGuest()
                        .text())
                .doesNotContain("platsen hör till uppdraget")
                .contains("ingen efterträdare är registrerad");
    }

    @Test
    void hears_who_sits_in_a_forum_next_term_with_no_successor_registered_and_adds_who_sits_there_by_role() {
        assertThat(bot.hears("vilka sitter i hälsam politisk samverkan 2027")
                        .fromGuest()
                        .text())
                .startsWith("Registret har inga platser i HälSam politisk samverkan (HälSam) den 1 januari 2027.")
                .contains("Sammansättning enligt underlaget: Ordförandena för länets kommuners skolnämnder");
    }

    @Test
    void hears_when_the_new_term_starts_for_the_elected_members_and_gives_its_first_day() {
        // "the elected members" says who, not how anyone is chosen: the rule of choosing is no answer here, and the
        // decision that HälSam "börjar gälla från och med 2023-01-01" was quoted instead.
        assertThat(bot.hears("When does the new term of office start for the elected members?")
                        .fromGuest()
                        .text())
                .startsWith("The next term of office starts 2027-01-01 (1 January 2027)")
                .doesNotContain("2023-01-01");
    }

    @Test
    void hears_when_the_seats_end_named_before_the_when_and_says_they_end_with_the_term() {
        // Not the presidium's next meeting: the seats, said before "when", end with the term of office.
        assertThat(bot.hears("our presidium's seats, when do they end?")
                        .fromGuest()
                        .text())
                .startsWith("The current term of office started 2023-01-01 and ends 2026-12-31");
    }

    @Test
    void hears_by_what_date_a_proposal_was_due_and_gives_the_registers_date_as_for_when() {
        // "datum" is in no event's title: asked with it, the event covered less of the question than with "när".
        assertThat(bot.hears("Till vilket datum skulle tjänstepersonsförslaget till den politiska strukturen vara"
                                + " klart 2022?")
                        .fromGuest()
                        .text())
                .startsWith("2022-05-01 (1 maj 2022) (HälSam): Sista dag för tjänstepersonsförslag till politisk"
                        + " struktur.");
        // The officials deliver it, but it is the political structure's: not the officials' structure's deadline too.
        assertThat(bot.hears("By what date did the officials have to deliver the proposal for the political structure?")
                        .fromGuest()
                        .text())
                .startsWith("2022-05-01 (1 May 2022) (HälSam): Sista dag för tjänstepersonsförslag till politisk")
                .doesNotContain("2022-10-31");
    }

    @Test
    void hears_a_chair_ask_whether_they_stay_on_and_says_until_when_the_seat_runs() {
        // "Sitter jag kvar" asks how long the seat lasts without naming it: not HälSam's overview.
        assertThat(bot.hears("Hej, jag är ordf i socialnämnden i Timrå. Hur länge sitter jag kvar i HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("Platsen gäller till och med 31 december 2026, mandatperiodens sista dag.");
        assertThat(bot.hears("Hej, jag är ordf i socialnämnden i Timrå. Sitter jag kvar i HälSam nästa år?")
                        .fromGuest()
                        .text())
                .startsWith(
                        "Registret har ingen plats för Socialnämnden (eller motsvarande), Timrå kommun i HälSam den 1"
                                + " januari 2027.");
    }

    @Test
    void hears_which_forum_replaced_another_and_from_what_date_and_gives_both_from_the_register() {
        // A passage without a date, marked "the documents do not say when", overruled the register's dated answer.
        assertThat(bot.hears("Which forum replaced SocialReKo, and from what date?")
                        .fromGuest()
                        .text())
                .isEqualTo("SocialReKo (HälSam): Ended 2022-12-31; was replaced by HälSam politisk samverkan, which"
                        + " started 2023-01-01.");
    }

    @Test
    void hears_how_long_until_the_term_ends_and_gives_its_last_day() {
        // "how long until" was no way of asking when the term ends: SocialReKo's end was quoted.
        assertThat(bot.hears("How long until the current mandate period ends?")
                        .fromGuest()
                        .text())
                .startsWith("The current term of office started 2023-01-01 and ends 2026-12-31")
                .doesNotContain("SocialReKo");
    }

    @Test
    void hears_whether_the_new_term_starts_on_a_wrong_day_and_gives_the_day_it_starts() {
        // Asked without "när", with a day named: a passage with HälSam's own start, 2023-01-01, was quoted.
        assertThat(bot.hears("Stämmer det att den nya mandatperioden börjar 1 februari 2027?")
                        .fromGuest()
                        .text())
                .startsWith("Nästa mandatperiod börjar 2027-01-01 (1 januari 2027)")
                .doesNotContain("2023-01-01");
        assertThat(bot.hears("Is it true that the new term starts on 1 February 2027?")
                        .fromGuest()
                        .text())
                .startsWith("The next term of office starts 2027-01-01 (1 January 2027)");
        // Said before another question, the term's start is no question of its own.
        assertThat(bot.hears("The new term starts in January. Who will be HälSam's convener from 2027?")
                        .fromGuest()
                        .text())
                .doesNotStartWith("The next term of office starts");
    }

    @Test
    void hears_a_newly_elected_member_ask_when_their_term_starts_and_names_the_next_term() {
        // "elected" read as how one is chosen, and "my term" as the asker's forums, whom the bot does not know.
        assertThat(bot.hears("I was elected in September and will chair the school board in Örnsköldsvik. When"
                                + " does my term start?")
                        .fromGuest()
                        .text())
                .startsWith("The next term of office starts 2027-01-01");
        assertThat(bot.hears("Jag är vald till ordförande i skolnämnden i Timrå. När börjar min mandatperiod?")
                        .fromGuest()
                        .text())
                .startsWith("Nästa mandatperiod börjar 2027-01-01");
    }

    @Test
    void hears_whether_the_current_seats_hold_on_and_says_when_they_end() {
        assertThat(bot.hears("Sitter nuvarande ledamöter i HälSam kvar på mötena i januari?")
                        .fromGuest()
                        .text())
                .startsWith("I HälSam slutar 21 platser den 31 december 2026")
                .contains("Nästa mandatperiod börjar 1 januari 2027");
        assertThat(bot.hears("Gäller nuvarande presidium även under 2027?")
                        .fromGuest()
                        .text())
                .startsWith("I HälSams presidium (HälSam) slutar fyra platser den 31 december 2026");
        assertThat(bot.hears("Will the HälSam presidium be the same people in 2027?")
                        .fromGuest()
                        .text())
                .contains("four seats end on 31 December 2026");
    }
}
