package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansbot.testing.ConversationHarness;

/** Yes-or-no questions about whether a party takes part: the answer first, then what the register holds. */
class MembershipQuestionsTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructures();

    @Test
    void says_no_when_the_party_belongs_to_the_other_structure() {
        bot.hears("Är Bräcke med i HälSam?")
                .fromGuest()
                .replies("Nej, Bräcke kommun ingår inte i HälSam; Bräcke kommun är part i Jämtland Härjedalen.")
                .doesNotSay("SVOM");
    }

    @Test
    void says_no_when_a_municipality_of_the_other_structure_is_asked_about_however_the_question_opens() {
        bot.hears("Jag jobbar på Bergs kommun – hör vi till HälSam?")
                .fromGuest()
                .replies("Nej, Bergs kommun ingår inte i HälSam; Bergs kommun är part i Jämtland Härjedalen.");
        // A passage of the review that shares "socialnämnd" ("I SVOM deltar ordförande i länets kommuners
        // socialnämnder") would read as a yes.
        bot.hears("Timrå gränsar ju nästan till Jämtland, sitter vår socialnämndsordförande i SVOM?")
                .fromGuest()
                .replies("Nej, Timrå kommun ingår inte i Jämtland Härjedalen; Timrå kommun är part i HälSam.")
                .doesNotSay("I SVOM deltar");
        // A count is no yes-or-no.
        bot.hears("Hur många platser har Timrå i SVOM?").fromGuest().doesNotSay("Nej");
    }

    @Test
    void hears_a_place_written_with_a_swedish_letter_in_english_though_folded_it_is_an_english_word() {
        // Folded, "Åre" is "are"; as written it is the name.
        bot.hears("Is Åre part of HälSam?")
                .fromGuest()
                .inEnglish()
                .replies("No, Åre kommun is not part of HälSam; Åre kommun is a party to Jämtland Härjedalen.");
        bot.hears("Who are the chairs in HälSam's presidium?").fromGuest().doesNotSay("Åre");
    }

    @Test
    void says_yes_and_then_the_seats_in_english() {
        bot.hears("Is Kramfors part of HälSam?")
                .fromGuest()
                .inEnglish()
                .replies(
                        "Yes, Kramfors kommun is a party and principal of HälSam.",
                        "Kramfors kommun is represented in HälSam by:");
    }

    @Test
    void does_not_say_no_for_a_forum_whose_seats_the_register_does_not_hold() {
        bot.hears("Sitter Sundsvall i länsledningen?")
                .fromGuest()
                .replies("Det vet jag inte: registret anger inte vilka som sitter i Länsledning (HälSam).")
                .doesNotSay("Nej");
    }

    @Test
    void says_no_seat_where_the_forum_has_seats_but_none_for_the_party() {
        bot.hears("Har Kommunförbundet Jämtland Härjedalen en plats i SVOM?")
                .fromGuest()
                .replies(
                        "Nej, Kommunförbundet Jämtland Härjedalen har ingen plats i SVOM (Jämtland Härjedalen) enligt registret.");
    }

    @Test
    void does_not_say_no_where_another_forums_presidium_may_bring_the_party_in() {
        // Bergs kommun is named only in the register, never in the documents: still a name the bot knows.
        bot.hears("Har Bergs kommun en plats i Barnarenan?")
                .fromGuest()
                .replies(
                        "Bergs kommun har ingen egen plats i Barnarenan (Jämtland Härjedalen) enligt registret, men kan vara med genom SocSam:s presidium och BUZ:s presidium")
                .doesNotSay("Nej", "känner inte till");
    }

    @Test
    void leaves_other_yes_or_no_questions_about_a_party_alone() {
        bot.hears("Har Timrå antagit rekommendationen om HälSam i sin nämnd?")
                .fromGuest()
                .doesNotSay("Ja, Timrå kommun är part");
    }

    @Test
    void does_not_say_yes_about_a_party_named_later_about_something_else() {
        bot.hears("är alla parter fullvärdiga medlemmar i hälsam eller har regionen mer att säga till om")
                .fromGuest()
                .replies("fullvärdiga medlemmar")
                .doesNotSay("Ja, Region Västernorrland");
        bot.hears("is the region part of HälSam?")
                .fromGuest()
                .inEnglish()
                .replies("Yes, Region Västernorrland is a party and principal of HälSam.");
    }

    @Test
    void hears_whether_one_party_has_more_seats_than_another_and_compares_them_forum_by_forum() {
        bot.hears("Har Sundsvall fler platser i HälSam än Ånge eftersom de är så mycket större?")
                .fromGuest()
                .replies("Nej: Sundsvalls kommun och Ånge kommun har lika många platser i HälSam politisk samverkan"
                        + " (HälSam): två var.")
                // The working group of 2022 has ended: no seats of today.
                .doesNotSay("Arbetsgruppen", "Sundsvalls kommun representeras");
        bot.hears("Does the region get more seats in HälSam than Sundsvall?")
                .fromGuest()
                .inEnglish()
                .replies("Yes: Region Västernorrland has three seats and Sundsvalls kommun two in HälSam politisk"
                        + " samverkan (HälSam).");
    }

    @Test
    void hears_whether_a_kind_of_board_sits_in_a_forum_and_says_yes_or_no_from_its_seats_by_board() {
        // A board's chair is no chair of the forum: "the register names no chair for SVOM" answered another question.
        bot.hears("Är skolnämndernas ordförande med i SVOM?")
                .fromGuest()
                .replies("Nej, enligt registret har skolnämnden (eller motsvarande) ingen plats i SVOM (Jämtland"
                        + " Härjedalen). Platserna där:\n"
                        + "• Ordförande i socialnämnden (eller motsvarande)\n"
                        + "• Representation från hälso- och sjukvårdsnämnden");
        // "School board" is Jämtland's barn- och utbildningsnämnd too.
        assertThat(bot.hears("Does SVOM include the chairs of the school boards?")
                        .fromGuest()
                        .text())
                .startsWith("No, in the register barn- och utbildningsnämnden (eller motsvarande) has no seat in SVOM");
        // A structure named: the forums where the board sits, not HälSam's presidium.
        bot.hears("Är socialnämndens ordförande med i HälSam?")
                .fromGuest()
                .replies("Ja, enligt registret har socialnämnden (eller motsvarande) plats i HälSam:\n"
                        + "• HälSam politisk samverkan (HälSam): Ordförande i socialnämnden (eller motsvarande),"
                        + " Sundsvalls kommun");
    }

    @Test
    void hears_whether_a_board_sits_where_seats_are_no_boards_and_says_through_which_it_may_take_part() {
        // The presidium's chairs are chosen among HälSam's chairs, a school board's chair among them: not "no".
        assertThat(bot.hears("Har skolnämnden plats i HälSams presidium?")
                        .fromGuest()
                        .text())
                .startsWith("Skolnämnden (eller motsvarande) har ingen egen plats i HälSams presidium (HälSam) enligt"
                        + " registret, men kan vara med genom:")
                .doesNotContain("Nej");
        assertThat(bot.hears("Är skolnämndernas ordförande med i Barnarenan?")
                        .fromGuest()
                        .text())
                .contains("• BUZ:s presidium");
    }

    @Test
    void hears_a_chair_introduce_themselves_and_ask_whether_they_sit_there_and_says_yes_from_their_boards_seat() {
        // The yes or no is asked after the introduction, which names the board and the municipality.
        bot.hears("Jag är ordförande i socialnämnden i Kramfors – ingår jag i HälSams politiska samverkan?")
                .fromGuest()
                .replies("Ja, enligt registret har socialnämnden (eller motsvarande), Kramfors kommun plats i HälSam"
                        + " politisk samverkan (HälSam):\n"
                        + "• Ordförande i socialnämnden (eller motsvarande), Kramfors kommun");
    }

    @Test
    void
            hears_a_chair_of_a_municipality_unnamed_ask_whether_they_sit_there_and_reads_the_region_as_no_party_of_theirs() {
        // "regionens folk" is who else may sit there, not the asker's party: the region's social board has no seat.
        assertThat(bot.hears("Jag är ordförande i socialnämnden i en kommun i Jämtland. Ingår jag automatiskt i SVOM,"
                                + " eller är det bara regionens folk som sitter där?")
                        .fromGuest()
                        .text())
                .startsWith("Ja, enligt registret har socialnämnden (eller motsvarande) plats i SVOM (Jämtland"
                        + " Härjedalen):");
    }

    @Test
    void hears_a_board_member_who_is_not_its_chair_ask_for_a_seat_and_says_the_seat_is_the_chairs() {
        bot.hears("Jag är ledamot (inte ordförande) i socialnämnden i Kramfors – har jag en egen plats i HälSam?")
                .fromGuest()
                .replies(
                        "Nej, inte enligt registret: platserna för socialnämnden (eller motsvarande), Kramfors kommun i"
                                + " HälSam är ordförandens:\n"
                                + "• HälSam politisk samverkan (HälSam): Ordförande i socialnämnden (eller motsvarande), Kramfors"
                                + " kommun");
    }

    @Test
    void hears_whether_all_chairs_of_a_kind_of_board_sit_in_a_forum_and_answers_not_all() {
        // Only Östersund's board sits in Barnarenan: "yes" spoke for all eight.
        assertThat(bot.hears("Sitter alla socialnämndsordförande i länet med i Barnarenan, eller bara några?")
                        .fromGuest()
                        .text())
                .startsWith(
                        "Nej, inte alla: enligt registret har bara 1 av 8 sådana nämnder plats i Barnarenan"
                                + " (Jämtland Härjedalen):\n• Ordförande i social- och arbetsmarknadsnämnden, Östersunds kommun")
                .contains("Platserna där:", "SocSam:s presidium");
    }

    @Test
    void hears_whether_only_the_chairs_of_a_kind_of_board_sit_in_a_forum_and_answers_not_only() {
        assertThat(bot.hears("Sitter bara socialnämndernas ordförande i HälSams politiska samverkan?")
                        .fromGuest()
                        .text())
                .startsWith("Nej, inte bara:")
                .contains("Ordförande i skolnämnden (eller motsvarande)");
    }
}
