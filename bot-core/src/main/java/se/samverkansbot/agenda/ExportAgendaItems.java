package se.samverkansbot.agenda;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import se.samverkansbot.text.JsonText;

/**
 * A forum's items for a period as CSV (semicolon-separated, as Swedish spreadsheets expect) and JSON, for
 * registration (diarieföring). Every item is included whatever its status, with its history.
 */
public final class ExportAgendaItems {
    private static final String HEADER =
            "id;inskickat;struktur;forum;möte;rubrik;beskrivning;typ;länk;inskickat av;status;skäl;historik";

    private final AgendaItems items;

    public ExportAgendaItems(AgendaItems items) {
        this.items = items;
    }

    public String csv(String structureId, String forumId, Instant from, Instant to) {
        return items.ofForum(structureId, forumId, from, to).stream()
                .map(ExportAgendaItems::row)
                .collect(Collectors.joining("\r\n", HEADER + "\r\n", "\r\n"));
    }

    public String json(String structureId, String forumId, Instant from, Instant to) {
        return items.ofForum(structureId, forumId, from, to).stream()
                .map(ExportAgendaItems::object)
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }

    private static String row(AgendaItem item) {
        return String.join(
                ";",
                List.of(
                                item.id(),
                                item.submittedAt().toString(),
                                item.structureId(),
                                item.forumId(),
                                item.meetingId(),
                                item.title(),
                                nullToEmpty(item.description()),
                                item.kind().name(),
                                nullToEmpty(item.link()),
                                item.submitterId(),
                                item.status().name(),
                                nullToEmpty(item.reason()),
                                history(item))
                        .stream()
                        .map(ExportAgendaItems::csvField)
                        .toList());
    }

    /** The item's history in one field: "at by what: detail | …". */
    public static String history(AgendaItem item) {
        return item.history().stream()
                .map(change -> change.at() + " " + change.by() + " " + change.what()
                        + (change.detail() == null ? "" : ": " + change.detail()))
                .collect(Collectors.joining(" | "));
    }

    /** Quotes fields with separators, quotes or line breaks; and defuses spreadsheet formulas (=, +, -, @). */
    public static String csvField(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String object(AgendaItem item) {
        String history = item.history().stream()
                .map(change -> "{" + field("at", change.at().toString()) + "," + field("by", change.by()) + ","
                        + field("what", change.what()) + "," + field("detail", change.detail()) + "}")
                .collect(Collectors.joining(","));
        return "  {"
                + String.join(
                        ",",
                        field("id", item.id()),
                        field("submittedAt", item.submittedAt().toString()),
                        field("structureId", item.structureId()),
                        field("forumId", item.forumId()),
                        field("meetingId", item.meetingId()),
                        field("title", item.title()),
                        field("description", item.description()),
                        field("kind", item.kind().name()),
                        field("link", item.link()),
                        field("submitterId", item.submitterId()),
                        field("status", item.status().name()),
                        field("reason", item.reason()))
                + ",\"history\":[" + history + "]}";
    }

    private static String field(String name, String value) {
        return JsonText.field(name, value);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
