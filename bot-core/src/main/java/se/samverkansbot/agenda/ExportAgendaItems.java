package se.samverkansbot.agenda;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

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

    private static String history(AgendaItem item) {
        return item.history().stream()
                .map(change -> change.at() + " " + change.by() + " " + change.what()
                        + (change.detail() == null ? "" : ": " + change.detail()))
                .collect(Collectors.joining(" | "));
    }

    /** Quotes fields with separators, quotes or line breaks; and defuses spreadsheet formulas (=, +, -, @). */
    static String csvField(String value) {
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
        return "\"" + name + "\":" + (value == null ? "null" : "\"" + escape(value) + "\"");
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
