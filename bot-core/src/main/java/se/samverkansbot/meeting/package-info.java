/** Meetings of forums, their agendas and their deadlines. */
package se.samverkansbot.meeting;
