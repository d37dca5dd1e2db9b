package se.samverkansbot.conversation;

public enum Platform {
    SLACK,
    TEAMS,
    WEB
}
