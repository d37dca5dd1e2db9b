package se.samverkansbot.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.ItemKind;
import se.samverkansbot.agenda.ItemStatus;
import se.samverkansbot.chat.ConversationReferences.Stored;
import se.samverkansbot.chat.PendingConfirmations.Pending;
import se.samverkansbot.chat.Platform;
import se.samverkansbot.meeting.Deadline;
import se.samverkansbot.meeting.DeadlineKind;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.register.RegisterChange;
import se.samverkansbot.register.Structure;
import se.samverkansbot.register.Structures.SaveOutcome;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.reminder.Inbox.Message;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.ReminderStatus;
import se.samverkansbot.store.mongo.MongoAgendaItems;
import se.samverkansbot.store.mongo.MongoConversationReferences;
import se.samverkansbot.store.mongo.MongoForumChannels;
import se.samverkansbot.store.mongo.MongoInbox;
import se.samverkansbot.store.mongo.MongoMeetings;
import se.samverkansbot.store.mongo.MongoMutes;
import se.samverkansbot.store.mongo.MongoPendingConfirmations;
import se.samverkansbot.store.mongo.MongoPlatformAccounts;
import se.samverkansbot.store.mongo.MongoRegisterChanges;
import se.samverkansbot.store.mongo.MongoReminders;
import se.samverkansbot.store.mongo.MongoStructures;

/**
 * Every MongoDB store through its port, against the embedded server in the build and against a real MongoDB
 * when one is given (README, "The store suite on a real MongoDB"). What holds on one must hold on the other:
 * the stores use only what both servers do alike.
 */
class MongoStoresIntegrationTest {
    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));

    private static StoreDatabase mongo;

    @BeforeAll
    static void open() {
        mongo = StoreDatabase.open();
        LoggerFactory.getLogger(MongoStoresIntegrationTest.class).info("Store suite on {}", mongo.describe());
    }

    @AfterAll
    static void close() {
        mongo.close();
    }

    @Nested
    class Meetings {
        private final MongoMeetings meetings = new MongoMeetings(mongo.fresh());

        @Test
        void finds_coming_meetings_of_the_forums_asked_for_earliest_first_without_cancelled_ones() {
            Meeting later = meeting("a", "halsam", "lansledning", "2027-03-29T07:00:00Z", MeetingStatus.PLANNED);
            Meeting sooner = meeting("b", "halsam", "aldre", "2027-03-02T12:00:00Z", MeetingStatus.NOTICE_SENT);
            meetings.save(later);
            meetings.save(sooner);
            meetings.save(meeting("past", "halsam", "lansledning", "2027-02-05T07:00:00Z", MeetingStatus.HELD));
            meetings.save(meeting("off", "halsam", "lansledning", "2027-03-11T08:00:00Z", MeetingStatus.CANCELLED));
            meetings.save(meeting("other", "halsam", "svom", "2027-03-20T08:00:00Z", MeetingStatus.PLANNED));

            assertThat(meetings.upcoming(List.of("lansledning", "aldre"), NOW, 10))
                    .containsExactly(sooner, later);
            assertThat(meetings.upcoming(List.of("lansledning", "aldre"), NOW, 1))
                    .containsExactly(sooner);
        }

        @Test
        void finds_a_structures_meetings_in_a_period_and_replaces_a_saved_one() {
            Meeting march = meeting("m", "jh", "svom", "2027-03-10T08:00:00Z", MeetingStatus.PLANNED);
            meetings.save(march);
            meetings.save(meeting("n", "jh", "rsr", "2027-05-10T08:00:00Z", MeetingStatus.PLANNED));
            meetings.save(meeting("o", "halsam", "rsr", "2027-03-12T08:00:00Z", MeetingStatus.PLANNED));
            Meeting moved = meeting("m", "jh", "svom", "2027-03-17T08:00:00Z", MeetingStatus.PLANNED);
            meetings.save(moved);

            assertThat(meetings.ofStructure(
                            "jh", Instant.parse("2027-03-01T00:00:00Z"), Instant.parse("2027-04-01T00:00:00Z")))
                    .containsExactly(moved);
            assertThat(meetings.byId("m")).contains(moved);
            assertThat(meetings.byId("missing")).isEmpty();
        }
    }

    @Nested
    class Reminders {
        private final MongoDatabase database = mongo.fresh();
        private final MongoReminders reminders = new MongoReminders(database);

        @Test
        void planning_the_same_reminders_twice_stores_them_once() {
            List<Reminder> planned = List.of(due("anna", 10), due("bo", 20));

            assertThat(reminders.plan(planned)).isEqualTo(2);
            assertThat(reminders.plan(List.of(due("anna", 10), due("cecilia", 30))))
                    .isEqualTo(1);
            assertThat(reminders.count(ReminderStatus.PENDING)).isEqualTo(3);
        }

        @Test
        void claims_the_earliest_due_reminder_and_never_one_that_is_not_due() {
            reminders.plan(List.of(due("later", 5), due("earliest", 30), notYetDue("tomorrow")));

            Reminder first =
                    reminders.claimDue(NOW, "w1", Duration.ofMinutes(2)).orElseThrow();
            Reminder second =
                    reminders.claimDue(NOW, "w1", Duration.ofMinutes(2)).orElseThrow();

            assertThat(first.recipient().personId()).isEqualTo("earliest");
            assertThat(first.status()).isEqualTo(ReminderStatus.CLAIMED);
            assertThat(first.claimedBy()).isEqualTo("w1");
            assertThat(first.leaseUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
            assertThat(second.recipient().personId()).isEqualTo("later");
            assertThat(reminders.claimDue(NOW, "w1", Duration.ofMinutes(2))).isEmpty();
        }

        @Test
        void a_claim_whose_lease_ran_out_is_taken_over_and_the_first_sender_can_no_longer_finish_it() {
            reminders.plan(List.of(due("anna", 1)));
            Reminder byFirst =
                    reminders.claimDue(NOW, "w1", Duration.ofMinutes(2)).orElseThrow();

            assertThat(reminders.claimDue(NOW.plusSeconds(60), "w2", Duration.ofMinutes(2)))
                    .isEmpty();
            Reminder bySecond = reminders
                    .claimDue(NOW.plusSeconds(121), "w2", Duration.ofMinutes(2))
                    .orElseThrow();

            assertThat(bySecond.attempts()).isEqualTo(2);
            assertThat(reminders.markSent(byFirst, NOW.plusSeconds(130), "late-id"))
                    .isFalse();
            assertThat(reminders.markSent(bySecond, NOW.plusSeconds(130), "ts-1"))
                    .isTrue();
            Reminder sent = reminders.byId(bySecond.id()).orElseThrow();
            assertThat(sent.status()).isEqualTo(ReminderStatus.SENT);
            assertThat(sent.platformMessageId()).isEqualTo("ts-1");
            assertThat(sent.leaseUntil()).isNull();
        }

        @Test
        void released_reminders_come_back_at_their_retry_time_and_failed_or_skipped_ones_never() {
            reminders.plan(List.of(due("retry", 3), due("fail", 2), due("skip", 1)));
            Reminder retry = reminders.claimDue(NOW, "w", Duration.ofMinutes(2)).orElseThrow();
            Reminder fail = reminders.claimDue(NOW, "w", Duration.ofMinutes(2)).orElseThrow();
            Reminder skip = reminders.claimDue(NOW, "w", Duration.ofMinutes(2)).orElseThrow();

            assertThat(reminders.release(retry, NOW.plusSeconds(30), "429")).isTrue();
            assertThat(reminders.markFailed(fail, "channel_not_found")).isTrue();
            assertThat(reminders.markSkipped(skip, "muted")).isTrue();

            assertThat(reminders.claimDue(NOW.plusSeconds(10), "w", Duration.ofMinutes(2)))
                    .isEmpty();
            Reminder again = reminders
                    .claimDue(NOW.plusSeconds(31), "w", Duration.ofMinutes(2))
                    .orElseThrow();
            assertThat(again.recipient().personId()).isEqualTo("retry");
            assertThat(again.note()).isEqualTo("429");
            reminders.markSent(again, NOW.plusSeconds(32), "ts");
            assertThat(reminders.claimDue(NOW.plus(Duration.ofDays(1)), "w", Duration.ofMinutes(2)))
                    .isEmpty();
            assertThat(reminders.count(ReminderStatus.FAILED)).isEqualTo(1);
            assertThat(reminders.count(ReminderStatus.SKIPPED)).isEqualTo(1);
        }

        @Test
        void skipping_a_meetings_pending_reminders_keeps_the_ones_asked_for_and_leaves_other_meetings_alone() {
            Reminder keep = due("keep", 3);
            Reminder drop = due("drop", 2);
            Reminder elsewhere = Reminder.planned(
                    "halsam",
                    "lansledning",
                    "other-meeting",
                    DeadlineKind.MEETING,
                    NOW.plus(Duration.ofDays(3)),
                    NOW.minusSeconds(1),
                    new Recipient(Platform.WEB, "web:x", "x"));
            reminders.plan(List.of(keep, drop, elsewhere));

            assertThat(reminders.skipPending("meeting-1", Set.of(keep.id()), "moved"))
                    .isEqualTo(1);

            assertThat(reminders.ofMeeting("meeting-1"))
                    .extracting(r -> r.recipient().personId(), Reminder::status)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("keep", ReminderStatus.PENDING),
                            org.assertj.core.groups.Tuple.tuple("drop", ReminderStatus.SKIPPED));
            assertThat(reminders.byId(elsewhere.id()).orElseThrow().status()).isEqualTo(ReminderStatus.PENDING);
        }

        @Test
        void two_senders_claiming_at_once_never_hold_the_same_reminder() throws Exception {
            List<Reminder> planned = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                planned.add(due("p" + i, 1 + i));
            }
            reminders.plan(planned);
            // Each sender has its own store, as two app instances do.
            List<MongoReminders> senders = List.of(new MongoReminders(database), new MongoReminders(database));
            Map<String, String> claimedBy = new ConcurrentHashMap<>();
            List<String> doubles = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (int s = 0; s < 2; s++) {
                    MongoReminders store = senders.get(s);
                    String worker = "w" + s;
                    runs.add(pool.submit(() -> {
                        start.await();
                        for (Optional<Reminder> claimed = store.claimDue(NOW, worker, Duration.ofMinutes(2));
                                claimed.isPresent();
                                claimed = store.claimDue(NOW, worker, Duration.ofMinutes(2))) {
                            if (claimedBy.putIfAbsent(claimed.get().id(), worker) != null) {
                                doubles.add(claimed.get().id());
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> run : runs) {
                    run.get();
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(doubles).isEmpty();
            assertThat(claimedBy).hasSize(60);
        }

        private Reminder due(String person, int secondsAgo) {
            return Reminder.planned(
                    "halsam",
                    "lansledning",
                    "meeting-1",
                    DeadlineKind.MEETING,
                    NOW.plus(Duration.ofDays(3)),
                    NOW.minusSeconds(secondsAgo),
                    new Recipient(Platform.WEB, "web:" + person, person));
        }

        private Reminder notYetDue(String person) {
            return Reminder.planned(
                    "halsam",
                    "lansledning",
                    "meeting-1",
                    DeadlineKind.MEETING,
                    NOW.plus(Duration.ofDays(3)),
                    NOW.plus(Duration.ofDays(1)),
                    new Recipient(Platform.WEB, "web:" + person, person));
        }
    }

    @Nested
    class AgendaItems {
        private final MongoAgendaItems items = new MongoAgendaItems(mongo.fresh());

        @Test
        void a_retried_request_finds_the_first_item_instead_of_adding_a_second() {
            AgendaItem first = item("A-AAAAA", "req-1", "m1", "anna", NOW);

            assertThat(items.add(first)).isEqualTo(first);
            assertThat(items.add(item("A-BBBBB", "req-1", "m1", "anna", NOW.plusSeconds(1))))
                    .isEqualTo(first);
            assertThat(items.byId("A-BBBBB")).isEmpty();
        }

        @Test
        void the_same_id_twice_is_refused_so_the_caller_draws_a_new_one() {
            items.add(item("A-CCCCC", "req-2", "m1", "anna", NOW));

            // A taken id is the port's own refusal, so the caller retries only that and not a database outage.
            assertThatThrownBy(() -> items.add(item("A-CCCCC", "req-3", "m1", "bo", NOW)))
                    .isInstanceOf(se.samverkansbot.agenda.AgendaItems.IdTaken.class);
        }

        @Test
        void items_without_a_request_id_do_not_collide_with_each_other() {
            items.add(item("A-DDDD1", null, "m1", "anna", NOW));
            items.add(item("A-DDDD2", null, "m1", "anna", NOW.plusSeconds(1)));

            assertThat(items.ofMeeting("m1")).extracting(AgendaItem::id).containsExactly("A-DDDD1", "A-DDDD2");
        }

        @Test
        void a_change_applies_only_to_the_version_it_was_made_from() {
            AgendaItem submitted = item("A-EEEEE", "req-4", "m1", "anna", NOW);
            items.add(submitted);
            AgendaItem accepted =
                    submitted.changed(NOW, "chair", "accepted", null, ItemStatus.ACCEPTED, "m1", "Titel", null, null);
            AgendaItem rejected = submitted.changed(
                    NOW, "secretary", "rejected", "nej", ItemStatus.REJECTED, "m1", "Titel", null, "nej");

            assertThat(items.replace(accepted, submitted.version())).isTrue();
            assertThat(items.replace(rejected, submitted.version())).isFalse();
            assertThat(items.byId("A-EEEEE").orElseThrow().status()).isEqualTo(ItemStatus.ACCEPTED);
            assertThat(items.byId("A-EEEEE").orElseThrow().history()).hasSize(2);
        }

        @Test
        void lists_a_submitters_items_newest_first_and_a_forums_items_in_a_period_oldest_first() {
            items.add(item("A-FFFF1", "r1", "m1", "cecilia", NOW.minus(Duration.ofDays(40))));
            items.add(item("A-FFFF2", "r2", "m2", "cecilia", NOW.minus(Duration.ofDays(2))));
            items.add(item("A-FFFF3", "r3", "m2", "david", NOW.minus(Duration.ofDays(1))));

            assertThat(items.ofSubmitter("cecilia")).extracting(AgendaItem::id).containsExactly("A-FFFF2", "A-FFFF1");
            assertThat(items.ofForum("halsam", "lansledning", NOW.minus(Duration.ofDays(30)), NOW))
                    .extracting(AgendaItem::id)
                    .containsExactly("A-FFFF2", "A-FFFF3");
        }

        private AgendaItem item(String id, String requestId, String meetingId, String submitter, Instant at) {
            return new AgendaItem(
                    id,
                    requestId,
                    "halsam",
                    "lansledning",
                    meetingId,
                    "Titel",
                    "Beskrivning med å, ä och ö",
                    ItemKind.CONSULTATION,
                    null,
                    submitter,
                    at,
                    ItemStatus.SUBMITTED,
                    null,
                    List.of(new AgendaItem.Change(at, submitter, "submitted", "Titel")),
                    1);
        }
    }

    @Nested
    class Inbox {
        private final MongoInbox inbox = new MongoInbox(mongo.fresh());

        @Test
        void delivering_twice_stores_once_and_the_latest_come_first() {
            inbox.deliver(new Message("k1", "anna", "Första", NOW.minusSeconds(60)));
            inbox.deliver(new Message("k1", "anna", "Första igen", NOW));
            inbox.deliver(new Message("k2", "anna", "Andra", NOW.minusSeconds(30)));
            inbox.deliver(new Message("k3", "bo", "Annans", NOW));

            assertThat(inbox.latest("anna", 10)).extracting(Message::text).containsExactly("Andra", "Första");
            assertThat(inbox.latest("anna", 1)).extracting(Message::deliveryKey).containsExactly("k2");
            assertThat(inbox.byKey("k1").orElseThrow().at()).isEqualTo(NOW.minusSeconds(60));
        }
    }

    @Nested
    class ChannelsMutesAndAccounts {
        private final MongoDatabase database = mongo.fresh();

        @Test
        void linking_a_channel_twice_is_one_link_and_unlinking_removes_it() {
            MongoForumChannels channels = new MongoForumChannels(database);
            Recipient channel = new Recipient(Platform.SLACK, "C123", null);

            channels.link("halsam", "lansledning", channel);
            channels.link("halsam", "lansledning", channel);
            channels.link("halsam", "presidium", new Recipient(Platform.TEAMS, "19:abc@thread", null));

            assertThat(channels.linkedTo("halsam", "lansledning")).containsExactly(channel);
            channels.unlink("halsam", "lansledning", channel);
            assertThat(channels.linkedTo("halsam", "lansledning")).isEmpty();
            assertThat(channels.linkedTo("halsam", "presidium")).hasSize(1);
        }

        @Test
        void a_mute_holds_for_that_person_and_forum_only() {
            MongoMutes mutes = new MongoMutes(database);

            mutes.mute("anna", "halsam", "lansledning");
            mutes.mute("anna", "halsam", "lansledning");

            assertThat(mutes.isMuted("anna", "halsam", "lansledning")).isTrue();
            assertThat(mutes.isMuted("anna", "halsam", "presidium")).isFalse();
            assertThat(mutes.isMuted("bo", "halsam", "lansledning")).isFalse();
            mutes.unmute("anna", "halsam", "lansledning");
            assertThat(mutes.isMuted("anna", "halsam", "lansledning")).isFalse();
        }

        @Test
        void a_mute_of_one_kind_holds_for_that_kind_and_turning_the_forum_on_clears_it() {
            MongoMutes mutes = new MongoMutes(database);

            mutes.mute("anna", "halsam", "lansledning", DeadlineKind.NOTICE);

            assertThat(mutes.isMuted("anna", "halsam", "lansledning", DeadlineKind.NOTICE))
                    .isTrue();
            assertThat(mutes.isMuted("anna", "halsam", "lansledning", DeadlineKind.MEETING))
                    .isFalse();
            assertThat(mutes.isMuted("anna", "halsam", "lansledning")).isFalse();
            mutes.unmute("anna", "halsam", "lansledning");
            assertThat(mutes.isMuted("anna", "halsam", "lansledning", DeadlineKind.NOTICE))
                    .isFalse();
        }

        @Test
        void a_platform_account_is_found_by_email_whatever_its_case_and_the_latest_wins() {
            MongoPlatformAccounts accounts = new MongoPlatformAccounts(database, CLOCK);

            accounts.learn(Platform.TEAMS, "Anna.Exempel@Example.se", "aad-1");
            accounts.learn(Platform.TEAMS, "anna.exempel@example.se ", "aad-2");

            assertThat(accounts.userWithEmail(Platform.TEAMS, "ANNA.EXEMPEL@example.se"))
                    .contains("aad-2");
            assertThat(accounts.userWithEmail(Platform.SLACK, "anna.exempel@example.se"))
                    .isEmpty();
        }

        @Test
        void conversation_references_are_found_by_conversation_and_personal_ones_by_user() {
            MongoConversationReferences references = new MongoConversationReferences(database, CLOCK);

            references.save(new Stored(Platform.TEAMS, "a:1", "aad-1", true, "{\"v\":1}"));
            references.save(new Stored(Platform.TEAMS, "a:1", "aad-1", true, "{\"v\":2}"));
            references.save(new Stored(Platform.TEAMS, "19:chan", null, false, "{\"c\":1}"));

            assertThat(references
                            .conversation(Platform.TEAMS, "a:1")
                            .orElseThrow()
                            .reference())
                    .isEqualTo("{\"v\":2}");
            assertThat(references
                            .personal(Platform.TEAMS, "aad-1")
                            .orElseThrow()
                            .conversationId())
                    .isEqualTo("a:1");
            assertThat(references.personal(Platform.SLACK, "aad-1")).isEmpty();
            assertThat(references
                            .conversation(Platform.TEAMS, "19:chan")
                            .orElseThrow()
                            .personal())
                    .isFalse();
        }
    }

    @Nested
    class RequestsAndConfirmations {
        private final MongoDatabase database = mongo.fresh();

        @Test
        void an_inbound_request_is_received_once_taken_over_only_after_its_lease_finished_and_forgotten() {
            var requests = new se.samverkansbot.store.mongo.MongoInboundRequests(database);
            var message = se.samverkansbot.chat.InboundMessage.said(
                            new se.samverkansbot.chat.Sender(Platform.SLACK, "U1", null, null),
                            new se.samverkansbot.chat.ConversationAddress(Platform.SLACK, "D1", null, true),
                            "mina ärenden",
                            null)
                    .withRequestId("Ev1");
            java.time.Duration lease = java.time.Duration.ofMinutes(1);

            var first = requests.receive(message, Map.of("channel", "D1"), "a", NOW, lease)
                    .orElseThrow();
            assertThat(requests.receive(message, Map.of(), "b", NOW.plusSeconds(59), lease))
                    .isEmpty();
            assertThat(requests.claimAbandoned(Platform.SLACK, "b", NOW.plusSeconds(59), lease))
                    .isEmpty();
            var takenOver = requests.receive(message, Map.of(), "b", NOW.plusSeconds(61), lease)
                    .orElseThrow();
            assertThat(takenOver.claimedBy()).isEqualTo("b");
            assertThat(takenOver.replyTo()).containsEntry("channel", "D1");
            assertThat(requests.markDone(first, NOW.plusSeconds(62)))
                    .as("a's claim was taken over")
                    .isFalse();
            assertThat(requests.markDone(takenOver, NOW.plusSeconds(62))).isTrue();
            assertThat(requests.claimAbandoned(Platform.SLACK, "c", NOW.plusSeconds(600), lease))
                    .isEmpty();
            assertThat(requests.receive(message, Map.of(), "c", NOW.plusSeconds(600), lease))
                    .isEmpty();
            assertThat(requests.forgetFinished(NOW.plusSeconds(63))).isOne();
            assertThat(requests.byKey("SLACK:Ev1")).isEmpty();
        }

        @Test
        void a_confirmation_is_taken_once_by_its_person_before_it_expires() {
            MongoPendingConfirmations pending = new MongoPendingConfirmations(database);
            pending.save(new Pending("t1", "anna", "cancel-meeting", Map.of("meeting", "m1"), NOW.plusSeconds(1800)));
            pending.save(new Pending("t2", "anna", "cancel-meeting", Map.of(), NOW.minusSeconds(1)));

            assertThat(pending.take("t1", "bo", NOW)).isEmpty();
            assertThat(pending.take("t1", "anna", NOW).orElseThrow().data()).containsEntry("meeting", "m1");
            assertThat(pending.take("t1", "anna", NOW)).isEmpty();
            assertThat(pending.take("t2", "anna", NOW)).isEmpty();
        }

        @Test
        void the_same_token_cannot_be_pending_twice() {
            MongoPendingConfirmations pending = new MongoPendingConfirmations(database);
            pending.save(new Pending("t3", "anna", "a", Map.of(), NOW.plusSeconds(60)));

            assertThatThrownBy(() -> pending.save(new Pending("t3", "bo", "b", Map.of(), NOW.plusSeconds(60))))
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    @Nested
    class StructureRegister {
        private final MongoDatabase database = mongo.fresh();
        private final MongoStructures structures = new MongoStructures(database, CLOCK);

        @Test
        void saving_the_same_content_changes_nothing_and_changed_content_keeps_the_previous_revision() {
            Structure first = read("Egen samverkan");

            assertThat(structures.save(first, "egen.yaml")).isEqualTo(SaveOutcome.CREATED);
            assertThat(structures.save(read("Egen samverkan"), "egen.yaml")).isEqualTo(SaveOutcome.UNCHANGED);
            assertThat(structures.save(read("Egen samverkan, nytt namn"), "egen.yaml"))
                    .isEqualTo(SaveOutcome.UPDATED);

            assertThat(structures.all()).extracting(Structure::name).containsExactly("Egen samverkan, nytt namn");
            assertThat(database.getCollection("structureRevisions").countDocuments())
                    .isEqualTo(1);
        }

        @Test
        void a_change_made_in_the_app_survives_the_same_file_and_yields_to_a_changed_one_with_its_history() {
            structures.save(read("Egen samverkan"), "egen.yaml");
            Structure renamed = read("Ändrad i appen");

            assertThat(structures.change("egen", current -> renamed, "sara"))
                    .hasValueSatisfying(
                            changed -> assertThat(changed.revision()).isEqualTo(2));
            assertThat(structures.change("okand", current -> renamed, "sara")).isEmpty();
            assertThat(structures.save(read("Egen samverkan"), "egen.yaml"))
                    .isEqualTo(SaveOutcome.KEPT_CHANGES_MADE_IN_APP);
            assertThat(structures.all()).extracting(Structure::name).containsExactly("Ändrad i appen");
            assertThat(structures.save(read("Ny fil"), "egen.yaml")).isEqualTo(SaveOutcome.UPDATED);
            assertThat(structures.all()).extracting(Structure::name).containsExactly("Ny fil");

            MongoRegisterChanges history = new MongoRegisterChanges(database);
            RegisterChange change = new RegisterChange(
                    "egen",
                    "grupp",
                    "sara",
                    NOW,
                    RegisterChange.Kind.SEAT_ENDED,
                    "s1",
                    java.util.List.of("to: – → 2026-12-31"),
                    2);
            history.record(change);
            history.record(new RegisterChange(
                    "egen",
                    null,
                    "ada",
                    NOW.plusSeconds(60),
                    RegisterChange.Kind.FILE_IMPORTED,
                    "egen.yaml",
                    java.util.List.of(),
                    3));
            history.record(new RegisterChange(
                    "egen", "annan", "olle", NOW, RegisterChange.Kind.PERSON_ADDED, "p", java.util.List.of(), 4));
            assertThat(history.ofForum("egen", "grupp", 10))
                    .extracting(RegisterChange::by)
                    .containsExactly("ada", "sara");
            assertThat(history.ofForum("egen", "grupp", 10).get(1)).isEqualTo(change);
        }

        private static Structure read(String name) {
            return new StructureFileReader().read("egen.yaml", """
                    structure: {id: egen, name: "%s"}
                    forums:
                      - {id: grupp, name: Egen grupp, level: working-group}
                    """.formatted(name));
        }
    }

    @Nested
    class Indexes {
        private final MongoDatabase database = mongo.fresh();

        /**
         * The unique indexes carry correctness (one item per request, one pending token, one revision number) and
         * exist on both servers; the others serve queries and exist on a real MongoDB, which builds them at start.
         */
        @Test
        void every_store_creates_its_indexes_at_start() {
            new MongoReminders(database);
            new MongoAgendaItems(database);
            new MongoMeetings(database);
            new MongoInbox(database);
            new MongoForumChannels(database);
            new MongoPendingConfirmations(database);
            new MongoStructures(database, CLOCK);

            assertThat(uniqueKeys("agendaItems")).contains("id", "requestId");
            assertThat(uniqueKeys("pendingConfirmations")).contains("token");
            assertThat(uniqueKeys("structureRevisions")).contains("structureId,revision");
            assertThat(uniqueKeys("reminders")).contains("_id,version");
            if (!mongo.embedded()) {
                assertThat(keys("reminders")).contains("status,notBefore", "meetingId");
                assertThat(keys("agendaItems")).contains("meetingId", "submitterId", "structureId,forumId,submittedAt");
                assertThat(keys("meetings")).contains("forumId,start", "structureId,start");
                assertThat(keys("inbox")).contains("personId,at");
                assertThat(keys("forumChannels")).contains("structureId,forumId");
            }
        }

        private List<String> uniqueKeys(String collection) {
            return database.getCollection(collection).listIndexes().into(new ArrayList<>()).stream()
                    .filter(index -> Boolean.TRUE.equals(index.getBoolean("unique")))
                    .map(Indexes::keyList)
                    .toList();
        }

        private List<String> keys(String collection) {
            return database.getCollection(collection).listIndexes().into(new ArrayList<>()).stream()
                    .map(Indexes::keyList)
                    .toList();
        }

        private static String keyList(Document index) {
            return String.join(",", index.get("key", Document.class).keySet());
        }
    }

    private static Meeting meeting(String id, String structure, String forum, String start, MeetingStatus status) {
        Instant at = Instant.parse(start);
        return new Meeting(
                id,
                structure,
                forum,
                at,
                at.plus(Duration.ofHours(2)),
                "Sundsvall",
                null,
                status,
                List.of("Punkt 1"),
                List.of(new Deadline(DeadlineKind.AGENDA_CUTOFF, at.minus(Duration.ofDays(14)))));
    }
}
