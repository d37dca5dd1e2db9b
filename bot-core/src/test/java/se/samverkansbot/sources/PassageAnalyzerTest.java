package se.samverkansbot.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The words a passage or a question is found by. */
class PassageAnalyzerTest {
    private final PassageAnalyzer analyzer = new PassageAnalyzer();

    @Test
    void a_decimal_point_is_the_documents_decimal_comma() {
        assertThat(terms("3.4 million")).contains("3,4");
        assertThat(terms("3,4 mnkr")).contains("3,4");
    }

    @Test
    void only_digits_around_one_point_make_a_decimal() {
        assertThat(terms("version 1.2.3")).contains("1.2.3");
        assertThat(terms("kl. 9.30a")).doesNotContain("9,30a");
    }

    @Test
    void a_word_ending_in_or_is_also_kept_whole() {
        assertThat(terms("genomför")).contains("genomfor");
        assertThat(terms("genomföra")).contains("genomfor");
        assertThat(terms("veckor")).containsExactlyInAnyOrder("veckor", "veck");
    }

    @Test
    void a_definite_neuter_ending_is_also_taken_off() {
        assertThat(terms("förslaget")).contains("forslag");
        assertThat(terms("presidiet")).contains("presidium");
        // And a Latin noun's plural: "presidier", "kriterierna".
        assertThat(terms("presidier")).contains("presidium");
        assertThat(terms("kriterierna")).contains("kriterium");
        assertThat(terms("säkerhet")).doesNotContain("sakerh");
        assertThat(terms("budget")).contains("budg");
    }

    @Test
    void a_deputy_is_not_found_by_replacing() {
        assertThat(terms("ersättaren")).containsExactly("ersattare");
        assertThat(terms("ersätta")).doesNotContain("ersattare");
    }

    private List<String> terms(String text) {
        return analyzer.terms(text);
    }
}
