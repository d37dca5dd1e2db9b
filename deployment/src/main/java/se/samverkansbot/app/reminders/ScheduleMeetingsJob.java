package se.samverkansbot.app.reminders;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import se.samverkansbot.meeting.ScheduleFromRegister;
import se.samverkansbot.reminder.EndingMandates;
import se.samverkansbot.reminder.ReplanReminders;

/**
 * Nightly, and once at start: plan the coming year's meetings of every scheduled forum on the deadlines its rhythm
 * sets, bring coming meetings' reminders in step with each forum's reminder settings, and tell secretaries about seats
 * whose period ends soon with no successor registered.
 */
@DisallowConcurrentExecution
public class ScheduleMeetingsJob extends QuartzJobBean {
    private static final Logger log = LoggerFactory.getLogger(ScheduleMeetingsJob.class);

    private final ScheduleFromRegister schedule;
    private final ReplanReminders replan;
    private final EndingMandates mandates;

    public ScheduleMeetingsJob(ScheduleFromRegister schedule, ReplanReminders replan, EndingMandates mandates) {
        this.schedule = schedule;
        this.replan = replan;
        this.mandates = mandates;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        try {
            int created = schedule.run();
            if (created > 0) {
                log.info("Planned {} new meetings with their deadlines and reminders", created);
            }
        } catch (RuntimeException e) {
            log.error("Planning meetings failed; will try again on the next run", e);
        }
        try {
            int replanned = replan.run();
            if (replanned > 0) {
                log.info("The reminders of {} coming meetings follow their forums' changed settings", replanned);
            }
        } catch (RuntimeException e) {
            log.error("Re-planning reminders failed; will try again on the next run", e);
        }
        try {
            int ending = mandates.remind();
            if (ending > 0) {
                log.info("{} seats end soon with no successor registered; their forums' secretaries were told", ending);
            }
        } catch (RuntimeException e) {
            log.error("Checking ending mandates failed; will try again on the next run", e);
        }
    }
}
