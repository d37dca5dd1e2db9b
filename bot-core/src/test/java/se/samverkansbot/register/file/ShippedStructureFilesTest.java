package se.samverkansbot.register.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.samverkansbot.register.Forum;
import se.samverkansbot.register.ForumLevel;
import se.samverkansbot.register.Party;
import se.samverkansbot.register.PartyKind;
import se.samverkansbot.register.Seat;
import se.samverkansbot.register.SeatRole;
import se.samverkansbot.register.StrategicArea;
import se.samverkansbot.register.Structure;
import se.samverkansbot.testing.ShippedStructures;

class ShippedStructureFilesTest {

    @Nested
    class HalSam {
        private final Structure halsam = ShippedStructures.structure("halsam.yaml");

        @Test
        void has_the_region_and_its_seven_municipalities_as_principals_and_kommunforbundet_as_support() {
            assertThat(halsam.principals())
                    .extracting(Party::name)
                    .containsExactly(
                            "Region Västernorrland",
                            "Sundsvalls kommun",
                            "Ånge kommun",
                            "Timrå kommun",
                            "Härnösands kommun",
                            "Kramfors kommun",
                            "Sollefteå kommun",
                            "Örnsköldsviks kommun");
            assertThat(halsam.party("kommunforbundet-vn"))
                    .get()
                    .satisfies(p -> assertThat(p.kind()).isEqualTo(PartyKind.ASSOCIATION_OF_MUNICIPALITIES))
                    .satisfies(p -> assertThat(p.principal()).isFalse());
        }

        @Test
        void starts_2023_and_replaces_socialreko_which_ended_2022() {
            assertThat(halsam.validFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
            Forum political = halsam.forum("halsam-politisk").orElseThrow();
            assertThat(political.replaces()).isEqualTo("socialreko");
            Forum socialReKo = halsam.forum("socialreko").orElseThrow();
            assertThat(socialReKo.isActiveOn(LocalDate.of(2022, 12, 31))).isTrue();
            assertThat(socialReKo.isActiveOn(LocalDate.of(2023, 1, 1))).isFalse();
        }

        @Test
        void has_three_county_coordination_groups_that_meet_five_times_a_year_under_the_county_leadership() {
            var groups = halsam.forums().stream()
                    .filter(f -> f.level() == ForumLevel.COUNTY_COORDINATION)
                    .toList();
            assertThat(groups)
                    .extracting(Forum::area)
                    .containsExactlyInAnyOrder(
                            StrategicArea.CHILDREN_AND_YOUNG_PEOPLE, StrategicArea.ADULTS, StrategicArea.OLDER_PEOPLE);
            assertThat(groups).allSatisfy(group -> {
                assertThat(group.meets().timesPerYear()).isEqualTo(5);
                assertThat(group.reportsTo()).isEqualTo("lansledning");
            });
        }

        @Test
        void has_three_local_groups_in_each_municipality() {
            Map<String, Long> perMunicipality = halsam.forums().stream()
                    .filter(f -> f.level() == ForumLevel.LOCAL)
                    .collect(Collectors.groupingBy(Forum::municipality, Collectors.counting()));
            assertThat(perMunicipality)
                    .hasSize(7)
                    .allSatisfy((municipality, count) -> assertThat(count).isEqualTo(3));
        }

        @Test
        void
                political_forum_seats_the_chairs_of_every_school_and_social_board_and_three_regional_chairs_for_the_mandate_period() {
            var seats = halsam.seatsIn("halsam-politisk");
            assertThat(seats).hasSize(7 * 2 + 3);
            assertThat(seats).allSatisfy(seat -> {
                assertThat(seat.person()).isNull();
                assertThat(seat.position()).startsWith("Ordförande");
                assertThat(seat.period().to()).isEqualTo(LocalDate.of(2026, 12, 31));
            });
            assertThat(seats)
                    .filteredOn(s -> "rvn".equals(s.party()))
                    .extracting(Seat::body)
                    .containsExactly("rvn-hsn", "rvn-run", "rvn-vvu");
        }

        @Test
        void presidium_has_one_chair_per_strategic_area_and_a_convener() {
            var seats = halsam.seatsIn("halsam-presidium");
            assertThat(seats)
                    .filteredOn(s -> s.role() == SeatRole.CHAIR)
                    .extracting(Seat::area)
                    .containsExactlyInAnyOrder(
                            StrategicArea.CHILDREN_AND_YOUNG_PEOPLE, StrategicArea.ADULTS, StrategicArea.OLDER_PEOPLE);
            assertThat(seats).filteredOn(s -> s.role() == SeatRole.CONVENER).hasSize(1);
        }

        @Test
        void names_the_2022_working_group_of_officials_with_titles() {
            assertThat(halsam.seatsIn("arbetsgrupp-2022")).hasSize(8);
            assertThat(halsam.person("denise-wallen")).get().satisfies(p -> {
                assertThat(p.name()).isEqualTo("Denise Wallén");
                assertThat(p.title()).isEqualTo("Socialchef");
                assertThat(p.party()).isEqualTo("sundsvall");
            });
        }

        @Test
        void costs_administrative_support_at_3_4_mnkr() {
            assertThat(halsam.adminSupport().totalSek()).isEqualTo(3_400_000L);
            assertThat(halsam.adminSupport().costs()).hasSize(3);
            assertThat(halsam.adminSupport().tasks()).anyMatch(task -> task.contains("kallelser"));
        }

        @Test
        void keeps_the_2022_timeline() {
            assertThat(halsam.milestones())
                    .extracting(m -> m.date().toString())
                    .contains(
                            "2022-02-04",
                            "2022-04-08",
                            "2022-05-01",
                            "2022-06-03",
                            "2022-09-23",
                            "2022-10-31",
                            "2022-12-09",
                            "2022-12-31",
                            "2023-01-01");
        }
    }

    @Nested
    class JamtlandHarjedalen {
        private final Structure jh = ShippedStructures.structure("jamtland-harjedalen.yaml");

        @Test
        void has_the_region_and_eight_municipalities() {
            assertThat(jh.principals()).hasSize(9);
            assertThat(jh.parties())
                    .filteredOn(p -> p.kind() == PartyKind.MUNICIPALITY)
                    .hasSize(8);
        }

        @Test
        void svom_started_2005_replacing_lako_and_focuses_on_adults() {
            Forum svom = jh.forum("svom").orElseThrow();
            assertThat(svom.validFrom().toString()).isEqualTo("2005");
            assertThat(svom.replaces()).isEqualTo("lako");
            assertThat(svom.area()).isEqualTo(StrategicArea.ADULTS);
        }

        @Test
        void samreko_hsi_prepares_for_both_svom_and_barnarenan() {
            assertThat(jh.forum("samreko-hsi").orElseThrow().prepares()).containsExactly("svom", "barnarenan");
            assertThat(jh.forum("fredaggruppen").orElseThrow().prepares()).containsExactly("svom");
        }

        @Test
        void rsr_has_eleven_members_three_from_the_region() {
            var seats = jh.seatsIn("rsr");
            assertThat(seats.stream().mapToInt(Seat::count).sum()).isEqualTo(11);
            assertThat(seats)
                    .filteredOn(s -> "rjh".equals(s.party()))
                    .extracting(Seat::count)
                    .containsExactly(3);
        }
    }
}
