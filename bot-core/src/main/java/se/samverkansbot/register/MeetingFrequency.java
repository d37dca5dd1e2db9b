package se.samverkansbot.register;

/**
 * How often a forum meets, as the documents say it ("5 gånger per år"); {@code timesPerYear} only where a
 * number is given; {@code schedule} once the secretary has planned actual dates.
 */
public record MeetingFrequency(Integer timesPerYear, String description, MeetingSchedule schedule) {}
