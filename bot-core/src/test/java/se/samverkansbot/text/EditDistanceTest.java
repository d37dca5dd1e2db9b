package se.samverkansbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    private static final String LETTERS = "abcäsklmö";

    @Test
    void counts_the_letters_to_change_add_or_drop() {
        assertThat(EditDistance.between("sundsvall", "sundsvall")).isZero();
        assertThat(EditDistance.between("sundsvall", "sundsval")).isEqualTo(1);
        assertThat(EditDistance.between("kramfors", "kramfros")).isEqualTo(2);
        assertThat(EditDistance.between("", "ånge")).isEqualTo(4);
    }

    @Test
    void a_bounded_check_says_what_the_full_distance_would() {
        assertThat(EditDistance.atMost("sundsvall", "sundsval", 1)).isTrue();
        assertThat(EditDistance.atMost("kramfors", "kramfros", 1)).isFalse();
        assertThat(EditDistance.atMost("kramfors", "kramfros", 2)).isTrue();
        assertThat(EditDistance.atMost("ab", "", 2)).isTrue();
        assertThat(EditDistance.atMost("abc", "", 2)).isFalse();
        assertThat(EditDistance.atMost("förslaget", "försläget", 0)).isFalse();
    }

    @Test
    void the_bounded_check_agrees_with_the_full_distance_on_every_pair_tried() {
        Random random = new Random(11);
        for (int round = 0; round < 200_000; round++) {
            String a = word(random);
            String b = random.nextBoolean() ? typo(a, random) : word(random);
            int max = random.nextInt(4);
            assertThat(EditDistance.atMost(a, b, max))
                    .as("%s and %s within %d", a, b, max)
                    .isEqualTo(EditDistance.between(a, b) <= max);
        }
    }

    /**
     * Short words of few letters, so that near misses are common; enough letters that words far apart in their
     * letters, which the check tells apart without a table, are common too.
     */
    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    private static String typo(String word, Random random) {
        StringBuilder typed = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0; edits--) {
            int at = typed.isEmpty() ? 0 : random.nextInt(typed.length());
            switch (random.nextInt(3)) {
                case 0 -> typed.insert(at, LETTERS.charAt(random.nextInt(LETTERS.length())));
                case 1 -> {
                    if (!typed.isEmpty()) {
                        typed.deleteCharAt(at);
                    }
                }
                default -> {
                    if (!typed.isEmpty()) {
                        typed.setCharAt(at, LETTERS.charAt(random.nextInt(LETTERS.length())));
                    }
                }
            }
        }
        return typed.toString();
    }
}
