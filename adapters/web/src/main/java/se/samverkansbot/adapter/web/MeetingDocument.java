package se.samverkansbot.adapter.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.followup.FollowUp;
import se.samverkansbot.minutes.Attendance;
import se.samverkansbot.minutes.ExportMeeting;
import se.samverkansbot.minutes.Minutes;
import se.samverkansbot.minutes.Outcome;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Party;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.wording.Phrasing;

/**
 * A meeting's record as one printable HTML document: the agenda, each edition of the minutes (attendance, notes and
 * outcomes, sign-off) and the follow-up matrix (recommendation × principal) with each principal's answer. Print CSS
 * gives A4 pages, keeps tables and items whole, and repeats table heads; "Skriv ut → Spara som PDF" makes the PDF.
 * Everything the people typed is escaped.
 */
final class MeetingDocument {
    private static final String STYLE = """
            body{font:11pt/1.45 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#111;max-width:48em;margin:2em auto;padding:0 1em}
            h1{font-size:1.5em;margin:0 0 .2em}h2{font-size:1.2em;margin:1.6em 0 .4em;border-bottom:1px solid #999}
            h3{font-size:1.05em;margin:1em 0 .3em}.meta{color:#444;margin:0 0 1em}
            table{border-collapse:collapse;width:100%;margin:.4em 0 1em}th,td{border:1px solid #bbb;padding:.25em .45em;text-align:left;vertical-align:top}
            th{background:#eee}ol li{margin:.4em 0}.outcome{font-style:italic}.draft{color:#a00;font-weight:bold}
            @page{size:A4;margin:20mm 18mm}
            @media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}table,li,section.edition{break-inside:avoid}
            thead{display:table-header-group}a{color:inherit;text-decoration:none}}
            """;

    private MeetingDocument() {}

    static String html(ExportMeeting.MeetingRecord record, Language language) {
        Phrasing say = new Phrasing(language);
        StringBuilder out = new StringBuilder();
        String title = say.say("Möte", "Meeting") + " – " + record.forumName() + ", "
                + say.dateTime(record.meeting().start());
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language == Language.SWEDISH ? "sv" : "en")
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(escape(title))
                .append("</h1><p class=\"meta\">")
                .append(escape(record.structure().name()))
                .append(
                        record.meeting().place() == null
                                ? ""
                                : " · " + escape(record.meeting().place()))
                .append("</p>\n");
        agenda(record, say, out);
        for (Minutes edition : record.editions()) {
            minutes(record, edition, say, out);
        }
        followUps(record, say, out);
        return out.append("</body></html>\n").toString();
    }

    private static void agenda(ExportMeeting.MeetingRecord record, Phrasing say, StringBuilder out) {
        out.append("<h2>").append(say.say("Dagordning", "Agenda")).append("</h2>\n");
        if (record.items().isEmpty()) {
            out.append("<p>").append(say.say("Inga ärenden.", "No items.")).append("</p>\n");
            return;
        }
        out.append("<table><thead><tr><th>")
                .append(say.say("Ärende", "Item"))
                .append("</th><th>")
                .append(say.say("Rubrik", "Title"))
                .append("</th><th>")
                .append(say.say("Inskickat av", "Submitted by"))
                .append("</th><th>")
                .append(say.say("Status", "Status"))
                .append("</th></tr></thead><tbody>\n");
        for (AgendaItem item : record.items()) {
            out.append("<tr><td>")
                    .append(escape(item.id()))
                    .append("</td><td>")
                    .append(escape(item.title()))
                    .append(item.description() == null ? "" : "<br>" + escape(item.description()))
                    .append("</td><td>")
                    .append(escape(record.personName(item.submitterId())))
                    .append("</td><td>")
                    .append(escape(say.label(item.status())))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private static void minutes(ExportMeeting.MeetingRecord record, Minutes edition, Phrasing say, StringBuilder out) {
        out.append("<section class=\"edition\"><h2>")
                .append(say.say("Minnesanteckningar", "Minutes"))
                .append(record.editions().size() > 1 ? ", " + say.say("version ", "version ") + edition.edition() : "")
                .append("</h2>\n");
        if (!edition.isPublished()) {
            out.append("<p class=\"draft\">").append(say.say("UTKAST", "DRAFT")).append("</p>\n");
        }
        if (edition.corrects() != null) {
            out.append("<p>")
                    .append(say.say("Rättar föregående version: ", "Corrects the previous version: "))
                    .append(escape(edition.correctionReason()))
                    .append("</p>\n");
        }
        out.append("<h3>")
                .append(say.say("Närvaro", "Attendance"))
                .append("</h3>\n<table><thead><tr><th>")
                .append(say.say("Namn", "Name"))
                .append("</th><th>")
                .append(say.say("Part", "Party"))
                .append("</th><th>")
                .append(say.say("Närvaro", "Attendance"))
                .append("</th></tr></thead><tbody>\n");
        for (Minutes.Presence presence : edition.attendance()) {
            out.append("<tr><td>")
                    .append(escape(record.personName(presence.personId())))
                    .append("</td><td>")
                    .append(escape(record.partyName(presence.party())))
                    .append("</td><td>")
                    .append(escape(say.label(presence.attendance())))
                    .append(
                            presence.attendance() == Attendance.DEPUTY_PRESENT && presence.deputy() != null
                                    ? ": " + escape(presence.deputy())
                                    : "")
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n<h3>").append(say.say("Ärenden", "Items")).append("</h3>\n<ol>\n");
        for (Minutes.ItemRecord item : edition.items()) {
            out.append("<li><strong>").append(escape(item.title())).append("</strong>");
            if (item.note() != null) {
                out.append("<br>").append(escape(item.note()));
            }
            if (item.outcome() != null) {
                String outcome = Phrasing.capitalize(say.label(item.outcome()));
                if (item.outcome() == Outcome.RAISED && item.raisedTo() != null) {
                    outcome += " "
                            + record.structure()
                                    .forum(item.raisedTo())
                                    .map(f -> f.name())
                                    .orElse(item.raisedTo());
                }
                out.append("<br><span class=\"outcome\">")
                        .append(escape(outcome + (item.text() == null ? "" : ": " + item.text())))
                        .append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n<h3>").append(say.say("Justering", "Sign-off")).append("</h3>\n<p>");
        out.append(say.say("Justerare: ", "Adjuster: "))
                .append(escape(edition.adjusterId() == null ? "–" : record.personName(edition.adjusterId())));
        for (Minutes.SignOff signOff : edition.signOffs()) {
            out.append("<br>")
                    .append(say.say("Justerat av ", "Signed off by "))
                    .append(escape(record.personName(signOff.personId())))
                    .append(" (")
                    .append(escape(
                            "chair".equals(signOff.as())
                                    ? say.say("ordförande", "chair")
                                    : say.say("justerare", "adjuster")))
                    .append(") ")
                    .append(escape(say.date(SwedishTime.dateOf(signOff.at()))));
        }
        if (edition.publishedAt() != null) {
            out.append("<br>")
                    .append(say.say("Publicerat ", "Published "))
                    .append(escape(say.date(SwedishTime.dateOf(edition.publishedAt()))));
        }
        out.append("</p></section>\n");
    }

    /** Recommendation × principal, then each principal's answer in full. */
    private static void followUps(ExportMeeting.MeetingRecord record, Phrasing say, StringBuilder out) {
        if (record.followUps().isEmpty()) {
            return;
        }
        List<Party> principals = record.structure().principals();
        Map<String, List<FollowUp>> byItem = new LinkedHashMap<>();
        for (FollowUp followUp : record.followUps()) {
            byItem.computeIfAbsent(followUp.itemId(), k -> new ArrayList<>()).add(followUp);
        }
        out.append("<h2>")
                .append(say.say("Uppföljning per huvudman", "Follow-up per principal"))
                .append("</h2>\n<table><thead><tr><th>")
                .append(say.say("Huvudman", "Principal"))
                .append("</th>");
        for (List<FollowUp> ofItem : byItem.values()) {
            out.append("<th>").append(escape(ofItem.getFirst().title())).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (Party principal : principals) {
            out.append("<tr><th>").append(escape(principal.name())).append("</th>");
            for (List<FollowUp> ofItem : byItem.values()) {
                out.append("<td>")
                        .append(ofItem.stream()
                                .filter(f -> f.partyId().equals(principal.id()))
                                .findFirst()
                                .map(f -> escape(cell(f, say)))
                                .orElse("–"))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        for (List<FollowUp> ofItem : byItem.values()) {
            out.append("<h3>")
                    .append(escape(ofItem.getFirst().title()))
                    .append("</h3>\n<p>")
                    .append(say.say("Rekommendation: ", "Recommendation: "))
                    .append(escape(ofItem.getFirst().recommendation()))
                    .append("</p>\n<ul>\n");
            for (FollowUp f : ofItem) {
                out.append("<li>")
                        .append(escape(record.partyName(f.partyId())))
                        .append(": ")
                        .append(escape(cell(f, say)));
                if (f.body() != null) {
                    out.append(", ").append(escape(f.body()));
                }
                if (f.note() != null) {
                    out.append(" – ").append(escape(f.note()));
                }
                if (f.link() != null && f.link().startsWith("https://")) {
                    out.append(" <a href=\"")
                            .append(escape(f.link()))
                            .append("\">")
                            .append(escape(f.link()))
                            .append("</a>");
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
    }

    private static String cell(FollowUp f, Phrasing say) {
        String said = say.label(f.status());
        if (f.outcome() != null) {
            said += ": " + say.label(f.outcome());
        }
        if (f.date() != null) {
            said += " " + say.date(f.date());
        }
        return said;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
