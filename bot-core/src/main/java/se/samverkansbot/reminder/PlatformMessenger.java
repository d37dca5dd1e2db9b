package se.samverkansbot.reminder;

import se.samverkansbot.chat.Platform;

/** An outbound messenger for one chat platform; the app routes each recipient to its platform's messenger. */
public interface PlatformMessenger extends OutboundMessenger {

    Platform platform();
}
