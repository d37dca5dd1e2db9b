package se.samverkansbot.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.ConversationAddress;
import se.samverkansbot.chat.InboundMessage;
import se.samverkansbot.chat.Sender;
import se.samverkansbot.conversation.Conversation;
import se.samverkansbot.core.Core;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.Person;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;
import se.samverkansbot.store.mongo.MongoAgendaItems;
import se.samverkansbot.store.mongo.MongoForumChannels;
import se.samverkansbot.store.mongo.MongoMutes;
import se.samverkansbot.store.mongo.MongoPendingConfirmations;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.testing.InMemoryMeetings;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.time.SwedishTime;

/**
 * Answer latency and register heap at national scale (21 structures, 10 000 people, 2 000 forums). Prints
 * figures; asserts nothing about time. Run with {@code ./mvnw -Pbenchmarks -pl bot-core verify}.
 * Targets from the issue: p99 < 5 ms per kind of question, register heap < 200 MB.
 */
@Tag("benchmark")
class AnsweringBenchmark {
    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 3_000;

    @Test
    void answers_at_national_scale() {
        long before = usedHeapAfterGc();
        Register register = new Register(new NationalRegister().structures);
        long registerBytes = usedHeapAfterGc() - before;

        // Meetings in memory, so the figures are the answering's own, without database round trips.
        MongoDatabase database = InMemoryMongo.shared().freshDatabase();
        Conversation answering = new Core(new Core.Ports(
                        () -> register,
                        new InMemoryMeetings(),
                        new MongoReminders(database),
                        new MongoAgendaItems(database),
                        new MongoPendingConfirmations(database),
                        new MongoForumChannels(database),
                        new MongoMutes(database),
                        SmallForum.DIRECTORY,
                        new se.samverkansbot.store.mongo.MongoMinutesRecords(database),
                        new se.samverkansbot.store.mongo.MongoFollowUps(database),
                        Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), SwedishTime.ZONE)))
                .conversation();
        long beforeIndex = usedHeapAfterGc();
        answering.handle(message("hej", "x")); // builds the question index
        answering.handle(message("Vad ska översynen klargöra om samverkan och mandat?", "x")); // the passage index
        long indexBytes = usedHeapAfterGc() - beforeIndex;

        Random random = new Random(7);
        List<Structure> structures = register.structures();
        Map<String, Function<Random, String>> kinds = new LinkedHashMap<>();
        kinds.put("representation", r -> "Vem representerar " + municipality(pick(structures, r), r) + "?");
        kinds.put(
                "frequency",
                r -> "Hur ofta träffas " + localForum(pick(structures, r), r).name() + "?");
        kinds.put(
                "mandate",
                r -> "Vad är uppdraget för "
                        + localForum(pick(structures, r), r).name().toLowerCase() + "?");
        kinds.put(
                "next meeting",
                r -> "När är nästa möte i " + localForum(pick(structures, r), r).name() + "?");
        kinds.put(
                "person (typo)",
                r -> "vem är " + typo(person(pick(structures, r), r).name(), r));
        kinds.put(
                "members",
                r -> "Vilka sitter i " + localForum(pick(structures, r), r).name() + "?");
        kinds.put("structure", r -> "Vilka är parterna i " + pick(structures, r).name() + "?");
        kinds.put("abbreviation", r -> "Vad betyder HSN?");
        kinds.put(
                "english",
                r -> "Who represents " + municipality(pick(structures, r), r) + " in "
                        + pick(structures, r).name() + "?");
        kinds.put("unknown", r -> "Vad tycker du om kvantfysik och " + r.nextInt(1000) + " andra saker?");
        kinds.put(
                "document",
                r -> "Vad ska förslaget om " + NationalRegister.randomWord(r) + " och " + NationalRegister.randomWord(r)
                        + " klargöra i " + pick(structures, r).name() + "?");
        kinds.put(
                "document when",
                r -> "När ska " + NationalRegister.randomWord(r) + " " + NationalRegister.randomWord(r)
                        + " vara klart?");

        System.out.printf(
                "%nAnswering benchmark: %d structures, %d people, %d forums, %d documents (%.0f pages, %s), JDK %s,"
                        + " %d cores%n",
                structures.size(),
                structures.stream().mapToInt(s -> s.people().size()).sum(),
                structures.stream().mapToInt(s -> s.forums().size()).sum(),
                structures.stream().mapToInt(s -> s.documents().size()).sum(),
                structures.stream()
                                .flatMap(s -> s.documents().stream())
                                .mapToLong(d -> d.text().length())
                                .sum()
                        / (double) NationalRegister.PAGE,
                NationalRegister.SEED_TEXT
                        ? "words drawn as often as the seed documents use them"
                        : "words drawn evenly from the 55 asked about",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "Heap: register with documents %.1f MB, question and passage indexes %.1f MB, together %.1f MB"
                        + " (target < 200 MB)%n",
                mb(registerBytes), mb(indexBytes), mb(registerBytes + indexBytes));
        System.out.printf("%-16s %10s %10s %10s%n", "kind", "p50 µs", "p99 µs", "max µs");
        // -Donly=<kind>: one kind alone, so that a profile (JFR) holds nothing else.
        String only = System.getProperty("only");
        for (Map.Entry<String, Function<Random, String>> kind : kinds.entrySet()) {
            if (only != null && !only.isBlank() && !kind.getKey().equals(only)) {
                continue;
            }
            List<String> questions = new ArrayList<>();
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                questions.add(kind.getValue().apply(random));
            }
            for (int i = 0; i < WARM_UP; i++) {
                answering.handle(message(questions.get(i), "person-" + i));
            }
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                InboundMessage message = message(questions.get(WARM_UP + i), "person-" + i);
                long start = System.nanoTime();
                answering.handle(message);
                nanos[i] = System.nanoTime() - start;
            }
            if (kind.getKey().equals(System.getProperty("slowest"))) {
                // -Dslowest=<kind>: where the tail comes from, the kind's ten slowest questions, each timed again: slow
                // again is the question's own cost, fast again was the machine (a collection, the JIT).
                long[] measured = nanos.clone();
                java.util.stream.IntStream.range(0, MEASURED)
                        .boxed()
                        .sorted(java.util.Comparator.comparingLong(i -> -measured[i]))
                        .limit(10)
                        .forEach(i -> System.out.printf(
                                "  slow %7.0f µs, again %7.0f µs  %s%n",
                                measured[i] / 1e3,
                                medianOfAgain(answering, questions.get(WARM_UP + i)) / 1e3,
                                questions.get(WARM_UP + i)));
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "%-16s %10.0f %10.0f %10.0f%n",
                    kind.getKey(),
                    nanos[MEASURED / 2] / 1e3,
                    nanos[(int) (MEASURED * 0.99)] / 1e3,
                    nanos[MEASURED - 1] / 1e3);
        }
    }

    /** The median of the question asked again 21 times: whether its slowness is its own or the machine's. */
    private static long medianOfAgain(Conversation answering, String question) {
        long[] again = new long[21];
        for (int i = 0; i < again.length; i++) {
            InboundMessage message = message(question, "again-" + i);
            long start = System.nanoTime();
            answering.handle(message);
            again[i] = System.nanoTime() - start;
        }
        Arrays.sort(again);
        return again[again.length / 2];
    }

    private static InboundMessage message(String text, String user) {
        return InboundMessage.said(Sender.web(user), ConversationAddress.webChat(user), text, null);
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String municipality(Structure structure, Random random) {
        return pick(structure.parties().subList(1, structure.parties().size() - 0), random)
                .aliases()
                .getFirst();
    }

    private static Forum localForum(Structure structure, Random random) {
        List<Forum> local = structure.forums().stream()
                .filter(f -> f.level() == ForumLevel.LOCAL)
                .toList();
        return pick(local, random);
    }

    private static Person person(Structure structure, Random random) {
        return pick(structure.people(), random);
    }

    /** Drops one letter from the last name, as a hurried member would. */
    private static String typo(String name, Random random) {
        int at = name.lastIndexOf(' ') + 2 + random.nextInt(Math.max(1, name.length() - name.lastIndexOf(' ') - 3));
        return name.substring(0, at) + name.substring(Math.min(name.length(), at + 1));
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
