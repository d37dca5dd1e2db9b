package se.samverkansbot.chat;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A form a person filled in on a platform (a Slack modal, a Teams card, a web form), with its typed fields. */
public sealed interface Form {

    /**
     * A new agenda item.
     *
     * @param meetingDay the day of the meeting the member wants it on; null for the next open meeting
     * @param kind one of the kind codes the core offers ({@code information}, {@code samrad}, {@code beredning},
     *     {@code uppfoljning}); null for information
     * @param description optional
     * @param link optional
     */
    record AgendaItemDraft(
            String structureId,
            String forumId,
            @Nullable LocalDate meetingDay,
            String title,
            @Nullable String kind,
            @Nullable String description,
            @Nullable String link)
            implements Form {}
}
