package se.samverkansbot.understanding;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.text.Words;
import se.samverkansbot.time.SwedishTime;

/**
 * Turns what someone wrote into an {@link Utterance}, once per message: words, language, what it names in the
 * current register, who asks, and the day. The register's index is built once per register snapshot.
 */
public final class Understanding {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    /** Item ids ("A-7K3PQ") would read as the English article "a" when guessing the language. */
    private static final Pattern ITEM_ID = Pattern.compile("(?iU)\\bA-[A-Z2-9]{5}\\b");

    private final Supplier<Register> register;
    private final Clock clock;
    private final Linker linker = new Linker();
    private final LanguageGuess languages = new LanguageGuess();
    private volatile RegisterIndex index;

    public Understanding(Supplier<Register> register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /**
     * @param languageHint the platform's language ("sv", "en-GB"), deciding only when the words do not; may be null
     * @param pin a mention key a clarifying question's button picked; may be null
     */
    public Utterance understand(String text, Optional<RegisteredPerson> asker, String languageHint, String pin) {
        String clean = clean(text);
        Language language = language(clean, languageHint);
        RegisterIndex index = index();
        List<String> tokens = spelledOut(Words.tokens(clean));
        List<String> words = NameCompounds.split(tokens, index);
        // The documents never use "hälsammöte" whole: the passage search reads its parts beside it.
        List<String> parts =
                words.stream().filter(word -> !tokens.contains(word)).toList();
        return new Utterance(
                clean,
                parts.isEmpty() ? clean : clean + " " + String.join(" ", parts),
                words,
                // Only an English question has function words that may hide a name.
                linker.link(words, index, language, language == Language.ENGLISH ? writtenAsNames(clean) : Set.of()),
                language,
                asker,
                SwedishTime.today(clock),
                index.mention(pin).orElse(null));
    }

    /**
     * The words written as a name, folded: with a Swedish letter ("Is Åre part of HälSam?" folds "Åre" to the English
     * "are", which as written is the name) or in capitals ("what is RUN?" asks about Regionala utvecklingsnämnden, the
     * verb "run" does not).
     */
    private static Set<String> writtenAsNames(String text) {
        Set<String> words = new java.util.HashSet<>();
        for (String token : NOT_A_LETTER.split(text)) {
            String lower = token.toLowerCase(java.util.Locale.ROOT);
            boolean capitals = token.length() > 1
                    && token.equals(token.toUpperCase(java.util.Locale.ROOT))
                    && !token.equals(lower);
            if (lower.indexOf('å') >= 0 || lower.indexOf('ä') >= 0 || lower.indexOf('ö') >= 0 || capitals) {
                words.add(Words.normalize(lower));
            }
        }
        return words;
    }

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Chat Swedish writes "och" as "o" ("barn o unga", "regionen o kommunerna"): the names and cues are written with
     * "och", and a lone "o" is no other word.
     */
    private static List<String> spelledOut(List<String> tokens) {
        return tokens.contains("o")
                ? tokens.stream().map(t -> t.equals("o") ? "och" : t).toList()
                : tokens;
    }

    /** The language of a text: Swedish unless clearly English; the hint decides only a tie. */
    public Language language(String text, String languageHint) {
        Language hint = languageHint == null ? null : Language.fromTag(languageHint);
        return languages.guess(Words.tokens(ITEM_ID.matcher(clean(text)).replaceAll(" ")), hint);
    }

    /** Control and format characters removed (they hide text or break platforms), trimmed. */
    public static String clean(String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll(" ").strip();
    }

    RegisterIndex index() {
        Register current = register.get();
        RegisterIndex cached = index;
        if (cached == null || cached.register() != current) {
            cached = new RegisterIndex(current);
            index = cached;
        }
        return cached;
    }
}
