package se.samverkansbot.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import se.samverkansbot.agenda.AgendaItem;
import se.samverkansbot.agenda.AgendaItems;
import se.samverkansbot.agenda.AgendaRefused;
import se.samverkansbot.agenda.ReviewAgendaItems;
import se.samverkansbot.agenda.SubmitAgendaItem;
import se.samverkansbot.meeting.Meeting;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.ForumRoles;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;
import se.samverkansbot.reminder.TellPeople;
import se.samverkansbot.time.SwedishTime;
import se.samverkansbot.wording.Phrasing;
import se.samverkansbot.wording.Wording;

/**
 * What published minutes set moving. An item <em>carried</em> goes to the forum's next meeting (the same move as
 * "flytta", with the minutes in its history). An item <em>raised</em> becomes a new item for the receiving forum's
 * next meeting, waiting for that forum's review and linked to the original; the submitter and the original forum's
 * secretary are told. And when these minutes deal with an item that was raised here, the forum it came from hears the
 * outcome (its secretary and channel) and the original item keeps it.
 *
 * <p>Every step checks what is already done (the item is no longer on this meeting, the raised item exists under its
 * request key, the report is in the original's history) and the messages go once by key, so publishing again after a
 * retry or a crash does nothing twice.
 */
public final class TakeItemsOnward {
    private final AgendaItems items;
    private final ReviewAgendaItems review;
    private final SubmitAgendaItem submit;
    private final Meetings meetings;
    private final Supplier<Register> register;
    private final ForumRoles roles;
    private final TellPeople tell;

    public TakeItemsOnward(
            AgendaItems items,
            ReviewAgendaItems review,
            SubmitAgendaItem submit,
            Meetings meetings,
            Supplier<Register> register,
            ForumRoles roles,
            TellPeople tell) {
        this.items = items;
        this.review = review;
        this.submit = submit;
        this.meetings = meetings;
        this.register = register;
        this.roles = roles;
        this.tell = tell;
    }

    /** Where one item went, or why it could not go; said to the person who published. */
    public sealed interface Step {
        /** Carried to the forum's meeting on {@code meeting}. */
        record Carried(AgendaItem item, Meeting meeting) implements Step {}

        /** Raised: {@code item} is the new item in the receiving forum. */
        record Raised(AgendaItem original, AgendaItem item, String forumName, Meeting meeting) implements Step {}

        /** The forum the item was raised from is told what became of it. */
        record ReportedBack(AgendaItem original, String forumName) implements Step {}

        /** The item could not go on (no later meeting planned); {@code why} says so. */
        record Stuck(String itemId, String title, Bilingual why) implements Step {}
    }

    /** Carries, raises and reports back what these published minutes say; {@code personId} published them. */
    public List<Step> after(Minutes published, String personId) {
        List<Step> steps = new ArrayList<>();
        for (Minutes.ItemRecord record : published.items()) {
            Optional<AgendaItem> stored = items.byId(record.itemId());
            if (stored.isEmpty() || record.outcome() == null) {
                continue;
            }
            AgendaItem item = stored.get();
            try {
                switch (record.outcome()) {
                    case CARRIED -> carry(item, published, personId).ifPresent(steps::add);
                    case RAISED -> steps.add(raise(item, record, published, personId));
                    default -> {}
                }
            } catch (AgendaRefused refused) {
                steps.add(new Step.Stuck(item.id(), item.title(), refused::say));
            }
            if (item.raisedFrom() != null && record.outcome() != Outcome.CARRIED) {
                reportBack(item, record, published, personId).ifPresent(steps::add);
            }
        }
        return steps;
    }

    /** Moves the item on unless an earlier attempt already did (it is no longer on this meeting). */
    private Optional<Step> carry(AgendaItem item, Minutes published, String personId) {
        if (!item.meetingId().equals(published.meetingId())) {
            return Optional.empty();
        }
        AgendaItem carried = review.carry(item.id(), personId, published.id());
        return Optional.of(
                new Step.Carried(carried, meetings.byId(carried.meetingId()).orElseThrow()));
    }

    private Step raise(AgendaItem item, Minutes.ItemRecord record, Minutes published, String personId) {
        Structure structure = structure(published);
        String toForum = structure.forum(record.raisedTo()).map(f -> f.name()).orElse(record.raisedTo());
        SubmitAgendaItem.Receipt receipt = submit.raise(item, published.id(), record.raisedTo(), personId);
        AgendaItem raised = receipt.item();
        if (!item.hasChange("raised", raised.id())) {
            AgendaItem marked = item.changed(
                    published.publishedAt(),
                    personId,
                    "raised",
                    raised.id() + " " + toForum,
                    item.status(),
                    item.meetingId(),
                    item.title(),
                    item.description(),
                    item.reason());
            items.replace(marked, item.version()); // lost to a concurrent change: the new item still links back
        }
        String fromForum = forumName(structure, published.forumId());
        String publisher = structure.person(personId).map(p -> p.name()).orElse(personId);
        List<String> told = new ArrayList<>(roles.whoHearsProblems(
                published.structureId(), published.forumId(), SwedishTime.dateOf(published.publishedAt())));
        told.add(item.submitterId());
        tell.people(
                published.structureId(),
                published.forumId(),
                published.meetingId(),
                told,
                "raised|" + item.id() + "|" + record.raisedTo(),
                language -> Wording.text(
                        language,
                        "minutes.raised",
                        item.id(),
                        item.title(),
                        fromForum + " (" + publisher + ")",
                        toForum,
                        raised.id(),
                        new Phrasing(language).dateTime(receipt.meeting().start()),
                        toForum));
        return new Step.Raised(item, raised, toForum, receipt.meeting());
    }

    /** Tells the forum the item came from what these minutes say of it, and keeps it on the original item. */
    private Optional<Step> reportBack(AgendaItem item, Minutes.ItemRecord record, Minutes published, String personId) {
        AgendaItem.Origin origin = item.raisedFrom();
        Optional<AgendaItem> found = items.byId(origin.itemId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AgendaItem original = found.get();
        Structure structure = structure(published);
        String here = forumName(structure, published.forumId());
        String raisedBy = forumName(structure, origin.forumId());
        if (!original.hasChange("reported-back", published.id())) {
            AgendaItem.ReportBack report = new AgendaItem.ReportBack(
                    item.id(),
                    published.forumId(),
                    published.meetingId(),
                    published.id(),
                    record.outcome().code(),
                    record.text(),
                    published.publishedAt());
            AgendaItem reported = original.reportedBack(
                    report,
                    personId,
                    published.id() + " " + here + ": " + record.outcome().code());
            items.replace(reported, original.version()); // a concurrent change: the message below still goes
        }
        Bilingual outcome = language -> {
            String said = record.outcome().label(language);
            if (record.outcome() == Outcome.RAISED && record.raisedTo() != null) {
                said += " " + forumName(structure, record.raisedTo());
            }
            return said + (record.text() == null ? "" : ": " + record.text());
        };
        Bilingual text = language -> Wording.text(
                language,
                "minutes.reported-back",
                here,
                original.id(),
                original.title(),
                raisedBy,
                new Phrasing(language).date(SwedishTime.dateOf(published.meetingStart())),
                outcome.label(language));
        String about = "reported-back|" + original.id() + "|" + published.id();
        LocalDate today = SwedishTime.dateOf(published.publishedAt());
        tell.people(
                published.structureId(),
                origin.forumId(),
                origin.meetingId(),
                roles.whoHearsProblems(published.structureId(), origin.forumId(), today),
                about,
                text);
        tell.channels(published.structureId(), origin.forumId(), origin.meetingId(), about, text);
        return Optional.of(new Step.ReportedBack(original, raisedBy));
    }

    private Structure structure(Minutes minutes) {
        return register.get().structure(minutes.structureId()).orElseThrow();
    }

    private static String forumName(Structure structure, String forumId) {
        return structure.forum(forumId).map(f -> f.name()).orElse(forumId);
    }
}
