package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansbot.testing.ConversationHarness;

/** "Hur många …?" gets a number, and an English question is not read as naming a Swedish place. */
class CountQuestionsTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructures();

    @Test
    void hears_how_many_things_one_of_two_lists_holds_and_counts_that_list_not_their_sum() {
        // The review's passage lists what the proposal must clarify (four) and what the task excludes (five): nine
        // counted no list the question asked about. The list whose introduction names the question's "uppdrag" is
        // the one asked about.
        assertThat(bot.hears("hur många saker är uttryckligen undantagna från översynsuppdraget i JH?")
                        .fromGuest()
                        .text())
                .contains("Dokumentet räknar upp fem (5).")
                .contains("Uppdraget bör inte omfatta:")
                .doesNotContain("nio (9)")
                .doesNotContain("Förslaget ska klargöra");
    }

    @Test
    void hears_how_many_groups_a_municipality_sets_up_for_local_collaboration_and_counts_the_level() {
        // "Municipality" made it a question about parties, answered only by both structures' documents, the first on
        // SVOM's start in 2005.
        assertThat(bot.hears("How should we set up local collaboration in our municipality – how many groups?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam has 21 forums at the local level: 21 groups in seven municipalities (three per"
                        + " municipality).");
    }

    @Test
    void hears_how_many_municipalities_both_structures_have_together_and_says_the_sum() {
        assertThat(bot.hears("how many municipalities are there in both structures combined?")
                        .fromGuest()
                        .text())
                .contains("seven municipalities", "eight municipalities", "15 municipalities in all");
        assertThat(bot.hears("hur många kommuner ingår i HälSam?").fromGuest().text())
                .doesNotContain("Sammanlagt");
    }

    @Test
    void hears_how_many_municipalities_and_replies_with_the_number_before_the_list() {
        String text =
                bot.hears("Hur många kommuner är parter i HälSam?").fromGuest().text();

        assertThat(text)
                .startsWith("HälSam har åtta parter, alla huvudmän: en region och sju kommuner. Dessutom stödjer"
                        + " Kommunförbundet Västernorrland samverkan utan att vara huvudman.");
    }

    @Test
    void hears_how_many_local_groups_and_counts_the_level() {
        assertThat(bot.hears("Hur många lokala samverkansgrupper finns det i HälSam?")
                        .fromGuest()
                        .text())
                .isEqualTo("HälSam har 21 forum på lokal nivå: 21 grupper i sju kommuner (tre per kommun).");
    }

    @Test
    void hears_an_english_are_and_does_not_take_it_for_are_kommun() {
        String text = bot.hears("How many local groups are there in HälSam?")
                .fromGuest()
                .text();

        assertThat(text).contains("21 groups in seven municipalities").doesNotContain("Åre", "Jämtland");
    }

    @Test
    void hears_are_kommun_in_english_and_takes_it_for_the_municipality() {
        assertThat(bot.hears("Who represents Are kommun in SVOM?").fromGuest().text())
                .contains("Åre kommun is represented");
    }

    @Test
    void how_often_is_still_a_frequency_even_with_how_many() {
        assertThat(bot.hears("Hur många möten har länssamordningsgrupperna per år?")
                        .fromGuest()
                        .text())
                .contains("5 gånger per år");
    }

    @Test
    void hears_how_many_members_a_party_has_on_a_level_and_counts_its_seats_there() {
        assertThat(bot.hears("Hur många ledamöter har regionen på politisk nivå i HälSam?")
                        .fromGuest()
                        .text())
                .startsWith("Region Västernorrland har tre platser i HälSam.")
                .contains("(HSN)", "(RUN)", "(VVU)")
                .doesNotContain("Sundsvall");
    }

    @Test
    void hears_how_many_reps_in_english_and_does_not_count_the_levels_forums() {
        assertThat(bot.hears("How many reps does the region have on HälSam's political level?")
                        .fromGuest()
                        .text())
                .startsWith("Region Västernorrland has three seats")
                .doesNotContain("two forums");
    }

    @Test
    void hears_how_many_sit_in_a_forum_and_says_how_many_are_the_regions_and_how_many_the_municipalities() {
        assertThat(bot.hears("Hur många ledamöter har HälSam politisk samverkan?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam politisk samverkan (HälSam) har 17 platser. Tre av dem är regionens och 14"
                        + " kommunernas.");
        // Asked with the whole, the region's share is not its seats alone.
        assertThat(bot.hears("How many seats does RSR have, and how many of those are held by the region?")
                        .fromGuest()
                        .text())
                .startsWith("Regionens samverkansråd (Jämtland Härjedalen) has eleven seats. Three of them are the"
                        + " region's and eight the municipalities'.");
        // The presidium's seats are nobody's party: no split.
        assertThat(bot.hears("Hur många sitter i presidiet?").fromGuest().text())
                .doesNotContain("regionens");
    }

    @Test
    void hears_how_many_sit_in_the_presidium_and_does_not_count_the_convener_twice() {
        // The convener is one of the three chairs, named by them: four seats in the register, three people.
        assertThat(bot.hears("Hur många sitter i presidiet?").fromGuest().text())
                .startsWith("HälSams presidium (HälSam) har tre platser.")
                .contains("sammankallande");
    }

    @Test
    void hears_who_chairs_a_structure_of_three_chairs_and_names_the_convener_too() {
        assertThat(bot.hears("Who chairs HälSam?").fromGuest().text())
                .contains("HälSams presidium", "chair, Adults", "convener");
    }

    @Test
    void hears_how_many_seats_a_party_has_in_a_forum_and_counts_them() {
        assertThat(bot.hears("How many RSR seats does the region have?")
                        .fromGuest()
                        .text())
                .startsWith("Region Jämtland Härjedalen has three seats in Regionens samverkansråd");
    }

    @Test
    void hears_how_many_municipalities_have_a_seat_and_counts_municipalities_not_seats() {
        assertThat(bot.hears("Hur många kommuner i JH har plats i RSR?")
                        .fromGuest()
                        .text())
                .startsWith("Åtta kommuner har plats i Regionens samverkansråd");
        assertThat(bot.hears("Hur många platser har RSR?").fromGuest().text())
                .startsWith("Regionens samverkansråd (Jämtland Härjedalen) har elva platser");
    }

    @Test
    void hears_how_many_politicians_sit_in_a_structure_and_counts_the_seats_of_its_political_forum_not_its_parties() {
        assertThat(bot.hears("how many politicians sit in hälsam in total?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam politisk samverkan (HälSam) has 17 seats.")
                .doesNotContain("eight parties")
                .doesNotContain("HälSams presidium");
    }

    @Test
    void hears_who_sits_in_political_hälsam_by_its_everyday_name_and_gives_that_forums_seats() {
        assertThat(bot.hears("vilka sitter i politiska hälsam?").fromGuest().text())
                .contains("I HälSam politisk samverkan (HälSam) sitter:")
                .doesNotContain("Parter i HälSam");
    }

    @Test
    void hears_how_many_forums_a_structure_has_and_counts_todays_forums_without_the_one_replaced() {
        assertThat(bot.hears("hur många forum finns i jämtland härjedalen?")
                        .fromGuest()
                        .text())
                .startsWith("Jämtland Härjedalen har sju forum i dag.")
                .contains("fem forum på politisk nivå: SVOM, Barnarenan, SocSam, BUZ och Regionens samverkansråd")
                .doesNotContain("LAKO");
    }

    @Test
    void hears_how_many_levels_a_structure_has_and_gives_the_number_before_the_levels() {
        assertThat(bot.hears("hur många nivåer har hälsam?").fromGuest().text())
                .startsWith("HälSam har fyra nivåer:\n• Politisk nivå:");
    }

    @Test
    void hears_how_many_chairs_a_presidium_has_and_counts_the_chair_seats_not_the_convener_among_them() {
        assertThat(bot.hears("hur många ordförande har presidiet?").fromGuest().text())
                .startsWith("HälSams presidium (HälSam) har tre platser för ordförande:");
    }

    @Test
    void hears_how_many_joint_meetings_were_held_in_a_past_year_and_counts_the_registers_events_of_that_year() {
        assertThat(bot.hears("how many joint meetings were there in 2022?")
                        .fromGuest()
                        .text())
                .startsWith("The register has four events in 2022 that fit the question:")
                .contains("2022-12-09")
                .doesNotContain("2022-02-04");
    }

    @Test
    void hears_which_joint_meetings_were_held_in_a_past_year_and_lists_the_registers_events_of_that_year() {
        // With no forum named, "möten" asked which forum's calendar was meant.
        assertThat(bot.hears("Vilka gemensamma möten hölls efter sommaren 2022?")
                        .fromGuest()
                        .text())
                .startsWith("Registret har fyra händelser 2022 som passar frågan:")
                .contains("2022-09-23", "2022-12-09")
                .doesNotContain("Vilket forum menar du");
        assertThat(bot.hears("Which joint meetings were held in 2022?")
                        .fromGuest()
                        .text())
                .startsWith("The register has four events in 2022 that fit the question:");
    }

    @Test
    void hears_how_many_municipalities_in_a_past_year_and_counts_parties_not_events() {
        assertThat(bot.hears("how many municipalities were in SocialReKo in 2021?")
                        .fromGuest()
                        .text())
                .doesNotContain("events in 2021");
    }

    @Test
    void hears_how_many_chairs_sit_in_a_forum_of_chairs_and_counts_its_seats() {
        // Its members are chairs of boards: not "the register names no chair" of the forum itself, nor, for "when
        // everyone is there", that the documents give no date.
        assertThat(bot.hears(
                                "Hur många ordförande sitter totalt i den politiska samverkan i HälSam om alla är på plats?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam politisk samverkan (HälSam) har 17 platser.");
        assertThat(bot.hears("How many chairs sit at the political HälSam table when everyone is there?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam politisk samverkan (HälSam) has 17 seats.");
    }

    @Test
    void hears_what_the_support_costs_per_year_and_gives_the_cost_not_how_often_a_forum_meets() {
        assertThat(bot.hears("vad kostar adm stödet till hälsam per år totalt?")
                        .fromGuest()
                        .text())
                .contains("Totalt: 3,4 mnkr")
                .doesNotContain("träffas");
    }

    @Test
    void hears_how_many_meetings_several_forums_hold_in_all_and_adds_them_up() {
        assertThat(bot.hears("hur många möten blir det sammanlagt per år för alla tre länssamordningsgrupperna")
                        .fromGuest()
                        .text())
                .startsWith("Sammanlagt 15 möten per år för 3 forum:")
                .contains("träffas: 5 gånger per år");
        assertThat(bot.hears("hur ofta träffas länssamordningsgrupperna?")
                        .fromGuest()
                        .text())
                .doesNotContain("Sammanlagt");
    }

    @Test
    void hears_how_many_hold_a_title_and_gives_the_number_the_register_holds_before_the_names() {
        assertThat(bot.hears("hur många skolchefer var med i arbetsgruppen")
                        .fromGuest()
                        .text())
                .startsWith("Registret har två med den titeln:")
                .contains("Örjan Abrahamsson, Skolchef, Sollefteå kommun")
                .contains("Kent Ylvesson, Skolchef, Ånge kommun")
                .doesNotContain("hittar inget antal");
    }

    @Test
    void hears_how_many_seats_come_from_the_municipalities_and_counts_their_seats_not_the_municipalities() {
        assertThat(bot.hears("hur många av politikerna i hälsam kommer från kommunerna?")
                        .fromGuest()
                        .text())
                .isEqualTo("Kommunerna har 14 platser i HälSam politisk samverkan (HälSam), från sju kommuner.");
        // Municipalities as a condition, not as where the seats come from: all the seats are asked for.
        assertThat(bot.hears(
                                "if every municipality has a school and a social board, how many politicians sit in political HälSam?")
                        .fromGuest()
                        .text())
                .doesNotContain("The municipalities have");
    }

    @Test
    void hears_how_many_politicians_one_party_has_in_a_forum_without_a_seat_word_and_counts_its_seats() {
        assertThat(bot.hears("hur många politiker från regionen ingår i politiska hälsam?")
                        .fromGuest()
                        .text())
                .startsWith("Region Västernorrland har tre platser i HälSam politisk samverkan")
                .doesNotContain("Det vet jag inte säkert");
    }

    @Test
    void hears_how_many_sit_in_a_forum_with_a_representation_of_no_stated_number_and_says_at_least() {
        assertThat(bot.hears("hur många platser har SVOM").fromGuest().text())
                .startsWith("SVOM (Jämtland Härjedalen) har minst nio platser. Registret anger inte hur många som ingår"
                        + " i: Representation från hälso- och sjukvårdsnämnden.")
                .doesNotContain("tio platser");
        // Two presidiums and a representation of no stated size; the officials who support the meetings hold no seat.
        assertThat(bot.hears("how many seats does Barnarenan have").fromGuest().text())
                .startsWith("Barnarenan (Jämtland Härjedalen) has at least four seats. The register does not state how"
                        + " many there are in: SocSam:s presidium, BUZ:s presidium and Representation från hälso- och"
                        + " sjukvårdsnämnden.");
    }

    @Test
    void hears_how_many_chairs_a_party_has_in_a_forum_and_counts_its_seats_not_the_parties() {
        assertThat(bot.hears("How many chairs from the region take part in HälSam's political collaboration?")
                        .fromGuest()
                        .text())
                .startsWith("Region Västernorrland has three seats in HälSam politisk samverkan (HälSam).")
                .doesNotContain("eight parties");
    }

    @Test
    void hears_how_many_local_groups_a_municipality_has_and_counts_its_own_not_the_whole_level() {
        assertThat(bot.hears("hur många lokala grupper har sundsvall?")
                        .fromGuest()
                        .text())
                .startsWith("HälSam har tre forum på lokal nivå i Sundsvalls kommun: Lokal samverkan Barn och unga,"
                        + " Sundsvall")
                .doesNotContain("21");
    }

    @Test
    void hears_how_many_theme_meetings_a_year_naming_no_forum_and_gives_the_rhythm_that_holds_them() {
        assertThat(bot.hears("hur många temamöten blir det per år?").fromGuest().text())
                .contains("HälSam politisk samverkan (HälSam) träffas: Årliga temamöten inom varje strategiskt område")
                .doesNotContain("många år");
    }

    @Test
    void hears_an_english_arena_and_does_not_take_it_for_are_kommun() {
        // "arena" minus the Swedish ending "-na" stems to "are", as Åre does: a short name takes only a genitive.
        String text = bot.hears("Who sits in the Children's Arena?").fromGuest().text();

        assertThat(text).contains("Barnarenan").doesNotContain("Åre");
    }
}
