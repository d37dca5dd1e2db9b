/**
 * Reminders before deadlines. The stored reminder is the truth; a scheduler tick only asks for what is due.
 * Each due reminder is claimed by one atomic update with a lease, sent through the outbound port, and
 * marked sent with the platform's message id. A reminder whose lease ran out (its sender died) is
 * reconciled with the platform before it is sent again, so a crash never makes it go out twice.
 */
package se.samverkansbot.reminder;
