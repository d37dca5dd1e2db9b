package se.samverkansbot.answering;

import java.time.Clock;

import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.PendingConfirmations;
import se.samverkansbot.conversation.Reply;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.meeting.ScheduleMeetings;

/** Everything a member writes to the bot: a command (and its confirmation) is acted on, anything else is answered. */
public final class Conversation {
    private final QuestionAnswering answering;
    private final MeetingCommands meetingCommands;

    public Conversation(QuestionAnswering answering, Meetings meetings, ScheduleMeetings schedule, PendingConfirmations pending, Clock clock) {
        this.answering = answering;
        this.meetingCommands = new MeetingCommands(answering, meetings, schedule, pending, clock);
    }

    public Reply handle(InboundMessage message) {
        if (message.text() != null && message.text().length() > QuestionAnswering.MAX_QUESTION_CHARS) {
            return answering.answer(message);
        }
        return meetingCommands.handle(message).orElseGet(() -> answering.answer(message));
    }

    public QuestionAnswering answering() {
        return answering;
    }
}
