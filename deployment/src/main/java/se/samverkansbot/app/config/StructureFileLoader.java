package se.samverkansbot.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import se.samverkansbot.app.demo.DemoStructure;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.ImportStructureFiles;
import se.samverkansbot.register.ImportStructureFiles.FileOutcome;
import se.samverkansbot.register.ImportStructureFiles.SourceFile;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structures;
import se.samverkansbot.register.file.InvalidStructureFile;
import se.samverkansbot.register.file.Problem;
import se.samverkansbot.register.file.ProblemKind;
import se.samverkansbot.register.file.StructureFileReader;

/**
 * Loads the structure files at start: the demo structure when the demo is on, the shipped ones, then the
 * configured files and directory. The
 * register is published from the database afterwards, so structures imported earlier stay available even
 * when their file is now refused.
 */
@Component
public class StructureFileLoader implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(StructureFileLoader.class);

    private final SamverkanProperties properties;
    private final ImportStructureFiles importer;
    private final Structures structures;
    private final CurrentRegister register;
    private volatile List<FileOutcome> lastOutcomes = List.of();

    StructureFileLoader(
            SamverkanProperties properties,
            ImportStructureFiles importer,
            Structures structures,
            CurrentRegister register) {
        this.properties = properties;
        this.importer = importer;
        this.structures = structures;
        this.register = register;
    }

    @Override
    public void afterPropertiesSet() {
        List<FileOutcome> unreadable = new ArrayList<>();
        List<FileOutcome> outcomes = new ArrayList<>(importer.importAll(sources(unreadable)));
        outcomes.addAll(unreadable);
        lastOutcomes = List.copyOf(outcomes);
        register.accept(new Register(structures.all()));
        log.info(
                "Register ready with {} structures: {}",
                register.get().structures().size(),
                register.get().structures().stream().map(s -> s.name()).toList());
    }

    public List<FileOutcome> lastOutcomes() {
        return lastOutcomes;
    }

    private List<SourceFile> sources(List<FileOutcome> unreadable) {
        List<SourceFile> sources = new ArrayList<>();
        if (properties.demo().enabled()) {
            sources.add(DemoStructure.file());
        }
        SamverkanProperties.Structures config = properties.structures();
        if (config.loadShipped()) {
            sources.addAll(shipped());
        }
        config.files().forEach(file -> read(file, sources, unreadable));
        if (config.directory() != null) {
            try (Stream<Path> files = Files.list(config.directory())) {
                files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                        .sorted()
                        .forEach(file -> read(file, sources, unreadable));
            } catch (IOException e) {
                refuseUnreadable(config.directory(), e, unreadable);
            }
        }
        return sources;
    }

    private static List<SourceFile> shipped() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:structures/*.yaml");
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(resource -> {
                        try {
                            return new SourceFile(
                                    resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped structure files", e);
        }
    }

    private static void read(Path file, List<SourceFile> sources, List<FileOutcome> unreadable) {
        try {
            // By its size first: a huge file is refused without being read, and the app starts.
            StructureFileReader.refuseIfTooLarge(file.getFileName().toString(), Files.size(file));
        } catch (InvalidStructureFile tooLarge) {
            log.error("{}", tooLarge.problems().getFirst());
            unreadable.add(new FileOutcome(file.toString(), null, null, tooLarge.problems()));
            return;
        } catch (IOException e) {
            refuseUnreadable(file, e, unreadable);
            return;
        }
        try {
            sources.add(new SourceFile(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            refuseUnreadable(file, e, unreadable);
        }
    }

    /** An unreadable file is refused like an invalid one: named in the log and in health, nothing changed. */
    private static void refuseUnreadable(Path path, IOException e, List<FileOutcome> unreadable) {
        Problem problem = new Problem(path.toString(), 0, ProblemKind.UNREADABLE, e.toString());
        log.error("{}", problem);
        unreadable.add(new FileOutcome(path.toString(), null, null, List.of(problem)));
    }
}
