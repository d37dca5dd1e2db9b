package se.samverkansbot.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Swedish analysis for passages and questions alike: diacritics folded first, so "halsam", "nar" and "ange" meet
 * "HälSam", "när" and "Ånge"; Swedish and English stop words out (a question's "when", "what", "vem", "när" say
 * what is asked, not what it is about); then the Snowball Swedish stemmer, so "pausades" meets "pausa" and
 * "översynen" meets "översyn". The light stemmer was tried first and missed both.
 */
final class PassageAnalyzer extends Analyzer {
    static final CharArraySet STOP_WORDS = stopWords();

    /**
     * Forms too short for the Snowball stemmer, which strips an ending only after the word's first syllable: "nya"
     * stayed apart from "ny", so "den nya mandatperioden" did not answer "ny mandatperiod". Not "nytt": "prövas på
     * nytt" means again, and then "det nya ekonomiska läget" answered when the investment is to be tried again.
     */
    private static final java.util.Map<String, String> SHORT_FORMS = java.util.Map.of("nya", "ny");

    /**
     * Words the stemmer would join to another they do not mean: "ersättare" (a deputy) and "ersätta" (to replace)
     * both stem to "ersätt", so "Får en ersättare gå på mötet?" was answered by "… som ska ersätta nuvarande
     * socialreko". Folded, as they meet the filter after the diacritics are.
     */
    private static final java.util.Map<String, String> KEPT_APART = java.util.stream.Stream.of(
                    "ersattare", "ersattaren", "ersattarna", "ersattares", "ersattarnas", "ersattarens")
            .collect(java.util.stream.Collectors.toMap(form -> form, form -> "ersattare"));

    /** Both, in the one filter the stemmer then leaves these words to. */
    private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDES = overrides(SHORT_FORMS, KEPT_APART);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new DecimalCommaFilter(stream);
        stream = new OrEndingFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new DefiniteNeuterFilter(stream);
        stream = new StemmerOverrideFilter(stream, OVERRIDES);
        stream = new RememberedStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** The words of a text as passages are indexed by them and questions look for them. */
    List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Each form to the word it is indexed as, which no stemmer then shortens. */
    @SafeVarargs
    private static StemmerOverrideFilter.StemmerOverrideMap overrides(java.util.Map<String, String>... forms) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        for (java.util.Map<String, String> each : forms) {
            each.forEach(builder::add);
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(64, true);
        SwedishAnalyzer.getDefaultStopSet().forEach(word -> words.add(fold((char[]) word)));
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        // Question words and fillers of both languages that Lucene's lists leave in.
        String more = "vad vem vilka vilken vilket när hur varför finns står ska skall kan berätta säg gäller enligt"
                + " dokumenten dokumentet underlaget enl what who which when how why does did do is are was were has have been"
                + " should must can could would will about tell me i you according documents document from whom"
                + " whose where may might shall had we our your my after before during over under between all any"
                + " each some many much more most other than too very just also only so being its there"
                // Verbs and adverbs of asking, which say how something is asked about, not what.
                + " göra gör gjorde gjort gjordes får fick blir blev bli före efter inför innan sedan också tyckte"
                + " tycker tyckt anser ansåg say says said think thinks thought whats what's"
                // Chat Swedish for "något", "någon", "mycket": as empty of content as the words they shorten.
                + " nåt nån nåra nånting mkt mycke ngn ngt ngra"
                // "Själva översynen": an intensifier, no word of what is asked about.
                + " själv själva"
                // "Hur många", like "how many": what is asked, not what about ("många år" is no answer to it).
                + " många";
        for (String word : more.split(" ")) {
            words.add(fold(word.toCharArray()));
        }
        return CharArraySet.unmodifiableSet(words);
    }

    /** Stop words are compared after folding, as the text is. */
    private static String fold(char[] word) {
        char[] out = new char[word.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(word, 0, out, 0, word.length);
        return new String(out, 0, length);
    }
}
