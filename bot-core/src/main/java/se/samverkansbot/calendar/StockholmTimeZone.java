package se.samverkansbot.calendar;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

import se.samverkansbot.time.SwedishTime;

/**
 * The VTIMEZONE for Europe/Stockholm, built from the JDK's rules for the zone. ical4j's own registry has none:
 * since tzdata 2022 Europe/Stockholm is a link to Europe/Berlin, so ical4j writes a VTIMEZONE named
 * Europe/Berlin while the events say TZID=Europe/Stockholm, which leaves the events' zone undefined in the
 * file. Here the zone's current daylight-saving rules become one STANDARD and one DAYLIGHT observance, each
 * with a yearly RRULE, from the first year those rules govern: every meeting the bot plans falls after it.
 */
final class StockholmTimeZone {
    static final ZoneId ZONE = SwedishTime.ZONE;

    private StockholmTimeZone() {}

    static VTimeZone vtimezone() {
        ZoneRules rules = ZONE.getRules();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            throw new IllegalStateException(ZONE + " has no yearly rules in this JDK");
        }
        List<ZoneOffsetTransition> history = rules.getTransitions();
        int firstYear =
                history.isEmpty() ? 1970 : history.getLast().getDateTimeAfter().getYear() + 1;
        ComponentList<Observance> observances = new ComponentList<>();
        for (ZoneOffsetTransitionRule rule : yearly) {
            observances = observances.add(observance(rule, firstYear));
        }
        VTimeZone zone = new VTimeZone(observances);
        zone.add(new TzId(ZONE.getId()));
        return zone;
    }

    private static Observance observance(ZoneOffsetTransitionRule rule, int year) {
        ZoneOffsetTransition first = rule.createTransition(year);
        boolean daylight = first.isGap(); // clocks go forward into daylight saving time
        Observance observance = daylight ? new Daylight() : new Standard();
        // An observance starts at the local time of the change, counted in the offset before it (RFC 5545 3.6.5).
        LocalDateTime onset = first.getDateTimeBefore();
        observance.add(new DtStart<>(onset));
        observance.add(new TzOffsetFrom(first.getOffsetBefore()));
        observance.add(new TzOffsetTo(first.getOffsetAfter()));
        observance.add(new TzName(name(daylight)));
        observance.add(new RRule<>(new Recur<LocalDateTime>(recurrence(rule))));
        return observance;
    }

    /** The rule as RFC 5545: "the last Sunday in March" is BYMONTH=3;BYDAY=-1SU. */
    static String recurrence(ZoneOffsetTransitionRule rule) {
        int month = rule.getMonth().getValue();
        int day = rule.getDayOfMonthIndicator();
        DayOfWeek weekday = rule.getDayOfWeek();
        if (weekday == null) {
            return "FREQ=YEARLY;BYMONTH=" + month + ";BYMONTHDAY=" + day;
        }
        String byDay = weekday.name().substring(0, 2);
        if (day == -1) {
            return "FREQ=YEARLY;BYMONTH=" + month + ";BYDAY=-1" + byDay;
        }
        if (day > 0 && day + 6 == rule.getMonth().maxLength()) {
            // "The first Sunday on or after 25 March" is the last Sunday of March, as calendar programs write it.
            return "FREQ=YEARLY;BYMONTH=" + month + ";BYDAY=-1" + byDay;
        }
        if (day > 0) {
            // "The first Sunday on or after the 8th": one of the seven days from the 8th.
            StringBuilder days = new StringBuilder();
            for (int d = day; d < day + 7 && d <= 31; d++) {
                days.append(days.isEmpty() ? "" : ",").append(d);
            }
            return "FREQ=YEARLY;BYMONTH=" + month + ";BYMONTHDAY=" + days + ";BYDAY=" + byDay;
        }
        throw new IllegalStateException("Cannot write the rule " + rule + " as a recurrence");
    }

    private static String name(boolean daylight) {
        return TimeZone.getTimeZone(ZONE).getDisplayName(daylight, TimeZone.SHORT, Locale.ENGLISH);
    }
}
