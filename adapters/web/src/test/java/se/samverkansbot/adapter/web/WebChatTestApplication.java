package se.samverkansbot.adapter.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import se.samverkansbot.answering.QuestionAnswering;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.testing.ConversationHarness;
import se.samverkansbot.testing.InMemoryMeetings;
import se.samverkansbot.testing.ShippedStructures;

/** The web adapter on its own: the real core over the shipped register, behind real HTTP. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(WebChatConfiguration.class)
class WebChatTestApplication {

    @Bean
    CurrentRegister register() {
        CurrentRegister register = new CurrentRegister();
        register.accept(ShippedStructures.register());
        return register;
    }

    @Bean
    QuestionAnswering questionAnswering(CurrentRegister register) {
        return new QuestionAnswering(register, new InMemoryMeetings(), ConversationHarness.CLOCK);
    }
}
