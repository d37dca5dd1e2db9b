package se.samverkansbot.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import se.samverkansbot.chat.UnknownOutcome;
import se.samverkansbot.meeting.WorkingDays;
import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;
import se.samverkansbot.reminder.Recipient;
import se.samverkansbot.reminder.RecipientDirectory;
import se.samverkansbot.reminder.Reminder;
import se.samverkansbot.reminder.Reminders;
import se.samverkansbot.reminder.TellPeople;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.wording.Phrasing;

/**
 * Opens one follow-up per principal for a published recommendation, tells each principal's representatives and plans
 * their reminders; takes the answers (from a representative of that principal or the forum's secretary) and stops the
 * reminders of an answered follow-up. Opening again (a retry, a corrected edition) adds nothing twice.
 */
public final class FollowUpRecommendations {
    private final FollowUps followUps;
    private final Supplier<Register> register;
    private final ForumRoles roles;
    private final TellPeople tell;
    private final Reminders reminders;
    private final RecipientDirectory directory;
    private final WorkingDays workingDays;
    private final FollowUpPolicy policy;
    private final Clock clock;

    public FollowUpRecommendations(
            FollowUps followUps,
            Supplier<Register> register,
            ForumRoles roles,
            TellPeople tell,
            Reminders reminders,
            RecipientDirectory directory,
            WorkingDays workingDays,
            FollowUpPolicy policy,
            Clock clock) {
        this.followUps = followUps;
        this.register = register;
        this.roles = roles;
        this.tell = tell;
        this.reminders = reminders;
        this.directory = directory;
        this.workingDays = workingDays;
        this.policy = policy;
        this.clock = clock;
    }

    /** A recommendation as published minutes state it. */
    public record Recommendation(
            String structureId,
            String forumId,
            String meetingId,
            Instant meetingStart,
            String itemId,
            String title,
            String text) {}

    /** Opens the follow-ups of a recommendation that are not open yet; returns those it opened. */
    public List<FollowUp> open(Recommendation r) {
        Structure structure = register.get().structure(r.structureId()).orElseThrow();
        String forumName = structure.forum(r.forumId()).map(f -> f.name()).orElse(r.forumId());
        Instant now = clock.instant();
        LocalDate today = SwedishTime.dateOf(now);
        List<FollowUp> opened = new ArrayList<>();
        for (Party principal : structure.principals()) {
            List<String> addressees = roles.representatives(r.structureId(), r.forumId(), principal.id(), today);
            FollowUp followUp = new FollowUp(
                    FollowUp.idOf(r.meetingId(), r.itemId(), principal.id()),
                    r.structureId(),
                    r.forumId(),
                    r.meetingId(),
                    r.meetingStart(),
                    r.itemId(),
                    r.title(),
                    r.text(),
                    principal.id(),
                    addressees,
                    now,
                    FollowUpStatus.OPEN,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(new FollowUp.Change(now, "bot", "opened", null, null)),
                    0);
            boolean added = followUps.add(followUp);
            FollowUp stored = added ? followUp : followUps.byId(followUp.id()).orElse(followUp);
            if (stored.isAnswered()) {
                continue; // a corrected edition reopens nothing answered
            }
            if (added) {
                opened.add(followUp);
            }
            // Told and planned even when it was there already: an earlier attempt may have stopped before this,
            // and both are keyed, so nobody hears it twice.
            Bilingual news = language -> {
                Phrasing say = new Phrasing(language);
                return say.say(
                                "%s rekommenderar huvudmännen: %s – %s\nSvara för %s när det är beslutat, på en dagordning "
                                        + "eller inte ska beslutas: skriv \"mina uppföljningar\".",
                                "%s recommends to the principals: %s – %s\nAnswer for %s when it is decided, on an agenda "
                                        + "or not to be decided: write \"my follow-ups\".")
                        .formatted(forumName + " (" + structure.name() + ")", r.title(), r.text(), principal.name());
            };
            tell.people(
                    r.structureId(), r.forumId(), r.meetingId(), stored.addressees(), "followup|" + stored.id(), news);
            planReminders(stored, structure, principal, forumName, SwedishTime.dateOf(stored.createdAt()));
        }
        return opened;
    }

    private void planReminders(
            FollowUp followUp, Structure structure, Party principal, String forumName, LocalDate today) {
        List<Reminder> planned = new ArrayList<>();
        for (int days : policy.daysFor(structure.forum(followUp.forumId()).orElse(null))) {
            Instant sendAt = SwedishTime.instant(workingDays.onOrAfter(today.plusDays(days)), policy.at());
            for (String person : followUp.addressees()) {
                Language language = register.get()
                        .person(followUp.structureId(), person)
                        .map(p -> p.language())
                        .orElse(Language.SWEDISH);
                Phrasing say = new Phrasing(language);
                String text = say.say(
                                "Påminnelse: %s har ännu inte svarat på rekommendationen \"%s\" från %s (%s, mötet %s). "
                                        + "Skriv \"mina uppföljningar\" för att svara.",
                                "Reminder: %s has not yet answered the recommendation \"%s\" from %s (%s, meeting of %s). "
                                        + "Write \"my follow-ups\" to answer.")
                        .formatted(
                                principal.name(),
                                followUp.title(),
                                forumName,
                                structure.name(),
                                say.date(SwedishTime.dateOf(followUp.meetingStart())));
                for (Recipient recipient : directory.person(followUp.structureId(), person)) {
                    planned.add(Reminder.message(
                            reminderKey(followUp) + days,
                            followUp.structureId(),
                            followUp.forumId(),
                            followUp.meetingId(),
                            sendAt,
                            recipient,
                            text));
                }
            }
        }
        reminders.plan(planned);
    }

    private static String reminderKey(FollowUp followUp) {
        return "followup-reminder|" + followUp.id() + "|";
    }

    /**
     * Records an answer from a representative of the follow-up's principal or the forum's secretary; a retried
     * request (same request id) changes nothing. Its pending reminders stop.
     */
    public FollowUp answer(String followUpId, FollowUp.Answer answer, String personId, String requestId) {
        FollowUp followUp = followUps
                .byId(followUpId)
                .orElseThrow(() -> new FollowUpRefused(
                        Bilingual.of("Jag hittar ingen sådan uppföljning.", "I find no such follow-up.")));
        if (followUp.hasRequest(requestId)) {
            // the retry finishes what a failure left undone
            stopReminders(followUp);
            return followUp;
        }
        LocalDate today = SwedishTime.today(clock);
        if (!roles.answersFollowUp(followUp.structureId(), followUp.forumId(), followUp.partyId(), personId, today)) {
            String party = principalName(followUp);
            throw new FollowUpRefused(Bilingual.of(
                    "Bara %ss representanter i forumet och forumets sekreterare svarar för %s.".formatted(party, party),
                    "Only %s's representatives in the forum and the forum's secretary answer for %s."
                            .formatted(party, party)));
        }
        validate(answer);
        FollowUp answered = followUp.answered(
                answer,
                new FollowUp.Change(clock.instant(), personId, answer.status().code(), describe(answer), requestId));
        if (!followUps.replace(answered, followUp.version())) {
            throw new FollowUpRefused(Bilingual.of(
                    "Någon svarade samtidigt; försök igen.", "Someone answered at the same time; try again."));
        }
        stopReminders(answered);
        return answered;
    }

    /** The answer is stored: a failure to stop its reminders is never "nothing was saved", and the retry stops them. */
    private void stopReminders(FollowUp answered) {
        UnknownOutcome.afterStored(
                "the answer to follow-up " + answered.id(),
                () -> reminders.skipPendingMessages(reminderKey(answered), "the follow-up was answered"));
    }

    private static void validate(FollowUp.Answer answer) {
        if (answer.status() == null || answer.status() == FollowUpStatus.OPEN) {
            throw new FollowUpRefused(Bilingual.of(
                    "Välj svar: beslutad, på dagordningen eller ska inte beslutas.",
                    "Choose an answer: decided, on the agenda or not to be decided."));
        }
        boolean blankBody = answer.body() == null || answer.body().isBlank();
        switch (answer.status()) {
            case DECIDED -> {
                if (answer.date() == null || blankBody || answer.outcome() == null) {
                    throw new FollowUpRefused(Bilingual.of(
                            "Ett beslut behöver datum, beslutande organ och utfall.",
                            "A decision needs a date, the body that decided and the outcome."));
                }
            }
            case ON_AGENDA -> {
                if (answer.date() == null || blankBody) {
                    throw new FollowUpRefused(
                            Bilingual.of("Ange vilket organ och vilket datum.", "Say which body and on which date."));
                }
            }
            default -> {}
        }
        if (answer.link() != null && !answer.link().isBlank() && !answer.link().matches("(?i)https?://\\S+")) {
            throw new FollowUpRefused(
                    Bilingual.of("Länken ska börja med https://.", "The link should start with https://."));
        }
    }

    private static String describe(FollowUp.Answer answer) {
        List<String> parts = new ArrayList<>();
        if (answer.date() != null) {
            parts.add(answer.date().toString());
        }
        if (answer.body() != null) {
            parts.add(answer.body());
        }
        if (answer.outcome() != null) {
            parts.add(answer.outcome().code());
        }
        if (answer.link() != null) {
            parts.add(answer.link());
        }
        return String.join(", ", parts);
    }

    /** The follow-ups this person may answer that are still open, oldest first. */
    public List<FollowUp> openFor(String structureId, String personId) {
        LocalDate today = SwedishTime.today(clock);
        return followUps.ofStructure(structureId).stream()
                .filter(f -> !f.isAnswered())
                .filter(f -> roles.answersFollowUp(f.structureId(), f.forumId(), f.partyId(), personId, today))
                .sorted(Comparator.comparing(FollowUp::meetingStart).thenComparing(FollowUp::partyId))
                .toList();
    }

    public List<FollowUp> ofStructure(String structureId) {
        return followUps.ofStructure(structureId);
    }

    public String principalName(FollowUp followUp) {
        return register.get()
                .structure(followUp.structureId())
                .flatMap(s -> s.party(followUp.partyId()))
                .map(Party::name)
                .orElse(followUp.partyId());
    }
}
