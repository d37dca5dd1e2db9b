package se.samverkansbot.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkansbot.chat.Form;
import se.samverkansbot.minutes.Attendance;
import se.samverkansbot.minutes.Minutes;
import se.samverkansbot.minutes.MinutesStatus;
import se.samverkansbot.minutes.Outcome;
import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;
import se.samverkansbot.register.Structure;
import se.samverkansbot.register.file.StructureFileReader;

/**
 * The minutes, attendance and follow-up answer forms as Adaptive Cards, and what their submit data becomes in the
 * core: typed forms, never sentences. Gruppen's draft has one item; Olle chairs, Lena sits for Teststad.
 */
class MinutesCardsTest {
    private static final Structure STRUCTURE = new Register(List.of(new StructureFileReader().read("test.yaml", """
                    structure: {id: test, name: Testsamverkan}
                    parties:
                      - {id: stad, name: Teststad, kind: municipality, principal: true}
                    people:
                      - {id: ordf, name: Olle Ordförande, party: stad}
                      - {id: led, name: Lena Ledamot, party: stad, language: en}
                    forums:
                      - {id: grupp, name: Gruppen, level: county-coordination}
                      - {id: ledning, name: Länsledningen, level: strategic}
                    seats:
                      - {id: s1, forum: grupp, role: chair, party: stad, person: ordf}
                      - {id: s3, forum: grupp, role: member, party: stad, person: led}
                    """)))
            .structures()
            .getFirst();
    private static final String MEETING = "test/grupp/2027-01-07T0900";
    private static final Minutes DRAFT = new Minutes(
            Minutes.idOf(MEETING, 1),
            MEETING,
            "test",
            "grupp",
            Instant.parse("2027-01-07T08:00:00Z"),
            1,
            null,
            null,
            MinutesStatus.DRAFT,
            List.of(new Minutes.ItemRecord("A-7K3PQ", "Gemensam riktlinje för SIP", null, Outcome.NOTED, null, null)),
            List.of(
                    new Minutes.Presence("s1", "ordf", "stad", "chair", Attendance.PRESENT, null),
                    new Minutes.Presence("s3", "led", "stad", "member", Attendance.UNRECORDED, null)),
            null,
            List.of(),
            null,
            null,
            List.of(),
            0);

    @Test
    @SuppressWarnings("unchecked")
    void the_item_card_offers_the_meetings_items_the_outcomes_and_the_other_forums_and_carries_the_meeting() {
        Map<String, Object> card =
                MinutesCards.itemCard(DRAFT, STRUCTURE.forums(), Language.SWEDISH, Map.of(), List.of());

        List<Map<String, Object>> body = (List<Map<String, Object>>) card.get("body");
        assertThat(body)
                .filteredOn(b -> "item".equals(b.get("id")))
                .singleElement()
                .satisfies(item -> assertThat(item.get("value")).isEqualTo("A-7K3PQ"));
        assertThat(body)
                .filteredOn(b -> "raisedTo".equals(b.get("id")))
                .singleElement()
                .satisfies(forums -> assertThat(forums.get("choices").toString())
                        .contains("Länsledningen")
                        .doesNotContain("Gruppen"));
        assertThat(body.toString()).contains("Anteckna ärende", "rekommendation till huvudmännen", "lyftes till");
        assertThat(card.get("actions").toString()).contains("samverkanForm=minutes-item", "meeting=" + MEETING);
    }

    @Test
    void a_submitted_item_card_becomes_the_typed_minutes_item() {
        Map<String, String> fields = AgendaCard.fields(Map.of(
                "samverkanForm", "minutes-item",
                "meeting", MEETING,
                "item", "A-7K3PQ",
                "note", "Förslaget presenterades: synpunkter inarbetade.",
                "outcome", "raised",
                "text", " ",
                "raisedTo", "ledning"));

        assertThat(MinutesCards.formOf(Map.of("samverkanForm", "minutes-item"))).contains("minutes-item");
        assertThat(MinutesCards.itemProblems(fields, Language.SWEDISH)).isEmpty();
        assertThat(MinutesCards.item(fields))
                .isEqualTo(new Form.MinutesItem(
                        MEETING,
                        "A-7K3PQ",
                        "Förslaget presenterades: synpunkter inarbetade.",
                        "raised",
                        null,
                        "ledning"));
    }

    @Test
    void a_recommendation_without_its_text_comes_back_with_what_was_typed_and_what_to_correct() {
        Map<String, String> fields =
                Map.of("meeting", MEETING, "item", "A-7K3PQ", "outcome", "recommendation", "note", "Min anteckning");

        List<String> swedish = MinutesCards.itemProblems(fields, Language.SWEDISH);
        Map<String, Object> again = MinutesCards.itemCard(DRAFT, STRUCTURE.forums(), Language.SWEDISH, fields, swedish);

        assertThat(swedish).containsExactly("Skriv vad forumet rekommenderar huvudmännen.");
        assertThat(MinutesCards.itemProblems(Map.of("meeting", MEETING, "outcome", "raised"), Language.ENGLISH))
                .containsExactly("Choose the item.", "Choose the forum the item is raised to.");
        assertThat(again.get("body").toString())
                .contains("Rätta det här och skicka igen", "Skriv vad forumet rekommenderar", "value=Min anteckning");
    }

    @Test
    void the_attendance_card_has_each_seat_with_its_holder_and_party_and_becomes_typed_attendance() {
        Map<String, Object> card = MinutesCards.attendanceCard(DRAFT, STRUCTURE, Language.ENGLISH, Map.of(), List.of());
        assertThat(card.get("body").toString())
                .contains("Olle Ordförande (Teststad)", "Lena Ledamot (Teststad)", "deputy present", "seat:s1")
                .contains("Adjuster");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("meeting", MEETING);
        fields.put("seat:s1", "present");
        fields.put("deputy:s1", "");
        fields.put("seat:s3", "deputy");
        fields.put("deputy:s3", " Dora Dahl ");
        fields.put("adjuster", "led");

        assertThat(MinutesCards.attendanceProblems(fields, Language.ENGLISH)).isEmpty();
        assertThat(MinutesCards.attendance(fields))
                .isEqualTo(new Form.MinutesAttendance(
                        MEETING,
                        List.of(
                                new Form.SeatAttendance("s1", "present", null),
                                new Form.SeatAttendance("s3", "deputy", "Dora Dahl")),
                        "led"));
    }

    @Test
    void a_deputy_needs_a_name_and_a_seat_left_empty_stays_as_it_was() {
        Map<String, String> fields = Map.of("meeting", MEETING, "seat:s3", "deputy", "deputy:s3", "", "seat:s1", "");

        assertThat(MinutesCards.attendanceProblems(fields, Language.SWEDISH))
                .containsExactly("Skriv vem som kom som ersättare.");
        assertThat(MinutesCards.attendance(Map.of("meeting", MEETING, "seat:s1", ""))
                        .seats())
                .isEmpty();
    }

    @Test
    void a_decision_needs_date_body_and_outcome_and_a_complete_answer_is_typed() {
        Map<String, String> incomplete = Map.of("followUp", "F-1", "status", "decided", "link", "ftp://x");

        assertThat(MinutesCards.answerProblems(incomplete, Language.SWEDISH))
                .containsExactly(
                        "Ange datum.",
                        "Ange vilket organ.",
                        "Välj utfall: antogs, antogs med ändringar eller antogs inte.",
                        "Länken ska vara en webbadress som börjar med https://");
        assertThat(MinutesCards.answerProblems(
                        Map.of("followUp", "F-1", "status", "not-to-be-decided"), Language.ENGLISH))
                .isEmpty();

        Map<String, String> complete = Map.of(
                "followUp", "F-1",
                "status", "decided",
                "date", "2027-03-01",
                "body", "Kommunstyrelsen",
                "decision", "adopted-with-changes",
                "link", "https://example.se/protokoll");
        assertThat(MinutesCards.answerProblems(complete, Language.SWEDISH)).isEmpty();
        assertThat(MinutesCards.answer(complete))
                .isEqualTo(new Form.FollowUpAnswer(
                        "F-1",
                        "decided",
                        LocalDate.of(2027, 3, 1),
                        "Kommunstyrelsen",
                        "adopted-with-changes",
                        "https://example.se/protokoll",
                        null));
    }

    @Test
    void the_answer_card_shows_what_is_answered_and_keeps_what_was_typed() {
        Map<String, Object> card = MinutesCards.answerCard(
                "F-1",
                "Teststad – SIP: anta riktlinjen",
                Language.ENGLISH,
                Map.of("body", "Kommunstyrelsen", "status", "on-agenda"),
                List.of("Give the date."));

        assertThat(card.get("body").toString())
                .contains("Answer a follow-up", "Teststad – SIP: anta riktlinjen", "Give the date.")
                .contains("value=Kommunstyrelsen", "value=on-agenda", "adopted with changes");
        assertThat(card.get("actions").toString()).contains("samverkanForm=follow-up-answer", "followUp=F-1");
    }
}
