package se.samverkansbot.sources;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Adds a word ending in "-ör" once more, kept from the stemmer, at the same position. Folded, "genomför" and
 * "direktör" end like the plural "-or" of "veckor", and the Snowball stemmer cuts them to "genomf" and "direkt",
 * while "genomföra" and "direktören" keep "genomfor" and "direktor": the whole folded word is where the forms meet.
 * Runs before folding, which is the last point that still sees the "ö".
 */
final class OrEndingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private AttributeSource.State pending;

    OrEndingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            position.setPositionIncrement(0);
            keyword.setKeyword(true);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        // Also "-or" from six letters: members type "genomfor" for "genomför" (a plural's extra whole form, "veckor",
        // finds only itself).
        if (term.length() >= 5 && endsWith('ö', 'r') || term.length() >= 6 && endsWith('o', 'r')) {
            pending = captureState();
        }
        return true;
    }

    /** Read in place: a string of every word of every passage read was a measurable part of the analysis. */
    private boolean endsWith(char secondLast, char last) {
        int length = term.length();
        return term.charAt(length - 2) == secondLast && term.charAt(length - 1) == last;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
