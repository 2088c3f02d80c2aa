package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.base.MessageKey;

/**
 * A village's place in the 2x2 of WHO's "Reaching Every District" micro-planning, which
 * classifies areas by access (uptake against the regency's rate) and utilisation (share of
 * requests completed).
 */
public enum RedCategory implements MessageKey {
    /** Good access, good utilisation: no problem. */
    CAT_1(1),
    /** Good access, poor utilisation: requests get stuck; follow up by phone. */
    CAT_2(2),
    /** Poor access, good utilisation: few come, but those who come are served. */
    CAT_3(3),
    /** Poor access, poor utilisation: the outreach team's first concern. */
    CAT_4(4);

    private final int number;

    RedCategory(int number) {
        this.number = number;
    }

    public static RedCategory of(boolean goodAccess, boolean goodUtilisation) {
        if (goodAccess) {
            return goodUtilisation ? CAT_1 : CAT_2;
        }
        return goodUtilisation ? CAT_3 : CAT_4;
    }

    public int number() {
        return number;
    }

    public boolean goodAccess() {
        return this == CAT_1 || this == CAT_2;
    }

    public boolean goodUtilisation() {
        return this == CAT_1 || this == CAT_3;
    }

    @Override
    public String messageKey() {
        return "outreach.red." + name();
    }
}
