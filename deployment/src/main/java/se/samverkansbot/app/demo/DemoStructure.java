package se.samverkansbot.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import se.samverkansbot.app.config.SamverkanProperties;
import se.samverkansbot.register.ImportStructureFiles.SourceFile;

/** The fictional Demosam structure file, and the rule that keeps it out of real databases. */
public final class DemoStructure {
    public static final String STRUCTURE_ID = "demosam";
    public static final String FORUM_ID = "styrgruppen";
    static final String RESOURCE = "demo/demosam.yaml";

    private DemoStructure() {}

    public static SourceFile file() {
        try (InputStream in = DemoStructure.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo structure " + RESOURCE + " is missing from the application");
            }
            return new SourceFile("demosam.yaml (demo)", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A demo on a real MongoDB would put invented people and meetings into a real deployment: refused, unless asked for. */
    public static void refuseOnRealDatabase(SamverkanProperties properties) {
        if (properties.demo().enabled()
                && !properties.embedded()
                && !properties.demo().onRealDatabase()) {
            throw new IllegalStateException("The demo (samverkan.demo.enabled) is on while MONGODB_URI names a real"
                    + " database: it would write fictional people, meetings and agenda items there. Start without"
                    + " the demo profile, or set samverkan.demo.on-real-database=true if this database is for trying"
                    + " the bot only.");
        }
    }
}
