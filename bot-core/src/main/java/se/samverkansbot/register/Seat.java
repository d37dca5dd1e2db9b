package se.samverkansbot.register;

/**
 * A representation: who sits in a forum for which party or body, in which role, for which period. A seat is
 * held by a named person or defined by position only ("ordförande i socialnämnden, Sundsvall"), because the
 * documents name positions far more often than people. Several entries for the same seat with
 * non-overlapping periods are its history.
 *
 * @param count how many seats the entry stands for ("3 ledamöter från regionen"); 1 unless stated; {@link #UNSTATED} when
 *     the documents give a representation without its number ("representation från hälso- och sjukvårdsnämnden")
 * @param deputyFor for a deputy (ersättare): the id of the seat whose holder they stand in for; null when the register
 *     does not link them
 */
public record Seat(
        String id,
        String forum,
        SeatRole role,
        String party,
        String body,
        String person,
        String position,
        StrategicArea area,
        int count,
        Period period,
        String deputyFor,
        String note) {

    /** The count of a representation whose number the documents do not state. */
    public static final int UNSTATED = 0;

    public Seat {
        period = period == null ? Period.ALWAYS : period;
        count = Math.max(count, UNSTATED);
    }

    /** Whether the documents state how many this entry stands for. */
    public boolean countStated() {
        return count != UNSTATED;
    }

    /**
     * Entries with the same key are the same seat over time; their periods must not overlap. A seat named by
     * position is that position; a seat with only a person is that person's own.
     */
    public SeatKey key() {
        return new SeatKey(forum, role, party, body, area, position != null ? position : "person:" + person);
    }

    /**
     * The same seat over time, whoever holds it: same forum, role, party, body and area. A successor holds the same
     * seat as the one it succeeds, with a period that starts after it.
     */
    public boolean sameSeatAs(Seat other) {
        return forum.equals(other.forum)
                && role == other.role
                && java.util.Objects.equals(party, other.party)
                && java.util.Objects.equals(body, other.body)
                && area == other.area;
    }

    public record SeatKey(String forum, SeatRole role, String party, String body, StrategicArea area, String holder) {}
}
