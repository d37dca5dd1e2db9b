package se.samverkansbot.app.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.ImportStructureFiles;
import se.samverkansbot.register.Structures;
import se.samverkansbot.store.mongo.MongoMeetings;
import se.samverkansbot.store.mongo.MongoStructures;
import se.samverkansbot.time.SwedishTime;

@Configuration(proxyBeanMethods = false)
class RegisterConfiguration {

    /** All time in the bot is Swedish time, with daylight saving, and comes from this one clock. */
    @Bean
    Clock clock() {
        return Clock.system(SwedishTime.ZONE);
    }

    @Bean
    Structures structures(MongoDatabase database, Clock clock) {
        return new MongoStructures(database, clock);
    }

    @Bean
    CurrentRegister currentRegister() {
        return new CurrentRegister();
    }

    @Bean
    Meetings meetings(MongoDatabase database) {
        return new MongoMeetings(database);
    }

    @Bean
    ImportStructureFiles importStructureFiles(Structures structures, CurrentRegister currentRegister) {
        return new ImportStructureFiles(structures, currentRegister);
    }
}
