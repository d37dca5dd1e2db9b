package se.samverkansbot.minutes;

import java.util.ArrayList;
import java.util.List;

import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.Structure;
import se.samverkansbot.wording.Phrasing;

/** Minutes as a member reads them: heading, attendance, the items with their outcomes, who signed off. */
final class MinutesText {
    private MinutesText() {}

    static String of(Minutes minutes, Structure structure, Meeting meeting, Language language) {
        Phrasing say = new Phrasing(language);
        String forum = structure.forum(minutes.forumId()).map(f -> f.name()).orElse(minutes.forumId());
        List<String> lines = new ArrayList<>();
        String place = meeting != null && meeting.place() != null ? ", " + meeting.place() : "";
        lines.add(say.say("Minnesanteckningar – %s (%s), %s%s", "Minutes – %s (%s), %s%s")
                .formatted(forum, structure.name(), say.dateTime(minutes.meetingStart()), place));
        if (!minutes.isPublished()) {
            lines.add(say.say("UTKAST – inte justerat", "DRAFT – not signed off"));
        }
        if (minutes.edition() > 1) {
            lines.add(say.say("Version %d, rättar version %d: %s", "Version %d, correcting version %d: %s")
                    .formatted(minutes.edition(), minutes.edition() - 1, minutes.correctionReason()));
        }
        lines.add("");
        for (Attendance attendance : Attendance.values()) {
            List<String> who = minutes.attendance().stream()
                    .filter(p -> p.attendance() == attendance)
                    .map(p -> presence(p, structure, say))
                    .toList();
            if (!who.isEmpty()) {
                lines.add(Phrasing.capitalize(say.label(attendance)) + ": " + String.join("; ", who));
            }
        }
        lines.add("");
        if (minutes.items().isEmpty()) {
            lines.add(say.say("Inga ärenden på dagordningen.", "No items on the agenda."));
        }
        for (int i = 0; i < minutes.items().size(); i++) {
            Minutes.ItemRecord item = minutes.items().get(i);
            lines.add((i + 1) + ". " + item.title());
            if (item.note() != null) {
                lines.add("   " + item.note());
            }
            if (item.outcome() != null) {
                String outcome = Phrasing.capitalize(say.label(item.outcome()));
                if (item.outcome() == Outcome.RAISED && item.raisedTo() != null) {
                    outcome += " "
                            + structure
                                    .forum(item.raisedTo())
                                    .map(f -> f.name())
                                    .orElse(item.raisedTo());
                }
                lines.add("   " + outcome + (item.text() != null ? ": " + item.text() : "") + ".");
            }
        }
        lines.add("");
        if (minutes.adjusterId() != null) {
            lines.add(say.say("Justerare: ", "Adjuster: ") + name(minutes.adjusterId(), structure));
        }
        for (Minutes.SignOff signOff : minutes.signOffs()) {
            lines.add(say.say("Justerat av %s (%s) %s", "Signed off by %s (%s) on %s")
                    .formatted(
                            name(signOff.personId(), structure),
                            RecordMinutes.CHAIR.equals(signOff.as())
                                    ? say.label(SeatRole.CHAIR)
                                    : say.say("justerare", "adjuster"),
                            say.date(se.samverkansbot.time.SwedishTime.dateOf(signOff.at()))));
        }
        if (minutes.publishedAt() != null) {
            lines.add(say.say("Publicerat %s", "Published on %s")
                    .formatted(say.date(se.samverkansbot.time.SwedishTime.dateOf(minutes.publishedAt()))));
        }
        lines.add(say.say(
                "Forumet är rådgivande: varje huvudman beslutar själv om rekommendationerna.",
                "The forum is consultative: each principal decides on the recommendations itself."));
        return String.join("\n", lines).replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String presence(Minutes.Presence p, Structure structure, Phrasing say) {
        String who = p.personId() != null ? name(p.personId(), structure) : p.seatId();
        List<String> about = new ArrayList<>();
        try {
            SeatRole role = SeatRole.valueOf(p.role());
            if (role != SeatRole.MEMBER) {
                about.add(say.label(role));
            }
        } catch (IllegalArgumentException | NullPointerException unknown) {
            // a role the register no longer knows: leave it out
        }
        if (p.party() != null) {
            about.add(structure.party(p.party()).map(Party::name).orElse(p.party()));
        }
        String text = about.isEmpty() ? who : who + " (" + String.join(", ", about) + ")";
        if (p.deputy() != null) {
            text += say.say(", ersättare: ", ", deputy: ") + p.deputy();
        }
        return text;
    }

    private static String name(String personId, Structure structure) {
        return structure.person(personId).map(Person::name).orElse(personId);
    }
}
