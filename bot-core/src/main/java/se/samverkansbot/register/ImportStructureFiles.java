package se.samverkansbot.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkansbot.register.file.InvalidStructureFile;
import se.samverkansbot.register.file.Problem;
import se.samverkansbot.register.file.ProblemKind;
import se.samverkansbot.register.file.StructureFileReader;

/**
 * Imports structure files. Each file is all or nothing: a refused file changes nothing and the structure it
 * describes keeps its previous content. Two files may not describe the same structure.
 */
public final class ImportStructureFiles {
    private static final Logger log = LoggerFactory.getLogger(ImportStructureFiles.class);

    private final StructureFileReader reader = new StructureFileReader();
    private final Structures structures;
    private final Consumer<Register> onChange;

    /** @param onChange receives the new register after every import that changed something */
    public ImportStructureFiles(Structures structures, Consumer<Register> onChange) {
        this.structures = structures;
        this.onChange = onChange;
    }

    /** A file's name and content; the name is what problems refer to. */
    public record SourceFile(String name, String content) {}

    public record FileOutcome(String file, String structureId, Structures.SaveOutcome saved, List<Problem> problems) {
        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    public List<FileOutcome> importAll(List<SourceFile> files) {
        List<FileOutcome> outcomes = new ArrayList<>();
        Map<String, String> fileOfStructure = new HashMap<>();
        boolean changed = false;
        for (SourceFile file : files) {
            FileOutcome outcome = importOne(file, fileOfStructure);
            outcomes.add(outcome);
            changed |= outcome.saved() == Structures.SaveOutcome.CREATED
                    || outcome.saved() == Structures.SaveOutcome.UPDATED;
            if (outcome.refused()) {
                log.error("{}", new InvalidStructureFile(outcome.problems()).getMessage());
            } else if (outcome.saved() == Structures.SaveOutcome.KEPT_CHANGES_MADE_IN_APP) {
                log.info(
                        "Structure file {} is unchanged since it was last imported: structure '{}' keeps the changes"
                                + " made in the app since",
                        file.name(),
                        outcome.structureId());
            } else {
                log.info(
                        "Structure file {}: structure '{}' {}",
                        file.name(),
                        outcome.structureId(),
                        outcome.saved().name().toLowerCase());
            }
        }
        if (changed) {
            onChange.accept(new Register(structures.all()));
        }
        return outcomes;
    }

    private FileOutcome importOne(SourceFile file, Map<String, String> fileOfStructure) {
        Structure structure;
        try {
            structure = reader.read(file.name(), file.content());
        } catch (InvalidStructureFile e) {
            return new FileOutcome(file.name(), null, null, e.problems());
        }
        String earlier = fileOfStructure.putIfAbsent(structure.id(), file.name());
        if (earlier != null) {
            return new FileOutcome(
                    file.name(),
                    structure.id(),
                    null,
                    List.of(new Problem(file.name(), 0, ProblemKind.DUPLICATE_STRUCTURE, structure.id(), earlier)));
        }
        return new FileOutcome(file.name(), structure.id(), structures.save(structure, file.name()), List.of());
    }
}
