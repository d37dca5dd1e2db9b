package se.samverkansbot.app.config;

import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Structure;

/**
 * Up when the database answers; the details say which structures are loaded and which files were refused,
 * so a secretary who added a file can see at a glance whether it took.
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
        Health.Builder health;
        try {
            database.runCommand(new Document("ping", 1));
            health = Health.up();
        } catch (RuntimeException e) {
            health = Health.down().withDetail("database", e.getClass().getSimpleName());
        }
        List<String> refused = loader.lastOutcomes().stream()
                .flatMap(outcome -> outcome.problems().stream())
                .map(problem -> problem.message(Language.ENGLISH))
                .toList();
        return health.withDetail("database", properties.embedded() ? "embedded" : "mongodb")
                .withDetail(
                        "structures",
                        register.get().structures().stream()
                                .map(Structure::name)
                                .toList())
                .withDetail("refusedStructureFiles", refused)
                .build();
    }
}
