package se.samverkansbot.register.file;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;
import se.samverkansbot.text.EditDistance;

/** " (did you mean 'x'?)" after a misspelt key or id, or nothing when nothing is close. */
record Suggestion(String closest) implements Bilingual {

    static Suggestion among(String wrong, Collection<String> candidates) {
        String closest = candidates.stream()
                .min(Comparator.comparingInt(
                        candidate -> distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT))))
                .filter(candidate -> distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT))
                        <= Math.max(2, wrong.length() / 3))
                .orElse(null);
        return new Suggestion(closest);
    }

    @Override
    public String label(Language language) {
        if (closest == null) {
            return "";
        }
        return language == Language.SWEDISH ? " (menade du '" + closest + "'?)" : " (did you mean '" + closest + "'?)";
    }

    private static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
