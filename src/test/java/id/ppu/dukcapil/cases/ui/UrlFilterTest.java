package id.ppu.dukcapil.cases.ui;

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
        CaseFilter f = new CaseFilter("siti", Set.of(CaseStatus.SUBMITTED, CaseStatus.TRIAGE), Set.of(Channel.WHATSAPP),
                Set.of(ServiceType.KIA), "64.09.04", "64.09.04.2003", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        QueryParameters q = UrlFilter.toQuery(f);
        assertThat(q.getParameters()).containsEntry("q", java.util.List.of("siti"))
                .containsEntry("status", java.util.List.of("SUBMITTED,TRIAGE"))
                .containsEntry("from", java.util.List.of("2025-01-01")).hasSize(8);
        assertThat(UrlFilter.fromQuery(q)).isEqualTo(f);
    }

    @Test
    void an_empty_filter_makes_a_clean_url() {
        assertThat(UrlFilter.toQuery(CaseFilter.all()).getQueryString()).isEmpty();
    }

    @Test
    void unknown_values_in_a_hand_edited_link_are_dropped() {
        CaseFilter f = UrlFilter.fromQuery(QueryParameters.simple(Map.of("status", "SUBMITTED,BOGUS", "from", "31/02/2025")));
        assertThat(f.statuses()).containsExactly(CaseStatus.SUBMITTED);
        assertThat(f.from()).isNull();
    }
}
