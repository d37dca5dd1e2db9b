package se.samverkansbot.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.samverkansbot.register.GlossaryTerm;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.PartialDate;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.SourceDocument;
import se.samverkansbot.register.Structure;

/** Finding the passage of a source document that answers a question, and nothing when none does. */
class SourceSearchTest {
    private static final String TEXT = """
            # Översyn av samverkan

            ## Ärendet

            Målet med översynen ska vara att identifiera behov av förändringar i den befintliga strukturen.

            Förslaget ska klargöra:
            - mandat
            - rapporteringsvägar
            - behov av administrativt stöd

            Översynen omfattar inte implementering eller kommunikation till medarbetare.

            ## Ekonomi

            Kommunfullmäktige har den 28 november 2022 beslutat att tillfälligt pausa investeringen i äldreomsorgscentret.
            """;

    private final SourceSearch search = new SourceSearch(() -> register(TEXT));

    @Test
    void a_list_is_found_with_the_line_that_introduces_it() {
        SourceSearch.Found found = search.find("Vad ska förslaget klargöra?", Language.SWEDISH, List.of())
                .orElseThrow();

        assertThat(found.excerpt()).startsWith("Förslaget ska klargöra:").contains("- rapporteringsvägar");
        assertThat(found.passage().heading()).isEqualTo("Ärendet");
    }

    @Test
    void a_question_in_other_words_finds_the_passage_in_the_documents_words() {
        SourceSearch.Found found = search.find("Vad ska inte ingå i översynen?", Language.SWEDISH, List.of())
                .orElseThrow();

        assertThat(found.excerpt()).contains("Översynen omfattar inte implementering");
    }

    @Test
    void a_date_on_a_line_of_its_own_is_no_passage_to_quote() {
        SourceSearch review = new SourceSearch(() -> register("""
                2023-10-02

                # Översyn av struktur för samverkan

                ## Förslag till beslut

                HOSPA och Kommunförbundet uppdras att genomföra en översyn av struktur för samverkan.
                """));

        assertThat(review.find("Who is carrying out the 2023 review?", Language.ENGLISH, List.of()))
                .hasValueSatisfying(found -> assertThat(found.excerpt()).contains("HOSPA och Kommunförbundet"));
    }

    @Test
    void short_lines_after_a_colon_are_the_list_it_introduces_not_headings() {
        SourceSearch levels = new SourceSearch(() -> register("""
                ## Länsledning

                - Länsledningens arbete ska bidra till arbetsprocesser på fyra nivåer:

                Politisk nivå

                Strategisk nivå

                Lokal nivå
                """));

        SourceSearch.Found found = levels.find(
                        "vilka nivåer ska länsledningens arbete bidra till?", Language.SWEDISH, List.of())
                .orElseThrow();

        assertThat(found.excerpt()).contains("fyra nivåer:", "- Politisk nivå", "- Strategisk nivå", "- Lokal nivå");
        assertThat(found.passage().heading()).isEqualTo("Länsledning");
    }

    @Test
    void a_members_everyday_word_finds_the_documents_own_word() {
        SourceSearch principles = new SourceSearch(() -> register("""
                ## HälSam

                Huvudpunkterna för den nya samverkansstrukturen:
                - Gemensam värdegrund och gemensamt mål
                - Alla deltagande parter är fullvärdiga medlemmar i samverkan
                """));

        assertThat(principles.find("vilka principer bygger samverkan på?", Language.SWEDISH, List.of()))
                .hasValueSatisfying(found -> assertThat(found.excerpt()).contains("Huvudpunkterna"));
        assertThat(principles.find("är alla parter jämlika medlemmar?", Language.SWEDISH, List.of()))
                .hasValueSatisfying(found -> assertThat(found.excerpt()).contains("fullvärdiga medlemmar"));
    }

    @Test
    void a_line_that_breaks_off_goes_on_after_the_blank_line_instead_of_reading_as_two_headings() {
        SourceSearch decision = new SourceSearch(() -> register("""
                ## Nuläge

                Förslaget finns beskrivet i bilaga.

                Beslutet ska skickas till

                SocialReKo
                """));

        SourceSearch.Found found = decision.find("vem skulle beslutet skickas till?", Language.SWEDISH, List.of())
                .orElseThrow();

        assertThat(found.excerpt()).contains("Beslutet ska skickas till SocialReKo");
        assertThat(found.passage().heading()).isEqualTo("Nuläge");
    }

    @Test
    void a_when_question_gets_the_dated_sentence_even_without_diacritics() {
        SourceSearch.Found found = search.find(
                        "nar pausades investeringen i aldreomsorgscentret", Language.SWEDISH, List.of())
                .orElseThrow();

        assertThat(found.excerpt()).contains("28 november 2022").doesNotContain("mandat");
    }

    @Test
    void words_no_document_uses_do_not_make_the_covering_passage_look_partial() {
        SourceSearch.Found found = search.find("pausa investeringen – datum o tid?", Language.SWEDISH, List.of())
                .orElseThrow();

        assertThat(found.excerpt()).contains("28 november 2022");
        // It covers two of the four words asked: the answer still says it is the nearest match, not the answer.
        assertThat(found.coverage()).isLessThan(0.7);
    }

    @Test
    void a_theme_asked_about_is_not_found_in_every_meeting() {
        SourceSearch meetings = new SourceSearch(() -> register("""
                ## Möten

                Länsledningen har möte i Sundsvall varje månad.
                """));

        assertThat(meetings.find("vilket tema har länsledningen?", Language.SWEDISH, List.of()))
                .isEmpty();
    }

    @Test
    void a_theme_meeting_written_with_a_hyphen_is_still_a_theme_meeting() {
        SourceSearch themes = new SourceSearch(() -> register("""
                ## Presidiet

                Presidiet planerar ett tema-möte om psykisk hälsa varje höst.

                ## Länsledningen

                Länsledningen planerar ett möte om psykisk hälsa varje månad.

                ## Våren

                Ett temamöte hålls också på våren.
                """));

        // "temamöte" is a word of the documents here, so the question's word is not split into "tema" and "möte":
        // only the paraphrase "tema-möte", both words together, finds the presidium's theme meeting.
        assertThat(themes.find("vem planerar temamötet om psykisk hälsa?", Language.SWEDISH, List.of()))
                .hasValueSatisfying(found -> assertThat(found.excerpt()).contains("tema-möte"));
    }

    @Test
    void an_english_verb_is_not_found_as_a_two_letter_word_of_a_reference() {
        SourceSearch costs = new SourceSearch(() -> register("""
                ## Ekonomi

                Kostnaderna för kommunerna redovisas i bilagan (se bilaga 2).
                """));

        // "see" is "ses" or "uppfattas", never the "se" of "(se bilaga 2)".
        assertThat(costs.find("How do the municipalities see the costs?", Language.ENGLISH, List.of()))
                .hasValueSatisfying(found -> assertThat(found.matched()).isEqualTo(2));
    }

    @Test
    void an_english_word_whose_swedish_is_two_letters_is_still_asked_about() {
        SourceSearch proposal = new SourceSearch(() -> register("""
                ## Nuläge

                Strukturen för samverkan är den struktur för samverkan som funnits länge.

                ## Förslag

                Förslaget är en ny struktur för samverkan.
                """));

        // "new" is "ny": only a word of a phrase ("se" of "se över") is too short to look for.
        assertThat(proposal.find("What is the new structure for collaboration?", Language.ENGLISH, List.of()))
                .hasValueSatisfying(found -> assertThat(found.excerpt()).contains("en ny struktur"));
    }

    @Test
    void a_passage_sharing_only_one_word_is_still_no_answer() {
        assertThat(search.find("pausa glassbilen – datum o tid?", Language.SWEDISH, List.of()))
                .isEmpty();
    }

    @Test
    void a_verb_ending_in_or_meets_its_other_forms() {
        SourceSearch within = new SourceSearch(() -> register("""
                # Översyn

                ## Förslag till beslut

                Regionen och Kommunförbundet uppdras att genomföra en översyn av strukturen.
                """));

        assertThat(within.find("Vem genomför översynen?", Language.SWEDISH, List.of()))
                .hasValueSatisfying(found -> assertThat(found.excerpt()).contains("Kommunförbundet"));
    }

    @Test
    void a_sentence_ending_in_a_colon_is_quoted_with_the_paragraph_it_introduces() {
        SourceSearch within = new SourceSearch(() -> register("""
                # Struktur

                ## Representation

                Från kommunerna utses någon till presidiet utifrån följande grund:

                Respektive socialpresidium väljer sin representant bland ordförandena.

                Från regionen utses någon till presidiet bland tre nämnders ordförande.
                """));

        assertThat(within.find("Hur utses kommunernas ledamöter i presidiet?", Language.SWEDISH, List.of()))
                .hasValueSatisfying(found ->
                        assertThat(found.excerpt()).contains("följande grund:\nRespektive socialpresidium väljer"));
    }

    @Test
    void a_list_item_far_down_its_list_is_quoted_with_the_line_that_introduces_the_list() {
        SourceSearch within = new SourceSearch(() -> register("""
                # Översyn

                ## Ärendet

                Uppdraget bör inte omfatta:

                - samverkan med andra aktörer
                - samverkan i andra frågor
                - implementering av en ny samverkansstruktur
                """));

        assertThat(within.find("Ingår implementeringen av ny struktur i översynen?", Language.SWEDISH, List.of()))
                .hasValueSatisfying(found -> assertThat(found.excerpt())
                        .startsWith("Uppdraget bör inte omfatta:")
                        .contains("- implementering av en ny samverkansstruktur"));
    }

    @Test
    void an_english_question_finds_the_swedish_passage() {
        Optional<SourceSearch.Found> found = search.find("What does the review exclude?", Language.ENGLISH, List.of());

        assertThat(found).hasValueSatisfying(f -> assertThat(f.excerpt()).contains("omfattar inte implementering"));
    }

    @Test
    void a_compound_the_documents_do_not_use_is_asked_as_its_parts() {
        SourceSearch.Found found = search.find("Vad ska översynsförslaget klargöra?", Language.SWEDISH, List.of())
                .orElseThrow();

        assertThat(found.excerpt()).startsWith("Förslaget ska klargöra:");
        assertThat(found.matched()).isEqualTo(3);
    }

    @Test
    void a_sentence_is_quoted_for_what_it_says_under_its_heading() {
        SourceSearch search = new SourceSearch(() -> register("""
                ## Beredningsgruppens resonemang

                Beredningsgruppen har diskuterat konsulternas förslag vid flera möten under våren och sommaren, med underlag från alla parter i länet och med synpunkter från de lokala grupperna.

                Konsulternas förslag uppfattas som för omfattande och resurskrävande för att förverkligas under tidspress och med så otydligt beskrivna arbetsformer i de olika forumen.
                """));

        SourceSearch.Found found = search.find(
                        "Vad tyckte beredningsgruppen om konsulternas förslag?", Language.SWEDISH, List.of())
                .orElseThrow();

        assertThat(found.excerpt()).contains("diskuterat").contains("resurskrävande");
    }

    @Test
    void two_paragraphs_of_one_section_that_answer_equally_are_quoted_together() {
        String filler =
                " Arbetet har pågått i flera omgångar med alla parter i länet, både politiker och tjänstepersoner,"
                        + " och synpunkter har samlats in från de lokala grupperna, länsledningen och de tre strategiska"
                        + " områdena under hela våren och sommaren innan något sammanfattades.";
        SourceSearch search = new SourceSearch(() -> register("## Ärendet\n\nKommunerna har bildat ett kommunförbund, "
                + "vilket är ett skäl att se över strukturen." + filler + "\n\nStrukturen har funnits länge, vilket"
                + " också är ett skäl att se över den." + filler + "\n"));

        SourceSearch.Found found = search.find("Vilka skäl finns att se över strukturen?", Language.SWEDISH, List.of())
                .orElseThrow();

        assertThat(found.excerpt()).contains("kommunförbund").contains("funnits länge");
        assertThat(found.excerpt().indexOf("kommunförbund"))
                .isLessThan(found.excerpt().indexOf("funnits länge"));
    }

    @Test
    void a_passage_sharing_one_word_with_the_question_is_not_an_answer() {
        assertThat(search.find("Vem är ordförande i översynen av kulturrådet?", Language.SWEDISH, List.of()))
                .isEmpty();
        assertThat(search.find("översynen", Language.SWEDISH, List.of())).isEmpty();
    }

    @Test
    void another_structures_documents_are_left_out_when_the_question_names_one() {
        assertThat(search.find("Vad ska förslaget klargöra?", Language.SWEDISH, List.of("another")))
                .isEmpty();
    }

    @Test
    void a_compound_covers_the_word_it_ends_in() {
        SourceSearch search = new SourceSearch(() -> register("## Ärendet\n\nSjukvårdsnämnden och utbildningsnämnden"
                + " utser styrgruppen.\n\nStyrgruppen utser sin ordförande själv.\n"));

        SourceSearch.Found found = search.find("Vilka nämnder utser styrgruppen?", Language.SWEDISH, List.of())
                .orElseThrow();

        assertThat(found.excerpt()).contains("Sjukvårdsnämnden");
        assertThat(found.coverage()).isEqualTo(1.0);
    }

    @Test
    void an_abbreviation_of_the_glossary_is_found_by_what_it_stands_for() {
        SourceSearch search = new SourceSearch(() -> register(
                "## Representation\n\nTill presidiet utses en av ordförandena i HSN eller RUN.\n\n"
                        + "Presidiet träffas före varje möte.\n",
                new GlossaryTerm("HSN", "Hälso- och sjukvårdsnämnden (regionen)", List.of()),
                new GlossaryTerm("RUN", "Regionala utvecklingsnämnden", List.of())));

        SourceSearch.Found found = search.find("Från vilka nämnder utses presidiet?", Language.SWEDISH, List.of())
                .orElseThrow();

        assertThat(found.excerpt()).contains("HSN eller RUN");
        assertThat(found.coverage()).isEqualTo(1.0);
    }

    @Test
    void a_latin_neuter_in_its_definite_form_meets_its_base_form() {
        SourceSearch search = new SourceSearch(() ->
                register("## Representation\n\nPresidiet består av tre ordförande.\n\nMötena hålls i regionhuset.\n"));

        assertThat(search.find("Hur många ordförande har presidium?", Language.SWEDISH, List.of()))
                .get()
                .extracting(SourceSearch.Found::excerpt)
                .asString()
                .contains("tre ordförande");
    }

    private static Register register(String text, GlossaryTerm... glossary) {
        SourceDocument document = new SourceDocument(
                "oversyn", "Översyn av samverkan", PartialDate.parse("2023-10-02"), "review", null, text);
        Structure structure = new Structure(
                "test",
                "Testsamverkan",
                null,
                List.of(),
                null,
                null,
                null,
                List.of(),
                null,
                null,
                true,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(glossary),
                List.of(),
                null,
                List.of(document));
        return new Register(List.of(structure));
    }
}
