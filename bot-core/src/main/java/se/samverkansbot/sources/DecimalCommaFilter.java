package se.samverkansbot.sources;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes a decimal point as the Swedish decimal comma: "3.4 million" asked in English is the documents' "3,4 mnkr".
 * Only a number of digits, one point and digits is changed. Read in place, as a regular expression on every word of
 * every passage read was a measurable part of the analysis.
 */
final class DecimalCommaFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    DecimalCommaFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int point = -1;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c == '.' && point < 0 && i > 0 && i < length - 1) {
                point = i;
            } else if (c < '0' || c > '9') {
                return true;
            }
        }
        if (point > 0) {
            buffer[point] = ',';
        }
        return true;
    }
}
