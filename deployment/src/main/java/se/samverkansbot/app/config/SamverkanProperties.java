package se.samverkansbot.app.config;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param demo       the fictional demo structure and its meetings, for trying the bot (README's run command)
 * @param mongodb    the driver's timeouts, for the embedded server and a real MongoDB alike
 */
@ConfigurationProperties("samverkan")
public record SamverkanProperties(
        @DefaultValue("./data") Path dataDir,
        String mongodbUri,
        @DefaultValue("samverkansbot") String database,
        @DefaultValue Structures structures,
        @DefaultValue Demo demo,
        @DefaultValue Mongodb mongodb) {

    /**
     * How long the bot waits for the database before it tells the person that nothing was saved, so an outage is
     * answered in seconds and no web thread waits for long.
     *
     * @param serverSelectionTimeout finding a server that takes the request (the database is down: this long)
     * @param connectTimeout         opening a connection
     * @param socketTimeout          an answer on an open connection (the database is frozen: this long)
     */
    public record Mongodb(
            @DefaultValue("PT2S") Duration serverSelectionTimeout,
            @DefaultValue("PT2S") Duration connectTimeout,
            @DefaultValue("PT5S") Duration socketTimeout) {
        public static final Mongodb DEFAULT =
                new Mongodb(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    public SamverkanProperties {
        mongodb = mongodb == null ? Mongodb.DEFAULT : mongodb;
    }

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

    /**
     * @param enabled         load the fictional Demosam structure and enter its meetings and items at start; the
     *                        README's run command turns it on (the {@code demo} profile), a production start never
     * @param onRealDatabase  allow the demo on a MongoDB given by MONGODB_URI too (it is refused there otherwise,
     *                        so fictional people and meetings never land in a real deployment's database)
     */
    public record Demo(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("false") boolean onRealDatabase) {}

    public boolean embedded() {
        return mongodbUri == null || mongodbUri.isBlank();
    }
}
