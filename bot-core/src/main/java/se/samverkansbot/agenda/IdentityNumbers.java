package se.samverkansbot.agenda;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish personal identity and coordination numbers (personnummer, samordningsnummer) in free text: an agenda item
 * may become a public record, and the bot never stores such numbers. Only the written forms people use count
 * ("121212-1212", "19121212-1212", "191212121212"), and only with a real date (a coordination number adds 60 to the
 * day) and a valid check digit, so a phone number or a sum is not taken for one.
 */
final class IdentityNumbers {
    private static final Pattern WRITTEN =
            Pattern.compile("(?<!\\d)(?:(19|20)?(\\d{6})[-+](\\d{4})|(19|20)(\\d{6})(\\d{4}))(?!\\d)");

    private IdentityNumbers() {}

    static boolean foundIn(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            String date = m.group(2) != null ? m.group(2) : m.group(5);
            String rest = m.group(3) != null ? m.group(3) : m.group(6);
            if (isDate(date) && luhn(date + rest)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDate(String yymmdd) {
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (day > 60) {
            day -= 60; // a coordination number
        }
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** The check digit of the ten digits YYMMDDNNNC, by the Luhn algorithm. */
    private static boolean luhn(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            int weighted = i % 2 == 0 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return sum % 10 == 0;
    }
}
