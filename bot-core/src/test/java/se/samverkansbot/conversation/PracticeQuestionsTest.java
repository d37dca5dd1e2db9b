package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansbot.testing.ConversationHarness;

/**
 * Questions about the bot's own practice: when things fall due around a meeting, and what is kept of what is sent
 * in. Answered from how the bot works, not with a forum's calendar, a how-to or "I don't know".
 */
class PracticeQuestionsTest {
    private final ConversationHarness bot = ConversationHarness.withShippedStructures();

    @Test
    void hears_how_long_before_a_meeting_the_notice_goes_out_and_replies_with_the_standard_rule() {
        assertThat(bot.hears("hur långt innan mötet kommer kallelsen ut?")
                        .fromGuest()
                        .text())
                .contains("Kallelsen med dagordning: 7 dagar (en vecka) före mötet")
                .contains("arbetsdagen före")
                .doesNotContain("Ärenden:", "Minnesanteckningarna:");
    }

    @Test
    void hears_when_the_minutes_are_signed_off_and_replies_within_fourteen_days_in_english() {
        assertThat(bot.hears("When do the minutes have to be signed off (justerade)?")
                        .fromGuest()
                        .text())
                .contains("signed off (justerade) and published within 14 days (two weeks) after the meeting")
                .doesNotContain("Which forum do you mean?");
    }

    @Test
    void hears_how_soon_the_minutes_are_done_and_says_first_that_the_documents_set_no_time() {
        // The standard template's 14 days read as a rule of the documents, which set none.
        assertThat(bot.hears("Inom hur lång tid efter mötet ska minnesanteckningarna vara klara och utskickade?")
                        .fromGuest()
                        .text())
                .startsWith("Dokumenten anger inga sådana tider. Boten följer en standardmall")
                .contains("inom 14 dagar (två veckor) efter mötet");
        assertThat(bot.hears("How many days before a HälSam meeting must the papers be sent out?")
                        .fromGuest()
                        .text())
                .startsWith("The documents set no such times. The bot follows a standard template")
                .contains("at the latest 7 days (one week) before the meeting");
    }

    @Test
    void hears_a_cutoff_falling_on_a_saturday_and_replies_that_it_moves_earlier_not_to_monday() {
        assertThat(bot.hears("sista dag att anmäla ärende blir en lördag. räcker det om jag skickar på måndagen?")
                        .fromGuest()
                        .text())
                .contains("Ärenden: senast 14 dagar (två veckor) före mötet")
                .contains("flyttas den tidigare, till arbetsdagen före (en lördag blir fredag)");
    }

    @Test
    void hears_a_meeting_date_and_gives_the_notices_own_date_under_the_standard_rule() {
        assertThat(bot.hears("om vi har möte 12 feb 2027, nar bor kallelsen ga ut senast?")
                        .fromGuest()
                        .text())
                .contains("För ett möte 12 februari 2027:", "Kallelsen senast fredag 5 februari 2027 kl. 09.00")
                .doesNotContain("Ärenden senast");
    }

    @Test
    void hears_agenda_items_due_on_a_sunday_with_days_of_its_own_and_gives_the_rule_not_a_date_by_another() {
        assertThat(bot.hears("agendapunkter ska in 5 dgr före mötet 8 jan 2027, sista dagen blir ju en söndag runt"
                                + " nyår.. flyttas den fram el bak?")
                        .fromGuest()
                        .text())
                .contains("flyttas den tidigare")
                .doesNotContain("Vilket forum menar du?", "För ett möte");
    }

    @Test
    void hears_a_statutory_deadline_on_a_sunday_and_says_the_law_moves_it_to_the_next_working_day() {
        assertThat(bot.hears("If a statutory deadline before one of next year's meetings falls on a Sunday, what"
                                + " happens?")
                        .fromGuest()
                        .text())
                .contains("moves earlier, to the working day before")
                .contains("A statutory deadline that falls on a weekend or holiday, by contrast, moves to the next"
                        + " working day");
    }

    @Test
    void hears_who_decides_how_many_local_groups_there_are_and_quotes_the_rule_not_the_count() {
        assertThat(bot.hears("vem bestammer hur manga lokala grupper en kommun ska ha i halsam?")
                        .fromGuest()
                        .text())
                .contains("Varje lokalnivå beslutar formen och omfattningen för antal grupper/forum.")
                .doesNotContain("HälSam har 21 forum");
        assertThat(bot.hears("hur många lokala grupper har hälsam?").fromGuest().text())
                .contains("21");
    }

    @Test
    void hears_a_deadline_of_something_else_than_a_meeting_and_does_not_give_the_meetings_times() {
        assertThat(bot.hears("när ska översynen i JH vara klar, finns det nån deadline?")
                        .fromGuest()
                        .text())
                .doesNotContain("Så ligger", "Kallelsen");
    }

    @Test
    void hears_when_a_named_forums_notice_goes_out_and_leaves_it_to_the_forums_calendar() {
        assertThat(bot.hears("när ska kallelsen till länsledningen ut?")
                        .fromGuest()
                        .text())
                .doesNotContain("Så ligger")
                .contains("Länsledning");
    }

    @Test
    void hears_whether_a_withdrawn_item_is_deleted_and_replies_it_is_kept_with_its_history() {
        assertThat(bot.hears("om jag drar tillbaka ett ärende jag anmält, raderas det då?")
                        .fromGuest()
                        .text())
                .isEqualTo("Ett ärende som dras tillbaka får status tillbakadraget; det raderas inte, och dess historik"
                        + " finns kvar.");
    }

    @Test
    void hears_whether_an_item_is_a_public_record_and_replies_with_registration() {
        assertThat(bot.hears("blir mitt inskickade ärende en allmän handling?")
                        .fromGuest()
                        .text())
                .contains("kan vara en allmän handling", "diarieföring");
    }

    @Test
    void hears_about_identity_numbers_in_an_item_and_replies_that_the_bot_takes_none() {
        assertThat(bot.hears("Can I put a client's personnummer in the item I submit?")
                        .fromGuest()
                        .text())
                .contains("The bot does not accept an item with a personal identity number");
    }

    @Test
    void hears_about_private_email_and_replies_official_contact_details_only() {
        assertThat(bot.hears("får jag ange min privata mejl som kontaktuppgift?")
                        .fromGuest()
                        .text())
                .contains("bara ha tjänstekontaktuppgifter");
    }

    @Test
    void hears_private_providers_of_the_documents_and_does_not_take_them_for_private_contact_details() {
        assertThat(bot.hears("vilka privata utförare är med i hälsam?")
                        .fromGuest()
                        .text())
                .doesNotContain("tjänstekontaktuppgifter")
                .contains("privata utförare");
    }

    @Test
    void hears_whether_the_bot_is_in_teams_and_replies_where_it_can_be_reached() {
        assertThat(bot.hears("can I use this bot in Teams?").fromGuest().text())
                .startsWith("You reach me in Slack and in Microsoft Teams");
        // Not in Teams at all is how things reach one by email.
        assertThat(bot.hears("får jag kallelsen om jag inte har Teams?")
                        .fromGuest()
                        .text())
                .doesNotContain("Du når mig")
                .contains("e-post");
    }

    @Test
    void hears_who_adds_one_to_the_register_and_whether_the_bot_reminds_and_answers_how() {
        assertThat(bot.hears("who do I ask to be added to the register?")
                        .fromGuest()
                        .text())
                .contains("secretary");
        assertThat(bot.hears("can the bot remind me before the deadline?")
                        .fromGuest()
                        .text())
                .contains("mute reminders from");
    }

    @Test
    void hears_whether_minutes_are_kept_and_replies_minnesanteckningar_who_writes_them_and_how_they_are_published() {
        assertThat(bot.hears("förs det protokoll på HälSams möten?").fromGuest().text())
                .startsWith("Det som förs vid samverkansforumens möten är minnesanteckningar, inte protokoll")
                .contains("I HälSam skriver det administrativa stödet dem: ”Mötesplanering (expediera kallelser,"
                        + " beredning inför möten, minnesanteckningar)”.")
                .contains("justerade och publicerade inom 14 dagar")
                .doesNotContain("Jag vet inte vem du är");
        assertThat(bot.hears("Does HälSam take formal minutes like a municipal board does?")
                        .fromGuest()
                        .text())
                .startsWith("What is kept at the forums' meetings is minnesanteckningar (meeting notes)")
                .contains("publishes them on the forum's public page");
    }

    @Test
    void hears_whether_minutes_are_kept_in_a_forum_of_the_other_structure_and_quotes_no_support_of_halsam() {
        assertThat(bot.hears("tas det minnesanteckningar på SVOM:s möten?")
                        .fromGuest()
                        .text())
                .startsWith("Det som förs vid samverkansforumens möten är minnesanteckningar")
                .doesNotContain("HälSam");
    }
}
