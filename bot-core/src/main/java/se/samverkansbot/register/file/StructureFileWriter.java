package se.samverkansbot.register.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import se.samverkansbot.register.AdminSupport;
import se.samverkansbot.register.Body;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumRhythm;
import se.samverkansbot.register.GlossaryTerm;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.MeetingFrequency;
import se.samverkansbot.register.MeetingSchedule;
import se.samverkansbot.register.Milestone;
import se.samverkansbot.register.PartialDate;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.SourceDocument;
import se.samverkansbot.register.Structure;

/**
 * Writes a {@link Structure} as a structure file, the format {@link StructureFileReader} reads, so that reading the
 * written file gives back an equal structure: the export of the register, and the way an edit made in the app is
 * checked by the file's own rules. One method per section, each listing its keys in the file's order; a value that
 * is absent or the reader's default is left out. A new key is one more {@code put} here and one more read there.
 */
public final class StructureFileWriter {

    public String write(Structure structure) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        root.put("structure", head(structure));
        putList(root, "parties", structure.parties(), this::party);
        putList(root, "bodies", structure.bodies(), this::body);
        putList(root, "people", structure.people(), this::person);
        putList(root, "forums", structure.forums(), this::forum);
        putList(root, "seats", structure.seats(), this::seat);
        putList(root, "glossary", structure.glossary(), this::glossaryTerm);
        putList(root, "milestones", structure.milestones(), this::milestone);
        if (structure.adminSupport() != null) {
            root.put("adminSupport", adminSupport(structure.adminSupport()));
        }
        putList(root, "documents", structure.documents(), this::document);
        return yaml().dump(root);
    }

    /** A seat's keys and values as the file writes them, in order: what a change to it is described by. */
    public Map<String, String> keys(se.samverkansbot.register.Seat seat) {
        return asText(seat(seat));
    }

    /** A person's keys and values as the file writes them, in order. */
    public Map<String, String> keys(Person person) {
        return asText(person(person));
    }

    private static Map<String, String> asText(Map<String, Object> fields) {
        Map<String, String> text = new LinkedHashMap<>();
        fields.forEach(
                (key, value) -> text.put(key, value instanceof Plain plain ? plain.text() : String.valueOf(value)));
        return text;
    }

    private Map<String, Object> head(Structure s) {
        Fields f = new Fields();
        f.put("id", s.id());
        f.put("name", s.name());
        f.put("fullName", s.fullName());
        f.put("aliases", s.aliases());
        f.put("county", s.county());
        f.put("purpose", s.purpose());
        f.put("goal", s.goal());
        f.put("principles", s.principles());
        f.put("validFrom", date(s.validFrom()));
        f.put("validTo", date(s.validTo()));
        f.putUnlessDefault("consultativeOnly", s.consultativeOnly(), true);
        f.put("note", s.note());
        return f.map;
    }

    private Map<String, Object> party(Party p) {
        Fields f = new Fields();
        f.put("id", p.id());
        f.put("name", p.name());
        f.put("kind", choice(p.kind()));
        f.putUnlessDefault("principal", p.principal(), false);
        f.put("aliases", p.aliases());
        return f.map;
    }

    private Map<String, Object> body(Body b) {
        Fields f = new Fields();
        f.put("id", b.id());
        f.put("party", b.party());
        f.put("name", b.name());
        f.put("kind", choice(b.kind()));
        f.put("aliases", b.aliases());
        f.put("note", b.note());
        return f.map;
    }

    private Map<String, Object> person(Person p) {
        Fields f = new Fields();
        f.put("id", p.id());
        f.put("name", p.name());
        f.put("title", p.title());
        f.put("party", p.party());
        f.put("body", p.body());
        f.put("email", p.contacts().email());
        f.put("slackUserId", p.contacts().slackUserId());
        f.put("teamsAadObjectId", p.contacts().teamsAadObjectId());
        f.put("note", p.note());
        f.put("language", p.language() == Language.ENGLISH ? "en" : null);
        return f.map;
    }

    private Map<String, Object> forum(Forum forum) {
        Fields f = new Fields();
        f.put("id", forum.id());
        f.put("name", forum.name());
        f.put("aliases", forum.aliases());
        f.put("level", choice(forum.level()));
        f.put("area", choice(forum.area()));
        f.put("municipality", forum.municipality());
        f.put("reportsTo", forum.reportsTo());
        f.put("prepares", forum.prepares());
        if (forum.mandate() != null) {
            Fields mandate = new Fields();
            mandate.put("summary", forum.mandate().summary());
            mandate.put("tasks", forum.mandate().tasks());
            f.put("mandate", mandate.map);
        }
        if (forum.meets() != null) {
            f.put("meets", meets(forum.meets()));
        }
        f.put("composition", forum.composition());
        f.put("validFrom", partial(forum.validFrom()));
        f.put("validTo", partial(forum.validTo()));
        f.put("replaces", forum.replaces());
        f.putUnlessDefault("consultativeOnly", forum.consultativeOnly(), true);
        f.put("note", forum.note());
        if (forum.lateItems() != Forum.LateItems.NEXT_MEETING) {
            f.put("agenda", Map.of("lateItems", choice(forum.lateItems())));
        }
        f.putUnlessDefault("public", forum.isPublic(), true);
        if (!forum.followUpReminderDays().isEmpty()) {
            f.put("followUpReminderDays", forum.followUpReminderDays());
        }
        if (forum.rhythm() != null) {
            // The forum's whole rhythm, the structure's defaults included: it reads back to the same forum.
            f.put("rhythm", rhythm(forum.rhythm()));
        }
        return f.map;
    }

    private Map<String, Object> rhythm(ForumRhythm rhythm) {
        Fields f = new Fields();
        if (rhythm.deadlines() != null) {
            f.put(
                    "deadlines",
                    rhythm.deadlines().stream()
                            .map(d -> {
                                Fields deadline = new Fields();
                                deadline.put("kind", choice(d.step()));
                                String direction = d.step().isAfterTheMeeting() ? "After" : "Before";
                                deadline.put(
                                        (d.counting() == ForumRhythm.Counting.WORKING_DAYS ? "workingDays" : "days")
                                                + direction,
                                        d.days());
                                deadline.put("at", d.at() == null ? null : d.at().toString());
                                return deadline.map;
                            })
                            .toList());
        }
        if (rhythm.reminders() != null) {
            f.put(
                    "reminders",
                    rhythm.reminders().stream()
                            .map(r -> {
                                Fields reminder = new Fields();
                                reminder.put("about", choice(r.about()));
                                reminder.put("daysBefore", r.daysBefore());
                                reminder.put(
                                        "to",
                                        r.to().stream()
                                                .sorted()
                                                .map(StructureFileWriter::choice)
                                                .toList());
                                return reminder.map;
                            })
                            .toList());
        }
        if (rhythm.remindSubmitters() != null) {
            f.put("remindSubmitters", rhythm.remindSubmitters());
        }
        return f.map;
    }

    private Map<String, Object> meets(MeetingFrequency meets) {
        Fields f = new Fields();
        f.put("timesPerYear", meets.timesPerYear());
        f.put("description", meets.description());
        f.put("descriptionEn", meets.descriptionEn());
        MeetingSchedule s = meets.schedule();
        if (s != null) {
            Fields schedule = new Fields();
            schedule.put("rule", s.rule());
            schedule.put("from", date(s.from()));
            schedule.put(
                    "dates", s.dates().stream().map(StructureFileWriter::date).toList());
            schedule.put("at", time(s.at()));
            schedule.put("minutes", s.minutes());
            schedule.put("place", s.place());
            schedule.put("link", s.link());
            f.put("schedule", schedule.map);
        }
        return f.map;
    }

    private Map<String, Object> seat(se.samverkansbot.register.Seat seat) {
        Fields f = new Fields();
        f.put("id", seat.id());
        f.put("forum", seat.forum());
        f.put("role", choice(seat.role()));
        f.put("party", seat.party());
        f.put("body", seat.body());
        f.put("person", seat.person());
        f.put("position", seat.position());
        f.put("area", choice(seat.area()));
        f.putUnlessDefault(
                "count", seat.countStated() ? (Object) seat.count() : StructureFileReader.UNSTATED_COUNT, (Object) 1);
        f.put("from", date(seat.period().from()));
        f.put("to", date(seat.period().to()));
        f.put("deputyFor", seat.deputyFor());
        f.put("note", seat.note());
        return f.map;
    }

    private Map<String, Object> glossaryTerm(GlossaryTerm term) {
        Fields f = new Fields();
        f.put("term", term.term());
        f.put("meaning", term.meaning());
        f.put("aliases", term.aliases());
        return f.map;
    }

    private Map<String, Object> milestone(Milestone milestone) {
        Fields f = new Fields();
        f.put("date", partial(milestone.date()));
        f.put("title", milestone.title());
        f.put("description", milestone.description());
        f.put("forums", milestone.forums());
        f.put("unrecorded", milestone.unrecorded());
        return f.map;
    }

    private Map<String, Object> adminSupport(AdminSupport support) {
        Fields f = new Fields();
        f.put("covers", support.covers());
        f.put("tasks", support.tasks());
        f.put(
                "costs",
                support.costs().stream()
                        .map(cost -> {
                            Fields line = new Fields();
                            line.put("level", cost.level());
                            line.put("resource", cost.resource());
                            line.put("amountMnkr", mnkr(cost.amountSek()));
                            return line.map;
                        })
                        .toList());
        f.put("totalMnkr", support.totalSek() == null ? null : mnkr(support.totalSek()));
        f.put("comment", support.comment());
        return f.map;
    }

    private Map<String, Object> document(SourceDocument document) {
        Fields f = new Fields();
        f.put("id", document.id());
        f.put("title", document.title());
        f.put("date", partial(document.date()));
        f.put("kind", document.kind());
        f.put("issuer", document.issuer());
        f.put("text", document.text());
        return f.map;
    }

    private static <T> void putList(
            Map<String, Object> into, String key, List<T> values, Function<T, Map<String, Object>> writer) {
        if (!values.isEmpty()) {
            into.put(key, values.stream().map(writer).toList());
        }
    }

    /** A section's keys in order; nothing is written for an absent value or an empty list. */
    private static final class Fields {
        private final Map<String, Object> map = new LinkedHashMap<>();

        void put(String key, Object value) {
            if (value == null || value instanceof Collection<?> list && list.isEmpty()) {
                return;
            }
            map.put(key, value);
        }

        <T> void putUnlessDefault(String key, T value, T absent) {
            if (!value.equals(absent)) {
                map.put(key, value);
            }
        }
    }

    /** A value written without quotes when YAML reads its text back as the same text: dates, times, amounts. */
    private record Plain(String text) {}

    private static Plain date(LocalDate date) {
        return date == null ? null : new Plain(date.toString());
    }

    private static Plain partial(PartialDate date) {
        return date == null ? null : new Plain(date.toString());
    }

    private static Plain time(LocalTime time) {
        return time == null ? null : new Plain(time.toString());
    }

    private static Plain mnkr(long sek) {
        return new Plain(
                BigDecimal.valueOf(sek).movePointLeft(6).stripTrailingZeros().toPlainString());
    }

    /** An enum as the file writes it: {@code county-coordination} for COUNTY_COORDINATION. */
    private static String choice(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.PLAIN); // multi-line texts become literal blocks
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        Resolver resolver = new Resolver();
        Representer representer = new Representer(options) {
            {
                this.representers.put(
                        Plain.class,
                        data -> representScalar(
                                resolver.resolve(NodeId.scalar, ((Plain) data).text(), true),
                                ((Plain) data).text(),
                                DumperOptions.ScalarStyle.PLAIN));
            }
        };
        return new Yaml(representer, options);
    }
}
