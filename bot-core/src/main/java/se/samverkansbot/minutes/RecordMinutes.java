package se.samverkansbot.minutes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.AgendaItems;
import se.samverkansbot.agenda.ItemStatus;
import se.samverkansbot.chat.UnknownOutcome;
import se.samverkansbot.followup.FollowUp;
import se.samverkansbot.followup.FollowUpRecommendations;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.MeetingStatus;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.Structure;
import se.samverkansbot.reminder.TellPeople;
import se.samverkansbot.time.SwedishTime;

/**
 * A meeting's minutes from draft to publication. The forum's administrators open the draft (built from the accepted
 * agenda items and the seats held on the meeting's day), record each item's note and outcome and the attendance, and
 * name an adjuster; the chair and the adjuster sign off; an administrator publishes: the members and the forum's
 * channel are told, the minutes-deadline reminders stop (the meeting's status says the minutes are out), and each
 * recommendation gets its follow-ups. Any change to the content clears the signatures. Published minutes are never
 * changed; a correction opens the next edition with a reason. Every change names its platform request, and the same
 * request again changes nothing.
 */
public final class RecordMinutes {
    static final String CHAIR = "chair";
    static final String ADJUSTER = "adjuster";

    private final MinutesRecords records;
    private final Meetings meetings;
    private final AgendaItems items;
    private final Supplier<Register> register;
    private final ForumRoles roles;
    private final TellPeople tell;
    private final FollowUpRecommendations followUps;
    private final TakeItemsOnward onward;
    private final Clock clock;

    public RecordMinutes(
            MinutesRecords records,
            Meetings meetings,
            AgendaItems items,
            Supplier<Register> register,
            ForumRoles roles,
            TellPeople tell,
            FollowUpRecommendations followUps,
            TakeItemsOnward onward,
            Clock clock) {
        this.records = records;
        this.meetings = meetings;
        this.items = items;
        this.register = register;
        this.roles = roles;
        this.tell = tell;
        this.followUps = followUps;
        this.onward = onward;
        this.clock = clock;
    }

    /** The newest edition of a meeting's minutes, if any (no access check: for the use cases and the public port). */
    public Optional<Minutes> latest(String meetingId) {
        List<Minutes> editions = records.ofMeeting(meetingId);
        return editions.isEmpty() ? Optional.empty() : Optional.of(editions.getLast());
    }

    /** The newest published edition of a meeting's minutes, if any. */
    public Optional<Minutes> latestPublished(String meetingId) {
        return records.ofMeeting(meetingId).stream()
                .filter(Minutes::isPublished)
                .reduce((first, second) -> second);
    }

    /** Opens the draft of a held meeting's minutes, or returns the edition there is. */
    public Minutes open(String meetingId, String personId) {
        Meeting meeting = heldMeeting(meetingId);
        mustRecord(meeting.structureId(), meeting.forumId(), personId);
        Optional<Minutes> existing = latest(meetingId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        Minutes draft = new Minutes(
                Minutes.idOf(meetingId, 1),
                meetingId,
                meeting.structureId(),
                meeting.forumId(),
                meeting.start(),
                1,
                null,
                null,
                MinutesStatus.DRAFT,
                itemsOf(meeting),
                attendanceOf(meeting),
                null,
                List.of(),
                null,
                null,
                List.of(new Minutes.Change(now, personId, "opened", null, null)),
                0);
        records.add(draft); // a concurrent open made the same draft: either is the draft
        return latest(meetingId).orElse(draft);
    }

    /** The minutes as this person may read them: published for anyone, the draft for the forum's members. */
    public Minutes read(String meetingId, String personId) {
        Minutes minutes = latest(meetingId).orElseThrow(() -> new MinutesRefused(MinutesProblem.NO_MINUTES));
        if (minutes.isPublished()) {
            return minutes;
        }
        if (personId == null) {
            throw new MinutesRefused(MinutesProblem.NOT_A_READER, forumName(minutes));
        }
        LocalDate today = SwedishTime.today(clock);
        LocalDate meetingDay = SwedishTime.dateOf(minutes.meetingStart());
        if (!roles.readsDraftMinutes(minutes.structureId(), minutes.forumId(), personId, today, meetingDay)
                && !roles.recordsMinutes(minutes.structureId(), minutes.forumId(), personId, today)) {
            throw new MinutesRefused(MinutesProblem.NOT_A_READER, forumName(minutes));
        }
        return minutes;
    }

    /** The newest published edition of each meeting of a forum, newest meeting first. */
    public List<Minutes> published(String structureId, String forumId) {
        List<Minutes> newest = new ArrayList<>();
        for (Minutes m : records.publishedOf(structureId, forumId)) {
            if (newest.stream().noneMatch(n -> n.meetingId().equals(m.meetingId()))) {
                newest.add(m);
            }
        }
        return newest;
    }

    /** Records one item's note and outcome. */
    public Minutes recordItem(
            String meetingId,
            String itemId,
            String note,
            String outcomeCode,
            String text,
            String raisedTo,
            String personId,
            String requestId) {
        Outcome outcome = Outcome.ofCode(outcomeCode)
                .orElseThrow(() -> new MinutesRefused(MinutesProblem.UNKNOWN_OUTCOME, String.valueOf(outcomeCode)));
        String cleanText = blankToNull(text);
        String cleanRaised = blankToNull(raisedTo);
        if (outcome == Outcome.RECOMMENDATION && cleanText == null) {
            throw new MinutesRefused(MinutesProblem.NEEDS_TEXT);
        }
        return change(meetingId, personId, requestId, "item", itemId + ": " + outcome.code(), minutes -> {
            minutes.item(itemId).orElseThrow(() -> new MinutesRefused(MinutesProblem.NO_SUCH_ITEM, itemId));
            if (outcome == Outcome.RAISED) {
                if (cleanRaised == null) {
                    throw new MinutesRefused(MinutesProblem.NEEDS_FORUM);
                }
                structure(minutes)
                        .forum(cleanRaised)
                        .orElseThrow(() -> new MinutesRefused(MinutesProblem.UNKNOWN_FORUM, cleanRaised));
                if (cleanRaised.equals(minutes.forumId())) {
                    throw new MinutesRefused(MinutesProblem.RAISED_TO_ITSELF, forumName(minutes));
                }
            }
            return minutes.withItem(
                    itemId,
                    item -> new Minutes.ItemRecord(
                            item.itemId(),
                            item.title(),
                            blankToNull(note),
                            outcome,
                            cleanText,
                            outcome == Outcome.RAISED ? cleanRaised : null));
        });
    }

    /** Records whether the holder of a seat (by seat id or person id) came, or sent a deputy. */
    public Minutes recordAttendance(
            String meetingId,
            String seatOrPerson,
            String attendanceCode,
            String deputy,
            String personId,
            String requestId) {
        return recordAttendance(
                meetingId,
                List.of(new SeatAttendance(seatOrPerson, attendanceCode, deputy)),
                null,
                personId,
                requestId);
    }

    /** One seat of an attendance: its seat id or its holder's person id, the attendance code, a deputy's name. */
    public record SeatAttendance(String seatOrPerson, String attendanceCode, String deputy) {}

    /**
     * A whole attendance form, the seats given and the adjuster (null: unchanged), as one change under the request:
     * all of it is recorded or none, so a failure never leaves half a form stored.
     */
    public Minutes recordAttendance(
            String meetingId, List<SeatAttendance> seats, String adjusterId, String personId, String requestId) {
        List<Attendance> attendances = seats.stream()
                .map(seat -> Attendance.ofCode(seat.attendanceCode())
                        .orElseThrow(() ->
                                new MinutesRefused(MinutesProblem.NO_SUCH_SEAT, String.valueOf(seat.attendanceCode()))))
                .toList();
        String detail = String.join(
                ", ",
                java.util.stream.IntStream.range(0, seats.size())
                        .mapToObj(i -> seats.get(i).seatOrPerson() + ": "
                                + attendances.get(i).code())
                        .toList());
        return change(meetingId, personId, requestId, "attendance", detail, minutes -> {
            Minutes changed = minutes;
            for (int i = 0; i < seats.size(); i++) {
                changed = withSeat(changed, seats.get(i), attendances.get(i));
            }
            if (adjusterId != null) {
                changed = withAdjuster(changed, adjusterId)
                        .recorded(new Minutes.Change(clock.instant(), personId, "adjuster", adjusterId, requestId));
            }
            return changed;
        });
    }

    private static Minutes withSeat(Minutes minutes, SeatAttendance seat, Attendance attendance) {
        String seatOrPerson = seat.seatOrPerson();
        boolean found = minutes.attendance().stream()
                .anyMatch(p -> seatOrPerson.equals(p.seatId()) || seatOrPerson.equals(p.personId()));
        if (!found) {
            throw new MinutesRefused(MinutesProblem.NO_SUCH_SEAT, seatOrPerson);
        }
        return minutes.withAttendance(minutes.attendance().stream()
                .map(p -> seatOrPerson.equals(p.seatId()) || seatOrPerson.equals(p.personId())
                        ? new Minutes.Presence(
                                p.seatId(),
                                p.personId(),
                                p.party(),
                                p.role(),
                                attendance,
                                attendance == Attendance.DEPUTY_PRESENT ? blankToNull(seat.deputy()) : null)
                        : p)
                .toList());
    }

    private Minutes withAdjuster(Minutes minutes, String adjusterId) {
        if (!roles.mayAdjust(minutes.structureId(), minutes.forumId(), adjusterId, SwedishTime.today(clock))) {
            throw new MinutesRefused(MinutesProblem.ADJUSTER_NOT_MEMBER, personName(minutes, adjusterId));
        }
        return minutes.withAdjuster(adjusterId);
    }

    /** Names the member who signs off with the chair. */
    public Minutes nameAdjuster(String meetingId, String adjusterId, String personId, String requestId) {
        return change(
                meetingId, personId, requestId, "adjuster", adjusterId, minutes -> withAdjuster(minutes, adjusterId));
    }

    /** The chair or the named adjuster signs off (justerar) the draft as it stands. */
    public Minutes signOff(String meetingId, String personId, String requestId) {
        Minutes minutes = latest(meetingId).orElseThrow(() -> new MinutesRefused(MinutesProblem.NO_MINUTES));
        if (minutes.hasRequest(requestId)) {
            return minutes;
        }
        if (minutes.isPublished()) {
            throw new MinutesRefused(MinutesProblem.PUBLISHED);
        }
        LocalDate today = SwedishTime.today(clock);
        boolean chair = roles.chairs(minutes.structureId(), minutes.forumId(), personId, today);
        boolean adjuster = personId.equals(minutes.adjusterId())
                && roles.mayAdjust(minutes.structureId(), minutes.forumId(), personId, today);
        String as;
        if (chair && !minutes.signedAs(CHAIR)) {
            as = CHAIR;
        } else if (adjuster && !minutes.signedAs(ADJUSTER)) {
            as = ADJUSTER;
        } else if (chair || adjuster) {
            throw new MinutesRefused(MinutesProblem.ALREADY_SIGNED);
        } else {
            throw new MinutesRefused(MinutesProblem.NOT_A_SIGNER, forumName(minutes));
        }
        Instant now = clock.instant();
        Minutes signed = minutes.signedBy(new Minutes.SignOff(personId, as, now))
                .recorded(new Minutes.Change(now, personId, "signed", as, requestId));
        if (!records.replace(signed, minutes.version())) {
            throw new MinutesRefused(MinutesProblem.CHANGED_MEANWHILE);
        }
        return signed;
    }

    /**
     * The published minutes, the follow-ups their recommendations opened, and where carried and raised items went
     * (and which forums heard what became of items raised here).
     */
    public record Published(
            Minutes minutes, List<FollowUp> followUps, List<TakeItemsOnward.Step> onward, Bilingual text) {}

    /** Publishes signed-off minutes: members and channel told, minutes reminders stop, follow-ups opened. */
    public Published publish(String meetingId, String personId, String requestId) {
        Minutes minutes = latest(meetingId).orElseThrow(() -> new MinutesRefused(MinutesProblem.NO_MINUTES));
        mustRecord(minutes.structureId(), minutes.forumId(), personId);
        if (minutes.isPublished()) {
            if (minutes.hasRequest(requestId)) {
                // the retry finishes what a failure or a crash left undone; each step happens once
                return afterPublished(minutes, personId);
            }
            throw new MinutesRefused(MinutesProblem.PUBLISHED);
        }
        if (minutes.adjusterId() == null) {
            throw new MinutesRefused(MinutesProblem.NO_ADJUSTER);
        }
        if (!minutes.signedAs(CHAIR) || !minutes.signedAs(ADJUSTER)) {
            throw new MinutesRefused(MinutesProblem.NOT_SIGNED);
        }
        Instant now = clock.instant();
        Minutes published = minutes.published(now, personId)
                .recorded(new Minutes.Change(now, personId, "published", null, requestId));
        if (!records.replace(published, minutes.version())) {
            throw new MinutesRefused(MinutesProblem.CHANGED_MEANWHILE);
        }
        return afterPublished(published, personId);
    }

    /**
     * What publishing sets moving: the meeting's status, the members and the channel told, the follow-ups opened,
     * the items taken onward. The minutes are stored by then, so a failure here is never "nothing was saved"; each
     * step is done once however often this runs, so the retry of the same request finishes what is left.
     */
    private Published afterPublished(Minutes published, String personId) {
        return UnknownOutcome.afterStored("minutes " + published.id() + " (published)", () -> {
            String meetingId = published.meetingId();
            meetings.byId(meetingId)
                    .filter(meeting -> meeting.status() != MeetingStatus.MINUTES_PUBLISHED)
                    .ifPresent(meeting -> meetings.save(meeting.withStatus(MeetingStatus.MINUTES_PUBLISHED)));
            Bilingual text = text(published);
            String about = "minutes|" + meetingId + (published.edition() > 1 ? "|" + published.edition() : "");
            List<String> members =
                    roles.members(published.structureId(), published.forumId(), SwedishTime.today(clock));
            tell.channels(published.structureId(), published.forumId(), meetingId, about, text);
            tell.people(published.structureId(), published.forumId(), meetingId, members, about, text);
            List<FollowUp> opened = new ArrayList<>();
            for (Minutes.ItemRecord item : published.items()) {
                if (item.outcome() == Outcome.RECOMMENDATION) {
                    opened.addAll(followUps.open(new FollowUpRecommendations.Recommendation(
                            published.structureId(),
                            published.forumId(),
                            meetingId,
                            published.meetingStart(),
                            item.itemId(),
                            item.title(),
                            item.text())));
                }
            }
            return new Published(published, opened, onward.after(published, personId), text);
        });
    }

    /** Opens the next edition of published minutes, naming why; it is signed off and published again. */
    public Minutes correct(String meetingId, String reason, String personId, String requestId) {
        Minutes minutes = latest(meetingId).orElseThrow(() -> new MinutesRefused(MinutesProblem.NO_MINUTES));
        mustRecord(minutes.structureId(), minutes.forumId(), personId);
        if (minutes.hasRequest(requestId)) {
            return minutes;
        }
        if (!minutes.isPublished()) {
            throw new MinutesRefused(MinutesProblem.NOT_PUBLISHED);
        }
        if (reason == null || reason.isBlank()) {
            throw new MinutesRefused(MinutesProblem.NO_REASON);
        }
        Instant now = clock.instant();
        int edition = minutes.edition() + 1;
        Minutes next = new Minutes(
                Minutes.idOf(meetingId, edition),
                meetingId,
                minutes.structureId(),
                minutes.forumId(),
                minutes.meetingStart(),
                edition,
                minutes.id(),
                reason.strip(),
                MinutesStatus.DRAFT,
                minutes.items(),
                minutes.attendance(),
                minutes.adjusterId(),
                List.of(),
                null,
                null,
                List.of(new Minutes.Change(now, personId, "correction", reason.strip(), requestId)),
                0);
        if (!records.add(next)) {
            return latest(meetingId).orElse(next);
        }
        return next;
    }

    /** The minutes as a member reads them, in their language. */
    public Bilingual text(Minutes minutes) {
        Structure structure = structure(minutes);
        Optional<Meeting> meeting = meetings.byId(minutes.meetingId());
        return language -> MinutesText.of(minutes, structure, meeting.orElse(null), language);
    }

    private Minutes change(
            String meetingId,
            String personId,
            String requestId,
            String what,
            String detail,
            UnaryOperator<Minutes> change) {
        Minutes minutes = latest(meetingId).orElseGet(() -> open(meetingId, personId));
        mustRecord(minutes.structureId(), minutes.forumId(), personId);
        if (minutes.hasRequest(requestId)) {
            return minutes;
        }
        if (minutes.isPublished()) {
            throw new MinutesRefused(MinutesProblem.PUBLISHED);
        }
        Minutes changed =
                change.apply(minutes).recorded(new Minutes.Change(clock.instant(), personId, what, detail, requestId));
        if (!records.replace(changed, minutes.version())) {
            throw new MinutesRefused(MinutesProblem.CHANGED_MEANWHILE);
        }
        return changed;
    }

    private Meeting heldMeeting(String meetingId) {
        Meeting meeting =
                meetings.byId(meetingId).orElseThrow(() -> new MinutesRefused(MinutesProblem.NO_SUCH_MEETING));
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new MinutesRefused(MinutesProblem.NO_SUCH_MEETING);
        }
        if (meeting.start().isAfter(clock.instant())) {
            throw new MinutesRefused(MinutesProblem.NOT_HELD_YET);
        }
        return meeting;
    }

    private void mustRecord(String structureId, String forumId, String personId) {
        if (!roles.recordsMinutes(structureId, forumId, personId, SwedishTime.today(clock))) {
            throw new MinutesRefused(
                    MinutesProblem.NOT_A_RECORDER,
                    register.get()
                            .structure(structureId)
                            .flatMap(s -> s.forum(forumId))
                            .map(f -> f.name())
                            .orElse(forumId));
        }
    }

    private List<Minutes.ItemRecord> itemsOf(Meeting meeting) {
        return items.ofMeeting(meeting.id()).stream()
                .filter(item -> item.status() == ItemStatus.ACCEPTED)
                .sorted(Comparator.comparing(AgendaItem::submittedAt))
                .map(item -> new Minutes.ItemRecord(item.id(), item.title(), null, null, null, null))
                .toList();
    }

    private List<Minutes.Presence> attendanceOf(Meeting meeting) {
        Structure structure = register.get().structure(meeting.structureId()).orElseThrow();
        List<Seat> seats = structure.seatsOn(meeting.forumId(), SwedishTime.dateOf(meeting.start()));
        return seats.stream()
                .map(seat -> new Minutes.Presence(
                        seat.id(), seat.person(), seat.party(), seat.role().name(), Attendance.UNRECORDED, null))
                .toList();
    }

    private Structure structure(Minutes minutes) {
        return register.get().structure(minutes.structureId()).orElseThrow();
    }

    private String forumName(Minutes minutes) {
        return structure(minutes).forum(minutes.forumId()).map(f -> f.name()).orElse(minutes.forumId());
    }

    private String personName(Minutes minutes, String personId) {
        return structure(minutes).person(personId).map(p -> p.name()).orElse(personId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
