package se.samverkansbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Command;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.EditRegister;
import se.samverkansbot.register.ImportStructureFiles;
import se.samverkansbot.register.ImportStructureFiles.SourceFile;
import se.samverkansbot.register.RegisterChange;
import se.samverkansbot.register.Seat;
import se.samverkansbot.store.mongo.MongoRegisterChanges;
import se.samverkansbot.store.mongo.MongoStructures;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.ConversationHarness.Said;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;
import se.samverkansbot.time.SwedishTime;

/**
 * A forum's secretary registers a new member or a successor in chat; nothing changes until they confirm, and the
 * change is the workspace's own (the structure file's rules, the history). Sara is the secretary, Mats a member, Ada
 * an administrator named in configuration.
 */
class RegisterCommandsTest {
    static final String FILE = """
            structure: {id: prov, name: Provsamverkan}
            parties:
              - {id: region, name: Region Prov, kind: region, principal: true}
              - {id: sundsvall, name: Sundsvalls kommun, kind: municipality, principal: true}
            people:
              - {id: sara, name: Sara Sekreterare, party: region}
              - {id: mats, name: Mats Ledamot, party: sundsvall}
              - {id: ada, name: Ada Administratör, party: region}
            forums:
              - {id: ll, name: Länsledningen, level: strategic}
            seats:
              - {id: s1, forum: ll, role: secretary, party: region, person: sara, from: 2025-01-01}
              - {id: s2, forum: ll, role: member, party: sundsvall, person: mats, from: 2023-01-01}
            """;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), SwedishTime.ZONE);

    private final CurrentRegister register = new CurrentRegister();
    private MongoDatabase database;
    private ConversationHarness bot;
    private EditRegister edit;

    @BeforeEach
    void registerKeptInTheApp() {
        database = InMemoryMongo.shared().freshDatabase();
        MongoStructures structures = new MongoStructures(database, CLOCK);
        new ImportStructureFiles(structures, register).importAll(List.of(new SourceFile("prov.yaml", FILE)));
        TestCore core = TestCore.on(database, register, SmallForum.DIRECTORY, CLOCK);
        edit = core.core().editRegister(structures, new MongoRegisterChanges(database), register, List.of("ada"));
        bot = new ConversationHarness(core);
    }

    @Test
    void the_secretary_registers_a_new_member_after_confirming_and_a_retried_confirmation_stores_once() {
        Said proposal = bot.hears("ny ledamot i länsledningen från 2027-01-01: Nora Nyström, Sundsvalls kommun")
                .from("sara")
                .replies(
                        "Ska jag registrera Nora Nyström (ny i registret) som ledamot i Länsledningen",
                        "Sundsvalls kommun",
                        "bekräfta ")
                .inSwedish();
        assertThat(people()).as("nothing before confirming").hasSize(3);
        bot.hears("vem sitter i länsledningen 2027?").from("mats").doesNotSay("Nora Nyström");

        Command confirm = proposal.choice("Ja, registrera");
        bot.presses(confirm).by("sara").replies("Klart: Nora Nyström är registrerad från");
        bot.presses(confirm).by("sara").replies("Jag hittar ingen ändring som väntar på dig");

        assertThat(people()).hasSize(4);
        assertThat(seats()).hasSize(3);
        assertThat(new MongoRegisterChanges(database).ofForum("prov", "ll", 10))
                .singleElement()
                .satisfies(change -> assertThat(change.kind()).isEqualTo(RegisterChange.Kind.SEAT_ADDED));
        bot.hears("vem sitter i länsledningen 2027?").from("mats").replies("Nora Nyström");
    }

    @Test
    void in_english_too() {
        bot.hears("new member of Länsledningen from 2027-01-01: Nora Nyström, Sundsvalls kommun")
                .from("ada")
                .replies("Shall I register Nora Nyström (new to the register) as a member of Länsledningen")
                .inEnglish();
    }

    @Test
    void the_secretary_registers_a_successor_for_a_seat() {
        Said proposal = bot.hears("efterträdare för Mats Ledamot i länsledningen från 2027-01-01: Nora Nyström")
                .from("sara")
                .replies("Ska jag registrera Nora Nyström (ny i registret) som efterträdare till Mats Ledamot");

        bot.presses(proposal.choice("Ja, registrera")).by("sara").replies("Klart");

        assertThat(seats())
                .filteredOn(seat -> seat.id().equals("s2"))
                .singleElement()
                .satisfies(seat -> assertThat(seat.period().to()).hasToString("2026-12-31"));
        bot.hears("vem sitter i länsledningen 2027?")
                .from("mats")
                .replies("Nora Nyström")
                .doesNotSay("Mats Ledamot");
    }

    @Test
    void a_member_is_refused_and_nothing_is_stored() {
        bot.hears("ny ledamot i länsledningen från 2027-01-01: Nora Nyström")
                .from("mats")
                .replies("Bara forumets sekreterare, sammankallande eller ordförande", "Inget är ändrat.");

        assertThat(people()).hasSize(3);
    }

    @Test
    void aborting_stores_nothing() {
        Said proposal = bot.hears("ny ledamot i länsledningen från 2027-01-01: Nora Nyström")
                .from("sara");

        bot.presses(proposal.choice("Nej, avbryt")).by("sara").replies("Okej, inget är ändrat.");

        assertThat(people()).hasSize(3);
        assertThat(seats()).hasSize(2);
    }

    @Test
    void a_missing_date_an_unknown_party_and_no_forum_are_explained() {
        bot.hears("ny ledamot i länsledningen från 2027-13-45: Nora Nyström")
                .from("sara")
                .replies("Skriv forum, datum och vem");
        bot.hears("ny ledamot i länsledningen från 2027-01-01: Nora Nyström, Okänd kommun")
                .from("sara")
                .replies("Jag känner inte till \"Okänd kommun\" som part i Provsamverkan. Inget är ändrat.");
        bot.hears("ny ledamot från 2027-01-01: Nora Nyström").from("sara").replies("Skriv forum, datum och vem");

        assertThat(people()).hasSize(3);
    }

    @Test
    void someone_who_already_sits_in_the_forum_is_not_added_twice() {
        bot.hears("ny ledamot i länsledningen från 2027-01-01: Mats Ledamot, Sundsvalls kommun")
                .from("sara")
                .replies("Mats Ledamot har redan en plats i Länsledningen (Provsamverkan) 1 januari 2027. "
                        + "Inget är ändrat.");
    }

    @Test
    void a_change_the_structure_file_refuses_is_explained_and_nothing_is_stored() {
        edit.endSeat("sara", "prov", "s2", LocalDate.of(2026, 12, 31));
        String command = "ny ledamot i länsledningen från 2027-01-01: Mats Ledamot, Sundsvalls kommun";
        Command first = bot.hears(command).from("sara").choice("Ja, registrera");
        Command second = bot.hears(command).from("sara").choice("Ja, registrera");
        bot.presses(first).by("sara").replies("Klart");

        bot.presses(second)
                .by("sara")
                .replies("Registret tar inte emot ändringen; inget är ändrat:", "överlappar i tid");
        assertThat(seats()).hasSize(3);
    }

    @Test
    void help_shows_secretaries_how_to_change_the_register_and_members_not() {
        bot.hears("hjälp").from("sara").replies("\"ny ledamot i Länsledningen från 2027-01-01");
        bot.hears("hjälp").from("mats").doesNotSay("ny ledamot i");
        bot.hears("hur registrerar jag en ny ledamot?").from("sara").replies("efterträdare för");
    }

    private List<se.samverkansbot.register.Person> people() {
        return register.get().structure("prov").orElseThrow().people();
    }

    private List<Seat> seats() {
        return register.get().structure("prov").orElseThrow().seats();
    }
}
