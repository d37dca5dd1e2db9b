package se.samverkansbot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import se.samverkansbot.agenda.AgendaItems;
import se.samverkansbot.agenda.AgendaRules;
import se.samverkansbot.agenda.ChangeAgendaItem;
import se.samverkansbot.agenda.ExportAgendaItems;
import se.samverkansbot.agenda.ItemForm;
import se.samverkansbot.agenda.ItemStatus;
import se.samverkansbot.agenda.PublishNotice;
import se.samverkansbot.agenda.ReviewAgendaItems;
import se.samverkansbot.agenda.SubmitAgendaItem;
import se.samverkansbot.answers.Answers;
import se.samverkansbot.chat.PendingConfirmations;
import se.samverkansbot.commands.AgendaCommands;
import se.samverkansbot.commands.ChannelCommands;
import se.samverkansbot.commands.CommandRegistry;
import se.samverkansbot.commands.Confirmations;
import se.samverkansbot.commands.MeetingCommands;
import se.samverkansbot.commands.MinutesCommands;
import se.samverkansbot.commands.MuteCommands;
import se.samverkansbot.commands.RegisterCommands;
import se.samverkansbot.conversation.Askers;
import se.samverkansbot.conversation.Conversation;
import se.samverkansbot.followup.FollowUpPolicy;
import se.samverkansbot.followup.FollowUpRecommendations;
import se.samverkansbot.followup.FollowUps;
import se.samverkansbot.meeting.DeadlineTemplates;
import se.samverkansbot.meeting.ForumMeetings;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.meeting.ScheduleFromRegister;
import se.samverkansbot.meeting.ScheduleMeetings;
import se.samverkansbot.meeting.WorkingDays;
import se.samverkansbot.meeting.YearWheel;
import se.samverkansbot.minutes.ExportMeeting;
import se.samverkansbot.minutes.MinutesRecords;
import se.samverkansbot.minutes.PublishedMinutesFromRecords;
import se.samverkansbot.minutes.RecordMinutes;
import se.samverkansbot.minutes.TakeItemsOnward;
import se.samverkansbot.publication.PublicLinks;
import se.samverkansbot.publication.PublishedMinutes;
import se.samverkansbot.register.EditRegister;
import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.RegisterAdministrators;
import se.samverkansbot.register.RegisterChanges;
import se.samverkansbot.register.Structures;
import se.samverkansbot.reminder.EndingMandates;
import se.samverkansbot.reminder.ForumChannels;
import se.samverkansbot.reminder.MuteReminders;
import se.samverkansbot.reminder.Mutes;
import se.samverkansbot.reminder.OutboundMessenger;
import se.samverkansbot.reminder.PlanReminders;
import se.samverkansbot.reminder.RecipientDirectory;
import se.samverkansbot.reminder.ReminderPolicies;
import se.samverkansbot.reminder.ReminderRelevance;
import se.samverkansbot.reminder.ReminderTexts;
import se.samverkansbot.reminder.Reminders;
import se.samverkansbot.reminder.RemindersFollowMeetings;
import se.samverkansbot.reminder.ReplanReminders;
import se.samverkansbot.reminder.ReportFailedReminder;
import se.samverkansbot.reminder.SendDueReminders;
import se.samverkansbot.reminder.TellPeople;
import se.samverkansbot.understanding.Understanding;

/**
 * The core's use cases, its inbound ports, wired once from its outbound ports (stores, the register, where people
 * are reached, the clock). The application and the tests build the core the same way, through this class, so a
 * use case is never wired twice in two ways. Meetings announce what happened; reminders are connected here to react.
 */
public final class Core {

    /** What the core needs from outside. */
    public record Ports(
            Supplier<Register> register,
            Meetings meetings,
            Reminders reminders,
            AgendaItems agendaItems,
            PendingConfirmations confirmations,
            ForumChannels channels,
            Mutes mutes,
            RecipientDirectory directory,
            MinutesRecords minutes,
            FollowUps followUps,
            Clock clock) {

        /** The same ports read at another clock: for replaying what people did at earlier moments (the demo). */
        public Ports at(Clock other) {
            return new Ports(
                    register,
                    meetings,
                    reminders,
                    agendaItems,
                    confirmations,
                    channels,
                    mutes,
                    directory,
                    minutes,
                    followUps,
                    other);
        }
    }

    private final Ports ports;
    private final WorkingDays workingDays = new WorkingDays();
    private final ForumRoles roles;
    private final Askers askers;
    private final Understanding understanding;
    private final Answers answers;
    private final TellPeople tell;
    private final PlanReminders planReminders;
    private final ScheduleMeetings scheduleMeetings;
    private final ScheduleFromRegister scheduleFromRegister;
    private final ReminderPolicies policies;
    private final RemindersFollowMeetings remindersFollowMeetings;
    private final ReplanReminders replanReminders;
    private final AgendaRules agendaRules;
    private final SubmitAgendaItem submitAgendaItem;
    private final ReviewAgendaItems reviewAgendaItems;
    private final ChangeAgendaItem changeAgendaItem;
    private final PublishNotice publishNotice;
    private final ExportAgendaItems exportAgendaItems;
    private final ItemForm itemForm;
    private final YearWheel yearWheel;
    private final ReminderTexts reminderTexts;
    private final ReportFailedReminder reportFailedReminder;
    private final FollowUpRecommendations followUps;
    private final RecordMinutes recordMinutes;
    private final RegisterCommands registerCommands;
    private final Conversation conversation;

    public Core(Ports ports) {
        this.ports = ports;
        Clock clock = ports.clock();
        this.roles = new ForumRoles(ports.register());
        this.askers = new Askers(ports.register());
        this.understanding = new Understanding(ports.register(), clock);
        this.answers = new Answers(ports.register(), ports.meetings(), clock, workingDays);
        this.tell = new TellPeople(ports.reminders(), ports.directory(), ports.register(), clock);
        this.planReminders = new PlanReminders(ports.reminders(), ports.directory(), ports.register(), workingDays);
        this.policies = ReminderPolicies.from(ports.register());
        this.remindersFollowMeetings = new RemindersFollowMeetings(ports.reminders(), planReminders, policies, clock);
        this.scheduleMeetings = new ScheduleMeetings(ports.meetings(), remindersFollowMeetings, workingDays, clock);
        this.scheduleFromRegister =
                new ScheduleFromRegister(ports.register(), scheduleMeetings, ports.meetings(), clock);
        this.replanReminders = new ReplanReminders(ports.register(), ports.meetings(), remindersFollowMeetings, clock);
        this.agendaRules = new AgendaRules(ports.register(), roles, ports.meetings());
        this.submitAgendaItem = new SubmitAgendaItem(ports.agendaItems(), agendaRules, tell, clock);
        this.reviewAgendaItems = new ReviewAgendaItems(ports.agendaItems(), agendaRules, tell, clock);
        this.changeAgendaItem = new ChangeAgendaItem(ports.agendaItems(), ports.meetings(), clock);
        this.publishNotice = new PublishNotice(ports.meetings(), ports.agendaItems(), agendaRules, tell, clock);
        this.exportAgendaItems = new ExportAgendaItems(ports.agendaItems());
        this.itemForm = new ItemForm(ports.register(), roles);
        this.yearWheel = new YearWheel(ports.meetings());
        this.reminderTexts = new ReminderTexts(ports.register());
        this.reportFailedReminder = new ReportFailedReminder(ports.register(), roles, tell, clock);
        this.followUps = new FollowUpRecommendations(
                ports.followUps(),
                ports.register(),
                roles,
                tell,
                ports.reminders(),
                ports.directory(),
                workingDays,
                FollowUpPolicy.STANDARD,
                clock);
        this.recordMinutes = new RecordMinutes(
                ports.minutes(),
                ports.meetings(),
                ports.agendaItems(),
                ports.register(),
                roles,
                tell,
                followUps,
                new TakeItemsOnward(
                        ports.agendaItems(),
                        reviewAgendaItems,
                        submitAgendaItem,
                        ports.meetings(),
                        ports.register(),
                        roles,
                        tell),
                clock);
        Confirmations confirmations = new Confirmations(ports.confirmations(), clock);
        this.registerCommands = new RegisterCommands(confirmations);
        this.conversation = new Conversation(
                ports.register(),
                askers,
                understanding,
                answers,
                new AgendaCommands(
                        understanding,
                        ports.register(),
                        ports.agendaItems(),
                        ports.meetings(),
                        agendaRules,
                        submitAgendaItem,
                        reviewAgendaItems,
                        changeAgendaItem,
                        publishNotice,
                        confirmations,
                        clock),
                new MeetingCommands(
                        ports.meetings(),
                        scheduleMeetings,
                        roles,
                        confirmations,
                        workingDays,
                        DeadlineTemplates.from(ports.register()),
                        clock),
                new ChannelCommands(roles, ports.channels()),
                new MuteCommands(new MuteReminders(ports.mutes())),
                new MinutesCommands(ports.register(), ports.meetings(), recordMinutes, followUps, roles, clock),
                registerCommands,
                confirmations,
                new CommandRegistry(roles),
                clock);
    }

    /** Everything a person does towards the bot, on any platform. */
    public Conversation conversation() {
        return conversation;
    }

    /** Who a platform user is, in the register. */
    public Askers askers() {
        return askers;
    }

    public ForumRoles forumRoles() {
        return roles;
    }

    public ScheduleMeetings scheduleMeetings() {
        return scheduleMeetings;
    }

    /**
     * Keeps the meetings of every forum with a schedule planned a year ahead, on the deadlines each forum's rhythm sets
     * (nightly).
     */
    public ScheduleFromRegister scheduleFromRegister() {
        return scheduleFromRegister;
    }

    /** Keeps coming meetings' pending reminders in step with each forum's reminder settings (nightly, after planning). */
    public ReplanReminders replanReminders() {
        return replanReminders;
    }

    public AgendaRules agendaRules() {
        return agendaRules;
    }

    public SubmitAgendaItem submitAgendaItem() {
        return submitAgendaItem;
    }

    public ReviewAgendaItems reviewAgendaItems() {
        return reviewAgendaItems;
    }

    public ChangeAgendaItem changeAgendaItem() {
        return changeAgendaItem;
    }

    public PublishNotice publishNotice() {
        return publishNotice;
    }

    public ExportAgendaItems exportAgendaItems() {
        return exportAgendaItems;
    }

    /** One meeting for the record: agenda items, every edition of the minutes, the follow-ups per principal. */
    public ExportMeeting exportMeeting() {
        return new ExportMeeting(
                ports.meetings(), ports.agendaItems(), ports.minutes(), ports.followUps(), ports.register());
    }

    /** What an agenda-item form offers a person. */
    public ItemForm itemForm() {
        return itemForm;
    }

    /** A forum's coming and past meetings, for the secretariat's workspace. */
    public ForumMeetings forumMeetings() {
        return new ForumMeetings(ports.meetings(), ports.clock());
    }

    /** A person's muting of their own reminders from a forum: the rule the chat's "tysta påminnelser" uses too. */
    public MuteReminders muteReminders() {
        return new MuteReminders(ports.mutes());
    }

    /** The reminders and messages of a forum that finally failed, newest first. */
    public List<se.samverkansbot.reminder.Reminder> failedReminders(String structureId, String forumId, int limit) {
        return ports.reminders().failedOf(structureId, forumId, limit);
    }

    public YearWheel yearWheel() {
        return yearWheel;
    }

    /** A meeting's minutes: draft, attendance, sign-off, publication and corrections. */
    public RecordMinutes recordMinutes() {
        return recordMinutes;
    }

    /** The follow-ups of recommendations, one per principal. */
    public FollowUpRecommendations followUps() {
        return followUps;
    }

    /** The published minutes the public pages show, with links from {@code links}. */
    public PublishedMinutes publishedMinutes(PublicLinks links) {
        return new PublishedMinutesFromRecords(recordMinutes, links, ports.register());
    }

    public TellPeople tellPeople() {
        return tell;
    }

    public PlanReminders planReminders() {
        return planReminders;
    }

    /** Seats ending within {@code window} with no successor, and who is told. */
    public EndingMandates endingMandates(Period window) {
        return endingMandates(window, List.of());
    }

    /** The term change, with the administrators who hear of a structure's ending seats where no forum names a secretary. */
    public EndingMandates endingMandates(Period window, List<String> administrators) {
        return new EndingMandates(
                ports.register(),
                roles,
                tell,
                ports.clock(),
                window,
                new RegisterAdministrators(ports.register(), roles, administrators));
    }

    /**
     * The register kept in the app (the secretariat's workspace): changes checked by the structure file's rules, kept
     * in {@code history}, stored in {@code structures} and published at once to {@code publish} — the same register
     * the core reads. The conversation changes the register through it from then on ("ny ledamot i …", "efterträdare
     * för …"), so chat and workspace share one set of rules.
     *
     * @param administrators people (id, email or platform id) who keep a whole structure's register, from
     *     configuration
     */
    public EditRegister editRegister(
            Structures structures, RegisterChanges history, Consumer<Register> publish, List<String> administrators) {
        EditRegister edit = new EditRegister(
                structures,
                history,
                publish,
                new RegisterAdministrators(ports.register(), roles, administrators),
                ports.clock());
        registerCommands.keptBy(edit);
        return edit;
    }

    /**
     * The sender of due reminders for one process.
     *
     * @param worker unique per process, so a restarted process never mistakes an old claim for its own
     */
    public SendDueReminders sendDueReminders(
            OutboundMessenger messenger, String worker, Duration lease, int maxAttempts) {
        return sendDueReminders(messenger, worker, lease, maxAttempts, 1);
    }

    /** As above, with up to {@code lanesPerPlatform} channels of one platform sending at once. */
    public SendDueReminders sendDueReminders(
            OutboundMessenger messenger, String worker, Duration lease, int maxAttempts, int lanesPerPlatform) {
        return new SendDueReminders(
                ports.reminders(),
                messenger,
                new ReminderRelevance(ports.meetings(), ports.mutes(), policies, this::hasSubmitted),
                reminderTexts,
                ports.clock(),
                worker,
                lease,
                maxAttempts,
                reportFailedReminder,
                lanesPerPlatform);
    }

    /** Whether the person has an item in for the meeting that they have not withdrawn. */
    private boolean hasSubmitted(String personId, String meetingId) {
        return ports.agendaItems().ofMeeting(meetingId).stream()
                .anyMatch(item -> personId.equals(item.submitterId()) && item.status() != ItemStatus.WITHDRAWN);
    }

    /** What is told when a reminder finally fails, for an app that adds its own reaction. */
    public Consumer<se.samverkansbot.reminder.Reminder> reportFailedReminder() {
        return reportFailedReminder;
    }
}
