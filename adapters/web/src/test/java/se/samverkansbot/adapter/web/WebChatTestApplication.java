package se.samverkansbot.adapter.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import se.samverkansbot.core.Core;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.reminder.Inbox;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.InMemoryMongo;
import se.samverkansbot.testing.ShippedStructures;
import se.samverkansbot.testing.SmallForum;
import se.samverkansbot.testing.TestCore;

/** The web adapter on its own: the real core over the shipped register, behind real HTTP. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WebChatConfiguration.class)
class WebChatTestApplication {

    @Bean
    CurrentRegister register() {
        CurrentRegister register = new CurrentRegister();
        // The shipped structures, and a small one where Sara is secretary of Gruppen (HälSam names no secretaries).
        register.accept(new se.samverkansbot.register.Register(java.util.stream.Stream.concat(
                        ShippedStructures.register().structures().stream(), SmallForum.REGISTER.structures().stream())
                .toList()));
        return register;
    }

    /** The person named in the {@code X-Test-Person} header is the signed-in one. */
    @Bean
    jakarta.servlet.Filter signedInForTests() {
        return TestSignIn.fromHeaderOrCookie();
    }

    @Bean
    Inbox inbox() {
        return new InMemoryInbox();
    }

    /** The core as the application wires it, over the embedded server, with a fixed clock. */
    @Bean
    TestCore testCore(CurrentRegister register) {
        return TestCore.on(
                InMemoryMongo.shared().freshDatabase(), register, SmallForum.DIRECTORY, ConversationHarness.CLOCK);
    }

    @Bean
    Core core(TestCore testCore) {
        return testCore.core();
    }
}
