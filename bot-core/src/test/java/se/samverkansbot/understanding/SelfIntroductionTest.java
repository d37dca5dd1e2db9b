package se.samverkansbot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who the asker says they are, told apart from the question that follows. */
class SelfIntroductionTest {
    @Test
    void an_introduction_ends_at_a_full_stop_after_a_greeting() {
        assertThat(SelfIntroduction.in(
                        "Hej! Ny socialchef i Strömsund sedan i höstas. Vilka politiker sitter egentligen i SVOM?"))
                .contains(new SelfIntroduction(
                        "Hej! Ny socialchef i Strömsund sedan i höstas", "Vilka politiker sitter egentligen i SVOM?"));
    }

    @Test
    void an_introduction_ends_at_a_dash_a_colon_a_comma_before_a_question_word_or_och_undrar() {
        assertThat(SelfIntroduction.in("Jag är oppositionsråd i Sollefteå – vilka politiker sitter i HälSam?"))
                .map(SelfIntroduction::question)
                .contains("vilka politiker sitter i HälSam?");
        assertThat(SelfIntroduction.in("Som oppositionsråd: hur får jag veta vad vår ordförande driver?"))
                .map(SelfIntroduction::question)
                .contains("hur får jag veta vad vår ordförande driver?");
        assertThat(SelfIntroduction.in("jag sitter som ordf i socialnämnden i Timrå, vad förväntas av mig?"))
                .map(SelfIntroduction::question)
                .contains("vad förväntas av mig?");
        assertThat(SelfIntroduction.in(
                        "Jag sitter i Kramfors lokala grupp och undrar hur många grupper det ska finnas?"))
                .map(SelfIntroduction::question)
                .contains("hur många grupper det ska finnas?");
        assertThat(SelfIntroduction.in("I'm on a board in Sundsvall. Does Sundsvall get more seats than Ånge?"))
                .map(SelfIntroduction::question)
                .contains("Does Sundsvall get more seats than Ånge?");
    }

    @Test
    void a_newcomers_start_is_an_introduction_not_a_question_about_when_something_started() {
        // "I just started at …" made the question HälSam's start date, not its parties (dev82).
        assertThat(SelfIntroduction.in("Hi, I just started at Timrå social services. Who are the parties in HälSam?"))
                .map(SelfIntroduction::question)
                .contains("Who are the parties in HälSam?");
        assertThat(SelfIntroduction.in("Jag har precis börjat på regionen. Vad är HälSam?"))
                .map(SelfIntroduction::question)
                .contains("Vad är HälSam?");
    }

    @Test
    void an_introduction_ends_at_a_comma_before_a_verb_of_taking_part_asked_of_the_asker() {
        assertThat(SelfIntroduction.in("Jag är ordförande i skolnämnden i Timrå, ingår jag i HälSam?"))
                .map(SelfIntroduction::question)
                .contains("ingår jag i HälSam?");
        // The verb alone goes on introducing.
        assertThat(SelfIntroduction.in("Jag är ny, sitter i socialnämnden i Timrå. Vad gör HälSam?"))
                .map(SelfIntroduction::question)
                .contains("Vad gör HälSam?");
    }

    @Test
    void a_question_that_opens_otherwise_has_no_introduction() {
        assertThat(SelfIntroduction.in("Vilka sitter i SVOM? Och i Barnarenan?"))
                .isEmpty();
        assertThat(SelfIntroduction.in("I vilka forum sitter ordföranden i socialnämnden i Timrå?"))
                .isEmpty();
        assertThat(SelfIntroduction.in("Jag undrar vilka som sitter i SVOM")).isEmpty();
        // An opening that asks or doubts is the question itself, not who the asker is.
        assertThat(SelfIntroduction.in("Jag är osäker på om SVOM finns kvar – vet du?"))
                .isEmpty();
        assertThat(SelfIntroduction.in("I'm not sure when the next meeting is. Can you check?"))
                .isEmpty();
        // A command is no question: its opening is no introduction.
        assertThat(SelfIntroduction.in("ny ledamot i länsledningen från 2027-01-01: Nora Nyström"))
                .isEmpty();
    }

    @Test
    void a_question_mark_ends_a_question_not_an_introduction() {
        assertThat(SelfIntroduction.in("Jag är ny här, vem ska jag fråga? Sekreteraren?"))
                .map(SelfIntroduction::question)
                .contains("vem ska jag fråga? Sekreteraren?");
        assertThat(SelfIntroduction.in("Är jag med i HälSam? Jag är ordförande i skolnämnden."))
                .isEmpty();
    }

    @Test
    void a_question_about_the_asker_or_the_introduction_needs_the_introduction() {
        assertThat(needs("Jag är ordförande i barn- och utbildningsnämnden i Kramfors – ingår jag i HälSam?"))
                .isTrue();
        assertThat(needs("Jag jobbar i Härjedalens kommun – tillhör vi HälSam?"))
                .isTrue();
        assertThat(needs("I'm the new chair of the social services committee. Which forum am I in?"))
                .isTrue();
        assertThat(needs("im the new RUN chair from january, do i get a seat in hälsam?"))
                .isTrue();
        assertThat(needs("Ny ordf i socialnämnden i Timrå från 2027, vad innebär det för HälSam?"))
                .isTrue();
        assertThat(needs("As a new chair of RUN in 2027 - does that come with a seat in HälSam?"))
                .isTrue();
    }

    @Test
    void a_question_about_something_else_does_not() {
        assertThat(needs("Jag är oppositionsråd i Sollefteå – vilka politiker sitter i HälSam?"))
                .isFalse();
        // The Swedish "i" (in) and "var" (where) are no words of the asker.
        assertThat(needs("Jag är ny socialchef i Sollefteå – vilka länssamordningsgrupper finns i HälSam?"))
                .isFalse();
        assertThat(needs("I'm an analyst. Where and when does the Länsledning meet?"))
                .isFalse();
        assertThat(needs("Jag är ny – var träffas länsledningen?")).isFalse();
    }

    private static boolean needs(String message) {
        return SelfIntroduction.in(message).orElseThrow().questionNeedsTheIntroduction();
    }
}
