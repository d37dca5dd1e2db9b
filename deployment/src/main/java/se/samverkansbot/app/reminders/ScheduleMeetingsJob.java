package se.samverkansbot.app.reminders;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import se.samverkansbot.meeting.ScheduleFromRegister;

/** Nightly, and once at start: plan the coming year's meetings of every scheduled forum. */
@DisallowConcurrentExecution
public class ScheduleMeetingsJob extends QuartzJobBean {
    private static final Logger log = LoggerFactory.getLogger(ScheduleMeetingsJob.class);

    private final ScheduleFromRegister schedule;

    public ScheduleMeetingsJob(ScheduleFromRegister schedule) {
        this.schedule = schedule;
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
    }
}
