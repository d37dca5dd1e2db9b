/**
 * Agenda items (ärenden): members submit them to a forum's coming meeting, the chair, convener or secretary
 * reviews them, and the secretary publishes the notice (kallelse) with the accepted ones. Items sent to a
 * public body can become public records, so nothing is ever deleted: withdrawing is a status, and every
 * change is kept with who made it and when.
 */
package se.samverkansbot.agenda;
