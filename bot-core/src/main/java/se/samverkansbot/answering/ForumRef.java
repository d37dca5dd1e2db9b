package se.samverkansbot.answering;

import se.samverkansbot.register.Forum;
import se.samverkansbot.register.Structure;

/** A forum together with the structure it belongs to; answers always name both. */
record ForumRef(Structure structure, Forum forum) {}
