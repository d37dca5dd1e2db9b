/**
 * The local web chat: a page and a JSON API that let anyone try the bot without Slack or Teams. It
 * translates HTTP to the core's neutral messages and back, and nothing else.
 */
package se.samverkansbot.adapter.web;
