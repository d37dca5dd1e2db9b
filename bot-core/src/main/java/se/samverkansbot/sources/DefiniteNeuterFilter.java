package se.samverkansbot.sources;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Adds the word without its definite ending "-et", which the Snowball Swedish stemmer leaves on, at the same
 * position: "förslaget", "beslutet" and "mötet" then also meet "förslag", "beslut" and "möte". Both forms are
 * kept because "-et" is as often part of the word itself ("kvalitet", "budget", "paket"); "-het" is a suffix the
 * stemmer already knows. A Latin "-iet" becomes "-ium" ("presidiet", "presidium"), and so does the plural, "-ier"
 * and "-ierna" ("presidier", "kriterierna"). Runs before the stemmer, on folded text.
 */
final class DefiniteNeuterFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private AttributeSource.State pending;
    private String stripped;

    DefiniteNeuterFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            term.setEmpty().append(stripped);
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        // Read in place, a string made only for a word that ends so: most words do not.
        if (length >= 5
                && term.charAt(length - 2) == 'e'
                && term.charAt(length - 1) == 't'
                && term.charAt(length - 3) != 'h') {
            pending = captureState();
            String word = term.toString();
            // Latin "-ium" nouns take "-iet": "presidiet" is "presidium", "kriteriet" "kriterium".
            stripped = word.endsWith("iet") ? word.substring(0, length - 2) + "um" : word.substring(0, length - 2);
        } else if (endsWith("ier", 7) || endsWith("ierna", 9)) {
            // Their plural: "Hälsams presidier ansvarar …" answers "vilken roll har presidiet?".
            pending = captureState();
            String word = term.toString();
            stripped = word.substring(0, word.lastIndexOf("ier") + 1) + "um";
        }
        return true;
    }

    /** Whether the word ends so and is at least that long, read in place. */
    private boolean endsWith(String ending, int minLength) {
        int length = term.length();
        if (length < minLength) {
            return false;
        }
        for (int i = 0; i < ending.length(); i++) {
            if (term.charAt(length - ending.length() + i) != ending.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
