package se.samverkansbot.answering;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import se.samverkansbot.agenda.AgendaItems;
import se.samverkansbot.agenda.AgendaRules;
import se.samverkansbot.agenda.TellPeople;
import se.samverkansbot.conversation.InboundMessage;
import se.samverkansbot.conversation.PendingConfirmations;
import se.samverkansbot.conversation.Reply;
import se.samverkansbot.meeting.Meetings;
import se.samverkansbot.meeting.ScheduleMeetings;
import se.samverkansbot.reminder.ForumChannels;
import se.samverkansbot.text.Words;

/** Everything a member writes to the bot: a command (and its confirmation) is acted on, anything else is answered. */
public final class Conversation {
    private static final Set<String> CONFIRM = Set.of("bekrafta", "confirm");
    private static final Set<String> ABORT = Set.of("avbryt", "abort");

    private final QuestionAnswering answering;
    private final Confirmations confirmations;
    private final MeetingCommands meetingCommands;
    private final AgendaCommands agendaCommands;
    private final ChannelCommands channelCommands;

    public Conversation(
            QuestionAnswering answering,
            Meetings meetings,
            ScheduleMeetings schedule,
            PendingConfirmations pending,
            AgendaItems items,
            TellPeople tell,
            ForumChannels channels,
            Clock clock) {
        this.answering = answering;
        this.confirmations = new Confirmations(pending, clock);
        this.meetingCommands = new MeetingCommands(answering, meetings, schedule, confirmations, clock);
        this.agendaCommands = new AgendaCommands(answering, items, meetings, tell, confirmations, clock);
        this.channelCommands = new ChannelCommands(
                answering, new AgendaRules(() -> answering.index().register(), meetings), channels);
    }

    public Reply handle(InboundMessage message) {
        String text = message.text() == null ? "" : message.text();
        if (text.length() > QuestionAnswering.MAX_QUESTION_CHARS) {
            return answering.answer(message);
        }
        String answer = message.action() != null ? message.action() : text;
        List<String> words = Words.tokens(answer);
        if (words.size() == 2 && (CONFIRM.contains(words.get(0)) || ABORT.contains(words.get(0)))) {
            return confirmation(
                    message, CONFIRM.contains(words.get(0)), words.get(1).toUpperCase(Locale.ROOT));
        }
        return channelCommands
                .handle(message)
                .or(() -> agendaCommands.handle(message))
                .or(() -> meetingCommands.handle(message))
                .orElseGet(() -> answering.answer(message));
    }

    private Reply confirmation(InboundMessage message, boolean confirmed, String token) {
        Phrasing asked =
                new Phrasing(answering.language(message.text() == null ? "" : message.text(), message.languageHint()));
        Optional<RegisterIndex.PersonInStructure> asker = answering.asker(message);
        if (asker.isEmpty()) {
            return PeopleAnswers.unknownAsker(asked);
        }
        Optional<PendingConfirmations.Pending> taken =
                confirmations.take(token, asker.get().person().id());
        if (taken.isEmpty()) {
            return Confirmations.nothingWaiting(token, asked);
        }
        Phrasing say = Confirmations.languageOf(taken.get());
        if (!confirmed) {
            return Reply.plain(say.say("Okej, inget är ändrat.", "All right, nothing was changed."), say.language());
        }
        String action = taken.get().action();
        return action.startsWith("agenda.")
                ? agendaCommands.execute(
                        action, taken.get().data(), asker.get().person().id(), say)
                : meetingCommands.execute(action, taken.get().data(), say);
    }

    public QuestionAnswering answering() {
        return answering;
    }
}
