/**
 * Microsoft Teams through the Bot Framework SDK for Java 4.14.3. The SDK is archived and its Spring integration
 * is javax-based, so it stays fenced in this module behind our own controller. Every inbound token is
 * validated; anonymous requests are refused unless an explicit local-testing setting turns authentication off.
 */
package se.samverkansbot.adapter.teams;
