package se.samverkansbot.adapter.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The web chat is on by default, for trying the bot locally; {@code samverkan.web-chat.enabled=false} turns it
 * off in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "samverkan.web-chat.enabled", havingValue = "true", matchIfMissing = true)
@Import({ChatController.class, MinutesFormsController.class, DatabaseFailureAnswers.class, WebChatPage.class})
public class WebChatConfiguration {}
