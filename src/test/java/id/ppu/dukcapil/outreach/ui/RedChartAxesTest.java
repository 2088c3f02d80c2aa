package id.ppu.dukcapil.outreach.ui;

import static id.ppu.dukcapil.support.Regions.PENAJAM_DISTRICT;
import static id.ppu.dukcapil.support.Regions.TANJUNG_TENGAH_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.outreach.RedCategory;
import id.ppu.dukcapil.outreach.Thresholds;
import id.ppu.dukcapil.outreach.VillageFacts;
import id.ppu.dukcapil.outreach.VillagePriority;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2x2 chart's axes close in on the villages and the thresholds. */
class RedChartAxesTest {

    @Test
    void villages_clustered_near_ninety_percent_get_a_narrow_utilisation_axis() {
        List<VillagePriority> villages = List.of(village(0.87, 1.05), village(0.97, 1.35), village(0.92, 0.78));

        assertThat(RedChart.utilisationAxisMin(villages, Thresholds.DEFAULT)).isEqualTo(80);
        assertThat(RedChart.accessAxisMax(villages, Thresholds.DEFAULT)).isEqualTo(150);
    }

    @Test
    void the_thresholds_always_stay_on_the_chart_and_access_is_capped() {
        List<VillagePriority> villages = List.of(village(0.99, 9.0));

        assertThat(RedChart.utilisationAxisMin(villages, new Thresholds(80, 60)))
                .isEqualTo(50);
        assertThat(RedChart.accessAxisMax(villages, Thresholds.DEFAULT)).isEqualTo(RedChart.ACCESS_AXIS_MAX);
        assertThat(RedChart.utilisationAxisMin(List.of(village(0.0, 0.0)), Thresholds.DEFAULT))
                .isZero();
        assertThat(RedChart.accessAxisMax(List.of(village(0.0, 0.0)), Thresholds.DEFAULT))
                .isEqualTo(100);
    }

    private static VillagePriority village(double utilisation, double accessRatio) {
        VillageFacts facts = new VillageFacts(
                TANJUNG_TENGAH_VILLAGE, "Desa", PENAJAM_DISTRICT, "Penajam", 1000, 10, false, 0, 0, 0, 0, null, null);
        return new VillagePriority(1, facts, List.of(), 0, RedCategory.CAT_1, accessRatio, utilisation, false);
    }
}
