package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansbot.testing.ConversationHarness;

/** Facts the register holds that questions reach sideways: people by title, dated events, what letters stand for. */
class RegisterFactsTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructures();

    @Test
    void hears_who_holds_a_title_in_a_municipality_and_names_only_that_person() {
        String text = bot.hears("Vem är socialchef i Sundsvall?").fromGuest().text();

        assertThat(text).isEqualTo("Denise Wallén, Socialchef, Sundsvalls kommun (HälSam).");
    }

    @Test
    void hears_who_convenes_a_forum_and_answers_from_its_seats_not_from_a_passage_on_meetings() {
        // "meetings" made it a question about the next meeting, answered by a passage on a new "sammanhållande
        // aktör" as if that one convened Barnarenan.
        assertThat(bot.hears("Who convenes Barnarenan's meetings?").fromGuest().text())
                .startsWith("The register names no convener for Barnarenan")
                .doesNotContain("Kommunförbundet");
        assertThat(bot.hears("vem sammankallar mötena i SVOM?").fromGuest().text())
                .startsWith("Registret anger ingen sammankallande för SVOM");
    }

    @Test
    void hears_what_a_forum_consists_of_and_gives_its_seats() {
        // "består" and "av" apart: a passage naming SocSam's composition beside BUZ's was quoted.
        assertThat(bot.hears("Vad består BUZ av?").fromGuest().text())
                .startsWith("I BUZ (Jämtland Härjedalen) sitter:")
                .doesNotContain("socialnämnder");
    }

    @Test
    void hears_who_is_to_call_the_meetings_as_a_question_of_the_convener() {
        // "mötena" made it a question about the next meeting, answered by the whole paragraph on the presidium with
        // the municipalities' rule for choosing their members in it.
        assertThat(bot.hears("Vem plockar fram den av de tre som ska kalla till mötena i HälSams presidium?")
                        .fromGuest()
                        .text())
                .contains("utsedd av presidiet – sammankallande")
                .doesNotContain("socialpresidium");
        assertThat(bot.hears("Who calls the meetings of SVOM?").fromGuest().text())
                .startsWith("The register names no convener for SVOM");
    }

    @Test
    void hears_a_title_in_english() {
        assertThat(bot.hears("Who is the school chief in Ånge?").fromGuest().text())
                .contains("Kent Ylvesson")
                .doesNotContain("Örjan");
        // Quoted from the documents' list, both social services directors stood side by side as if both answered.
        assertThat(bot.hears("who is the social services director in Sundsvall?")
                        .fromGuest()
                        .text())
                .isEqualTo("Denise Wallén, Socialchef, Sundsvalls kommun (HälSam).");
    }

    @Test
    void hears_a_title_asked_of_a_municipality_where_the_register_has_nobody_with_it_and_says_so() {
        String text = bot.hears("vem e skolchef i kramfors?").fromGuest().text();

        assertThat(text)
                .startsWith("Det vet jag inte: registret har ingen med titeln skolchef hos Kramfors kommun")
                .doesNotContain("Abrahamsson", "Ylvesson");
    }

    @Test
    void hears_a_plural_english_title_in_a_past_group_and_names_the_two_who_held_it() {
        assertThat(bot.hears("Who were the heads of social services in the 2022 HälSam working group?")
                        .fromGuest()
                        .text())
                .contains("Mats Collin", "Denise Wallén")
                .doesNotContain("Abrahamsson", "Klingefors");
        assertThat(bot.hears("Who was the head of school from Sollefteå in the working group?")
                        .fromGuest()
                        .text())
                .isEqualTo("Örjan Abrahamsson, Skolchef, Sollefteå kommun (HälSam).");
        assertThat(bot.hears("Who was the school head from Sollefteå in the working group?")
                        .fromGuest()
                        .text())
                .isEqualTo("Örjan Abrahamsson, Skolchef, Sollefteå kommun (HälSam).");
    }

    @Test
    void hears_who_from_one_party_sat_in_a_group_and_names_only_that_partys_people() {
        assertThat(bot.hears("vem från sundsvall satt i arbetsgruppen 2022?")
                        .fromGuest()
                        .text())
                .contains("från Sundsvalls kommun", "Denise Wallén")
                .doesNotContain("Collin", "Klingefors", "Virtanen");
        assertThat(bot.hears("Vilka från Region Västernorrland satt i arbetsgruppen på tjänstepersonsnivå 2022?")
                        .fromGuest()
                        .text())
                .contains("Ewa Klingefors", "Anna-Lena Lundberg")
                .doesNotContain("Ylvesson", "Virtanen", "Wallén");
    }

    @Test
    void hears_who_from_a_party_without_a_seat_sat_in_a_group_and_says_it_had_none() {
        assertThat(bot.hears("vem från Kramfors satt i arbetsgruppen 2022?")
                        .fromGuest()
                        .text())
                .startsWith("Registret har ingen plats för Kramfors kommun i Arbetsgruppen")
                .doesNotContain("Wallén", "Collin");
    }

    @Test
    void hears_whether_a_supporting_party_is_a_principal_and_says_no_and_who_the_principals_are() {
        assertThat(bot.hears("Är Kommunförbundet Västernorrland en av huvudmännen i HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("Nej. Kommunförbundet Västernorrland stödjer samverkan i HälSam men är varken part eller"
                        + " huvudman")
                .contains("Huvudmännen är Region Västernorrland, Sundsvalls kommun")
                .doesNotContain("ingen aktuell plats");
        assertThat(bot.hears("kommer kommunförbudet västernorrland få ngn presidiepost i hälsam nästa mandatperiod?")
                        .fromGuest()
                        .text())
                .contains("den 1 januari 2027", "varken part eller huvudman");
        // Nor is it listed as one.
        assertThat(bot.hears("Vilka är parterna i HälSam?").fromGuest().text())
                .contains("• Örnsköldsviks kommun (kommun, huvudman)\nStödjer samverkan:\n• Kommunförbundet"
                        + " Västernorrland (kommunförbund, stödjer men är inte huvudman)");
        // A supporting organisation listed with the parties is no party: "Ja" read as it being one.
        assertThat(bot.hears("Är Kommunförbundet Västernorrland part i HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("Nej, Kommunförbundet Västernorrland är inte part i HälSam.")
                .doesNotContain("är part i");
    }

    @Test
    void hears_a_person_named_with_a_group_and_gives_that_persons_seat_not_everyone_elses() {
        assertThat(bot.hears("Vilken organisation representerade Sirpa Virtanen i arbetsgruppen?")
                        .fromGuest()
                        .text())
                .contains("Sirpa Virtanen, Kommunförbundet Västernorrland")
                .doesNotContain("Klingefors", "Region Västernorrland");
    }

    @Test
    void hears_how_many_in_a_group_came_from_a_party_and_counts_that_partys_seats() {
        assertThat(bot.hears("hur manga i halsams arbetsgrupp kom fran regionen?")
                        .fromGuest()
                        .text())
                .startsWith("Region Västernorrland har två platser")
                .contains("Ewa Klingefors", "Anna-Lena Lundberg")
                .doesNotContain("Virtanen");
        assertThat(bot.hears("hur manga ordf fran regionen ingar i politiska halsam?")
                        .fromGuest()
                        .text())
                .startsWith("Region Västernorrland har tre platser i HälSam politisk samverkan");
    }

    @Test
    void hears_during_a_time_as_during_and_not_as_the_forums_under_one() {
        assertThat(bot.hears("fanns socialreko kvar under 2023?").fromGuest().text())
                .startsWith("Nej. SocialReKo upphörde 2022-12-31.")
                .doesNotContain("Beredningsgruppen");
        assertThat(bot.hears("vad har SVOM under sig?").fromGuest().text())
                .contains("Fredaggruppen (beredning)", "SamReKo HSI (beredning)");
    }

    @Test
    void hears_how_many_political_meetings_a_structure_holds_and_gives_the_political_forums_rhythm_only() {
        assertThat(bot.hears("At minimum, how many political meetings does HälSam hold per year?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam politisk samverkan (HälSam) meets: Annual theme meetings")
                .doesNotContain("5 times a year");
        assertThat(bot.hears("hur ofta träffas hälsam?").fromGuest().text()).contains("5 gånger per år");
    }

    @Test
    void hears_whether_a_forum_of_one_structure_is_part_of_the_other_and_says_no_first() {
        assertThat(bot.hears("fredaggruppen – ar den med i halsam?").fromGuest().text())
                .startsWith("Nej. Fredaggruppen hör till Jämtland Härjedalen, inte till HälSam.")
                .contains("Tjänstemannaberedning kopplad till SVOM");
        assertThat(bot.hears("Is SVOM part of HälSam?").fromGuest().text())
                .startsWith("No. SVOM belongs to Jämtland Härjedalen, not to HälSam.")
                .doesNotContain("Parties in HälSam");
        assertThat(bot.hears("ingår länsledningen i hälsam?").fromGuest().text())
                .doesNotStartWith("Nej");
        // Asked of the other structure's officials' level, whether it is of officials' is beside the point: the
        // forum's own level read "Yes." to a question whose answer is no.
        assertThat(bot.hears("Is Fredaggruppen part of HälSam's officials' level?")
                        .fromGuest()
                        .text())
                .startsWith("No. Fredaggruppen belongs to Jämtland Härjedalen, not to HälSam.")
                .doesNotContain("Yes.");
    }

    @Test
    void hears_whether_a_forum_is_the_other_structures_own_and_says_no_before_any_passage_on_that_structure() {
        // It quoted HälSam's three strategic areas, "Barn och Unga" among them, as if Barnarenan were HälSam's.
        assertThat(bot.hears("Is Barnarenan HälSam's forum for children and young people?")
                        .fromGuest()
                        .text())
                .startsWith("No. Barnarenan belongs to Jämtland Härjedalen, not to HälSam.");
        assertThat(bot.hears("Är Barnarenan ett forum i HälSam?").fromGuest().text())
                .startsWith("Nej. Barnarenan hör till Jämtland Härjedalen, inte till HälSam.");
        // Not a question of belonging: a comparison is answered as before.
        assertThat(bot.hears("Är SVOM större än HälSam?").fromGuest().text()).doesNotStartWith("Nej.");
    }

    @Test
    void hears_how_often_a_level_meets_in_a_structure_without_it_and_says_which_structure_has_it() {
        // It was an empty reply: the structure's forums of that level, none, and nothing said of them.
        assertThat(bot.hears("hur ofta traffas lanssamordningsgrupperna i jamtland?")
                        .fromGuest()
                        .text())
                .isEqualTo("Jämtland Härjedalen har inga forum på nivån länssamordning; det har HälSam.");
    }

    @Test
    void hears_which_areas_with_the_swedish_term_in_english_and_gives_the_registers_list_first() {
        assertThat(bot.hears("Which three strategiska områden does HälSam work with?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam has 3 strategic areas: Children and young people, Adults and Older people.");
    }

    @Test
    void hears_when_an_ended_group_did_something_and_quotes_the_documents_not_an_empty_calendar() {
        assertThat(bot.hears("vilket datum levererade arbetsgruppen forslaget till socialrekos mote?")
                        .fromGuest()
                        .text())
                .contains("till SocialReKos möte 2022-06-03")
                .doesNotContain("inga kommande möten");
    }

    @Test
    void hears_when_the_political_structure_was_to_be_decided_and_does_not_give_the_officials_structures_date() {
        // "Joint meeting" and "decide" are shared with the event on the officials' structure (9 December): its date
        // was given, a wrong one.
        assertThat(bot.hears("When was the joint meeting to decide the political structure?")
                        .fromGuest()
                        .text())
                .contains("2022-06-03")
                .doesNotContain("9 December", "2022-12-09");
        assertThat(bot.hears("när skulle tjänstepersonsstrukturen beslutas på gemensamt möte?")
                        .fromGuest()
                        .text())
                .startsWith(
                        "2022-12-09 (9 december 2022) (HälSam): Gemensamt möte beslutar om tjänstepersonsstrukturen");
    }

    @Test
    void hears_when_something_happened_and_answers_with_the_dated_event() {
        String text = bot.hears("När rekommenderade SocialReKo och skolans representanter fortsatt utvecklingsarbete?")
                .fromGuest()
                .text();

        assertThat(text)
                .startsWith(
                        "2022-02-04 (4 februari 2022) (HälSam): SocialReKo och skolans representanter rekommenderar");
    }

    @Test
    void hears_when_an_investment_was_paused_and_gives_the_date_the_register_holds() {
        assertThat(bot.hears("När pausades investeringen i ÄOC?").fromGuest().text())
                .startsWith("2022-11-28 (28 november 2022) (HälSam): Investeringen i äldreomsorgscenter (ÄOC) pausas");
    }

    @Test
    void hears_who_takes_part_and_gives_the_seats_with_the_documents_own_words_for_the_composition() {
        assertThat(bot.hears("Vilka deltar i SVOM?").fromGuest().text())
                .contains(
                        "I SVOM (Jämtland Härjedalen) sitter:",
                        "Ordförande i socialnämnden (eller motsvarande), Bergs kommun")
                .contains("Sammansättning enligt underlaget: Ordförande i länets kommuners socialnämnder");
    }

    @Test
    void hears_what_an_abbreviated_forum_is_and_says_what_the_letters_stand_for() {
        assertThat(bot.hears("Vad är SVOM?").fromGuest().text())
                .startsWith("SVOM (Jämtland Härjedalen): står för Sociala vård- och omsorgsgruppen.");
    }

    @Test
    void hears_how_often_in_english_and_gives_the_secretariats_english_description() {
        assertThat(bot.hears("How often do the HälSam politicians meet?")
                        .fromGuest()
                        .text())
                .contains("Annual theme meetings for each strategic area")
                .doesNotContain("Årliga temamöten");
    }

    @Test
    void hears_how_often_in_english_where_only_a_number_is_given_and_says_it_in_english() {
        assertThat(bot.hears("How often does Länssamordningsgrupp Vuxna meet?")
                        .fromGuest()
                        .text())
                .contains("5 times a year")
                .doesNotContain("gånger per år");
    }

    @Test
    void hears_how_often_in_swedish_and_keeps_the_documents_swedish_words() {
        assertThat(bot.hears("Hur ofta träffas HälSams politiker?").fromGuest().text())
                .contains("Årliga temamöten inom varje strategiskt område")
                .doesNotContain("internatform..");
    }

    @Test
    void hears_which_forum_is_for_an_area_and_names_the_forum_of_that_area_only() {
        String text = bot.hears("Which of the Jämtland forums is for adults?")
                .fromGuest()
                .text();

        assertThat(text).contains("SVOM (Jämtland Härjedalen)").doesNotContain("Barnarenan (");
    }

    @Test
    void hears_how_to_submit_an_item_to_an_areas_meeting_and_shows_it_for_that_areas_forum() {
        // "HälSam Vuxna" names the area; its one forum that is not local is the one whose meeting is meant.
        assertThat(bot.hears("How do I submit an agenda item for the next HälSam Vuxna meeting?")
                        .fromGuest()
                        .text())
                .contains("\"new item for Länssamordningsgrupp Vuxna: Title")
                .doesNotContain("new item for länsledningen");
    }

    @Test
    void hears_where_to_turn_with_a_matter_for_an_area_and_names_the_county_group_not_every_local_group() {
        String text = bot.hears("Vilket forum tar upp frågor om äldre i HälSam?")
                .fromGuest()
                .text();

        assertThat(text)
                .contains("Länssamordningsgrupp Äldre (HälSam)")
                .contains("nytt ärende till Länssamordningsgrupp Äldre")
                .doesNotContain("Lokal samverkan");
    }

    @Test
    void hears_how_to_raise_a_matter_for_an_area_and_gives_its_forum_before_how_to_submit() {
        String text = bot.hears("where do I raise school absence among kids in jämtland, which forum?")
                .fromGuest()
                .text();

        assertThat(text)
                .startsWith("Forums for the area children and young people:\n• Barnarenan (Jämtland Härjedalen)")
                .contains("new item for Barnarenan:");
    }

    @Test
    void hears_who_sits_in_a_forum_with_no_seats_recorded_and_says_so_rather_than_quoting_a_passage_naming_it() {
        assertThat(bot.hears("vem sitter i länssamordningsgruppen för barn och unga?")
                        .fromGuest()
                        .text())
                .isEqualTo("Registret har inga platser registrerade för Länssamordningsgrupp Barn och unga (HälSam).");
    }

    @Test
    void hears_what_letters_stand_for_where_the_glossary_only_says_what_it_was_and_says_it_does_not_know() {
        assertThat(bot.hears("vad står LAKO för?").fromGuest().text())
                .startsWith("Det vet jag inte: registret skriver inte ut bokstäverna i LAKO. Det här vet jag:");
        assertThat(bot.hears("BUZ, what do the letters stand for?").fromGuest().text())
                .startsWith("I don't know: the register does not spell out the letters of BUZ.");
    }

    @Test
    void hears_what_letters_stand_for_where_the_glossary_spells_them_out_and_says_so() {
        assertThat(bot.hears("vad står SVOM för?").fromGuest().text())
                .startsWith("SVOM: Sociala vård- och omsorgsgruppen")
                .doesNotContain("vet inte");
    }

    @Test
    void hears_what_an_abbreviation_means_and_gives_what_it_is_without_saying_it_does_not_know() {
        assertThat(bot.hears("vad betyder LAKO?").fromGuest().text())
                .startsWith("LAKO: Det politiska samverkansorganet")
                .doesNotContain("vet inte");
    }

    @Test
    void hears_a_swedish_word_as_itself_not_as_a_typo_of_an_english_cue() {
        // "mening" (a sentence) is no typo of "meaning": the question asks for the purpose, not for the letters.
        assertThat(bot.hears("va e syftet med hälsam i en mening").fromGuest().text())
                .contains("Syfte: En hållbar, levande samverkan utifrån invånarnas behov.");
    }

    @Test
    void hears_the_purpose_or_the_goal_asked_alone_and_gives_that_one_alone() {
        // The overview gave both under their labels, and the goal read as part of the answer on the purpose.
        assertThat(bot.hears("Vad är syftet med HälSam – alltså syftet, inte målet?")
                        .fromGuest()
                        .text())
                .contains("Syfte: En hållbar, levande samverkan utifrån invånarnas behov.")
                .doesNotContain("aktivt bidra");
        assertThat(bot.hears("Och vad är målet för samverkan i HälSam?")
                        .fromGuest()
                        .text())
                .contains("Mål: Samverkan i HälSam ska aktivt bidra")
                .doesNotContain("levande samverkan");
        // Both asked: the overview, which has both.
        assertThat(bot.hears("Vad är HälSams syfte och mål?").fromGuest().text())
                .contains("Syfte: En hållbar", "Mål: Samverkan i HälSam ska aktivt bidra");
    }

    @Test
    void hears_which_organisation_a_named_person_belongs_to_and_answers_about_the_person_not_the_levels() {
        assertThat(bot.hears("Denise Wallén - which organisation and role?")
                        .fromGuest()
                        .text())
                .startsWith("Denise Wallén: Socialchef, Sundsvalls kommun (HälSam).")
                .doesNotContain("Levels in HälSam");
        assertThat(bot.hears("anna-lena lundberg, vilken organisation?")
                        .fromGuest()
                        .text())
                .startsWith("Anna-Lena Lundberg: Områdesdirektör, Region Västernorrland (HälSam).");
    }

    @Test
    void hears_which_politicians_are_in_a_forum_and_lists_its_seats() {
        assertThat(bot.hears("vilka politiker ingår i hälsams politiska samverkan?")
                        .fromGuest()
                        .text())
                .startsWith("Registret har inga namn på dem som sitter i HälSam politisk samverkan (HälSam), bara"
                        + " platserna.")
                .contains("Ordförande i Vårdvalsutskottet (VVU), Region Västernorrland – ledamot");
    }

    @Test
    void hears_the_mandate_of_a_level_of_many_like_forums_and_gives_it_once_not_twenty_one_times() {
        String text =
                bot.hears("vad är syftet med lokal samverkan?").fromGuest().text();

        assertThat(text)
                .startsWith("Uppdrag för Lokal samverkan Barn och unga, Sundsvall (HälSam) – och likadant, vart och ett"
                        + " för sin del, för de 20 andra forumen på lokal nivå: Säkerställer samordning");
        assertThat(text.split("Uppdrag för", -1)).hasSize(2);
    }

    @Test
    void hears_what_is_meant_by_a_term_and_gives_the_glossary_or_for_a_level_the_documents() {
        assertThat(bot.hears("vad menas med god och nära vård?").fromGuest().text())
                .startsWith("God och nära vård: Nationell omställning där primärvården är navet");
        assertThat(bot.hears("vad menas med lokal samverkan i hälsam")
                        .fromGuest()
                        .text())
                .contains("Den lokala samverkan säkerställer samordning och samarbete")
                .doesNotContain("HälSam: Samverkan mellan länets kommuner");
    }

    @Test
    void hears_what_a_forum_works_on_and_gives_its_mandate_not_a_person() {
        assertThat(bot.hears("vad ska länssamordningsgrupperna jobba med?")
                        .fromGuest()
                        .text())
                .startsWith("Uppdrag för Länssamordningsgrupp Barn och unga")
                .contains("Bevaka aktuella nyheter");
        assertThat(bot.hears("var jobbar Kent Ylvesson?").fromGuest().text())
                .startsWith("Kent Ylvesson: Skolchef, Ånge kommun");
    }

    @Test
    void hears_which_municipalities_take_part_and_lists_the_parties_not_a_passage_naming_municipalities() {
        // "Uppdraget bör inte omfatta: samverkan med andra aktörer än … länets kommuner" shared enough words to beat
        // the parties' list.
        assertThat(bot.hears("Vilka kommuner ingår i samverkan i Jämtland Härjedalen?")
                        .fromGuest()
                        .text())
                .startsWith("Jämtland Härjedalen har nio parter")
                .contains("Bräcke kommun")
                .doesNotContain("Uppdraget bör inte omfatta");
    }

    @Test
    void hears_who_in_a_forum_came_from_a_party_and_names_those_members_only() {
        // No cue asked who sits there: the whole working group was quoted, the region's directors first.
        assertThat(bot.hears("Tjena! Vilka i HälSams arbetsgrupp kom från Kommunförbundet Västernorrland?")
                        .fromGuest()
                        .text())
                .contains("Sirpa Virtanen", "Anita Wiklander")
                .doesNotContain("Ewa Klingefors");
        // A year may stand between "in the" and the forum, as "the" and a structure's name may.
        assertThat(bot.hears("Who in the 2022 working group came from Ånge?")
                        .fromGuest()
                        .text())
                .contains("Kent Ylvesson")
                .doesNotContain("Örjan Abrahamsson");
        // "Vilka i så fall?" names no forum after "i": no question of who sits where.
        assertThat(bot.hears("Finns det några privata utförare namngivna i HälSam? Vilka i så fall?")
                        .fromGuest()
                        .text())
                .doesNotContain("Parter i HälSam");
    }

    @Test
    void hears_the_difference_between_two_forums_and_describes_both() {
        // A passage on Länsledningen answered half the question.
        assertThat(bot.hears("Skillnad mellan länsledningen och HälSam politisk samverkan?")
                        .fromGuest()
                        .text())
                .startsWith("Länsledning (HälSam): Strategisk nivå (länsledning).")
                .contains("HälSam politisk samverkan (HälSam): Politisk nivå.")
                .doesNotContain("I dokumentet");
        // One level named twice, against something no forum is: not the level's overviews alone.
        assertThat(bot.hears("county coordination groups (lanssamordningsgrupper) meetings per year vs political"
                                + " theme meetings per year?")
                        .fromGuest()
                        .text())
                .doesNotStartWith("Länssamordningsgrupp Barn och unga (HälSam): County coordination");
    }

    @Test
    void hears_what_a_board_is_and_says_its_name_kind_and_whose_it_is_not_its_seats() {
        // The board's seats answered where it sits, not what it is.
        assertThat(bot.hears("what is RUN in halsam").fromGuest().text())
                .isEqualTo("RUN is Regionala utvecklingsnämnden (regional development board) – board of Region"
                        + " Västernorrland.");
        assertThat(bot.hears("hospa?").fromGuest().text())
                .isEqualTo("HOSPA är Hälso- och sjukvårdspolitiska avdelningen – förvaltning i Region Jämtland"
                        + " Härjedalen.");
        // Something of the board is asked for, not what it is.
        assertThat(bot.hears("whats the phone number to HOSPA?").fromGuest().text())
                .doesNotStartWith("HOSPA is");
    }

    @Test
    void hears_about_two_people_at_once_and_answers_for_each() {
        // Only the first was answered: the second's municipality was left to be guessed.
        assertThat(bot.hears("Örjan Abrahamsson och Kent Ylvesson – vem är skolchef var?")
                        .fromGuest()
                        .text())
                .contains("Örjan Abrahamsson: Skolchef, Sollefteå kommun", "Kent Ylvesson: Skolchef, Ånge kommun");
    }

    @Test
    void hears_an_english_are_before_members_and_reads_it_as_the_verb_not_are_kommun() {
        // "are members" linked "are" to Åre kommun: the reply listed Jämtland Härjedalen's forums.
        assertThat(bot.hears("Which of the region's chairs are members of HälSam's political level?")
                        .fromGuest()
                        .text())
                .contains("Vårdvalsutskottet (VVU)")
                .doesNotContain("Jämtland Härjedalen", "Åre");
    }

    @Test
    void hears_what_one_task_of_the_administrative_support_holds_and_gives_that_task_without_the_costs() {
        // The whole support was listed, its cost table read as what meeting planning holds.
        assertThat(bot.hears("Vad ingår i mötesplaneringen som det administrativa stödet ska sköta?")
                        .fromGuest()
                        .text())
                .contains("• Mötesplanering (expediera kallelser, beredning inför möten, minnesanteckningar)")
                .doesNotContain("Samverkanskoordinator 100%", "Processtöd");
        // Asked about its cost, the line of the table answers still.
        assertThat(bot.hears("Vad gör det administrativa stödet i HälSam och vad kostar det?")
                        .fromGuest()
                        .text())
                .contains("Totalt: 3,4 mnkr");
    }
}
