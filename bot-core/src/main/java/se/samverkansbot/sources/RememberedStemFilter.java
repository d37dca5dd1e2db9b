package se.samverkansbot.sources;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The Snowball Swedish stemmer, each word's stem remembered: a question's candidate passages are analysed again for
 * every question (to see which of its words each covers), and the stemmer was the largest part of that on the
 * answering path (JFR at national scale: a quarter of the passage search's samples). The same words recur across
 * passages, so a bounded table of word to stem saves most of it. Words marked as keywords are left as they are, as
 * Lucene's SnowballFilter leaves them.
 */
final class RememberedStemFilter extends TokenFilter {
    /** Enough for the documents' vocabulary; past it, words are stemmed without being remembered. */
    private static final int REMEMBERED = 30_000;

    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

    private final SwedishStemmer stemmer = new SwedishStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    RememberedStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        String word = term.toString();
        String stem = STEMS.get(word);
        if (stem == null) {
            stemmer.setCurrent(word);
            stemmer.stem();
            stem = stemmer.getCurrent();
            if (STEMS.size() < REMEMBERED) {
                STEMS.put(word, stem);
            }
        }
        term.setEmpty().append(stem);
        return true;
    }
}
