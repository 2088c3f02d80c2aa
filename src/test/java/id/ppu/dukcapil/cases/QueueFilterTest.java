package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueueFilterTest {

    @Test
    void a_filter_survives_its_text_form() {
        QueueFilter f = new QueueFilter(Queue.DUE_SOON, ServiceType.BIRTH_CERT, Channel.WHATSAPP, "64.09.04");
        assertThat(f.toText()).isEqualTo("queue=DUE_SOON;service=BIRTH_CERT;channel=WHATSAPP;district=64.09.04");
        assertThat(QueueFilter.parse(f.toText())).isEqualTo(f);
        assertThat(QueueFilter.parse(QueueFilter.of(Queue.MINE).toText())).isEqualTo(QueueFilter.of(Queue.MINE));
    }

    @Test
    void unknown_or_broken_parts_narrow_nothing_and_a_missing_queue_is_the_overdue_one() {
        assertThat(QueueFilter.parse("service=PASSPORT;channel=web;district=6409;nonsense;colour=red"))
                .isEqualTo(new QueueFilter(Queue.OVERDUE, null, Channel.WEB, null));
        assertThat(QueueFilter.parse(null)).isEqualTo(QueueFilter.of(Queue.OVERDUE));
    }
}
