/** Swedish time, in one place. */
package se.samverkansbot.time;
