package se.samverkansbot.agenda;

/**
 * How long an agenda item's parts may be, stated once: the use cases refuse longer ones, and every form (Slack
 * modal, Teams card, web) sets the same maxima, so a form never accepts what the core then refuses.
 */
public final class ItemLimits {
    /** Characters (code points) in a title. */
    public static final int TITLE = 200;
    /** Characters (code points) in a description; longer material belongs in a linked document. */
    public static final int DESCRIPTION = 3000;
    /** Characters in a link. */
    public static final int LINK = 2000;

    private ItemLimits() {}

    /**
     * Refuses an empty or too long title, a too long description, a link that is not a web address, or a personal
     * identity number anywhere.
     */
    static void check(String title, String description, String link) {
        if (link != null && (length(link) > LINK || !link.matches("https?://\\S+"))) {
            throw new AgendaRefused(AgendaProblem.BAD_LINK);
        }
        if (title.isEmpty()) {
            throw new AgendaRefused(AgendaProblem.TITLE_EMPTY);
        }
        if (length(title) > TITLE) {
            throw new AgendaRefused(AgendaProblem.TITLE_TOO_LONG, TITLE, length(title));
        }
        if (length(description) > DESCRIPTION) {
            throw new AgendaRefused(AgendaProblem.DESCRIPTION_TOO_LONG, DESCRIPTION, length(description));
        }
        if (IdentityNumbers.foundIn(title) || IdentityNumbers.foundIn(description) || IdentityNumbers.foundIn(link)) {
            throw new AgendaRefused(AgendaProblem.IDENTITY_NUMBER);
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
