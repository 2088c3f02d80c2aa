package id.ppu.dukcapil.security;

/** Staff roles. Spring authorities carry them as {@code ROLE_<name>}. */
public enum Role {
    KEPALA,
    PERENCANA,
    PETUGAS,
    ADMIN;

    /** Role names for {@code @RolesAllowed}. */
    public static final String HEAD = "KEPALA";

    public static final String PLANNER = "PERENCANA";
    public static final String CLERK = "PETUGAS";
    public static final String ADMINISTRATOR = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }
}
