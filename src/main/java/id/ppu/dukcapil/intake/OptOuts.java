package id.ppu.dukcapil.intake;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The WhatsApp numbers whose residents wrote BERHENTI (and not MULAI since): nothing but confirmations goes to them. */
@Repository
class OptOuts {

    private final JdbcClient jdbc;

    OptOuts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasOptedOut(String waId) {
        return jdbc.sql("select exists (select 1 from whatsapp_opt_out where wa_id = :id)")
                .param("id", waId)
                .query(Boolean.class)
                .single();
    }

    /** Records the opt-out; the first time counts (a second BERHENTI keeps it). */
    void optOut(String waId, Instant at) {
        jdbc.sql("insert into whatsapp_opt_out (wa_id, opted_out_at) values (:id, :at) on conflict (wa_id) do nothing")
                .param("id", waId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Clears the opt-out; whether there was one. */
    boolean optIn(String waId) {
        return jdbc.sql("delete from whatsapp_opt_out where wa_id = :id")
                        .param("id", waId)
                        .update()
                == 1;
    }
}
