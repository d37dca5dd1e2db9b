package se.samverkansbot.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.AgendaItems;
import se.samverkansbot.agenda.ExportAgendaItems;
import se.samverkansbot.followup.FollowUp;
import se.samverkansbot.followup.FollowUps;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;
import se.samverkansbot.text.JsonText;

/**
 * One meeting for the record (diarieföring): its agenda items with their history, every edition of its minutes with
 * attendance and sign-off, and the follow-up of each recommendation per principal with the answers. As CSV
 * (semicolon-separated, one row per thing, its part named in the first column) and JSON; the adapters draw the
 * printable document from {@link #of}. Who may export is the caller's check, as for the agenda export.
 */
public final class ExportMeeting {
    private static final String HEADER = "del;id;utgåva;rubrik;utfall/status;vem;när;text;historik";

    private final Meetings meetings;
    private final AgendaItems items;
    private final MinutesRecords minutes;
    private final FollowUps followUps;
    private final Supplier<Register> register;

    public ExportMeeting(
            Meetings meetings,
            AgendaItems items,
            MinutesRecords minutes,
            FollowUps followUps,
            Supplier<Register> register) {
        this.meetings = meetings;
        this.items = items;
        this.minutes = minutes;
        this.followUps = followUps;
        this.register = register;
    }

    /** Everything the record of one meeting holds, oldest edition first. */
    public record MeetingRecord(
            Meeting meeting,
            Structure structure,
            List<AgendaItem> items,
            List<Minutes> editions,
            List<FollowUp> followUps) {

        public String forumName() {
            return structure.forum(meeting.forumId()).map(f -> f.name()).orElse(meeting.forumId());
        }

        public String personName(String personId) {
            return personId == null
                    ? ""
                    : structure.person(personId).map(p -> p.name()).orElse(personId);
        }

        public String partyName(String partyId) {
            return partyId == null
                    ? ""
                    : structure.party(partyId).map(p -> p.name()).orElse(partyId);
        }
    }

    public Optional<MeetingRecord> of(String meetingId) {
        return meetings.byId(meetingId)
                .flatMap(meeting -> register.get()
                        .structure(meeting.structureId())
                        .map(structure -> new MeetingRecord(
                                meeting,
                                structure,
                                items.ofMeeting(meetingId),
                                minutes.ofMeeting(meetingId),
                                followUps.ofMeeting(meetingId))));
    }

    public String csv(MeetingRecord record) {
        List<List<String>> rows = new ArrayList<>();
        Meeting meeting = record.meeting();
        rows.add(List.of(
                "möte",
                meeting.id(),
                "",
                record.forumName(),
                meeting.status().name(),
                "",
                meeting.start().toString(),
                text(meeting.place()),
                ""));
        for (AgendaItem item : record.items()) {
            rows.add(List.of(
                    "ärende",
                    item.id(),
                    "",
                    item.title(),
                    item.status().name(),
                    item.submitterId(),
                    item.submittedAt().toString(),
                    text(item.description()),
                    ExportAgendaItems.history(item)));
        }
        for (Minutes edition : record.editions()) {
            String history = edition.history().stream()
                    .map(c -> c.at() + " " + c.by() + " " + c.what() + (c.detail() == null ? "" : ": " + c.detail()))
                    .collect(Collectors.joining(" | "));
            rows.add(List.of(
                    "minnesanteckningar",
                    edition.id(),
                    String.valueOf(edition.edition()),
                    edition.corrects() == null ? "" : "rättar " + edition.corrects(),
                    edition.status().name(),
                    text(edition.publishedBy()),
                    edition.publishedAt() == null ? "" : edition.publishedAt().toString(),
                    text(edition.correctionReason()),
                    history));
            for (Minutes.ItemRecord item : edition.items()) {
                rows.add(List.of(
                        "anteckning",
                        item.itemId(),
                        String.valueOf(edition.edition()),
                        item.title(),
                        item.outcome() == null ? "" : item.outcome().code(),
                        text(item.raisedTo()),
                        "",
                        join(item.note(), item.text()),
                        ""));
            }
            for (Minutes.Presence presence : edition.attendance()) {
                rows.add(List.of(
                        "närvaro",
                        presence.seatId(),
                        String.valueOf(edition.edition()),
                        record.partyName(presence.party()),
                        presence.attendance().code(),
                        text(presence.personId()),
                        "",
                        text(presence.deputy()),
                        ""));
            }
            for (Minutes.SignOff signOff : edition.signOffs()) {
                rows.add(List.of(
                        "justering",
                        edition.id(),
                        String.valueOf(edition.edition()),
                        signOff.as(),
                        "",
                        signOff.personId(),
                        signOff.at().toString(),
                        "",
                        ""));
            }
        }
        for (FollowUp followUp : record.followUps()) {
            rows.add(List.of(
                    "uppföljning",
                    followUp.id(),
                    "",
                    followUp.title(),
                    followUp.status().code()
                            + (followUp.outcome() == null
                                    ? ""
                                    : ": " + followUp.outcome().code()),
                    record.partyName(followUp.partyId()),
                    followUp.date() == null ? "" : followUp.date().toString(),
                    join(followUp.body(), followUp.note(), followUp.link()),
                    followUp.history().stream()
                            .map(c -> c.at() + " " + c.by() + " " + c.what()
                                    + (c.detail() == null ? "" : ": " + c.detail()))
                            .collect(Collectors.joining(" | "))));
        }
        return rows.stream()
                .map(row -> row.stream().map(ExportAgendaItems::csvField).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\r\n", HEADER + "\r\n", "\r\n"));
    }

    public String json(MeetingRecord record) {
        Meeting meeting = record.meeting();
        String itemsJson = record.items().stream()
                .map(item -> "{"
                        + String.join(
                                ",",
                                JsonText.field("id", item.id()),
                                JsonText.field("title", item.title()),
                                JsonText.field("description", item.description()),
                                JsonText.field("kind", item.kind().name()),
                                JsonText.field("status", item.status().name()),
                                JsonText.field("submitterId", item.submitterId()),
                                JsonText.field("submittedAt", instant(item.submittedAt())),
                                JsonText.field(
                                        "raisedFrom",
                                        item.raisedFrom() == null
                                                ? null
                                                : item.raisedFrom().itemId()),
                                JsonText.field("history", ExportAgendaItems.history(item)))
                        + "}")
                .collect(Collectors.joining(",\n    ", "[\n    ", "]"));
        String editionsJson = record.editions().stream()
                .map(ExportMeeting::edition)
                .collect(Collectors.joining(",\n    ", "[\n    ", "]"));
        String followUpsJson = record.followUps().stream()
                .map(f -> "{"
                        + String.join(
                                ",",
                                JsonText.field("id", f.id()),
                                JsonText.field("itemId", f.itemId()),
                                JsonText.field("title", f.title()),
                                JsonText.field("recommendation", f.recommendation()),
                                JsonText.field("principal", f.partyId()),
                                JsonText.field("principalName", record.partyName(f.partyId())),
                                JsonText.field("status", f.status().code()),
                                JsonText.field("date", date(f.date())),
                                JsonText.field("body", f.body()),
                                JsonText.field(
                                        "outcome",
                                        f.outcome() == null ? null : f.outcome().code()),
                                JsonText.field("link", f.link()),
                                JsonText.field("note", f.note()),
                                "\"answers\":"
                                        + f.history().stream()
                                                .map(c -> "{" + JsonText.field("at", instant(c.at())) + ","
                                                        + JsonText.field("by", c.by()) + ","
                                                        + JsonText.field("what", c.what())
                                                        + "," + JsonText.field("detail", c.detail()) + "}")
                                                .collect(Collectors.joining(",", "[", "]")))
                        + "}")
                .collect(Collectors.joining(",\n    ", "[\n    ", "]"));
        return "{\n  "
                + String.join(
                        ",\n  ",
                        JsonText.field("meetingId", meeting.id()),
                        JsonText.field("structureId", meeting.structureId()),
                        JsonText.field("forumId", meeting.forumId()),
                        JsonText.field("forum", record.forumName()),
                        JsonText.field("start", instant(meeting.start())),
                        JsonText.field("place", meeting.place()),
                        JsonText.field("status", meeting.status().name()),
                        "\"items\":" + itemsJson,
                        "\"minutes\":" + editionsJson,
                        "\"followUps\":" + followUpsJson)
                + "\n}\n";
    }

    private static String edition(Minutes m) {
        String items = m.items().stream()
                .map(i -> "{"
                        + String.join(
                                ",",
                                JsonText.field("itemId", i.itemId()),
                                JsonText.field("title", i.title()),
                                JsonText.field("note", i.note()),
                                JsonText.field(
                                        "outcome",
                                        i.outcome() == null ? null : i.outcome().code()),
                                JsonText.field("text", i.text()),
                                JsonText.field("raisedTo", i.raisedTo()))
                        + "}")
                .collect(Collectors.joining(",", "[", "]"));
        String attendance = m.attendance().stream()
                .map(p -> "{"
                        + String.join(
                                ",",
                                JsonText.field("seatId", p.seatId()),
                                JsonText.field("personId", p.personId()),
                                JsonText.field("party", p.party()),
                                JsonText.field("role", p.role()),
                                JsonText.field("attendance", p.attendance().code()),
                                JsonText.field("deputy", p.deputy()))
                        + "}")
                .collect(Collectors.joining(",", "[", "]"));
        String signOffs = m.signOffs().stream()
                .map(s -> "{" + JsonText.field("personId", s.personId()) + "," + JsonText.field("as", s.as()) + ","
                        + JsonText.field("at", instant(s.at())) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        String history = m.history().stream()
                .map(c -> "{" + JsonText.field("at", instant(c.at())) + "," + JsonText.field("by", c.by()) + ","
                        + JsonText.field("what", c.what()) + "," + JsonText.field("detail", c.detail()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return "{"
                + String.join(
                        ",",
                        JsonText.field("id", m.id()),
                        "\"edition\":" + m.edition(),
                        JsonText.field("corrects", m.corrects()),
                        JsonText.field("correctionReason", m.correctionReason()),
                        JsonText.field("status", m.status().name()),
                        JsonText.field("adjusterId", m.adjusterId()),
                        JsonText.field("publishedAt", instant(m.publishedAt())),
                        JsonText.field("publishedBy", m.publishedBy()),
                        "\"items\":" + items,
                        "\"attendance\":" + attendance,
                        "\"signOffs\":" + signOffs,
                        "\"history\":" + history)
                + "}";
    }

    private static String instant(Instant at) {
        return at == null ? null : at.toString();
    }

    private static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" – "));
    }
}
