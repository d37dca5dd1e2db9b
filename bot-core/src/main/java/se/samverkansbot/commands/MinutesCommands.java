package se.samverkansbot.commands;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import se.samverkansbot.chat.Command;
import se.samverkansbot.chat.Form;
import se.samverkansbot.chat.Reply;
import se.samverkansbot.chat.ReplyPart;
import se.samverkansbot.followup.DecisionOutcome;
import se.samverkansbot.followup.FollowUp;
import se.samverkansbot.followup.FollowUpRecommendations;
import se.samverkansbot.followup.FollowUpRefused;
import se.samverkansbot.followup.FollowUpStatus;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.minutes.Minutes;
import se.samverkansbot.minutes.MinutesRefused;
import se.samverkansbot.minutes.RecordMinutes;
import se.samverkansbot.minutes.TakeItemsOnward;
import se.samverkansbot.register.ForumRef;
import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.RegisteredPerson;
import se.samverkansbot.register.Structure;
import se.samverkansbot.text.Words;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.understanding.Mention;
import se.samverkansbot.understanding.Utterance;
import se.samverkansbot.wording.Phrasing;

/**
 * Minutes and follow-ups in chat. Anyone in the forum: "minnesanteckningar för styrgruppen"; the chair and the
 * adjuster: "justera minnesanteckningarna för styrgruppen" (or the button); the secretary records items and attendance
 * with forms (typed fields, never a sentence) and publishes. Representatives: "mina uppföljningar" and the answer form.
 * Anyone: "har Sundsvall beslutat om …?", "vilka huvudmän har inte beslutat om …?", "uppföljningsmatris för HälSam".
 * The use cases check who may; a refusal is said in the person's language and nothing is saved.
 */
public final class MinutesCommands {
    private final Supplier<Register> register;
    private final Meetings meetings;
    private final RecordMinutes minutes;
    private final FollowUpRecommendations followUps;
    private final ForumRoles roles;
    private final Clock clock;

    public MinutesCommands(
            Supplier<Register> register,
            Meetings meetings,
            RecordMinutes minutes,
            FollowUpRecommendations followUps,
            ForumRoles roles,
            Clock clock) {
        this.register = register;
        this.meetings = meetings;
        this.minutes = minutes;
        this.followUps = followUps;
        this.roles = roles;
        this.clock = clock;
    }

    // --- Minutes -----------------------------------------------------------------------------------------------

    /** The minutes of the one forum's last held meeting; an administrator opens the draft if there is none. */
    public Reply ofForum(List<ForumRef> named, RegisteredPerson asker, Phrasing say) {
        return lastHeld(named, say)
                .map(meeting -> show(meeting.id(), asker, say))
                .orElseGet(() -> whichForum(named, say));
    }

    public Reply show(String meetingId, RegisteredPerson asker, Phrasing say) {
        return refusedSaid(say, () -> {
            Optional<Minutes> existing = minutes.latest(meetingId);
            Meeting meeting = meetings.byId(meetingId).orElseThrow();
            boolean records = roles.recordsMinutes(
                    meeting.structureId(), meeting.forumId(), asker.id(), SwedishTime.today(clock));
            Minutes shown = existing.isEmpty() && records
                    ? minutes.open(meetingId, asker.id())
                    : minutes.read(meetingId, asker.id());
            return withChoices(shown, asker, say);
        });
    }

    public Reply sign(String meetingId, RegisteredPerson asker, String requestId, Phrasing say) {
        return refusedSaid(say, () -> {
            Minutes signed = minutes.signOff(meetingId, asker.id(), request(requestId));
            String text = say.say(
                            "Tack, du har justerat minnesanteckningarna. %s",
                            "Thank you, you have signed off the minutes. %s")
                    .formatted(
                            signed.signOffs().size() >= 2
                                    ? say.say(
                                            "Båda har justerat; sekreteraren kan publicera.",
                                            "Both have signed off; the secretary can publish.")
                                    : say.say("En justering återstår.", "One sign-off remains."));
            return Reply.plain(text, say.language());
        });
    }

    public Reply signForum(List<ForumRef> named, RegisteredPerson asker, String requestId, Phrasing say) {
        return lastHeld(named, say)
                .map(meeting -> sign(meeting.id(), asker, requestId, say))
                .orElseGet(() -> whichForum(named, say));
    }

    public Reply publish(String meetingId, RegisteredPerson asker, String requestId, Phrasing say) {
        return refusedSaid(say, () -> {
            RecordMinutes.Published published = minutes.publish(meetingId, asker.id(), request(requestId));
            String text = say.say(
                            "Minnesanteckningarna är publicerade och skickade till forumets ledamöter och kanal.",
                            "The minutes are published and sent to the forum's members and channel.")
                    + (published.followUps().isEmpty()
                            ? ""
                            : say.say(
                                            " %d uppföljningar är öppnade, en per huvudman och rekommendation.",
                                            " %d follow-ups are opened, one per principal and recommendation.")
                                    .formatted(published.followUps().size()));
            for (TakeItemsOnward.Step step : published.onward()) {
                text += "\n" + onward(step, say);
            }
            return Reply.plain(text + "\n\n" + published.text().label(say.language()), say.language());
        });
    }

    /** One line per item the minutes carried, raised or reported back, so the secretary sees where each went. */
    private static String onward(TakeItemsOnward.Step step, Phrasing say) {
        return switch (step) {
            case TakeItemsOnward.Step.Carried carried ->
                say.say("%s \"%s\" är bordlagt till mötet %s.", "%s \"%s\" is carried to the meeting on %s.")
                        .formatted(
                                carried.item().id(),
                                carried.item().title(),
                                say.dateTime(carried.meeting().start()));
            case TakeItemsOnward.Step.Raised raised ->
                say.say(
                                "%s \"%s\" är lyft till %s som %s inför mötet %s; den som lämnade ärendet får besked.",
                                "%s \"%s\" is raised to %s as %s for the meeting on %s; its submitter is told.")
                        .formatted(
                                raised.original().id(),
                                raised.original().title(),
                                raised.forumName(),
                                raised.item().id(),
                                say.dateTime(raised.meeting().start()));
            case TakeItemsOnward.Step.ReportedBack back ->
                say.say(
                                "Utfallet för %s \"%s\" är återrapporterat till %s.",
                                "The outcome of %s \"%s\" is reported back to %s.")
                        .formatted(back.original().id(), back.original().title(), back.forumName());
            case TakeItemsOnward.Step.Stuck stuck ->
                say.say("%s \"%s\" kunde inte föras vidare: %s", "%s \"%s\" could not be taken on: %s")
                        .formatted(stuck.itemId(), stuck.title(), say.label(stuck.why()));
        };
    }

    public Reply publishForum(List<ForumRef> named, RegisteredPerson asker, String requestId, Phrasing say) {
        return lastHeld(named, say)
                .map(meeting -> publish(meeting.id(), asker, requestId, say))
                .orElseGet(() -> whichForum(named, say));
    }

    /** One item's note and outcome, from a form. */
    public Reply recordItem(Form.MinutesItem form, RegisteredPerson asker, String requestId, Phrasing say) {
        return refusedSaid(
                say,
                () -> withChoices(
                        minutes.recordItem(
                                form.meetingId(),
                                form.itemId(),
                                form.note(),
                                form.outcome(),
                                form.text(),
                                form.raisedTo(),
                                asker.id(),
                                request(requestId)),
                        asker,
                        say));
    }

    /** Attendance seat by seat and the adjuster, from a form: one change under the request, all of it or none. */
    public Reply recordAttendance(Form.MinutesAttendance form, RegisteredPerson asker, String requestId, Phrasing say) {
        return refusedSaid(say, () -> {
            String adjuster = form.adjusterId() == null || form.adjusterId().isBlank() ? null : form.adjusterId();
            if (form.seats().isEmpty() && adjuster == null) {
                return withChoices(minutes.open(form.meetingId(), asker.id()), asker, say);
            }
            Minutes recorded = minutes.recordAttendance(
                    form.meetingId(),
                    form.seats().stream()
                            .map(seat ->
                                    new RecordMinutes.SeatAttendance(seat.seat(), seat.attendance(), seat.deputy()))
                            .toList(),
                    adjuster,
                    asker.id(),
                    request(requestId));
            return withChoices(recorded, asker, say);
        });
    }

    private Reply withChoices(Minutes shown, RegisteredPerson asker, Phrasing say) {
        String text = minutes.text(shown).label(say.language());
        List<ReplyPart> parts = new ArrayList<>();
        if (!shown.isPublished()) {
            LocalDateToday today = new LocalDateToday();
            boolean records = roles.recordsMinutes(shown.structureId(), shown.forumId(), asker.id(), today.day);
            boolean signs = roles.chairs(shown.structureId(), shown.forumId(), asker.id(), today.day)
                    || asker.id().equals(shown.adjusterId());
            List<ReplyPart.Choice> choices = new ArrayList<>();
            if (signs) {
                choices.add(new ReplyPart.Choice(
                        say.say("Justera", "Sign off"), new Command.SignMinutes(shown.meetingId())));
            }
            if (records && shown.signOffs().size() >= 2) {
                choices.add(new ReplyPart.Choice(
                        say.say("Publicera", "Publish"), new Command.PublishMinutes(shown.meetingId())));
            }
            if (records) {
                parts.add(new ReplyPart.Facts(say.say("För formulären", "For the forms"), formFacts(shown, say)));
            }
            if (!choices.isEmpty()) {
                parts.add(new ReplyPart.Choices(say.say("Minnesanteckningarna", "The minutes"), choices));
            }
        }
        return new Reply(text, say.language(), parts);
    }

    private List<ReplyPart.Fact> formFacts(Minutes shown, Phrasing say) {
        List<ReplyPart.Fact> facts = new ArrayList<>();
        facts.add(new ReplyPart.Fact(say.say("Möte", "Meeting"), shown.meetingId()));
        for (Minutes.ItemRecord item : shown.items()) {
            facts.add(new ReplyPart.Fact(item.itemId(), item.title()));
        }
        return facts;
    }

    /** "Today" read once per reply. */
    private final class LocalDateToday {
        final java.time.LocalDate day = SwedishTime.today(clock);
    }

    private Optional<Meeting> lastHeld(List<ForumRef> named, Phrasing say) {
        if (named.size() != 1) {
            return Optional.empty();
        }
        ForumRef forum = named.getFirst();
        Instant now = clock.instant();
        return meetings.ofStructure(forum.structure().id(), now.minus(Duration.ofDays(400)), now).stream()
                .filter(m -> m.forumId().equals(forum.forum().id()) && m.status() != MeetingStatus.CANCELLED)
                .reduce((first, second) -> second);
    }

    private static Reply whichForum(List<ForumRef> named, Phrasing say) {
        return Reply.plain(
                named.size() == 1
                        ? say.say(
                                "Forumet har inget hållet möte det senaste året.",
                                "The forum has held no meeting in the last year.")
                        : say.say(
                                "Vilket forum gäller det? Skriv till exempel: minnesanteckningar för styrgruppen.",
                                "Which forum is it? Write for example: minutes of the steering group."),
                say.language());
    }

    // --- Follow-ups --------------------------------------------------------------------------------------------

    public Reply myFollowUps(RegisteredPerson asker, Phrasing say) {
        List<FollowUp> open = followUps.openFor(asker.structure().id(), asker.id());
        if (open.isEmpty()) {
            return Reply.plain(
                    say.say("Du har inga obesvarade uppföljningar.", "You have no unanswered follow-ups."),
                    say.language());
        }
        List<String> lines = open.stream()
                .map(f ->
                        "%s – %s: %s (%s)".formatted(followUps.principalName(f), f.title(), f.recommendation(), f.id()))
                .toList();
        return new Reply(
                say.say("Obesvarade uppföljningar som du svarar för:", "Unanswered follow-ups you answer for:") + "\n"
                        + String.join("\n", lines.stream().map(l -> "• " + l).toList()),
                say.language(),
                List.of(new ReplyPart.Items(say.say("Uppföljningar", "Follow-ups"), lines)));
    }

    public Reply answer(Form.FollowUpAnswer form, RegisteredPerson asker, String requestId, Phrasing say) {
        Optional<FollowUpStatus> status = FollowUpStatus.ofCode(form.status());
        Optional<DecisionOutcome> outcome = DecisionOutcome.ofCode(form.outcome());
        if (status.isEmpty() || (form.outcome() != null && !form.outcome().isBlank() && outcome.isEmpty())) {
            return Reply.plain(
                    say.say(
                            "Välj svar: decided, on-agenda eller not-to-be-decided; utfall: adopted, adopted-with-changes eller not-adopted.",
                            "Choose an answer: decided, on-agenda or not-to-be-decided; outcome: adopted, adopted-with-changes or not-adopted."),
                    say.language());
        }
        try {
            FollowUp answered = followUps.answer(
                    form.followUpId(),
                    new FollowUp.Answer(
                            status.get(),
                            form.date(),
                            blankToNull(form.body()),
                            outcome.orElse(null),
                            blankToNull(form.link()),
                            blankToNull(form.note())),
                    asker.id(),
                    request(requestId));
            return Reply.plain(
                    say.say("Tack, antecknat för %s: %s.", "Thank you, recorded for %s: %s.")
                            .formatted(followUps.principalName(answered), describe(answered, say)),
                    say.language());
        } catch (FollowUpRefused refused) {
            return Reply.plain(refused.say(say.language()), say.language());
        }
    }

    /** "har Sundsvall beslutat om …?": where each named principal stands on the recommendations the words fit. */
    /**
     * @param otherwise what else may answer when no follow-up of the minutes fits ("vilken målbild har regionen och
     *     kommunerna beslutat om?" asks what the documents say was decided, from before the bot kept minutes)
     */
    public Reply principalDecided(Utterance u, java.util.function.Supplier<Optional<Reply>> otherwise) {
        Phrasing say = u.say();
        List<Mention.OfParty> parties = u.all(Mention.OfParty.class);
        List<String> lines = new ArrayList<>();
        for (Mention.OfParty party : parties) {
            for (FollowUp f : matching(party.structure(), u)) {
                if (f.partyId().equals(party.party().id())) {
                    lines.add("%s – %s: %s".formatted(party.party().name(), f.title(), describe(f, say)));
                }
            }
        }
        if (lines.isEmpty()) {
            return otherwise
                    .get()
                    .orElseGet(() -> Reply.plain(
                            say.say(
                                            "Jag hittar ingen sådan rekommendation till %s.",
                                            "I find no such recommendation to %s.")
                                    .formatted(say.join(parties.stream()
                                            .map(p -> p.party().name())
                                            .toList())),
                            say.language()));
        }
        return Reply.plain(String.join("\n", lines), say.language());
    }

    /** "vilka huvudmän har inte beslutat om …?". */
    public Reply undecided(Utterance u, Optional<RegisteredPerson> asker) {
        Phrasing say = u.say();
        List<String> lines = new ArrayList<>();
        for (Structure structure : structures(u, asker)) {
            Map<String, List<FollowUp>> byRecommendation = byRecommendation(matching(structure, u));
            byRecommendation.forEach((key, list) -> {
                List<String> notDecided = list.stream()
                        .filter(f -> f.status() != FollowUpStatus.DECIDED)
                        .map(f -> followUps.principalName(f) + " (" + say.label(f.status()) + ")")
                        .toList();
                lines.add(say.say(
                                "%s (%s): inte beslutat hos %d av %d huvudmän: %s",
                                "%s (%s): not decided by %d of %d principals: %s")
                        .formatted(
                                list.getFirst().title(),
                                say.date(SwedishTime.dateOf(list.getFirst().meetingStart())),
                                notDecided.size(),
                                list.size(),
                                notDecided.isEmpty() ? say.say("ingen", "none") : String.join(", ", notDecided)));
            });
        }
        if (lines.isEmpty()) {
            return Reply.plain(
                    say.say("Jag hittar ingen sådan rekommendation.", "I find no such recommendation."),
                    say.language());
        }
        return Reply.plain(String.join("\n", lines), say.language());
    }

    /**
     * "vad rekommenderade länsledningen 2027?" / "what did HälSam recommend in 2027?": the recommendations of the
     * named forums (else of the structure) whose meeting falls in the year named (else any), oldest first, each with
     * how many principals have decided.
     */
    /**
     * @param otherwise what else may answer when no published minutes hold a recommendation for what was asked (the
     *     documents, for "vad rekommenderade SocialReKo 2022?" from before the bot kept minutes)
     */
    public Reply recommendations(
            Utterance u, Optional<RegisteredPerson> asker, java.util.function.Supplier<Optional<Reply>> otherwise) {
        Phrasing say = u.say();
        List<Mention.OfForum> forums = u.all(Mention.OfForum.class);
        Optional<Integer> year = u.yearSpokenOf();
        List<String> lines = new ArrayList<>();
        List<String> whose = new ArrayList<>();
        for (Structure structure : structures(u, asker)) {
            List<String> forumIds = forums.stream()
                    .filter(f -> f.structure().id().equals(structure.id()))
                    .map(f -> f.forum().id())
                    .toList();
            if (!forums.isEmpty() && forumIds.isEmpty()) {
                continue;
            }
            whose.add(
                    forumIds.isEmpty()
                            ? structure.name()
                            : say.join(forums.stream()
                                    .filter(f -> forumIds.contains(f.forum().id()))
                                    .map(f -> f.forum().name())
                                    .toList()));
            List<FollowUp> inPeriod = followUps.ofStructure(structure.id()).stream()
                    .filter(f -> forumIds.isEmpty() || forumIds.contains(f.forumId()))
                    .filter(f -> year.isEmpty()
                            || SwedishTime.dateOf(f.meetingStart()).getYear() == year.get())
                    .toList();
            byRecommendation(inPeriod).forEach((key, list) -> {
                FollowUp first = list.getFirst();
                long decided = list.stream()
                        .filter(f -> f.status() == FollowUpStatus.DECIDED)
                        .count();
                lines.add(say.say(
                                "%s, %s: %s – %s (beslutat hos %d av %d huvudmän)",
                                "%s, %s: %s – %s (decided by %d of %d principals)")
                        .formatted(
                                say.date(SwedishTime.dateOf(first.meetingStart())),
                                structure
                                        .forum(first.forumId())
                                        .map(f -> f.name())
                                        .orElse(first.forumId()),
                                first.title(),
                                first.recommendation(),
                                decided,
                                list.size()));
            });
        }
        String who = whose.isEmpty() ? say.say("forumen", "the forums") : say.join(whose);
        String when = year.map(y -> " " + y).orElse("");
        if (lines.isEmpty()) {
            return otherwise
                    .get()
                    .orElseGet(() -> Reply.plain(
                            say.say(
                                            "Jag hittar inga publicerade rekommendationer från %s%s.",
                                            "I find no published recommendations from %s%s.")
                                    .formatted(who, when),
                            say.language()));
        }
        String heading = say.say("%s rekommenderade%s (%d):", "%s recommended%s (%d):")
                .formatted(who, year.map(y -> say.say(" " + y, " in " + y)).orElse(""), lines.size());
        return Reply.plain(heading + "\n" + String.join("\n", lines), say.language());
    }

    /** Recommendation × principal, for the chair (and anyone: the recommendations are published). */
    public Reply matrix(Utterance u, Optional<RegisteredPerson> asker) {
        Phrasing say = u.say();
        List<String> lines = new ArrayList<>();
        for (Structure structure : structures(u, asker)) {
            Map<String, List<FollowUp>> byRecommendation = byRecommendation(followUps.ofStructure(structure.id()));
            if (byRecommendation.isEmpty()) {
                continue;
            }
            List<Party> principals = structure.principals();
            lines.add(say.say("Rekommendationer × huvudmän, %s", "Recommendations × principals, %s")
                    .formatted(structure.name()));
            lines.add(say.say("Rekommendation", "Recommendation") + " | "
                    + String.join(" | ", principals.stream().map(Party::name).toList()));
            byRecommendation.forEach((key, list) -> lines.add(list.getFirst().title() + " | "
                    + String.join(
                            " | ",
                            principals.stream()
                                    .map(p -> list.stream()
                                            .filter(f -> f.partyId().equals(p.id()))
                                            .findFirst()
                                            .map(f -> cell(f, say))
                                            .orElse("–"))
                                    .toList())));
        }
        if (lines.isEmpty()) {
            return Reply.plain(
                    say.say(
                            "Det finns inga rekommendationer att följa upp än.",
                            "There are no recommendations to follow up yet."),
                    say.language());
        }
        return Reply.plain(String.join("\n", lines), say.language());
    }

    private static String cell(FollowUp f, Phrasing say) {
        return switch (f.status()) {
            case OPEN -> say.say("obesvarad", "open");
            case DECIDED -> say.label(f.outcome()) + " " + f.date();
            case ON_AGENDA -> say.say("på dagordning ", "on agenda ") + f.date();
            case NOT_TO_BE_DECIDED -> say.say("beslutas inte", "not to be decided");
        };
    }

    private static String describe(FollowUp f, Phrasing say) {
        return switch (f.status()) {
            case OPEN -> say.say("inte besvarad än", "not answered yet");
            case DECIDED ->
                say.say("beslutat %s i %s: %s%s", "decided on %s by %s: %s%s")
                        .formatted(
                                say.date(f.date()),
                                f.body(),
                                say.label(f.outcome()),
                                f.link() == null ? "" : " (" + f.link() + ")");
            case ON_AGENDA ->
                say.say("på dagordningen för %s %s", "on the agenda of %s on %s")
                        .formatted(f.body(), say.date(f.date()));
            case NOT_TO_BE_DECIDED ->
                say.say("ska inte beslutas", "not to be decided") + (f.note() == null ? "" : ": " + f.note());
        };
    }

    private static Map<String, List<FollowUp>> byRecommendation(List<FollowUp> all) {
        Map<String, List<FollowUp>> grouped = new LinkedHashMap<>();
        all.stream()
                .sorted(Comparator.comparing(FollowUp::meetingStart).thenComparing(FollowUp::id))
                .forEach(f -> grouped.computeIfAbsent(f.meetingId() + "|" + f.itemId(), k -> new ArrayList<>())
                        .add(f));
        return grouped;
    }

    /** The structure's follow-ups whose recommendation the words after "om"/"on"/"about" fit (all when none). */
    private List<FollowUp> matching(Structure structure, Utterance u) {
        List<FollowUp> all = followUps.ofStructure(structure.id());
        String text = " " + u.text().toLowerCase(java.util.Locale.ROOT) + " ";
        int at = Math.max(text.lastIndexOf(" om "), Math.max(text.lastIndexOf(" on "), text.lastIndexOf(" about ")));
        List<String> wanted = at < 0
                ? List.of()
                : Words.tokens(text.substring(at + 3)).stream()
                        .filter(w -> w.length() > 2)
                        .toList();
        if (wanted.isEmpty()) {
            return all;
        }
        return all.stream()
                .filter(f -> {
                    List<String> words = Words.tokens(f.title() + " " + f.recommendation());
                    long hits = wanted.stream()
                            .filter(w -> words.stream().anyMatch(k -> Words.sameWord(w, k)))
                            .count();
                    return hits * 2 >= wanted.size();
                })
                .toList();
    }

    private List<Structure> structures(Utterance u, Optional<RegisteredPerson> asker) {
        List<Structure> named = u.structures(register.get().structures());
        if (!named.isEmpty() && named.size() < register.get().structures().size()) {
            return named;
        }
        return asker.map(p -> List.of(p.structure())).orElse(register.get().structures());
    }

    // --- Shared ------------------------------------------------------------------------------------------------

    private static Reply refusedSaid(Phrasing say, Supplier<Reply> action) {
        try {
            return action.get();
        } catch (MinutesRefused refused) {
            return Reply.plain(refused.say(say.language()), say.language());
        }
    }

    private static String request(String requestId) {
        return requestId != null ? requestId : "chat:" + UUID.randomUUID();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
