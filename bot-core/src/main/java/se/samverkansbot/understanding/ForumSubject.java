package se.samverkansbot.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.StrategicArea;
import se.samverkansbot.register.Structure;

/**
 * Which forums a question is about: those it names; else every forum of a level it names ("länssamordnings-
 * grupperna"), narrowed by area and municipality; or, when one name fits several forums, the candidates
 * to ask about.
 */
public record ForumSubject(List<ForumRef> forums, List<ForumRef> ambiguousBetween) {

    public static ForumSubject of(Utterance question, List<Structure> all) {
        Set<ForumRef> named = new LinkedHashSet<>();
        List<ForumRef> ambiguous = List.of();
        for (Linker.Match match : question.matches()) {
            List<ForumRef> candidates = match.mentions().stream()
                    .filter(m -> m instanceof Mention.OfForum)
                    .map(m -> (Mention.OfForum) m)
                    .map(m -> new ForumRef(m.structure(), m.forum()))
                    .toList();
            if (candidates.size() == 1) {
                named.add(candidates.getFirst());
            } else if (candidates.size() > 1 && ambiguous.isEmpty()) {
                List<ForumRef> narrowed = narrowByAreaAndPlace(candidates, question);
                if (narrowed.size() == 1) {
                    named.add(narrowed.getFirst());
                } else {
                    ambiguous = narrowed.isEmpty() ? candidates : narrowed;
                }
            }
        }
        for (ForumLevel level : question.levels()) {
            List<ForumRef> ofLevel = ofLevel(level, question.structures(all), question);
            if (ofLevel.isEmpty() && question.all(Mention.OfStructure.class).isEmpty()) {
                // The asker's own structure has no such forums: the question is about the structures that do.
                ofLevel = ofLevel(level, all, question);
            }
            named.addAll(narrowByAreaAndPlace(ofLevel, question));
        }
        if (named.isEmpty() && !ambiguous.isEmpty()) {
            return new ForumSubject(List.of(), ambiguous);
        }
        return new ForumSubject(List.copyOf(named), List.of());
    }

    private static List<ForumRef> ofLevel(ForumLevel level, List<Structure> structures, Utterance question) {
        List<ForumRef> ofLevel = new ArrayList<>();
        for (Structure structure : structures) {
            structure.forums().stream()
                    .filter(f -> f.level() == level && f.isActiveOn(question.today()))
                    .forEach(f -> ofLevel.add(new ForumRef(structure, f)));
        }
        return ofLevel;
    }

    private static List<ForumRef> narrowByAreaAndPlace(List<ForumRef> forums, Utterance question) {
        Set<StrategicArea> areas = question.areas();
        Set<String> municipalities = question.municipalities();
        return forums.stream()
                .filter(ref -> areas.isEmpty() || areas.contains(ref.forum().area()))
                .filter(ref -> municipalities.isEmpty()
                        || ref.forum().municipality() == null
                        || municipalities.contains(ref.forum().municipality()))
                .toList();
    }

    public boolean isEmpty() {
        return forums.isEmpty() && ambiguousBetween.isEmpty();
    }

    public boolean isAmbiguous() {
        return !ambiguousBetween.isEmpty();
    }
}
