package se.samverkansbot.chat;

/**
 * What a person did, as the adapters tell the core: said something, pressed a button, submitted a form, or opened
 * the bot's home (Slack's App Home, Teams' welcome). Text is for people; buttons and forms carry typed values, so
 * nothing typed into a form is turned into a sentence for the core to parse back.
 */
public sealed interface UserAction {

    /** Text a person wrote (a question or a command). */
    record Said(String text) implements UserAction {
        public Said {
            text = text == null ? "" : text;
        }
    }

    /** A button pressed; what it does was decided by the core when it offered the button. */
    record Pressed(Command command) implements UserAction {}

    /** A form submitted with typed fields. */
    record Submitted(Form form) implements UserAction {}

    /** The bot's home or welcome was opened: an overview of the person's forums, meetings and items. */
    record OpenedHome() implements UserAction {}
}
