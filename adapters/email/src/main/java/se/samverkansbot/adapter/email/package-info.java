/** Email over SMTP: the outbound messenger for the EMAIL platform, with Jakarta Mail (Eclipse Angus). */
package se.samverkansbot.adapter.email;
