package se.samverkansbot.email;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverkansbot.calendar.MeetingCalendars;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.time.SwedishTime;

/**
 * Turns what the delivery engine sends (a reminder, a meeting change, a notice, any composed message) into a
 * letter for one recipient, in the language the register gives them. The message itself is the engine's text;
 * subject, framing and the opt-out line are the letter's. A message whose language is not the recipient's (a
 * message composed by a person, say) gets a line in theirs first saying what it is. Notices and moved meetings
 * carry an invitation (REQUEST) for the meeting as it stands; cancellations a CANCEL.
 */
public final class ComposeLetters {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private final Supplier<Register> register;
    private final Meetings meetings;
    private final MeetingCalendars calendars;
    private final PublicLinks links;
    private final EmailPreferences preferences;
    private final String organizer;

    /** @param organizer the address invitations name as organiser: the bot's sender address */
    public ComposeLetters(
            Supplier<Register> register,
            Meetings meetings,
            MeetingCalendars calendars,
            PublicLinks links,
            EmailPreferences preferences,
            String organizer) {
        this.register = register;
        this.meetings = meetings;
        this.calendars = calendars;
        this.links = links;
        this.preferences = preferences;
        this.organizer = organizer;
    }

    /** The kind of email a message is, for the opt-out check before anything is composed. */
    public EmailKind kindOf(Optional<Reminder> reminder) {
        return reminder.map(EmailKind::of).orElse(EmailKind.MESSAGES);
    }

    public Letter compose(Recipient recipient, Reply message, Optional<Reminder> reminder) {
        Optional<Structure> structure = reminder.flatMap(r -> register.get().structure(r.structureId()));
        Optional<Person> person =
                structure.flatMap(s -> s.person(recipient.personId())).or(() -> anyStructure(recipient.personId()));
        Language language = person.map(Person::language).orElse(Language.SWEDISH);
        boolean swedish = language == Language.SWEDISH;
        EmailKind kind = kindOf(reminder);
        Optional<Meeting> meeting = reminder.flatMap(r -> meetings.byId(r.meetingId()));
        String forum = structure
                .flatMap(s -> reminder.flatMap(r -> s.forum(r.forumId())).map(f -> f.name() + " (" + s.name() + ")"))
                .orElse(null);
        String subject = subject(reminder, forum, meeting, language);

        List<String> paragraphs = new ArrayList<>();
        if (message.language() != language) {
            paragraphs.add(subject + ".");
        }
        paragraphs.add(message.text());
        Optional<String> forumPage = structure
                .flatMap(s -> reminder.flatMap(r -> s.forum(r.forumId())))
                .filter(Forum::isPublic)
                .map(f -> links.forum(language, structure.get().id(), f.id()));
        Letter.Invitation invitation = invitation(reminder, meeting, recipient, person, language);
        if (invitation != null) {
            paragraphs.add(
                    swedish
                            ? "Mötet finns som kalenderinbjudan i det här mejlet."
                            : "The meeting is attached as a calendar invitation.");
        }
        String unsubscribe = links.unsubscribe(preferences.optOutToken(recipient.address(), kind));
        List<String> footer = new ArrayList<>();
        footer.add(
                swedish
                        ? "Du får det här mejlet från Samverkansbot eftersom du är med i ett forum i en samverkansstruktur."
                        : "You get this email from Samverkansbot because you are in a forum of a collaboration structure.");
        forumPage.ifPresent(page -> footer.add((swedish ? "Om forumet: " : "About the forum: ") + page));
        footer.add((swedish ? "Sluta få " : "Stop getting ")
                + kind.label(language)
                + (swedish ? " via e-post: " : " by email: ")
                + unsubscribe);

        String text = String.join("\n\n", paragraphs) + "\n\n-- \n" + String.join("\n", footer) + "\n";
        String html = html(language, subject, paragraphs, footer);
        return new Letter(
                recipient.address(),
                person.map(Person::name).orElse(null),
                language,
                kind,
                subject,
                text,
                html,
                unsubscribe,
                invitation);
    }

    private Letter.Invitation invitation(
            Optional<Reminder> reminder,
            Optional<Meeting> meeting,
            Recipient recipient,
            Optional<Person> person,
            Language language) {
        if (reminder.isEmpty() || meeting.isEmpty()) {
            return null;
        }
        Reminder r = reminder.get();
        boolean aboutTheMeeting = r.purpose() == Reminder.Purpose.MEETING_MOVED
                || r.purpose() == Reminder.Purpose.MEETING_CANCELLED
                || EmailKind.isNotice(r);
        if (!aboutTheMeeting) {
            return null;
        }
        // The meeting as it stands now: a resend after a later change carries the later SEQUENCE.
        MeetingCalendars.Invitation method = meeting.get().status() == MeetingStatus.CANCELLED
                ? MeetingCalendars.Invitation.CANCEL
                : MeetingCalendars.Invitation.REQUEST;
        String ics = calendars.invitation(
                meeting.get(),
                method,
                organizer,
                recipient.address(),
                person.map(Person::name).orElse(null),
                language);
        return new Letter.Invitation(method.name(), ics);
    }

    private static String subject(
            Optional<Reminder> reminder, String forum, Optional<Meeting> meeting, Language language) {
        boolean swedish = language == Language.SWEDISH;
        if (reminder.isEmpty() || forum == null) {
            return swedish ? "Meddelande från Samverkansbot" : "Message from Samverkansbot";
        }
        Reminder r = reminder.get();
        String when = meeting.map(m -> date(m, language)).orElse("");
        return switch (r.purpose()) {
            case REMINDER ->
                (swedish ? "Påminnelse: " : "Reminder: ") + r.deadline().label(language) + " – " + forum;
            case MEETING_MOVED -> (swedish ? "Flyttat möte: " : "Meeting moved: ") + forum + ", " + when;
            case MEETING_CANCELLED ->
                (swedish ? "Inställt möte: " : "Meeting cancelled: ") + forum + ", "
                        + DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale())
                                .format(r.due().atZone(SwedishTime.ZONE));
            case MESSAGE -> {
                if (EmailKind.isNotice(r)) {
                    yield (swedish ? "Kallelse: " : "Notice: ") + forum + ", " + when;
                }
                if (EmailKind.isMinutes(r)) {
                    yield (swedish ? "Minnesanteckningar: " : "Minutes: ") + forum + ", " + when;
                }
                yield (swedish ? "Meddelande om " : "Message about ") + forum;
            }
        };
    }

    private static String date(Meeting meeting, Language language) {
        return DateTimeFormatter.ofPattern(
                        language == Language.SWEDISH ? "d MMMM yyyy 'kl.' HH.mm" : "d MMMM yyyy 'at' HH:mm",
                        language.locale())
                .format(meeting.start().atZone(SwedishTime.ZONE));
    }

    private Optional<Person> anyStructure(String personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return register.get().structures().stream()
                .flatMap(s -> s.person(personId).stream())
                .findFirst();
    }

    /** A plain page: the paragraphs with their line breaks and links, and the footer in smaller type. */
    static String html(Language language, String subject, List<String> paragraphs, List<String> footer) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(PublicLinks.tag(language))
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject))
                .append(
                        "</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.5; color: #1a1a1a\">\n");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(withLinks(paragraph)).append("</p>\n");
        }
        html.append("<hr>\n<p style=\"font-size: 0.9em; color: #444\">");
        html.append(String.join(
                "<br>\n", footer.stream().map(ComposeLetters::withLinks).toList()));
        html.append("</p>\n</body></html>\n");
        return html.toString();
    }

    private static String withLinks(String text) {
        StringBuilder out = new StringBuilder();
        Matcher urls = URL.matcher(text);
        int at = 0;
        while (urls.find()) {
            out.append(escape(text.substring(at, urls.start())).replace("\n", "<br>\n"));
            String url = escape(urls.group());
            out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            at = urls.end();
        }
        out.append(escape(text.substring(at)).replace("\n", "<br>\n"));
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
