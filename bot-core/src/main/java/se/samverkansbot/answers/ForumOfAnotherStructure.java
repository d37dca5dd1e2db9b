package se.samverkansbot.answers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import se.samverkansbot.register.Structure;
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
            "(?iu)\\b(ingår|ingar|med i|hör till|hor till|tillhör|tillhor|del av|part of|belongs? to|member of"
                    + "|included in)\\b");

    /** A question to answer yes or no: "Är …", "Is …". */
    private static final Pattern YES_OR_NO = Pattern.compile("(?iu)^\\W*(är|ar|is|was|var)\\b");

    /**
     * "Is Barnarenan HälSam's forum for children?", "Är Barnarenan ett forum i HälSam?": a yes-or-no question that
     * names the other structure as the forum's owner or place.
     */
    private static boolean asksIfItIsOneOf(String text, Structure other) {
        if (!YES_OR_NO.matcher(text).find()) {
            return false;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(other.name()), other.aliases().stream())
                .map(Pattern::quote)
                .anyMatch(name -> Pattern.compile("(?iu)(\\b(i|in|inom|within|under|of)\\s+" + name + "\\b|\\b" + name
                                + "(s|'s|’s|:s)\\b)")
                        .matcher(text)
                        .find());
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
        if (others.size() != 1
                || !ASKS_IF_PART_OF.matcher(u.text()).find() && !asksIfItIsOneOf(u.text(), others.getFirst())) {
            return Optional.empty();
        }
        String names = u.say()
                .join(forums.stream().map(f -> f.forum().name()).distinct().toList());
        return Optional.of(u.say()
                .say("Nej. %s hör till %s, inte till %s.", "No. %s belongs to %s, not to %s.")
                .formatted(names, own.name(), others.getFirst().name()));
    }
}
