package id.ppu.dukcapil.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Columns of an import file found by header name, whatever their order. Names are compared in
 * lower case with spaces and hyphens as underscores; a few Indonesian headers are understood too.
 */
final class ImportColumns {

    static final String EXTERNAL_ID = "external_id";
    static final String CHANNEL = "channel";
    static final String SERVICE_TYPE = "service_type";
    static final String NIK = "nik";
    static final String APPLICANT_NAME = "applicant_name";
    static final String VILLAGE_CODE = "village_code";
    static final String VILLAGE_NAME = "village_name";
    static final String SUBMITTED_AT = "submitted_at";
    static final String STATUS = "status";
    static final String COMPLETED_AT = "completed_at";
    static final String PHONE = "phone";
    static final String NOTES = "notes";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("id_eksternal", EXTERNAL_ID),
            Map.entry("kanal", CHANNEL),
            Map.entry("layanan", SERVICE_TYPE),
            Map.entry("jenis_layanan", SERVICE_TYPE),
            Map.entry("nama", APPLICANT_NAME),
            Map.entry("nama_pemohon", APPLICANT_NAME),
            Map.entry("kode_desa", VILLAGE_CODE),
            Map.entry("desa", VILLAGE_NAME),
            Map.entry("kelurahan", VILLAGE_NAME),
            Map.entry("desa_kelurahan", VILLAGE_NAME),
            Map.entry("tanggal_pengajuan", SUBMITTED_AT),
            Map.entry("tanggal_selesai", COMPLETED_AT),
            Map.entry("telepon", PHONE),
            Map.entry("no_hp", PHONE),
            Map.entry("catatan", NOTES));

    private final Map<String, Integer> index = new HashMap<>();

    ImportColumns(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String name = normalize(header.get(i));
            index.putIfAbsent(ALIASES.getOrDefault(name, name), i);
        }
    }

    /** Required columns the header lacks; the channel may come from a default instead. */
    List<String> missing(boolean defaultChannel) {
        List<String> missing = new ArrayList<>();
        for (String c : List.of(EXTERNAL_ID, SERVICE_TYPE, NIK, APPLICANT_NAME, SUBMITTED_AT)) {
            if (!has(c)) {
                missing.add(c);
            }
        }
        if (!has(VILLAGE_CODE) && !has(VILLAGE_NAME)) {
            missing.add(VILLAGE_CODE + " / " + VILLAGE_NAME);
        }
        if (!defaultChannel && !has(CHANNEL)) {
            missing.add(CHANNEL);
        }
        return missing;
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /** The stripped value of a column in a record; empty if the column or the field is absent. */
    String value(CsvReader.CsvRecord record, String column) {
        Integer i = index.get(column);
        return i == null ? "" : record.get(i).strip();
    }

    private static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
