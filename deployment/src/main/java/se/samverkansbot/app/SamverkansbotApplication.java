package se.samverkansbot.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Import;

import se.samverkansbot.adapter.email.EmailConfiguration;
import se.samverkansbot.adapter.pages.PagesConfiguration;
import se.samverkansbot.adapter.slack.SlackConfiguration;
import se.samverkansbot.adapter.teams.TeamsConfiguration;
import se.samverkansbot.adapter.web.WebChatConfiguration;
import se.samverkansbot.adapter.workspace.WorkspaceConfiguration;

/** Samverkansbot: a Slack and Teams assistant for the collaboration structures between a region and its municipalities. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class) // people sign in by OIDC or locally
@ConfigurationPropertiesScan
@Import({
    WebChatConfiguration.class,
    SlackConfiguration.class,
    TeamsConfiguration.class,
    EmailConfiguration.class,
    PagesConfiguration.class,
    WorkspaceConfiguration.class
}) // each adapter switches itself on or off by its own settings
public class SamverkansbotApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamverkansbotApplication.class, args);
    }
}
