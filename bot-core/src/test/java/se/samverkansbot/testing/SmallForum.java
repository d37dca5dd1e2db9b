package se.samverkansbot.testing;

import java.util.List;

import se.samverkansbot.chat.Platform;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.RecipientDirectory;

/**
 * One forum with a chair, a secretary and a member (and a member whose seat ended), reachable on Slack by
 * direct message, with a linked channel: enough to see who hears what.
 */
public final class SmallForum {
    public static final String STRUCTURE = "test";
    public static final String FORUM = "grupp";

    public static final Register REGISTER = new Register(List.of(new StructureFileReader().read("test.yaml", """
            structure: {id: test, name: Testsamverkan}
            parties:
              - {id: stad, name: Teststad, kind: municipality, principal: true}
            people:
              - {id: ordf, name: Olle Ordförande}
              - {id: sekr, name: Sara Sekreterare}
              - {id: led, name: Lena Ledamot}
              - {id: forra, name: Frida Förra}
            forums:
              - {id: grupp, name: Gruppen, level: county-coordination}
            seats:
              - {id: s1, forum: grupp, role: chair, person: ordf}
              - {id: s2, forum: grupp, role: secretary, person: sekr}
              - {id: s3, forum: grupp, role: member, person: led}
              - {id: s4, forum: grupp, role: member, person: forra, to: 2026-06-30}
            """)));

    public static final RecipientDirectory DIRECTORY = new RecipientDirectory() {
        @Override
        public List<Recipient> person(String structureId, String personId) {
            return List.of(new Recipient(Platform.SLACK, "D-" + personId, personId));
        }

        @Override
        public List<Recipient> channels(String structureId, String forumId) {
            return List.of(new Recipient(Platform.SLACK, "C-" + forumId, null));
        }
    };

    private SmallForum() {}
}
