package id.ppu.dukcapil.cases.ui;

import static id.ppu.dukcapil.support.Regions.SEPAKU_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SUKA_RAJA_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import id.ppu.dukcapil.cases.CaseFilter;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Channel;
import id.ppu.dukcapil.cases.ServiceType;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UrlFilterTest {

    @Test
    void a_filter_survives_the_round_trip_through_the_url() {
        CaseFilter f = new CaseFilter(
                "PPU-2025-000123",
                Set.of(CaseStatus.SUBMITTED, CaseStatus.TRIAGE),
                Set.of(Channel.WHATSAPP),
                Set.of(ServiceType.KIA),
                SEPAKU_DISTRICT,
                SUKA_RAJA_VILLAGE,
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31));
        QueryParameters q = UrlFilter.toQuery(f);
        assertThat(q.getParameters())
                .containsEntry("q", java.util.List.of("PPU-2025-000123"))
                .containsEntry("status", java.util.List.of("SUBMITTED,TRIAGE"))
                .containsEntry("from", java.util.List.of("2025-01-01"))
                .hasSize(8);
        assertThat(UrlFilter.fromQuery(q)).isEqualTo(f);
    }

    @Test
    void free_text_other_than_a_case_number_never_goes_into_a_url_nor_comes_out_of_one() {
        for (String personal : java.util.List.of(
                "siti",
                "Siti Aminah",
                "6409014501900003",
                "64090145",
                "+6281234567890",
                "PPU-2024-0000001 64090145",
                "al-fatih")) {
            CaseFilter f = CaseFilter.all().withText(personal);
            assertThat(UrlFilter.toQuery(f).getParameters()).as(personal).doesNotContainKey("q");
            assertThat(UrlFilter.fromQuery(QueryParameters.simple(Map.of("q", personal)))
                            .text())
                    .as(personal)
                    .isNull();
        }
        assertThat(UrlFilter.fromQuery(QueryParameters.simple(Map.of("q", "ppu-2024-00012")))
                        .text())
                .isEqualTo("ppu-2024-00012");
    }

    @Test
    void an_empty_filter_makes_a_clean_url() {
        assertThat(UrlFilter.toQuery(CaseFilter.all()).getQueryString()).isEmpty();
    }

    @Test
    void unknown_values_in_a_hand_edited_link_are_dropped() {
        CaseFilter f =
                UrlFilter.fromQuery(QueryParameters.simple(Map.of("status", "SUBMITTED,BOGUS", "from", "31/02/2025")));
        assertThat(f.statuses()).containsExactly(CaseStatus.SUBMITTED);
        assertThat(f.from()).isNull();
    }
}
