package se.samverkansbot.app.reminders;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import se.samverkansbot.reminder.SendDueReminders;

/** One tick: send what is due now. Ticks never overlap within a process; instances are kept apart by claims. */
@DisallowConcurrentExecution
public class DispatchRemindersJob extends QuartzJobBean {
    private static final Logger log = LoggerFactory.getLogger(DispatchRemindersJob.class);

    private final SendDueReminders sender;

    public DispatchRemindersJob(SendDueReminders sender) {
        this.sender = sender;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        try {
            SendDueReminders.Outcome outcome;
            do {
                outcome = sender.runOnce(500);
                if (outcome.handled() > 0) {
                    log.info(
                            "Reminders: {} sent, {} skipped, {} to retry, {} failed",
                            outcome.sent(),
                            outcome.skipped(),
                            outcome.retried(),
                            outcome.failed());
                }
            } while (outcome.handled() == 500);
        } catch (RuntimeException e) {
            // The claims stay with their leases; the next tick or another instance picks them up.
            log.error("Reminder dispatch failed; will try again on the next tick", e);
        }
    }
}
