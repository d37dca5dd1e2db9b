package se.samverkansbot.meeting;

import java.time.Instant;

public record Deadline(DeadlineKind kind, Instant due) {}
