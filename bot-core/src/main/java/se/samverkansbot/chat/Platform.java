package se.samverkansbot.chat;

public enum Platform {
    SLACK,
    TEAMS,
    WEB,
    /** Email, for people the bot cannot reach on a chat platform (or who chose it); outbound only. */
    EMAIL
}
