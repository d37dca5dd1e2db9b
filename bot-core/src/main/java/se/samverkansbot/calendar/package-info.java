/**
 * Meetings and deadlines as iCalendar (RFC 5545): a feed per forum and per person, a file per meeting, and
 * invitations (RFC 5546 REQUEST and CANCEL) for email. Stable UIDs from meeting ids; a moved meeting keeps its
 * UID and raises SEQUENCE; a cancelled one stays, marked CANCELLED. Times are Europe/Stockholm with a
 * VTIMEZONE built from the JDK's time-zone rules.
 */
package se.samverkansbot.calendar;
