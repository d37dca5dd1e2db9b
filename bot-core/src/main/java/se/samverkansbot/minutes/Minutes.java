package se.samverkansbot.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One edition of a meeting's minutes. The first edition is {@code meetingId#1}; a correction of published minutes is
 * the next edition, naming the one it corrects and why. A published edition is never replaced.
 *
 * @param items      one entry per accepted agenda item, in the notice's order
 * @param attendance one entry per seat held on the meeting's day
 * @param adjusterId the member named to sign off (justera) with the chair
 * @param signOffs   who signed off, as what, when; cleared by any later change to the content
 * @param history    every change with who, when and the platform request, so a retried request changes nothing
 * @param version    raised by every change; a change applies only to the version it was made from
 */
public record Minutes(
        String id,
        String meetingId,
        String structureId,
        String forumId,
        Instant meetingStart,
        int edition,
        String corrects,
        String correctionReason,
        MinutesStatus status,
        List<ItemRecord> items,
        List<Presence> attendance,
        String adjusterId,
        List<SignOff> signOffs,
        Instant publishedAt,
        String publishedBy,
        List<Change> history,
        int version) {

    public Minutes {
        items = items == null ? List.of() : List.copyOf(items);
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        signOffs = signOffs == null ? List.of() : List.copyOf(signOffs);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static String idOf(String meetingId, int edition) {
        return meetingId + "#" + edition;
    }

    /**
     * One agenda item's entry.
     *
     * @param text     the views (consulted), the recommended text (recommendation); optional otherwise
     * @param raisedTo the forum id it was raised to (raised)
     */
    public record ItemRecord(String itemId, String title, String note, Outcome outcome, String text, String raisedTo) {}

    /** One seat at the meeting: who holds it for which party, and whether they (or a deputy) came. */
    public record Presence(
            String seatId, String personId, String party, String role, Attendance attendance, String deputy) {}

    /** A signature: {@code as} is "chair" or "adjuster". */
    public record SignOff(String personId, String as, Instant at) {}

    public record Change(Instant at, String by, String what, String detail, String requestId) {}

    public boolean isPublished() {
        return status == MinutesStatus.PUBLISHED;
    }

    public boolean hasRequest(String requestId) {
        return requestId != null && history.stream().anyMatch(c -> requestId.equals(c.requestId()));
    }

    public boolean signedAs(String as) {
        return signOffs.stream().anyMatch(s -> s.as().equals(as));
    }

    public Optional<ItemRecord> item(String itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }

    public Minutes withItems(List<ItemRecord> newItems) {
        return new Minutes(
                id,
                meetingId,
                structureId,
                forumId,
                meetingStart,
                edition,
                corrects,
                correctionReason,
                status,
                newItems,
                attendance,
                adjusterId,
                List.of(),
                publishedAt,
                publishedBy,
                history,
                version);
    }

    public Minutes withItem(String itemId, UnaryOperator<ItemRecord> change) {
        List<ItemRecord> changed = new ArrayList<>();
        for (ItemRecord item : items) {
            changed.add(item.itemId().equals(itemId) ? change.apply(item) : item);
        }
        return withItems(changed);
    }

    public Minutes withAttendance(List<Presence> newAttendance) {
        return new Minutes(
                id,
                meetingId,
                structureId,
                forumId,
                meetingStart,
                edition,
                corrects,
                correctionReason,
                status,
                items,
                newAttendance,
                adjusterId,
                List.of(),
                publishedAt,
                publishedBy,
                history,
                version);
    }

    public Minutes withAdjuster(String personId) {
        return new Minutes(
                id,
                meetingId,
                structureId,
                forumId,
                meetingStart,
                edition,
                corrects,
                correctionReason,
                status,
                items,
                attendance,
                personId,
                List.of(),
                publishedAt,
                publishedBy,
                history,
                version);
    }

    public Minutes signedBy(SignOff signOff) {
        List<SignOff> more = new ArrayList<>(signOffs);
        more.add(signOff);
        return new Minutes(
                id,
                meetingId,
                structureId,
                forumId,
                meetingStart,
                edition,
                corrects,
                correctionReason,
                status,
                items,
                attendance,
                adjusterId,
                more,
                publishedAt,
                publishedBy,
                history,
                version);
    }

    public Minutes published(Instant at, String by) {
        return new Minutes(
                id,
                meetingId,
                structureId,
                forumId,
                meetingStart,
                edition,
                corrects,
                correctionReason,
                MinutesStatus.PUBLISHED,
                items,
                attendance,
                adjusterId,
                signOffs,
                at,
                by,
                history,
                version);
    }

    /** This edition with one more change in its history and its version raised. */
    public Minutes recorded(Change change) {
        List<Change> more = new ArrayList<>(history);
        more.add(change);
        return new Minutes(
                id,
                meetingId,
                structureId,
                forumId,
                meetingStart,
                edition,
                corrects,
                correctionReason,
                status,
                items,
                attendance,
                adjusterId,
                signOffs,
                publishedAt,
                publishedBy,
                more,
                version + 1);
    }
}
