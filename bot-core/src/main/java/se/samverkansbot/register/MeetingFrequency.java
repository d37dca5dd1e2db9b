package se.samverkansbot.register;

/**
 * How often a forum meets, as the documents say it ("5 gånger per år"); {@code timesPerYear} only where a
 * number is given; {@code descriptionEn} only where the secretariat has written the description in English too
 * (English replies use it, and otherwise say the number or quote the Swedish); {@code schedule} once the
 * secretary has planned actual dates.
 */
public record MeetingFrequency(
        Integer timesPerYear, String description, String descriptionEn, MeetingSchedule schedule) {}
