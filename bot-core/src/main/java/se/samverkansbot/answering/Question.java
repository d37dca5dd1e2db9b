package se.samverkansbot.answering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.samverkansbot.answering.RegisterIndex.PersonInStructure;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.PartyKind;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.StrategicArea;
import se.samverkansbot.register.Structure;

/**
 * A question as understood: its words, what it names (narrowed to the structures it is about), what it
 * asks, who asks, and in which language to answer.
 */
final class Question {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    final List<String> words;
    final Intent intent;
    final Language language;
    final Optional<PersonInStructure> asker;
    final LocalDate today;
    final Phrasing say;
    private final List<Linker.Match> matches;
    private final Set<Structure> context;

    Question(
            List<String> words,
            List<Linker.Match> matches,
            Intent intent,
            Language language,
            Optional<PersonInStructure> asker,
            LocalDate today) {
        this.words = words;
        this.intent = intent;
        this.language = language;
        this.asker = asker;
        this.today = today;
        this.say = new Phrasing(language);
        this.context = anchoredStructures(matches);
        this.matches = matches.stream().map(this::narrow).toList();
    }

    /** Structures the question pins down: named outright, or the only structure a name can belong to. */
    private static Set<Structure> anchoredStructures(List<Linker.Match> matches) {
        Set<Structure> anchored = new LinkedHashSet<>();
        for (Linker.Match match : matches) {
            Set<Structure> of =
                    match.mentions().stream().map(Mention::structure).collect(Collectors.toSet());
            boolean namesStructure = match.mentions().stream().anyMatch(m -> m instanceof Mention.OfStructure);
            if (namesStructure) {
                match.mentions().stream()
                        .filter(m -> m instanceof Mention.OfStructure)
                        .forEach(m -> anchored.add(m.structure()));
            } else if (of.size() == 1 && !of.contains(null)) {
                anchored.addAll(of);
            }
        }
        return anchored;
    }

    private Linker.Match narrow(Linker.Match match) {
        Set<Structure> preferred = !context.isEmpty()
                ? context
                : asker.map(a -> Set.of(a.structure())).orElse(Set.of());
        if (preferred.isEmpty()) {
            return match;
        }
        Set<Mention> kept = match.mentions().stream()
                .filter(m -> m.structure() == null || preferred.contains(m.structure()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return kept.isEmpty() ? match : new Linker.Match(match.start(), match.end(), kept);
    }

    List<Linker.Match> matches() {
        return matches;
    }

    /** Every mention of a kind, each match's candidates in order. */
    <T extends Mention> List<T> all(Class<T> kind) {
        List<T> found = new ArrayList<>();
        for (Linker.Match match : matches) {
            match.mentions().stream()
                    .filter(kind::isInstance)
                    .map(kind::cast)
                    .filter(m -> !found.contains(m))
                    .forEach(found::add);
        }
        return found;
    }

    /** Matches that can only mean one thing of this kind are fine; one that could mean several is returned. */
    <T extends Mention> Optional<List<T>> ambiguous(Class<T> kind) {
        for (Linker.Match match : matches) {
            List<T> candidates = match.mentions().stream()
                    .filter(kind::isInstance)
                    .map(kind::cast)
                    .toList();
            if (candidates.size() > 1) {
                return Optional.of(candidates);
            }
        }
        return Optional.empty();
    }

    /** The structures the question is about: those it names, else those of what it names, else the asker's. */
    List<Structure> structures(List<Structure> all) {
        if (!context.isEmpty()) {
            return List.copyOf(context);
        }
        Set<Structure> fromMentions = matches.stream()
                .flatMap(m -> m.mentions().stream())
                .map(Mention::structure)
                .filter(s -> s != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (fromMentions.size() == 1) {
            return List.copyOf(fromMentions);
        }
        return asker.map(a -> List.of(a.structure())).orElse(all);
    }

    /** The question names a structure and no forum, party, body or person in it. */
    boolean namesStructureOnly() {
        return !all(Mention.OfStructure.class).isEmpty()
                && all(Mention.OfForum.class).isEmpty()
                && all(Mention.OfParty.class).isEmpty()
                && all(Mention.OfBody.class).isEmpty()
                && all(Mention.OfPerson.class).isEmpty()
                && all(Mention.OfLevel.class).isEmpty();
    }

    Set<ForumLevel> levels() {
        return all(Mention.OfLevel.class).stream()
                .map(Mention.OfLevel::level)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Set<StrategicArea> areas() {
        return all(Mention.OfArea.class).stream()
                .map(Mention.OfArea::area)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Set<SeatRole> roles() {
        return all(Mention.OfRole.class).stream()
                .map(Mention.OfRole::role)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Set<String> municipalities() {
        return all(Mention.OfParty.class).stream()
                .filter(p -> p.party().kind() == PartyKind.MUNICIPALITY)
                .map(p -> p.party().id())
                .collect(Collectors.toSet());
    }

    Optional<Integer> year() {
        return words.stream()
                .filter(w -> YEAR.matcher(w).matches())
                .map(Integer::valueOf)
                .findFirst();
    }

    /** Words that name nothing in the register (safe to repeat: only letters and digits are left). */
    List<String> unnamedWords() {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            final int index = i;
            if (matches.stream().noneMatch(m -> index >= m.start() && index < m.end())) {
                rest.add(words.get(i));
            }
        }
        return rest;
    }
}
