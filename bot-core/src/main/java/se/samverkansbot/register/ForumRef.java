package se.samverkansbot.register;

/** A forum together with the structure it belongs to; answers always name both. */
public record ForumRef(Structure structure, Forum forum) {}
