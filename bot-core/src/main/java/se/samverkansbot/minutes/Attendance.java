package se.samverkansbot.minutes;

import java.util.Locale;
import java.util.Optional;

import se.samverkansbot.register.Bilingual;
import se.samverkansbot.register.Language;

/** Whether a seat was filled at the meeting. */
public enum Attendance implements Bilingual {
    PRESENT("present", "närvarande", "present"),
    DEPUTY_PRESENT("deputy", "ersättare närvarande", "deputy present"),
    ABSENT("absent", "frånvarande", "absent"),
    /** Not yet recorded. */
    UNRECORDED("unrecorded", "ej antecknat", "not recorded");

    private final String code;
    private final String swedish;
    private final String english;

    Attendance(String code, String swedish, String english) {
        this.code = code;
        this.swedish = swedish;
        this.english = english;
    }

    public String code() {
        return code;
    }

    public static Optional<Attendance> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (Attendance attendance : values()) {
            if (attendance.code.equals(wanted) && attendance != UNRECORDED) {
                return Optional.of(attendance);
            }
        }
        return Optional.empty();
    }

    @Override
    public String label(Language language) {
        return language == Language.SWEDISH ? swedish : english;
    }
}
