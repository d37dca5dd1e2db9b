package se.samverkansbot.app.config;

import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.ImportStructureFiles;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Structure;

/**
 * Part of readiness: up when the database answers and at least one structure is loaded, since without a
 * structure the bot can answer nothing. The details say which structures are loaded and which files were
 * refused (with file, line and problem), so a secretary who added a file can see at a glance whether it took;
 * a refused file alone does not take the bot out of service, the structures stored before stay in use.
 */
@Component("register")
class RegisterHealthIndicator implements HealthIndicator {
    private final MongoDatabase database;
    private final CurrentRegister register;
    private final StructureFileLoader loader;
    private final SamverkanProperties properties;

    RegisterHealthIndicator(
            MongoDatabase database,
            CurrentRegister register,
            StructureFileLoader loader,
            SamverkanProperties properties) {
        this.database = database;
        this.register = register;
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public Health health() {
        List<String> structures =
                register.get().structures().stream().map(Structure::name).toList();
        List<String> refused = loader.lastOutcomes().stream()
                .flatMap(outcome -> outcome.problems().stream())
                .map(problem -> problem.message(Language.ENGLISH))
                .toList();
        Health.Builder health;
        try {
            database.runCommand(new Document("ping", 1));
            health = structures.isEmpty()
                    ? Health.down()
                            .withDetail(
                                    "problem",
                                    "No structure is loaded, so there is nothing to answer from: give a structure file"
                                            + " (samverkan.structures.files or .directory) or load the shipped ones")
                    : Health.up();
        } catch (RuntimeException e) {
            health = Health.down()
                    .withDetail(
                            "problem",
                            "The database does not answer: " + e.getClass().getSimpleName());
        }
        List<String> refusedFiles = loader.lastOutcomes().stream()
                .filter(ImportStructureFiles.FileOutcome::refused)
                .map(ImportStructureFiles.FileOutcome::file)
                .toList();
        if (!refusedFiles.isEmpty()) {
            health.withDetail(
                    "refused",
                    "%d structure file(s) refused (%s): a refused file changes nothing, the structures stored before stay in use"
                            .formatted(refusedFiles.size(), String.join(", ", refusedFiles)));
        }
        return health.withDetail("database", properties.embedded() ? "embedded" : "mongodb")
                .withDetail("structures", structures)
                .withDetail("refusedStructureFiles", refused)
                .build();
    }
}
