/**
 * Minutes (minnesanteckningar) of a consultative forum's meeting: built from the accepted agenda items, each with a
 * note and an outcome, and the attendance per seat; read as a draft by the forum, signed off (justering) by the chair
 * and a named adjuster, then published to the members and the public pages. Published minutes never change: a
 * correction is a new edition that names the one it corrects and why. Nothing is deleted and every change is kept
 * with who made it, when and under which platform request.
 */
package se.samverkansbot.minutes;
