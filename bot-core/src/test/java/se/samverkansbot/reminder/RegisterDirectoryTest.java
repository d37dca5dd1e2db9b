package se.samverkansbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.ConversationReferences;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.store.mongo.MongoConversationReferences;
import se.samverkansbot.store.mongo.MongoForumChannels;
import se.samverkansbot.store.mongo.MongoPlatformAccounts;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.MutableClock;

/** Where a person's reminders go, against the real driver and the embedded server. */
class RegisterDirectoryTest {
    private static final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoDatabase database = mongo.freshDatabase();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final MongoPlatformAccounts accounts = new MongoPlatformAccounts(database, clock);
    private final MongoConversationReferences references = new MongoConversationReferences(database, clock);
    private final Register register = new Register(List.of(new StructureFileReader().read("t.yaml", """
            structure: {id: t, name: T}
            people:
              - {id: lena, name: Lena Ledamot, email: Lena.Ledamot@example.se}
              - {id: sara, name: Sara Sekreterare, email: sara@example.se, slackUserId: U-REGISTERED}
            forums:
              - {id: f, name: Forum, level: working-group}
            seats:
              - {id: s1, forum: f, role: member, person: lena}
              - {id: s2, forum: f, role: secretary, person: sara}
            """)));
    private final RegisterDirectory directory =
            new RegisterDirectory(() -> register, new MongoForumChannels(database), references, accounts);

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void someone_known_by_email_only_is_reached_in_the_app_until_a_platform_tells_which_account_is_theirs() {
        assertThat(directory.person("t", "lena"))
                .extracting(Recipient::platform)
                .containsExactly(Platform.WEB);

        accounts.learn(Platform.SLACK, "lena.ledamot@EXAMPLE.se", "U-LENA");

        assertThat(directory.person("t", "lena"))
                .containsExactly(
                        new Recipient(Platform.WEB, "web:lena", "lena"),
                        new Recipient(Platform.SLACK, "U-LENA", "lena"));
    }

    @Test
    void on_teams_the_learnt_account_also_needs_a_one_to_one_conversation() {
        accounts.learn(Platform.TEAMS, "Lena.Ledamot@example.se", "aad-lena");
        assertThat(directory.person("t", "lena"))
                .extracting(Recipient::platform)
                .doesNotContain(Platform.TEAMS);

        references.save(new ConversationReferences.Stored(Platform.TEAMS, "a:personal-lena", "aad-lena", true, "{}"));

        assertThat(directory.person("t", "lena")).contains(new Recipient(Platform.TEAMS, "a:personal-lena", "lena"));
    }

    @Test
    void an_account_named_in_the_register_wins_over_a_learnt_one() {
        accounts.learn(Platform.SLACK, "sara@example.se", "U-OTHER");

        assertThat(directory.person("t", "sara"))
                .filteredOn(r -> r.platform() == Platform.SLACK)
                .extracting(Recipient::address)
                .containsExactly("U-REGISTERED");
    }
}
