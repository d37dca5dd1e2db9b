package se.samverkansbot.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.AgendaRefused;
import se.samverkansbot.agenda.AgendaRules;
import se.samverkansbot.agenda.ItemKind;
import se.samverkansbot.agenda.ItemStatus;
import se.samverkansbot.agenda.ReviewAgendaItems;
import se.samverkansbot.agenda.SubmitAgendaItem;
import se.samverkansbot.app.config.StructureFileLoader;
import se.samverkansbot.core.Core;
import se.samverkansbot.meeting.DeadlineTemplate;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingCycle;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.CurrentRegister;
import se.samverkansbot.register.Forum;
import se.samverkansbot.register.MeetingSchedule;
import se.samverkansbot.time.SwedishTime;

/**
 * The demo's meetings and agenda items, relative to today, so the demo never goes stale. Around now the
 * styrgrupp (which meets every other Tuesday) has a meeting that was held, a next one whose agenda cut-off has
 * passed, and one after it whose agenda is open; they are the forum's own scheduled meetings, entered through
 * the same use case a secretary uses, and their items are submitted, reviewed, withdrawn and published through
 * the same use cases as in chat, each at the moment it happened (a clock set back). Items are keyed by request
 * id, so starting again changes nothing; a later start, when time has moved on, adds what the new "now" lacks.
 * Runs before the scheduler and the web server start.
 */
@Component
@ConditionalOnProperty(name = "samverkan.demo.enabled", havingValue = "true")
class DemoScenario implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);
    private static final String STRUCTURE = DemoStructure.STRUCTURE_ID;
    private static final String FORUM = DemoStructure.FORUM_ID;
    private static final String CHAIR = "lena-fjall";
    private static final String SECRETARY = "jonas-strom";

    private final CurrentRegister register;
    private final Core.Ports ports;
    private final Core core;
    private final Meetings meetings;
    private final Clock clock;

    DemoScenario(
            StructureFileLoader loaded, // the register holds the demo structure once this exists
            CurrentRegister register,
            Core.Ports ports,
            Core core) {
        this.register = register;
        this.ports = ports;
        this.core = core;
        this.meetings = ports.meetings();
        this.clock = ports.clock();
    }

    @Override
    public void afterSingletonsInstantiated() {
        Instant now = clock.instant();
        Forum forum = register.get()
                .structure(STRUCTURE)
                .flatMap(s -> s.forum(FORUM))
                .orElseThrow(() -> new IllegalStateException("The demo structure is not loaded"));
        MeetingSchedule planned = forum.meets().schedule();
        List<Meeting> around = new ArrayList<>();
        for (Instant start :
                cycle(planned).startsBetween(now.minus(Duration.ofDays(15)), now.plus(Duration.ofDays(36)))) {
            around.add(enter(start, planned));
        }
        Optional<Meeting> held =
                around.stream().filter(m -> m.start().isBefore(now)).reduce((first, second) -> second);
        Optional<Meeting> cutOff = around.stream()
                .filter(m -> !m.start().isBefore(now) && AgendaRules.cutoffPassed(m, now))
                .findFirst();
        Optional<Meeting> open = around.stream()
                .filter(m -> !m.start().isBefore(now) && !AgendaRules.cutoffPassed(m, now))
                .findFirst();
        held.ifPresent(this::heldMeeting);
        cutOff.ifPresent(m -> cutOffPassed(m, now));
        open.ifPresent(m -> agendaOpen(m, now));
        log.info(
                "Demo: Demosam (fictional) with the styrgrupp's meetings of {} (held), {} (cut-off passed) and {}"
                        + " (agenda open); try it as omar-lind (member), lena-fjall (chair) or jonas-strom (secretary)",
                held.map(DemoScenario::day).orElse("-"),
                cutOff.map(DemoScenario::day).orElse("-"),
                open.map(DemoScenario::day).orElse("-"));
    }

    /** Three items reviewed before the meeting, and its notice published a week before. */
    private void heldMeeting(Meeting meeting) {
        Instant start = meeting.start();
        Instant reviewed = start.minus(Duration.ofDays(13));
        submit(
                        meeting,
                        "held-1",
                        "omar-lind",
                        "Uppföljning av samordnade individuella planer (SIP)",
                        ItemKind.FOLLOW_UP,
                        start.minus(Duration.ofDays(20)))
                .ifPresent(item -> accept(item, reviewed));
        submit(
                        meeting,
                        "held-2",
                        "karin-myren",
                        "Gemensam plan för psykisk hälsa hos barn och unga",
                        ItemKind.CONSULTATION,
                        start.minus(Duration.ofDays(19)))
                .ifPresent(item -> accept(item, reviewed));
        submit(
                        meeting,
                        "held-3",
                        "sara-nordin",
                        "Inköp av nytt journalsystem i Älvstad",
                        ItemKind.INFORMATION,
                        start.minus(Duration.ofDays(18)))
                .ifPresent(item ->
                        reject(item, "Frågan avgörs av Älvstads kommun och hör inte till styrgruppen.", reviewed));
        if (meetings.byId(meeting.id()).map(Meeting::status).orElse(null) == MeetingStatus.PLANNED) {
            step(
                    "publish the held meeting's notice",
                    () -> at(start.minus(Duration.ofDays(7))).publishNotice().publish(meeting.id(), SECRETARY));
        }
    }

    /** One item accepted and one waiting from before the cut-off, and one that came late for the chair. */
    private void cutOffPassed(Meeting meeting, Instant now) {
        Instant cutoff = AgendaRules.cutoff(meeting).orElseThrow();
        Instant afterCutoff = cutoff.plus(Duration.between(cutoff, now).dividedBy(2));
        submit(
                        meeting,
                        "next-1",
                        "karin-myren",
                        "Överenskommelse om hemsjukvård i Myrberg",
                        ItemKind.PREPARATION,
                        cutoff.minus(Duration.ofDays(4)))
                .ifPresent(item -> accept(item, afterCutoff));
        submit(
                meeting,
                "next-2",
                "omar-lind",
                "Lägesbild: placeringar av barn och unga",
                ItemKind.INFORMATION,
                cutoff.minus(Duration.ofDays(2)));
        submit(
                meeting,
                "next-3",
                "sara-nordin",
                "Samverkan kring trygg hemgång från sjukhus",
                ItemKind.CONSULTATION,
                afterCutoff);
    }

    /** One item waiting for review and one the submitter withdrew. */
    private void agendaOpen(Meeting meeting, Instant now) {
        submit(
                meeting,
                "open-1",
                "sara-nordin",
                "Gemensam utbildningsdag om våld i nära relationer",
                ItemKind.CONSULTATION,
                now.minus(Duration.ofHours(1)));
        submit(
                        meeting,
                        "open-2",
                        "omar-lind",
                        "Ny rutin för ansökan om färdtjänst",
                        ItemKind.INFORMATION,
                        now.minus(Duration.ofHours(3)))
                .filter(item -> item.status() != ItemStatus.WITHDRAWN)
                .ifPresent(item -> step(
                        "withdraw " + item.id(),
                        () -> at(now.minus(Duration.ofHours(2)))
                                .changeAgendaItem()
                                .withdraw(item.id(), item.submitterId())));
    }

    /** The forum's scheduled meeting at this start, entered as the secretary would, unless it is there. */
    private Meeting enter(Instant start, MeetingSchedule planned) {
        return meetings.ofStructure(STRUCTURE, start, start.plusSeconds(1)).stream()
                .filter(meeting -> meeting.forumId().equals(FORUM))
                .findFirst()
                .orElseGet(() -> core.scheduleMeetings()
                        .create(
                                STRUCTURE,
                                FORUM,
                                start,
                                start.plus(Duration.ofMinutes(planned.minutes())),
                                planned.place(),
                                planned.link(),
                                DeadlineTemplate.standard())
                        .orElseThrow());
    }

    /** The item as stored: submitted now at {@code when}, or the one an earlier start submitted. */
    private Optional<AgendaItem> submit(
            Meeting meeting, String slot, String submitter, String title, ItemKind kind, Instant when) {
        LocalDate day = meeting.start().atZone(SwedishTime.ZONE).toLocalDate();
        return step(
                "submit '" + title + "'",
                () -> at(when).submitAgendaItem()
                        .submit(new SubmitAgendaItem.Request(
                                "demo|" + meeting.id() + "|" + slot,
                                STRUCTURE,
                                FORUM,
                                submitter,
                                title,
                                "Påhittat ärende i demostrukturen Demosam.",
                                kind,
                                null,
                                day))
                        .item());
    }

    private void accept(AgendaItem item, Instant when) {
        if (item.status().awaitsReview()) {
            step("accept " + item.id(), () -> review(when).accept(item.id(), CHAIR));
        }
    }

    private void reject(AgendaItem item, String reason, Instant when) {
        if (item.status().awaitsReview()) {
            step("reject " + item.id(), () -> review(when).reject(item.id(), CHAIR, reason));
        }
    }

    private ReviewAgendaItems review(Instant when) {
        return at(when).reviewAgendaItems();
    }

    /** The same use cases as in chat, with the clock set back to the moment a person did this. */
    private Core at(Instant when) {
        return new Core(ports.at(Clock.fixed(when, SwedishTime.ZONE)));
    }

    /** A step the rules refuse (time has moved on since an earlier start) is left as it is. */
    private static <T> Optional<T> step(String what, Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (AgendaRefused refused) {
            log.debug("Demo: did not {}: {}", what, refused.getMessage());
            return Optional.empty();
        }
    }

    private static MeetingCycle cycle(MeetingSchedule planned) {
        return new MeetingCycle(
                STRUCTURE,
                FORUM,
                planned.from(),
                planned.rule(),
                planned.dates(),
                planned.at(),
                Duration.ofMinutes(planned.minutes()),
                planned.place(),
                planned.link());
    }

    private static String day(Meeting meeting) {
        return meeting.start().atZone(SwedishTime.ZONE).toLocalDate().toString();
    }
}
