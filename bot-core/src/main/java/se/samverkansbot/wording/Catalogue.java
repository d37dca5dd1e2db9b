package se.samverkansbot.wording;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;

/**
 * A module's wording in Swedish and English: {@code <name>.properties} (Swedish, the default) and {@code
 * <name>_en.properties}, UTF-8, with the same keys and the same {@code %s} arguments in each. The core has one
 * ({@link Wording}); each adapter has its own for what only it shows (form labels, field errors).
 */
public final class Catalogue {
    private final String name;
    private final Map<Language, ResourceBundle> bundles;

    private Catalogue(String name) {
        this.name = name;
        this.bundles =
                Map.of(Language.SWEDISH, bundle(name, Locale.ROOT), Language.ENGLISH, bundle(name, Locale.ENGLISH));
    }

    /** The catalogue whose files are {@code baseName} (a resource path in dots, as for a ResourceBundle). */
    public static Catalogue of(String baseName) {
        return new Catalogue(baseName);
    }

    /** The text under {@code key} in {@code language}; a {@link Bilingual} argument is said in that language. */
    public String text(Language language, String key, Object... arguments) {
        Object[] said = Arrays.stream(arguments)
                .map(argument -> argument instanceof Bilingual bilingual ? bilingual.label(language) : argument)
                .toArray();
        return bundles.get(language).getString(key).formatted(said);
    }

    /** The text under {@code key} in both languages, to be said in the reader's. */
    public Bilingual of(String key, Object... arguments) {
        return language -> text(language, key, arguments);
    }

    /** The keys in a language, for the test that both languages say everything. */
    public List<String> keys(Language language) {
        return bundles.get(language).keySet().stream().sorted().toList();
    }

    /** The text under a key before arguments are filled in. */
    public String raw(Language language, String key) {
        return bundles.get(language).getString(key);
    }

    @Override
    public String toString() {
        return name;
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(
                name, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
