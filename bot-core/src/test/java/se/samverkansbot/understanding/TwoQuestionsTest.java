package se.samverkansbot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two questions in one message, told apart where both halves open as questions. */
class TwoQuestionsTest {
    @Test
    void och_or_and_before_a_question_word_begins_a_second_question() {
        assertThat(TwoQuestions.in("Hur många länssamordningsgrupper finns och hur ofta ses de?"))
                .contains(new TwoQuestions("Hur många länssamordningsgrupper finns?", "hur ofta ses de?"));
        assertThat(TwoQuestions.in("How many chairs are in the presidium, and who picks the convener?"))
                .contains(new TwoQuestions("How many chairs are in the presidium?", "who picks the convener?"));
        assertThat(TwoQuestions.in("När startade HälSam? Vad ersatte det?"))
                .contains(new TwoQuestions("När startade HälSam?", "Vad ersatte det?"));
    }

    @Test
    void one_question_of_two_things_is_one_question() {
        assertThat(TwoQuestions.in("Vilka sitter i SVOM och Barnarenan?")).isEmpty();
        assertThat(TwoQuestions.in("Hur ofta och när träffas de?")).isEmpty();
        // Asking the bot to do something is never done in halves.
        assertThat(TwoQuestions.in("Kan du publicera kallelsen och när kommer den ut?"))
                .isEmpty();
        // Three questions are beyond it.
        assertThat(TwoQuestions.in("Vad är SVOM och vem sitter där och när träffas de?"))
                .isEmpty();
    }

    @Test
    void the_same_two_opening_words_ask_the_same_of_one_subject() {
        assertThat(TwoQuestions.in("When does the current term end and when does the next one start?")
                        .orElseThrow()
                        .askTheSame())
                .isTrue();
        assertThat(TwoQuestions.in("Hur många grupper finns och hur ofta ses de?")
                        .orElseThrow()
                        .askTheSame())
                .isFalse();
    }

    @Test
    void sentences_said_before_the_questions_go_with_each_half() {
        assertThat(TwoQuestions.in("My term as school board chair ends this month. When does the new term start, and"
                        + " when should HälSam's presidium be picked?"))
                .contains(new TwoQuestions(
                        "My term as school board chair ends this month. When does the new term start?",
                        "My term as school board chair ends this month. when should HälSam's presidium be picked?"));
        // Nor do they make the halves open alike.
        assertThat(TwoQuestions.in("Jag är ny. Hur många grupper finns och hur ofta ses de?")
                        .orElseThrow()
                        .askTheSame())
                .isFalse();
        // A statement alone before one question is no second question.
        assertThat(TwoQuestions.in("Jag är ny här. Vilka sitter i SVOM och Barnarenan?"))
                .isEmpty();
    }
}
