package id.ppu.dukcapil.support;

/**
 * Region codes of the reference data (migration V2) that tests use, named so that a district
 * never passes for a village of the same name: {@code SEPAKU_DISTRICT} is kecamatan Sepaku
 * (64.09.04), {@code SEPAKU_VILLAGE} the kelurahan Sepaku in it (64.09.04.1005).
 */
public final class Regions {

    public static final String PENAJAM_DISTRICT = "64.09.01";
    public static final String WARU_DISTRICT = "64.09.02";
    public static final String BABULU_DISTRICT = "64.09.03";
    public static final String SEPAKU_DISTRICT = "64.09.04";

    /** Kelurahan Nipah-Nipah, the seat of kecamatan Penajam and of the office. */
    public static final String NIPAH_NIPAH_VILLAGE = "64.09.01.1009";

    public static final String TANJUNG_TENGAH_VILLAGE = "64.09.01.1001";
    public static final String PETUNG_VILLAGE = "64.09.01.1003";
    /** Hard to reach (a border settlement). */
    public static final String SOTEK_VILLAGE = "64.09.01.1014";
    /** Hard to reach (a bad dirt road on the coast). */
    public static final String GERSIK_VILLAGE = "64.09.01.1017";

    /** Kelurahan Waru, the seat of kecamatan Waru. */
    public static final String WARU_VILLAGE = "64.09.02.1003";

    public static final String API_API_VILLAGE = "64.09.02.2001";
    public static final String BANGUN_MULYA_VILLAGE = "64.09.02.2004";

    /** Babulu Darat, the seat of kecamatan Babulu. */
    public static final String BABULU_DARAT_VILLAGE = "64.09.03.2001";

    public static final String GUNUNG_MAKMUR_VILLAGE = "64.09.03.2005";
    public static final String RINTIK_VILLAGE = "64.09.03.2010";

    /** Kelurahan Sepaku in kecamatan Sepaku. */
    public static final String SEPAKU_VILLAGE = "64.09.04.1005";
    /** Tengin Baru, the seat of kecamatan Sepaku. */
    public static final String TENGIN_BARU_VILLAGE = "64.09.04.2001";

    public static final String SUKA_RAJA_VILLAGE = "64.09.04.2003";
    public static final String BUMI_HARAPAN_VILLAGE = "64.09.04.2004";
    public static final String KARANG_JINAWI_VILLAGE = "64.09.04.2013";
    public static final String TELEMOW_VILLAGE = "64.09.04.2015";

    /** Well formed, but no such village. */
    public static final String UNKNOWN_VILLAGE = "64.09.99.9999";

    private Regions() {}
}
