package se.samverkansbot.app.config;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code samverkan.*}; see the configuration table in the README.
 *
 * @param dataDir    where the embedded database keeps its file
 * @param mongodbUri a real MongoDB; when blank the embedded server is used
 * @param database   the database name when the URI names none
 * @param structures extra structure files to load besides the shipped ones
 */
@ConfigurationProperties("samverkan")
public record SamverkanProperties(
        @DefaultValue("./data") Path dataDir,
        String mongodbUri,
        @DefaultValue("samverkansbot") String database,
        @DefaultValue Structures structures) {

    /**
     * @param files      individual structure files
     * @param directory  a directory whose *.yaml and *.yml files are all loaded
     * @param loadShipped whether the files that ship with the bot (HälSam, Jämtland Härjedalen) are loaded
     */
    public record Structures(
            List<Path> files,
            Path directory,
            @DefaultValue("true") boolean loadShipped) {
        public Structures {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    public boolean embedded() {
        return mongodbUri == null || mongodbUri.isBlank();
    }
}
