package se.samverkansbot.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.ScheduleMeetings;
import se.samverkansbot.register.Language;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.store.mongo.MongoAgendaItems;
import se.samverkansbot.store.mongo.MongoMeetings;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.testing.MutableClock;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;

/**
 * Agenda items in Gruppen: Olle is chair, Sara secretary, Lena member, Frida's seat ended in June. Meetings on
 * Thursday 7 January 2027 (cut-off moved off julafton to 23 December 12:00) and Tuesday 9 February 2027.
 */
class AgendaItemsTest {
    private static final Instant JANUARY_7 = Instant.parse("2027-01-07T08:00:00Z");
    private static final Instant FEBRUARY_9 = Instant.parse("2027-02-09T08:00:00Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final TestCore core = TestCore.of(SmallForum.REGISTER, SmallForum.DIRECTORY, clock);
    private final MongoMeetings meetings = core.meetings();
    private final MongoReminders reminders = core.reminders();
    private final MongoAgendaItems items = core.items();
    private final ScheduleMeetings schedule = core.core().scheduleMeetings();
    private final AgendaRules rules = core.core().agendaRules();
    private final SubmitAgendaItem submit = core.core().submitAgendaItem();
    private final ReviewAgendaItems review = core.core().reviewAgendaItems();
    private final ChangeAgendaItem change = core.core().changeAgendaItem();
    private final PublishNotice publish = core.core().publishNotice();

    @Test
    void a_member_submits_to_the_next_meeting_and_gets_a_receipt() {
        meetings();

        SubmitAgendaItem.Receipt receipt = submit.submit(request("req-1", "led", "Uppföljning av SIP-arbetet"));

        assertThat(receipt.item().id()).matches("A-[A-Z2-9]{5}");
        assertThat(receipt.item().status()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(receipt.meeting().start()).isEqualTo(JANUARY_7);
        assertThat(receipt.missed()).isEmpty();
        assertThat(receipt.item().history())
                .singleElement()
                .satisfies(c -> assertThat(c.what()).isEqualTo("submitted"));
    }

    @Test
    void a_retried_platform_request_never_creates_a_second_item() {
        meetings();
        AgendaItem first =
                submit.submit(request("slack-retry-42", "led", "Ett ärende")).item();

        SubmitAgendaItem.Receipt again = submit.submit(request("slack-retry-42", "led", "Ett ärende"));

        assertThat(again.repeated()).isTrue();
        assertThat(again.item().id()).isEqualTo(first.id());
        assertThat(items.ofSubmitter("led")).hasSize(1);
    }

    @ParameterizedTest(name = "{0} may submit: {1}")
    @CsvSource({"led, true", "ordf, true", "sekr, true", "forra, false", "okand, false"})
    void only_current_members_submit(String person, boolean allowed) {
        meetings();
        if (allowed) {
            assertThat(submit.submit(request("r-" + person, person, "Ärende"))
                            .item()
                            .submitterId())
                    .isEqualTo(person);
        } else {
            assertThatThrownBy(() -> submit.submit(request("r-" + person, person, "Ärende")))
                    .isInstanceOfSatisfying(
                            AgendaRefused.class, e -> assertThat(e.problem()).isEqualTo(AgendaProblem.NOT_A_MEMBER));
            assertThat(items.ofSubmitter(person)).isEmpty();
        }
    }

    @Test
    void bad_input_is_refused_politely_and_nothing_is_saved() {
        meetings();
        assertRefused(() -> submit.submit(request("a", "led", "   ")), AgendaProblem.TITLE_EMPTY);
        assertRefused(() -> submit.submit(request("b", "led", "x".repeat(201))), AgendaProblem.TITLE_TOO_LONG);
        assertRefused(
                () -> submit.submit(new SubmitAgendaItem.Request(
                        "c", "test", "grupp", "led", "Rubrik", "y".repeat(3001), null, null, null)),
                AgendaProblem.DESCRIPTION_TOO_LONG);
        assertRefused(
                () -> submit.submit(new SubmitAgendaItem.Request(
                        "d", "test", "grupp", "led", "Rubrik", null, null, null, LocalDate.of(2026, 11, 1))),
                AgendaProblem.MEETING_IN_PAST);
        assertThatThrownBy(() -> submit.submit(new SubmitAgendaItem.Request(
                        "e", "test", "grupp", "led", "Rubrik", null, null, null, LocalDate.of(2027, 1, 8))))
                .isInstanceOfSatisfying(
                        AgendaRefused.class,
                        e -> assertThat(e.say(Language.SWEDISH))
                                .isEqualTo(
                                        "Gruppen har inget möte 2027-01-08. Kommande möten: 2027-01-07, 2027-02-09."));
        assertThat(items.ofSubmitter("led")).isEmpty();
        assertThat(new AgendaRefused(AgendaProblem.TITLE_TOO_LONG, ItemLimits.TITLE, 201).say(Language.ENGLISH))
                .startsWith("The title may be at most 200 characters");
    }

    @Test
    void an_item_naming_a_personal_identity_number_is_refused_and_nothing_is_saved() {
        meetings();

        assertRefused(
                () -> submit.submit(request("p1", "led", "Brukare 19121212-1212 behöver SIP")),
                AgendaProblem.IDENTITY_NUMBER);
        assertRefused(
                () -> submit.submit(new SubmitAgendaItem.Request(
                        "p2", "test", "grupp", "led", "SIP", "gäller 121212-1212", null, null, null)),
                AgendaProblem.IDENTITY_NUMBER);
        assertThat(items.ofSubmitter("led")).isEmpty();
        assertThat(new AgendaRefused(AgendaProblem.IDENTITY_NUMBER).say(Language.SWEDISH))
                .startsWith("Ärendet innehåller ett personnummer")
                .endsWith("Inget sparades.");
    }

    @ParameterizedTest
    @CsvSource({
        "Ring 070-123 45 67 före mötet", // a phone number
        "Beslut 2022-02-04 om uppföljning", // a date
        "Budget 3 400 000 kr, dnr 2026-1234", // a sum and a registration number
        "Tidigare beslut 20220204, bilaga 1", // a date written as the documents do
        "Ärende 121212-1213" // one check digit off: not a real number
    })
    void numbers_that_are_no_identity_number_are_accepted(String title) {
        meetings();

        assertThat(submit.submit(request("n-" + title.hashCode(), "led", title))
                        .item()
                        .title())
                .isEqualTo(title);
    }

    @Test
    void a_forum_without_meetings_cannot_take_items_yet() {
        assertRefused(() -> submit.submit(request("a", "led", "Ärende")), AgendaProblem.NO_MEETINGS);
    }

    @Test
    void the_cutoff_moved_off_julafton_decides_between_this_meeting_and_the_next() {
        meetings();
        clock.set(Instant.parse("2026-12-23T10:30:00Z")); // 11:30 on 23 December, half an hour before the cut-off
        assertThat(submit.submit(request("before", "led", "I tid")).meeting().start())
                .isEqualTo(JANUARY_7);

        clock.set(Instant.parse("2026-12-23T11:30:00Z")); // 12:30, after it; 24 December is julafton, then the weekend
        SubmitAgendaItem.Receipt late = submit.submit(request("after", "led", "För sent"));

        assertThat(late.meeting().start()).isEqualTo(FEBRUARY_9);
        assertThat(late.missed()).get().extracting(Meeting::start).isEqualTo(JANUARY_7);
        assertThat(late.item().status()).isEqualTo(ItemStatus.SUBMITTED);
    }

    @Test
    void after_the_last_meetings_cutoff_an_item_is_marked_late_for_the_chair() {
        schedule.create("test", "grupp", JANUARY_7, null, null, null, DeadlineTemplate.standard());
        clock.set(Instant.parse("2026-12-28T08:00:00Z"));

        SubmitAgendaItem.Receipt receipt = submit.submit(request("late", "led", "Sent"));

        assertThat(receipt.item().status()).isEqualTo(ItemStatus.LATE);
        assertThat(receipt.meeting().start()).isEqualTo(JANUARY_7);
    }

    @Test
    void a_forum_whose_chair_decides_keeps_a_late_item_on_the_meeting_marked_late() {
        se.samverkansbot.register.Register chairDecides = new se.samverkansbot.register.Register(
                List.of(new se.samverkansbot.register.file.StructureFileReader().read("t.yaml", """
                        structure: {id: test, name: Testsamverkan}
                        people:
                          - {id: led, name: Lena Ledamot}
                        forums:
                          - {id: grupp, name: Gruppen, level: county-coordination, agenda: {lateItems: chair-decides}}
                        seats:
                          - {id: s3, forum: grupp, role: member, person: led}
                        """)));
        meetings();
        clock.set(Instant.parse("2026-12-23T11:30:00Z"));

        SubmitAgendaItem.Receipt receipt = TestCore.on(core.database(), chairDecides, SmallForum.DIRECTORY, clock)
                .core()
                .submitAgendaItem()
                .submit(request("late", "led", "Sent men viktigt"));

        assertThat(receipt.item().status()).isEqualTo(ItemStatus.LATE);
        assertThat(receipt.meeting().start()).isEqualTo(JANUARY_7);
    }

    @Test
    void reviewers_accept_move_or_reject_and_the_submitter_hears_each_outcome() {
        meetings();
        AgendaItem one = submit.submit(request("1", "led", "Ett")).item();
        AgendaItem two = submit.submit(request("2", "led", "Två")).item();
        AgendaItem three = submit.submit(request("3", "led", "Tre")).item();

        assertThat(review.waitingFor("test", "grupp", "sekr"))
                .extracting(AgendaItem::id)
                .containsExactly(one.id(), two.id(), three.id());
        assertThat(review.accept(one.id(), "ordf").status()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(review.moveToLater(two.id(), "sekr").meetingId()).isEqualTo("test/grupp/2027-02-09T0900");
        assertRefused(() -> review.reject(three.id(), "sekr", " "), AgendaProblem.REASON_NEEDED);
        assertThat(review.reject(three.id(), "sekr", "Hör hemma i den lokala samverkan")
                        .reason())
                .isEqualTo("Hör hemma i den lokala samverkan");

        List<Reminder> told = reminders.ofMeeting("test/grupp/2027-01-07T0900").stream()
                .filter(r -> r.purpose() == Reminder.Purpose.MESSAGE
                        && "led".equals(r.recipient().personId()))
                .toList();
        assertThat(told)
                .extracting(Reminder::message)
                .containsExactlyInAnyOrder(
                        "Ditt ärende %s \"Ett\" är godkänt för dagordningen.".formatted(one.id()),
                        "Ditt ärende %s \"Tre\" tas inte upp. Skäl: Hör hemma i den lokala samverkan"
                                .formatted(three.id()));
        assertThat(told).allSatisfy(r -> assertThat(r.recipient().personId()).isEqualTo("led"));
        assertThat(items.byId(three.id()).orElseThrow().history())
                .extracting(AgendaItem.Change::what)
                .containsExactly("submitted", "rejected");
    }

    @ParameterizedTest(name = "{0} may review: {1}")
    @CsvSource({"ordf, true", "sekr, true", "led, false", "forra, false", "okand, false"})
    void only_the_chair_convener_or_secretary_review_and_publish(String person, boolean allowed) {
        meetings();
        AgendaItem item = submit.submit(request("x", "led", "Ärende")).item();
        if (allowed) {
            assertThat(review.accept(item.id(), person).status()).isEqualTo(ItemStatus.ACCEPTED);
            assertThat(publish.publish("test/grupp/2027-01-07T0900", person)
                            .meeting()
                            .status())
                    .isEqualTo(MeetingStatus.NOTICE_SENT);
        } else {
            assertRefused(() -> review.accept(item.id(), person), AgendaProblem.NOT_A_REVIEWER);
            assertRefused(() -> review.reject(item.id(), person, "nej"), AgendaProblem.NOT_A_REVIEWER);
            assertRefused(() -> review.moveToLater(item.id(), person), AgendaProblem.NOT_A_REVIEWER);
            assertRefused(() -> publish.publish("test/grupp/2027-01-07T0900", person), AgendaProblem.NOT_A_REVIEWER);
            assertThat(items.byId(item.id()).orElseThrow().status()).isEqualTo(ItemStatus.SUBMITTED);
        }
    }

    @Test
    void a_decision_made_on_a_stale_view_is_refused() {
        meetings();
        AgendaItem item = submit.submit(request("x", "led", "Ärende")).item();
        AgendaItem seenByBoth = items.byId(item.id()).orElseThrow();
        review.accept(item.id(), "ordf");

        assertThat(items.replace(
                        seenByBoth.changed(
                                clock.instant(),
                                "sekr",
                                "rejected",
                                "nej",
                                ItemStatus.REJECTED,
                                seenByBoth.meetingId(),
                                seenByBoth.title(),
                                seenByBoth.description(),
                                "nej"),
                        seenByBoth.version()))
                .isFalse();
        assertThat(items.byId(item.id()).orElseThrow().status()).isEqualTo(ItemStatus.ACCEPTED);
    }

    @Test
    void the_submitter_edits_or_withdraws_until_the_cutoff_and_nothing_is_deleted() {
        meetings();
        AgendaItem item = submit.submit(request("x", "led", "Utkast")).item();

        assertRefused(() -> change.withdraw(item.id(), "ordf"), AgendaProblem.NOT_THE_SUBMITTER);
        assertThat(change.edit(item.id(), "led", "Färdig rubrik", "Mer text").title())
                .isEqualTo("Färdig rubrik");
        AgendaItem withdrawn = change.withdraw(item.id(), "led");

        assertThat(withdrawn.status()).isEqualTo(ItemStatus.WITHDRAWN);
        assertThat(items.byId(item.id()))
                .get()
                .satisfies(stored -> assertThat(stored.history())
                        .extracting(AgendaItem.Change::what)
                        .containsExactly("submitted", "edited", "withdrawn"));

        AgendaItem other = submit.submit(request("y", "led", "Annat")).item();
        clock.set(Instant.parse("2026-12-23T11:30:00Z"));
        assertRefused(() -> change.withdraw(other.id(), "led"), AgendaProblem.TOO_LATE_TO_CHANGE);
    }

    @Test
    void the_secretary_publishes_the_notice_with_the_accepted_items_in_order_to_channel_and_members() {
        meetings();
        AgendaItem first =
                submit.submit(request("1", "led", "Länsöverenskommelsen")).item();
        clock.advance(java.time.Duration.ofMinutes(5));
        AgendaItem second =
                submit.submit(request("2", "ordf", "Omvärldsbevakning")).item();
        submit.submit(request("3", "led", "Väntar"));
        review.accept(second.id(), "sekr");
        review.accept(first.id(), "sekr");

        PublishNotice.Published published = publish.publish("test/grupp/2027-01-07T0900", "sekr");

        assertThat(published.meeting().agenda()).containsExactly("Länsöverenskommelsen", "Omvärldsbevakning");
        assertThat(published.stillWaiting()).isEqualTo(1);
        assertThat(published.notice().label(Language.SWEDISH)).isEqualTo("""
                Kallelse till Gruppen (Testsamverkan), torsdag 7 januari 2027 kl. 09.00.
                Dagordning:
                1. Länsöverenskommelsen (information)
                2. Omvärldsbevakning (information)
                Forumet samråder; beslut fattas av respektive huvudman.""");
        assertThat(published.notice().label(Language.ENGLISH)).isEqualTo("""
                Notice of Gruppen (Testsamverkan), Thursday 7 January 2027 at 09:00.
                Agenda:
                1. Länsöverenskommelsen (information)
                2. Omvärldsbevakning (information)
                The forum consults; decisions are taken by each principal.""");
        assertThat(reminders.ofMeeting("test/grupp/2027-01-07T0900"))
                .filteredOn(r ->
                        r.purpose() == Reminder.Purpose.MESSAGE && r.message().startsWith("Kallelse"))
                .extracting(r -> r.recipient().address())
                .containsExactlyInAnyOrder("C-grupp", "D-ordf", "D-sekr", "D-led");
    }

    @Test
    void exports_a_forums_items_for_registration_as_csv_and_json() {
        meetings();
        AgendaItem item = submit.submit(new SubmitAgendaItem.Request(
                        "1",
                        "test",
                        "grupp",
                        "led",
                        "=SUMMA(A1); \"citat\"",
                        "Rad ett\nrad två",
                        ItemKind.CONSULTATION,
                        "https://example.se/doc",
                        null))
                .item();
        change.withdraw(item.id(), "led");
        ExportAgendaItems export = new ExportAgendaItems(items);
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2027-01-01T00:00:00Z");

        String csv = export.csv("test", "grupp", from, to);
        assertThat(csv)
                .startsWith(
                        "id;inskickat;struktur;forum;möte;rubrik;beskrivning;typ;länk;inskickat av;status;skäl;historik\r\n");
        assertThat(csv)
                .contains(item.id()
                        + ";2026-11-23T08:00:00Z;test;grupp;test/grupp/2027-01-07T0900;\"'=SUMMA(A1); \"\"citat\"\"\";"
                        + "\"Rad ett\nrad två\";CONSULTATION;https://example.se/doc;led;WITHDRAWN;;");
        assertThat(export.json("test", "grupp", from, to))
                .contains(
                        "\"title\":\"=SUMMA(A1); \\\"citat\\\"\"",
                        "\"description\":\"Rad ett\\nrad två\"",
                        "\"status\":\"WITHDRAWN\"",
                        "\"what\":\"withdrawn\"");
    }

    private void meetings() {
        schedule.create("test", "grupp", JANUARY_7, null, null, null, DeadlineTemplate.standard());
        schedule.create("test", "grupp", FEBRUARY_9, null, null, null, DeadlineTemplate.standard());
    }

    private static SubmitAgendaItem.Request request(String requestId, String person, String title) {
        return new SubmitAgendaItem.Request(requestId, "test", "grupp", person, title, null, null, null, null);
    }

    private static void assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable action, AgendaProblem problem) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(
                        AgendaRefused.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
