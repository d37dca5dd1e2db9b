package se.samverkansbot.app.outside;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import se.samverkansbot.adapter.email.EmailProperties;
import se.samverkansbot.calendar.CalendarLinks;
import se.samverkansbot.calendar.FeedTokens;
import se.samverkansbot.calendar.MeetingCalendars;
import se.samverkansbot.email.EmailPreferences;
import se.samverkansbot.email.EmailReach;
import se.samverkansbot.email.SentEmails;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.publication.PublicPages;
import se.samverkansbot.publication.PublishedMinutes;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.reminder.RecipientDirectory;
import se.samverkansbot.reminder.RegisterDirectory;
import se.samverkansbot.store.mongo.MongoEmailPreferences;
import se.samverkansbot.store.mongo.MongoFeedTokens;
import se.samverkansbot.store.mongo.MongoSentEmails;

/**
 * Reaching people outside the chat: the public address, calendar feeds and tokens, the public pages' content,
 * email preferences and the SMTP journal, and the directory that adds email to the ways a person is reached
 * when email is on.
 */
@Configuration(proxyBeanMethods = false)
class OutsideConfiguration {

    @Bean
    PublicLinks publicLinks(
            @Value("${samverkan.public.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        return new PublicLinks(baseUrl);
    }

    @Bean
    MeetingCalendars meetingCalendars(CurrentRegister register, Meetings meetings, PublicLinks links, Clock clock) {
        return new MeetingCalendars(register, meetings, links, clock);
    }

    @Bean
    FeedTokens feedTokens(MongoDatabase database, Clock clock) {
        return new MongoFeedTokens(database, clock);
    }

    /** The addresses the chat hands out ("lägg till i kalendern"); for the chat commands once they exist. */
    @Bean
    CalendarLinks calendarLinks(CurrentRegister register, FeedTokens tokens, PublicLinks links) {
        return new CalendarLinks(register, tokens, links);
    }

    /** The published minutes, from the core's stored editions, for the forum pages and the printable minutes. */
    @Bean
    PublishedMinutes publishedMinutes(se.samverkansbot.core.Core core, PublicLinks links) {
        return core.publishedMinutes(links);
    }

    @Bean
    PublicPages publicPages(
            CurrentRegister register, Meetings meetings, PublishedMinutes minutes, PublicLinks links, Clock clock) {
        return new PublicPages(register, meetings, minutes, links, clock);
    }

    @Bean
    EmailPreferences emailPreferences(MongoDatabase database, Clock clock) {
        return new MongoEmailPreferences(database, clock);
    }

    @Bean
    SentEmails sentEmails(MongoDatabase database) {
        return new MongoSentEmails(database);
    }

    /** Who is reached where: the chat platforms, and email too when it is on. */
    @Bean
    @Primary
    RecipientDirectory reachable(
            RegisterDirectory platforms,
            CurrentRegister register,
            EmailPreferences preferences,
            EmailProperties email) {
        return email.configured() ? new EmailReach(platforms, register, preferences) : platforms;
    }
}
