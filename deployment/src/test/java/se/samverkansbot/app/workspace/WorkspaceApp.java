package se.samverkansbot.app.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import se.samverkansbot.app.SamverkansbotApplication;
import se.samverkansbot.time.SwedishTime;

/**
 * The whole app for the workspace's tests: the shipped structures on the embedded database, local sign-in on
 * loopback, Ewa Klingefors named administrator (HälSam's register names no secretaries), and the clock on
 * 20 November 2026, within the 60 days before HälSam's political seats end.
 */
final class WorkspaceApp {
    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    static final String ADMINISTRATOR = "ewa-klingefors";

    private WorkspaceApp() {}

    static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(SamverkansbotApplication.class)
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean("clock", Clock.class, () -> Clock.fixed(NOW, SwedishTime.ZONE)))
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.main.allow-bean-definition-overriding=true",
                        "--samverkan.data-dir=" + dir.resolve("data"),
                        "--samverkan.sign-in.local.enabled=true",
                        "--samverkan.administrators=" + ADMINISTRATOR);
    }
}
