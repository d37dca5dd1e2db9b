package se.samverkansbot.adapter.workspace;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The workspace is always on: it needs a signed-in person, and the application's sign-in guards {@code /workspace}.
 * It needs an {@link se.samverkansbot.register.EditRegister}, an {@link se.samverkansbot.reminder.EndingMandates} and
 * the {@link se.samverkansbot.core.Core} as beans.
 */
@Configuration(proxyBeanMethods = false)
@Import(WorkspaceController.class)
public class WorkspaceConfiguration {}
