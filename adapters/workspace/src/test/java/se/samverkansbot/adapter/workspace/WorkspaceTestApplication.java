package se.samverkansbot.adapter.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import se.samverkansbot.core.Core;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.EditRegister;
import se.samverkansbot.register.ImportStructureFiles;
import se.samverkansbot.register.ImportStructureFiles.SourceFile;
import se.samverkansbot.register.Register;
import se.samverkansbot.reminder.EndingMandates;
import se.samverkansbot.store.mongo.MongoRegisterChanges;
import se.samverkansbot.store.mongo.MongoStructures;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.ShippedStructures;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;
import se.samverkansbot.time.SwedishTime;

/**
 * The workspace on its own: the real core over HälSam, Jämtland Härjedalen and a small structure with two forums and
 * their secretaries, stored on the embedded server, a fixed day in November 2026 (the term ends on 31 December), and
 * Ada named administrator of the small structure and Ewa Klingefors of HälSam.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WorkspaceConfiguration.class)
class WorkspaceTestApplication {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), SwedishTime.ZONE);
    static final String PROV = """
            structure: {id: prov, name: Provsamverkan}
            parties:
              - {id: region, name: Region Prov, kind: region, principal: true}
              - {id: stad, name: Provstad, kind: municipality, principal: true}
            people:
              - {id: sara, name: Sara Sekreterare, party: region}
              - {id: mats, name: Mats Ledamot, party: stad}
              - {id: olle, name: Olle Annan, party: region, language: en}
              - {id: ada, name: Ada Administratör, party: region}
            forums:
              - {id: gruppen, name: Provgruppen, level: working-group}
              - {id: annan, name: Annan grupp, level: working-group}
            seats:
              - {id: s1, forum: gruppen, role: secretary, party: region, person: sara, from: 2025-01-01}
              - {id: s2, forum: gruppen, role: member, party: stad, person: mats, from: 2023-01-01, to: 2026-12-31}
              - {id: s3, forum: annan, role: secretary, party: region, person: olle, from: 2025-01-01}
            """;

    @Bean
    CurrentRegister register(MongoStructures structures) {
        CurrentRegister register = new CurrentRegister();
        new ImportStructureFiles(structures, register)
                .importAll(List.of(
                        ShippedStructures.file("halsam.yaml"),
                        ShippedStructures.file("jamtland-harjedalen.yaml"),
                        new SourceFile("prov.yaml", PROV)));
        return register;
    }

    @Bean
    MongoDatabase database() {
        return InMemoryMongo.shared().freshDatabase();
    }

    @Bean
    MongoStructures structures(MongoDatabase database) {
        return new MongoStructures(database, CLOCK);
    }

    @Bean
    Clock clock() {
        return CLOCK;
    }

    @Bean
    jakarta.servlet.Filter signedInForTests() {
        return TestSignIn.fromHeader();
    }

    @Bean
    Core core(MongoDatabase database, CurrentRegister register) {
        return TestCore.on(database, register, SmallForum.DIRECTORY, CLOCK).core();
    }

    @Bean
    EditRegister editRegister(Core core, MongoStructures structures, MongoDatabase database, CurrentRegister register) {
        return core.editRegister(
                structures, new MongoRegisterChanges(database), register, List.of("ada", "ewa-klingefors"));
    }

    @Bean
    EndingMandates endingMandates(Core core) {
        return core.endingMandates(Period.ofDays(60), List.of("ada"));
    }

    static Register register(CurrentRegister current) {
        return current.get();
    }
}
