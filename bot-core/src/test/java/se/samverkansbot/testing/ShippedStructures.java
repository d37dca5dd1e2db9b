package se.samverkansbot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import se.samverkansbot.register.ImportStructureFiles.SourceFile;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;
import se.samverkansbot.register.file.StructureFileReader;

/** The structure files the bot ships with, read from the classpath as the application reads them. */
public final class ShippedStructures {
    public static final List<String> FILES = List.of("halsam.yaml", "jamtland-harjedalen.yaml");

    private ShippedStructures() {}

    public static SourceFile file(String name) {
        try (InputStream in = ShippedStructures.class.getResourceAsStream("/structures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No shipped structure file " + name);
            }
            return new SourceFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Structure structure(String name) {
        SourceFile file = file(name);
        return new StructureFileReader().read(file.name(), file.content());
    }

    public static Register register() {
        return new Register(FILES.stream().map(ShippedStructures::structure).toList());
    }
}
