package se.samverkansbot.adapter.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import se.samverkansbot.calendar.FeedTokens;
import se.samverkansbot.calendar.MeetingCalendars;
import se.samverkansbot.email.EmailPreferences;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingEvents;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.ScheduleMeetings;
import se.samverkansbot.meeting.WorkingDays;
import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.publication.PublicPages;
import se.samverkansbot.publication.PublishedMinutes;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.file.StructureFileReader;
import se.samverkansbot.store.mongo.MongoEmailPreferences;
import se.samverkansbot.store.mongo.MongoFeedTokens;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.InMemoryMeetings;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.ShippedStructures;
import se.samverkansbot.time.SwedishTime;

/**
 * The public pages on their own, over real HTTP: both shipped structures, and a small one whose people have
 * email addresses and platform ids (which must never show) and whose SIP group is not public. Meetings are
 * planned in several forums; one has its notice out with an agenda, one is cancelled. It is 23 November 2026.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PagesConfiguration.class)
class PagesTestApplication {
    static final String PRIVATE_STRUCTURE = """
            structure: {id: oppen, name: Öppen samverkan, fullName: En samverkan med en sluten grupp, purpose: Att pröva publika sidor.}
            parties:
              - {id: stad, name: Teststad, kind: municipality, principal: true}
            bodies:
              - {id: stad-soc, party: stad, name: Socialnämnden, kind: board}
            people:
              - {id: eva, name: Eva Exempel, title: Samordnare, email: eva.exempel@teststad.example.se, slackUserId: U0EVA1234, teamsAadObjectId: 7c1e0f2a-aaaa-bbbb-cccc-000000000001}
              - {id: hemlig, name: Hemlig Hemligsson, email: hemlig@teststad.example.se}
            forums:
              - {id: styrgrupp, name: Styrgruppen, level: working-group, mandate: {summary: Leder arbetet., tasks: [Följa upp]}}
              - {id: sip-gruppen, name: SIP-gruppen för enskilda ärenden, level: working-group, reportsTo: styrgrupp, public: false}
            seats:
              - {id: s1, forum: styrgrupp, role: chair, person: eva, party: stad, body: stad-soc, from: 2023-01-01, to: 2026-12-31}
              - {id: s2, forum: sip-gruppen, role: member, person: hemlig, party: stad}
              - {id: s3, forum: styrgrupp, role: member, person: hemlig, party: stad, from: 2022-01-01, to: 2022-12-31}
            """;

    @Bean
    Clock clock() {
        return ConversationHarness.CLOCK;
    }

    @Bean
    CurrentRegister register() {
        CurrentRegister register = new CurrentRegister();
        register.accept(new Register(Stream.concat(
                        ShippedStructures.register().structures().stream(),
                        Stream.of(new StructureFileReader().read("oppen.yaml", PRIVATE_STRUCTURE)))
                .toList()));
        return register;
    }

    @Bean(destroyMethod = "close")
    InMemoryMongo mongo() {
        return new InMemoryMongo();
    }

    @Bean
    InMemoryMeetings meetings(CurrentRegister register, InMemoryMongo mongo, Clock clock) {
        InMemoryMeetings meetings = new InMemoryMeetings();
        // The pages show meetings; who would be reminded of them does not matter here.
        ScheduleMeetings schedule = new ScheduleMeetings(meetings, MeetingEvents.NONE, new WorkingDays(), clock);
        plan(schedule, "halsam", "lansledning", LocalDateTime.of(2026, 12, 7, 9, 0), "Härnösand, Landstingshuset");
        plan(schedule, "halsam", "lansledning", LocalDateTime.of(2027, 2, 1, 9, 0), "Sundsvall");
        plan(schedule, "halsam", "lansledning", LocalDateTime.of(2027, 3, 29, 9, 0), "Digitalt");
        plan(schedule, "halsam", "halsam-politisk", LocalDateTime.of(2027, 4, 15, 13, 0), "Örnsköldsvik");
        plan(schedule, "jamtland-harjedalen", "svom", LocalDateTime.of(2027, 1, 20, 10, 0), "Östersund");
        plan(schedule, "jamtland-harjedalen", "rsr", LocalDateTime.of(2027, 10, 31, 13, 0), "Östersund");
        plan(schedule, "oppen", "styrgrupp", LocalDateTime.of(2027, 1, 12, 9, 0), "Teststad");
        plan(schedule, "oppen", "sip-gruppen", LocalDateTime.of(2027, 1, 13, 9, 0), "Teststad");
        Meeting december = meetings.byId("halsam/lansledning/2026-12-07T0900").orElseThrow();
        meetings.save(new Meeting(
                december.id(),
                december.structureId(),
                december.forumId(),
                december.start(),
                december.end(),
                december.place(),
                december.link(),
                MeetingStatus.NOTICE_SENT,
                List.of("Uppföljning av SIP (samråd)", "Länsöverenskommelse om äldres hälsa (information)"),
                december.deadlines(),
                december.sequence()));
        schedule.cancel("halsam/lansledning/2027-02-01T0900");
        return meetings;
    }

    private static void plan(
            ScheduleMeetings schedule, String structure, String forum, LocalDateTime at, String place) {
        Instant start = ZonedDateTime.of(at, SwedishTime.ZONE).toInstant();
        schedule.create(
                structure, forum, start, start.plus(Duration.ofHours(2)), place, null, DeadlineTemplate.standard());
    }

    @Bean
    PublicLinks publicLinks() {
        return new PublicLinks(""); // relative links, so the test server's port does not matter
    }

    @Bean
    PublicPages publicPages(CurrentRegister register, InMemoryMeetings meetings, PublicLinks links, Clock clock) {
        return new PublicPages(register, meetings, PublishedMinutes.NONE, links, clock);
    }

    @Bean
    MeetingCalendars meetingCalendars(
            CurrentRegister register, InMemoryMeetings meetings, PublicLinks links, Clock clock) {
        return new MeetingCalendars(register, meetings, links, clock);
    }

    @Bean
    FeedTokens feedTokens(InMemoryMongo mongo, Clock clock) {
        return new MongoFeedTokens(mongo.freshDatabase(), clock);
    }

    @Bean
    EmailPreferences emailPreferences(InMemoryMongo mongo, Clock clock) {
        return new MongoEmailPreferences(mongo.freshDatabase(), clock);
    }
}
