package se.samverkansbot.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Samverkansbot: a Slack and Teams assistant for the collaboration structures between a region and its municipalities. */
@SpringBootApplication(scanBasePackages = "se.samverkansbot")
@ConfigurationPropertiesScan("se.samverkansbot")
public class SamverkansbotApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamverkansbotApplication.class, args);
    }
}
