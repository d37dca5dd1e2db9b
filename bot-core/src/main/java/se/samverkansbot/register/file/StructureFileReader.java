package se.samverkansbot.register.file;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import net.fortuna.ical4j.model.Recur;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import se.samverkansbot.register.AdminSupport;
import se.samverkansbot.register.Body;
import se.samverkansbot.register.BodyKind;
import se.samverkansbot.register.ContactIdentities;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.ForumRhythm;
import se.samverkansbot.register.GlossaryTerm;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Mandate;
import se.samverkansbot.register.MeetingFrequency;
import se.samverkansbot.register.MeetingSchedule;
import se.samverkansbot.register.Milestone;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.PartyKind;
import se.samverkansbot.register.Period;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.SourceDocument;
import se.samverkansbot.register.StrategicArea;
import se.samverkansbot.register.Structure;

/**
 * Reads a structure file into a {@link Structure}, or refuses it with every problem found. Nothing is
 * returned half-read: a file with one problem yields no structure at all.
 */
public final class StructureFileReader {
    /** A seat's count as a file writes it when the documents do not state the number ({@link Seat#UNSTATED}). */
    static final String UNSTATED_COUNT = "unstated";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The most a structure file may hold: far beyond a national register's (a few hundred kilobytes). */
    public static final int MAX_FILE_CHARS = 2_000_000;

    /** The most bytes {@link #MAX_FILE_CHARS} characters take in UTF-8; a larger file is refused unread. */
    public static final long MAX_FILE_BYTES = 4L * MAX_FILE_CHARS;

    public Structure read(Path path) {
        String name = path.getFileName().toString();
        try {
            refuseIfTooLarge(name, Files.size(path));
            return read(name, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidStructureFile(List.of(new Problem(name, 0, ProblemKind.UNREADABLE, e.getMessage())));
        }
    }

    /**
     * Before a file is read: one larger than {@link #MAX_FILE_BYTES} is refused by its size alone, so a huge file
     * never reaches the heap.
     */
    public static void refuseIfTooLarge(String fileName, long bytes) {
        if (bytes > MAX_FILE_BYTES) {
            throw new InvalidStructureFile(List.of(
                    new Problem(fileName, 0, ProblemKind.TOO_LARGE, megabytes(bytes), megabytes(MAX_FILE_BYTES))));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    }

    public Structure read(String fileName, String content) {
        Problems problems = new Problems(fileName);
        if (content.length() > MAX_FILE_CHARS) {
            // The whole content counts, trailing documents and comments too, not only what YAML gets to parse.
            problems.add(0, ProblemKind.TOO_LONG, content.length(), MAX_FILE_CHARS);
            throw new InvalidStructureFile(problems.all());
        }
        Node root = parse(content, problems);
        if (root == null) {
            if (!problems.any()) {
                problems.add(0, ProblemKind.EMPTY);
            }
            throw new InvalidStructureFile(problems.all());
        }
        Structure structure = new Reading(problems).structure(YamlFields.of(root, "(root)", problems));
        if (problems.any()) {
            throw new InvalidStructureFile(problems.all());
        }
        return structure;
    }

    private static Node parse(String content, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_FILE_CHARS);
        options.setMaxAliasesForCollections(20);
        try (Reader reader = new StringReader(content)) {
            return new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(mark == null ? 0 : mark.getLine() + 1, ProblemKind.SYNTAX, e.getProblem());
        } catch (YAMLException | IOException e) {
            problems.add(0, ProblemKind.SYNTAX, e.getMessage());
        }
        return null;
    }

    /** One file's reading: the sections in order, then the rules that span them. */
    private static final class Reading {
        private final Problems problems;
        private final Map<String, Located<Party>> parties = new LinkedHashMap<>();
        private final Map<String, Located<Body>> bodies = new LinkedHashMap<>();
        private final Map<String, Located<Person>> people = new LinkedHashMap<>();
        private final Map<String, Located<Forum>> forums = new LinkedHashMap<>();
        private final Map<String, Located<Seat>> seats = new LinkedHashMap<>();
        private final List<Located<Milestone>> milestones = new ArrayList<>();
        private Located<AdminSupport> adminSupport;
        /** The structure's rhythm, which each forum's own is read over. */
        private ForumRhythm rhythm;

        Reading(Problems problems) {
            this.problems = problems;
        }

        Structure structure(YamlFields root) {
            Integer version = root.integer("version");
            if (version != null && version != 1) {
                problems.add(root.lineOf("version"), ProblemKind.BAD_CHOICE, "version", "1", version);
            }
            YamlFields head = root.object("structure").orElse(null);
            if (head == null) {
                problems.add(root.line(), ProblemKind.MISSING, "structure");
                root.rejectUnknownKeys();
                return null;
            }
            rhythm = head.object("rhythm")
                    .map(block -> new RhythmReading(problems).read(block, null))
                    .orElse(null);
            root.objects("parties").forEach(this::party);
            root.objects("bodies").forEach(this::body);
            root.objects("people").forEach(this::person);
            root.objects("forums").forEach(this::forum);
            root.objects("seats").forEach(this::seat);
            List<GlossaryTerm> glossary =
                    root.objects("glossary").stream().map(this::glossaryTerm).toList();
            root.objects("milestones").forEach(this::milestone);
            root.object("adminSupport").ifPresent(this::adminSupport);
            List<SourceDocument> documents =
                    root.objects("documents").stream().map(this::document).toList();
            root.rejectUnknownKeys();

            new ReferenceRules(problems, parties, bodies, people, forums, seats, milestones, adminSupport).check();

            Structure structure = new Structure(
                    id(head, "id"),
                    head.requiredText("name"),
                    head.text("fullName"),
                    head.texts("aliases"),
                    head.text("county"),
                    head.text("purpose"),
                    head.text("goal"),
                    head.texts("principles"),
                    head.date("validFrom"),
                    head.date("validTo"),
                    head.bool("consultativeOnly", true),
                    head.text("note"),
                    values(parties),
                    values(bodies),
                    values(people),
                    values(forums),
                    values(seats),
                    glossary,
                    milestones.stream().map(Located::value).toList(),
                    adminSupport == null ? null : adminSupport.value(),
                    documents);
            head.rejectUnknownKeys();
            return structure;
        }

        private void party(YamlFields fields) {
            Party party = new Party(
                    id(fields, "id"),
                    fields.requiredText("name"),
                    fields.choice("kind", PartyKind.class, true),
                    fields.bool("principal", false),
                    fields.texts("aliases"));
            register("party", party.id(), party, fields, parties);
        }

        private void body(YamlFields fields) {
            Body body = new Body(
                    id(fields, "id"),
                    fields.requiredText("party"),
                    fields.requiredText("name"),
                    fields.choice("kind", BodyKind.class, true),
                    fields.texts("aliases"),
                    fields.text("note"));
            register("body", body.id(), body, fields, bodies);
        }

        private void person(YamlFields fields) {
            Person person = new Person(
                    id(fields, "id"),
                    fields.requiredText("name"),
                    fields.text("title"),
                    fields.text("party"),
                    fields.text("body"),
                    new ContactIdentities(
                            fields.text("email"), fields.text("slackUserId"), fields.text("teamsAadObjectId")),
                    fields.text("note"),
                    language(fields));
            register("person", person.id(), person, fields, people);
        }

        /** A person's language as a tag, {@code sv} or {@code en}; absent is Swedish. */
        private Language language(YamlFields fields) {
            String tag = fields.text("language");
            if (tag == null) {
                return null;
            }
            if (!tag.strip().equals("sv") && !tag.strip().equals("en")) {
                problems.add(fields.lineOf("language"), ProblemKind.BAD_CHOICE, "language", "sv, en", tag);
                return null;
            }
            return Language.fromTag(tag);
        }

        private void forum(YamlFields fields) {
            Mandate mandate = fields.object("mandate")
                    .map(m -> {
                        Mandate read = new Mandate(m.text("summary"), m.texts("tasks"));
                        m.rejectUnknownKeys();
                        return read;
                    })
                    .orElse(null);
            MeetingFrequency meets = fields.object("meets")
                    .map(m -> {
                        MeetingFrequency read = new MeetingFrequency(
                                m.integer("timesPerYear"),
                                m.text("description"),
                                m.text("descriptionEn"),
                                m.object("schedule").map(this::schedule).orElse(null));
                        m.rejectUnknownKeys();
                        return read;
                    })
                    .orElse(null);
            Forum forum = new Forum(
                    id(fields, "id"),
                    fields.requiredText("name"),
                    fields.texts("aliases"),
                    fields.choice("level", ForumLevel.class, true),
                    fields.choice("area", StrategicArea.class, false),
                    fields.text("municipality"),
                    fields.text("reportsTo"),
                    fields.texts("prepares"),
                    mandate,
                    meets,
                    fields.text("composition"),
                    fields.partialDate("validFrom"),
                    fields.partialDate("validTo"),
                    fields.text("replaces"),
                    fields.bool("consultativeOnly", true),
                    fields.text("note"),
                    fields.object("agenda")
                            .map(a -> {
                                Forum.LateItems late = a.choice("lateItems", Forum.LateItems.class, false);
                                a.rejectUnknownKeys();
                                return late;
                            })
                            .orElse(null),
                    fields.bool("public", true),
                    reminderDays(fields, "followUpReminderDays"),
                    fields.object("rhythm")
                            .map(block -> new RhythmReading(problems).read(block, rhythm))
                            .orElse(rhythm));
            if (forum.validFrom() != null
                    && forum.validTo() != null
                    && forum.validTo().end().isBefore(forum.validFrom().start())) {
                problems.add(fields.lineOf("validTo"), ProblemKind.PERIOD_REVERSED, forum.validTo(), forum.validFrom());
            }
            register("forum", forum.id(), forum, fields, forums);
        }

        /** Days after publication, each a positive whole number and each later than the one before: [30, 60]. */
        private List<Integer> reminderDays(YamlFields fields, String key) {
            List<Integer> days = new ArrayList<>();
            for (String text : fields.texts(key)) {
                try {
                    days.add(Integer.valueOf(text));
                } catch (NumberFormatException e) {
                    problems.add(fields.lineOf(key), ProblemKind.EXPECTED_NUMBER, key, text);
                    return List.of();
                }
            }
            for (int i = 0; i < days.size(); i++) {
                if (days.get(i) < 1 || i > 0 && days.get(i) <= days.get(i - 1)) {
                    problems.add(fields.lineOf(key), ProblemKind.REMINDER_DAYS, key, days);
                    return List.of();
                }
            }
            return days;
        }

        private MeetingSchedule schedule(YamlFields fields) {
            fields.check("rule", rule -> new Recur<java.time.LocalDateTime>(rule), ProblemKind.BAD_RULE);
            MeetingSchedule schedule = new MeetingSchedule(
                    fields.text("rule"),
                    fields.date("from"),
                    fields.dates("dates"),
                    fields.time("at"),
                    fields.integer("minutes"),
                    fields.text("place"),
                    fields.text("link"));
            boolean recurs = schedule.rule() != null && schedule.from() != null;
            if (!fields.has("at") || !recurs && schedule.dates().isEmpty() && !fields.has("dates")) {
                problems.add(fields.line(), ProblemKind.SCHEDULE_INCOMPLETE);
            }
            fields.rejectUnknownKeys();
            return schedule;
        }

        private void seat(YamlFields fields) {
            // "count: unstated": a representation the documents give without its number.
            boolean unstated =
                    fields.scalar("count").filter(UNSTATED_COUNT::equals).isPresent();
            Integer count = unstated ? Integer.valueOf(Seat.UNSTATED) : fields.integer("count");
            Seat seat = new Seat(
                    id(fields, "id"),
                    fields.requiredText("forum"),
                    fields.choice("role", SeatRole.class, true),
                    fields.text("party"),
                    fields.text("body"),
                    fields.text("person"),
                    fields.text("position"),
                    fields.choice("area", StrategicArea.class, false),
                    count == null ? 1 : count,
                    period(fields, "from", "to"),
                    fields.text("deputyFor"),
                    fields.text("note"));
            if (count != null && count < 1 && !unstated) {
                problems.add(fields.lineOf("count"), ProblemKind.EXPECTED_NUMBER, "count", count);
            }
            register("seat", seat.id(), seat, fields, seats);
        }

        private GlossaryTerm glossaryTerm(YamlFields fields) {
            GlossaryTerm term = new GlossaryTerm(
                    fields.requiredText("term"), fields.requiredText("meaning"), fields.texts("aliases"));
            fields.rejectUnknownKeys();
            return term;
        }

        private SourceDocument document(YamlFields fields) {
            SourceDocument document = new SourceDocument(
                    id(fields, "id"),
                    fields.requiredText("title"),
                    fields.has("date") ? fields.partialDate("date") : null,
                    fields.text("kind"),
                    fields.text("issuer"),
                    fields.requiredText("text"));
            fields.rejectUnknownKeys();
            return document;
        }

        private void milestone(YamlFields fields) {
            if (!fields.has("date")) {
                problems.add(fields.line(), ProblemKind.MISSING, "date");
            }
            Milestone milestone = new Milestone(
                    fields.partialDate("date"),
                    fields.requiredText("title"),
                    fields.text("description"),
                    fields.texts("forums"),
                    fields.text("unrecorded"));
            fields.rejectUnknownKeys();
            milestones.add(new Located<>(milestone, fields));
        }

        private void adminSupport(YamlFields fields) {
            List<AdminSupport.CostLine> costs = fields.objects("costs").stream()
                    .map(line -> {
                        BigDecimal amount = line.decimal("amountMnkr");
                        if (!line.has("amountMnkr")) {
                            problems.add(line.line(), ProblemKind.MISSING, "amountMnkr");
                        }
                        AdminSupport.CostLine cost = new AdminSupport.CostLine(
                                line.requiredText("level"), line.requiredText("resource"), sek(amount));
                        line.rejectUnknownKeys();
                        return cost;
                    })
                    .toList();
            BigDecimal total = fields.decimal("totalMnkr");
            AdminSupport support = new AdminSupport(
                    fields.texts("covers"),
                    fields.texts("tasks"),
                    costs,
                    total == null ? null : sek(total),
                    fields.text("comment"));
            fields.rejectUnknownKeys();
            adminSupport = new Located<>(support, fields);
        }

        private static long sek(BigDecimal mnkr) {
            return mnkr == null ? 0 : mnkr.movePointRight(6).longValue();
        }

        private Period period(YamlFields fields, String fromKey, String toKey) {
            Period period = new Period(fields.date(fromKey), fields.date(toKey));
            if (period.from() != null && period.to() != null && period.to().isBefore(period.from())) {
                problems.add(fields.lineOf(toKey), ProblemKind.PERIOD_REVERSED, period.to(), period.from());
            }
            return period;
        }

        private String id(YamlFields fields, String key) {
            String id = fields.requiredText(key);
            if (id != null && !ID.matcher(id).matches()) {
                problems.add(fields.lineOf(key), ProblemKind.BAD_ID, id);
            }
            return id;
        }

        private <T> void register(String kind, String id, T value, YamlFields fields, Map<String, Located<T>> into) {
            fields.rejectUnknownKeys();
            if (id == null) {
                return;
            }
            Located<T> earlier = into.putIfAbsent(id, new Located<>(value, fields));
            if (earlier != null) {
                problems.add(fields.lineOf("id"), ProblemKind.DUPLICATE_ID, kind, id, earlier.lineOf("id"));
            }
        }

        private static <T> List<T> values(Map<String, Located<T>> located) {
            return located.values().stream().map(Located::value).toList();
        }
    }
}
