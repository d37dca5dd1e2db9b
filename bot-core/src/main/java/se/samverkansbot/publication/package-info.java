/**
 * What the public may see of the register and the meetings: the public pages' content (structures, forums,
 * who represents whom, coming meetings, published notices, the year), never contact details or drafts, and
 * the addresses of the public pages and feeds.
 */
package se.samverkansbot.publication;
