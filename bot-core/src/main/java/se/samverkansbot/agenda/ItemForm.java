package se.samverkansbot.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.register.Structure;

/**
 * What an agenda-item form offers a person, on any platform: the forums they may submit to (where they sit today)
 * and the kinds of item, in their language. The limits are {@link ItemLimits}.
 */
public final class ItemForm {
    /** Slack allows 100 options in a select; nobody sits in more forums than that. */
    private static final int MAX_FORUMS = 100;

    private final Supplier<Register> register;
    private final ForumRoles roles;

    public ItemForm(Supplier<Register> register, ForumRoles roles) {
        this.register = register;
        this.roles = roles;
    }

    /** A forum to choose; {@code value} is what the form carries back. */
    public record ForumOption(String structureId, String forumId, String label) {
        public String value() {
            return structureId + "/" + forumId;
        }
    }

    /** A kind of item; {@code code} is what the form carries back. */
    public record KindOption(String code, String label) {}

    /** The forums the person has a seat in today, named with their structure. */
    public List<ForumOption> forums(RegisteredPerson person, LocalDate today) {
        List<ForumOption> options = new ArrayList<>();
        for (Structure structure : register.get().structures()) {
            for (Forum forum : structure.forums()) {
                if (options.size() < MAX_FORUMS && roles.isMember(structure.id(), forum.id(), person.id(), today)) {
                    options.add(
                            new ForumOption(structure.id(), forum.id(), forum.name() + " (" + structure.name() + ")"));
                }
            }
        }
        return options;
    }

    public static List<KindOption> kinds(Language language) {
        return Arrays.stream(ItemKind.values())
                .map(kind -> new KindOption(kind.code(), capitalize(kind.label(language))))
                .toList();
    }

    /** The forum a form's value names: "structure/forum". */
    public static String[] forumOf(String value) {
        return value == null ? new String[0] : value.split("/", 2);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
