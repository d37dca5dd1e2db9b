package se.samverkansbot.answering;

/** What a question asks for. */
enum Intent {
    HELP,
    GREETING,
    THANKS,
    MY_FORUMS,
    YEAR_WHEEL,
    NEXT_MEETING,
    AGENDA,
    DEADLINES,
    FREQUENCY,
    MANDATE,
    REPORTS_TO,
    SUBORDINATES,
    MEMBERS,
    REPRESENTS,
    ROLE_HOLDER,
    PERSON,
    PARTIES,
    AREAS,
    LEVELS,
    FORUMS,
    HISTORY,
    MILESTONES,
    ABBREVIATION,
    ADMIN_SUPPORT,
    DECISIONS,
    /** Nothing recognisable is asked; the answer depends on what is mentioned. */
    ABOUT
}
