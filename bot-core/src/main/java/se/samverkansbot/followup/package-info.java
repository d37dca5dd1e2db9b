/**
 * Follow-up of a forum's recommendations: a forum only prepares and recommends, each principal (huvudman) decides. A
 * recommendation in published minutes makes one follow-up per principal of the structure, addressed to that
 * principal's representatives in the forum, who (or the forum's secretary) answer it: decided, on the agenda of a body,
 * or not to be decided. They are reminded until it is answered. Nothing is deleted; every answer is kept.
 */
package se.samverkansbot.followup;
