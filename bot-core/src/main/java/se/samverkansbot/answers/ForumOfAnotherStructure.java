package se.samverkansbot.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import se.samverkansbot.register.Structure;
import se.samverkansbot.text.Words;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;

/**
 * "Fredaggruppen – är den med i HälSam?", "Is SVOM part of HälSam?": a forum of one structure asked about as a part
 * of the other. Its own description alone reads as a yes; that it belongs elsewhere is said first.
 */
public final class ForumOfAnotherStructure {
    private ForumOfAnotherStructure() {}

    /** Asking whether something is in, part of or under a structure. */
    private static final Pattern ASKS_IF_PART_OF = Pattern.compile(
            "(?iuU)\\b(ingår|ingar|med i|hör till|hor till|tillhör|tillhor|del av|part of|belongs? to|member of"
                    + "|included in)\\b");

    /** A question to answer yes or no: "Är …", "Is …". */
    private static final Pattern YES_OR_NO = Pattern.compile("(?iuU)^\\W*(är|ar|is|was|var)\\b");

    /** Words before a structure's name that make it the forum's place: "i HälSam", "in HälSam". */
    private static final Set<String> PLACE_WORDS = Set.of("i", "in", "inom", "within", "under", "of");

    /**
     * "Is Barnarenan HälSam's forum for children?", "Är Barnarenan ett forum i HälSam?": a yes-or-no question that
     * names the other structure as the forum's owner or place. Read on the message's normalised words, where
     * "HälSam's" and "SVOM:s" are the name and an "s".
     */
    private static boolean asksIfItIsOneOf(Utterance u, Structure other) {
        return YES_OR_NO.matcher(u.text()).find()
                && Stream.concat(Stream.of(other.name()), other.aliases().stream())
                        .map(Words::tokens)
                        .filter(name -> !name.isEmpty())
                        .anyMatch(name -> namedAsOwnerOrPlace(u.words(), name));
    }

    private static boolean namedAsOwnerOrPlace(List<String> words, List<String> name) {
        int n = name.size();
        List<String> genitive = new ArrayList<>(name);
        genitive.set(n - 1, name.get(n - 1) + "s");
        for (int at = 0; at + n <= words.size(); at++) {
            List<String> here = words.subList(at, at + n);
            if (here.equals(genitive)) {
                return true;
            }
            if (here.equals(name)
                    && (at > 0 && PLACE_WORDS.contains(words.get(at - 1))
                            || at + n < words.size() && words.get(at + n).equals("s"))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence to say first, when the question asks whether forums of one structure belong to another. */
    public static Optional<String> said(Utterance u) {
        List<Mention.OfForum> forums = u.all(Mention.OfForum.class);
        if (forums.isEmpty()) {
            return Optional.empty();
        }
        Structure own = forums.getFirst().structure();
        if (forums.stream().anyMatch(f -> !f.structure().id().equals(own.id()))) {
            return Optional.empty();
        }
        List<Structure> others = u.all(Mention.OfStructure.class).stream()
                .map(Mention.OfStructure::structure)
                .filter(s -> !s.id().equals(own.id()))
                .distinct()
                .toList();
        if (others.size() != 1 || !ASKS_IF_PART_OF.matcher(u.text()).find() && !asksIfItIsOneOf(u, others.getFirst())) {
            return Optional.empty();
        }
        String names = u.say()
                .join(forums.stream().map(f -> f.forum().name()).distinct().toList());
        return Optional.of(u.say()
                .say("Nej. %s hör till %s, inte till %s.", "No. %s belongs to %s, not to %s.")
                .formatted(names, own.name(), others.getFirst().name()));
    }
}
