/**
 * Slack through Bolt for Java. It translates Slack's commands, events and interactions to the core's neutral
 * messages and renders replies as Block Kit with fallback text; it sends the bot's own messages with Slack's
 * rate limits. Signatures are checked here, before anything reaches Bolt or Slack.
 */
package se.samverkansbot.adapter.slack;
