package id.ppu.dukcapil.analytics.ui;

import id.ppu.dukcapil.analytics.AreaUptake;
import java.util.Comparator;

/** How the district (or village) bars are ordered; the laggards first for the share and uptake orders. */
enum AreaSort {
    CODE(Comparator.comparing(AreaUptake::code)),
    ONLINE_SHARE(Comparator.comparing(
                    (AreaUptake a) -> a.counts().onlineShare(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AreaUptake::code)),
    UPTAKE(Comparator.comparing(AreaUptake::uptakePer1000, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AreaUptake::code)),
    TOTAL(Comparator.comparing((AreaUptake a) -> a.counts().total()).reversed().thenComparing(AreaUptake::code));

    private final Comparator<AreaUptake> order;

    AreaSort(Comparator<AreaUptake> order) {
        this.order = order;
    }

    Comparator<AreaUptake> order() {
        return order;
    }
}
