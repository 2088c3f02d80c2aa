package id.ppu.dukcapil.outreach;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit in the calendar list: day, district, status, the villages covered, expected turnout
 * and capacity, and for a done visit the people served and the residents taught to go online.
 */
public record VisitRow(
        long id,
        LocalDate date,
        String districtCode,
        String districtName,
        VisitStatus status,
        List<String> villageNames,
        int expectedTurnout,
        int capacity,
        int served,
        Integer taughtOnline,
        long version) {}
