package se.samverkansbot.adapter.pages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The public pages, feeds and opt-out page; on by default ({@code samverkan.public.enabled=false} turns them off). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "samverkan.public.enabled", havingValue = "true", matchIfMissing = true)
@Import({PublicPagesController.class, CalendarFeedController.class, EmailOptOutController.class, PageErrors.class})
public class PagesConfiguration {}
