package id.ppu.dukcapil.cases;

/** The civil-registry documents a citizen can request. */
public enum ServiceType {
    KTP,
    KK,
    KIA,
    BIRTH_CERT,
    MARRIAGE_CERT,
    DIVORCE_CERT,
    DEATH_CERT
}
