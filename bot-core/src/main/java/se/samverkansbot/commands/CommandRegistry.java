package se.samverkansbot.commands;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.understanding.Intent.Topic;
import se.samverkansbot.wording.Phrasing;
import se.samverkansbot.wording.Wording;

/**
 * Every command the bot takes, who may use it and how it is written, in one table. Help is generated from it for the
 * person asking, in their language: a member sees how to submit an item, a chair or secretary also sees review,
 * meetings and the notice. "How do I …?" is answered from the same table.
 */
public final class CommandRegistry {

    /** Who may use a command: anyone, a member of some forum, or someone who administers one. */
    enum Who {
        ANYONE,
        MEMBER,
        ADMINISTRATOR
    }

    /** One command: its topic, who may use it, and the catalogue keys of its usage and description. */
    record Entry(Topic topic, Who who, String key) {}

    static final List<Entry> ENTRIES = List.of(
            new Entry(Topic.SUBMIT_ITEM, Who.MEMBER, "command.submit"),
            new Entry(Topic.MY_ITEMS, Who.MEMBER, "command.mine"),
            new Entry(Topic.MY_ITEMS, Who.MEMBER, "command.change"),
            new Entry(Topic.REVIEW_ITEMS, Who.ADMINISTRATOR, "command.review"),
            new Entry(Topic.NOTICE, Who.ADMINISTRATOR, "command.notice"),
            new Entry(Topic.MEETINGS, Who.ADMINISTRATOR, "command.meetings"),
            new Entry(Topic.CHANNEL, Who.ADMINISTRATOR, "command.channel"),
            new Entry(Topic.REGISTER, Who.ADMINISTRATOR, "command.register"),
            new Entry(Topic.MINUTES, Who.MEMBER, "command.minutes"),
            new Entry(Topic.MINUTES, Who.ADMINISTRATOR, "command.publish-minutes"),
            new Entry(Topic.FOLLOW_UPS, Who.ANYONE, "command.followups"),
            new Entry(Topic.REMINDERS, Who.ANYONE, "command.reminders"),
            new Entry(Topic.EMAIL_AND_CALENDAR, Who.ANYONE, "command.email-and-calendar"));

    private static final List<String> EXAMPLES_SV = List.of(
            "När är nästa möte i länsledningen?",
            "Vem representerar Sundsvall i HälSam?",
            "Vad är länssamordningsgruppernas uppdrag?",
            "Vad betyder VVU?");
    private static final List<String> EXAMPLES_EN = List.of(
            "When is the next meeting of Länsledning?",
            "Who represents Sundsvall in HälSam?",
            "What is the mandate of the county coordination groups?",
            "What does VVU stand for?");

    private final ForumRoles roles;

    public CommandRegistry(ForumRoles roles) {
        this.roles = roles;
    }

    /** Example questions, then the commands this person may use, each with how it is written. */
    public Reply help(Optional<RegisteredPerson> asker, LocalDate today, Phrasing say) {
        Who may = who(asker, today);
        List<String> examples = say.say("sv", "en").equals("sv") ? EXAMPLES_SV : EXAMPLES_EN;
        StringBuilder text = new StringBuilder(Wording.text(say.language(), "help.questions"))
                .append('\n')
                .append(bullets(examples))
                .append('\n')
                .append(Wording.text(say.language(), "help.ask-more"));
        List<String> commands = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            if (allowed(entry.who(), may)) {
                commands.add(line(entry, forumName(asker, today), say));
            }
        }
        text.append("\n\n")
                .append(Wording.text(say.language(), "help.commands"))
                .append('\n')
                .append(bullets(commands));
        notAllowedYet(asker, may, say).ifPresent(why -> text.append("\n\n").append(why));
        return new Reply(
                text.toString(),
                say.language(),
                List.of(
                        new ReplyPart.Items(say.say("Det här kan du göra", "What you can do"), commands),
                        new ReplyPart.Choices(
                                say.say("Prova", "Try"),
                                examples.stream()
                                        .map(e -> new ReplyPart.Choice(e, new Command.Ask(e, null)))
                                        .toList())));
    }

    /** How to do one thing with the bot, and whether this person may; all help when the topic is unknown. */
    public Reply howTo(Topic topic, Optional<RegisteredPerson> asker, LocalDate today, Phrasing say) {
        return howTo(topic, asker, today, say, Optional.empty());
    }

    /** @param forum the forum the question names, for the examples; else one the asker knows */
    public Reply howTo(
            Topic topic, Optional<RegisteredPerson> asker, LocalDate today, Phrasing say, Optional<String> forum) {
        if (topic == null) {
            return help(asker, today, say);
        }
        Who may = who(asker, today);
        List<Entry> entries = ENTRIES.stream().filter(e -> e.topic() == topic).toList();
        StringBuilder text = new StringBuilder();
        Who needed = entries.getFirst().who();
        if (!allowed(needed, may)) {
            text.append(Wording.text(
                            say.language(),
                            needed == Who.ADMINISTRATOR ? "howto.only-administrators" : "howto.only-members"))
                    .append('\n');
        }
        entries.forEach(entry -> text.append(line(entry, forum.orElseGet(() -> forumName(asker, today)), say))
                .append('\n'));
        if (!allowed(needed, may)) {
            notAllowedYet(asker, may, say).ifPresent(why -> text.append('\n').append(why));
        }
        return Reply.plain(text.toString().strip(), say.language());
    }

    private static String line(Entry entry, String forum, Phrasing say) {
        String usage = Wording.text(say.language(), entry.key() + ".usage", forum, forum, forum);
        // The standard agenda cut-off is the deadline template's, said where submitting is explained: "hur långt
        // innan mötet måste jag skicka in ärendet?".
        se.samverkansbot.meeting.DeadlineRule cutoff =
                se.samverkansbot.meeting.DeadlineTemplate.standard().rules().stream()
                        .filter(rule -> rule.kind() == se.samverkansbot.meeting.DeadlineKind.AGENDA_CUTOFF)
                        .findFirst()
                        .orElseThrow();
        String what = Wording.text(
                say.language(),
                entry.key() + ".what",
                Math.abs(cutoff.offset()),
                cutoff.at().toString());
        return usage.isBlank() ? what : "\"" + usage + "\" – " + what;
    }

    private Who who(Optional<RegisteredPerson> asker, LocalDate today) {
        if (asker.isEmpty()) {
            return Who.ANYONE;
        }
        RegisteredPerson person = asker.get();
        List<Forum> forums = person.structure().forums();
        if (forums.stream().anyMatch(f -> roles.administers(person.structure().id(), f.id(), person.id(), today))) {
            return Who.ADMINISTRATOR;
        }
        if (forums.stream().anyMatch(f -> roles.isMember(person.structure().id(), f.id(), person.id(), today))) {
            return Who.MEMBER;
        }
        return Who.ANYONE;
    }

    private static boolean allowed(Who needed, Who may) {
        return needed.ordinal() <= may.ordinal();
    }

    /** The person's first forum, so examples name a forum they know; Länsledning otherwise. */
    private String forumName(Optional<RegisteredPerson> asker, LocalDate today) {
        return asker.flatMap(person -> person.structure().forums().stream()
                        .filter(f -> roles.isMember(person.structure().id(), f.id(), person.id(), today))
                        .map(Forum::name)
                        .findFirst())
                .orElse("länsledningen");
    }

    private static Optional<String> notAllowedYet(Optional<RegisteredPerson> asker, Who may, Phrasing say) {
        if (asker.isEmpty()) {
            return Optional.of(Wording.text(say.language(), "help.unknown-person"));
        }
        return may == Who.ANYONE ? Optional.of(Wording.text(say.language(), "help.not-member")) : Optional.empty();
    }

    private static String bullets(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append("• ").append(line).append('\n'));
        return text.toString().stripTrailing();
    }
}
